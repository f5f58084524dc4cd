import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';

/**
 * The dead counted by their graves or burials when no victim word counts them: "3 fresh graves dug for the people cut
 * down", "5 tombes creusées à Ngadi", "buried 4 people", "ont enterré 2 corps", "2 nouvelles tombes". Look-alikes: "a
 * mass grave found" (no number: read elsewhere), "2 km from the graves" (a distance), "6 blessés dont 2 graves" (French: serious).
 */

const GRAVES_WORDS = ['graves', 'grave', 'tombes', 'tombe', 'tombs', 'tomb', 'sepultures', 'burials', 'inhumations', 'enterrements'];
const GRAVES: ReadonlySet<string> = new Set(GRAVES_WORDS);
const FRESH = /^(fresh|new|nouvelles|nouvelle|recent|recentes|more|autres|other)$/;
const BURIED_WORDS = ['buried', 'burying', 'bury', 'enterre', 'enterres', 'enterree', 'enterrees', 'enterrent', 'inhume', 'inhumes', 'inhumee', 'inhumees', 'inhument'];
const BURIED: ReadonlySet<string> = new Set(BURIED_WORDS);
const GRAVES_SAID = trigger([...GRAVES_WORDS, ...BURIED_WORDS]);
const BODIES = /^(people|persons|personnes|pers|bodies|corps|victims|victimes|civilians|civils|dead|morts|villagers|villageois)$/;

export function gravesCounted(tokens: readonly Token[], victims: Victims): void {
  if (victims.killed !== null || !said(tokens, GRAVES_SAID)) return;
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (BURIED.has(w)) {
      // "buried 4 people", "ont enterré 2 corps"
      const n = readNumber(tokens, i + 1);
      if (n && !n.article && !n.zero && !tokens[i + 1]!.breakBefore && BODIES.test(tokens[n.next]?.norm ?? '')) {
        victims.killed = n.value;
        return;
      }
      continue;
    }
    if (!GRAVES.has(w) || tokens[i]!.breakBefore) continue;
    // the number right before, or before "fresh"/"nouvelles": "3 fresh graves", "5 tombes"
    const from = FRESH.test(tokens[i - 1]!.norm) ? i - 1 : i;
    // ("6 blessés dont 2 graves": in French "graves" is "serious"; the English graves are dug, found or for someone)
    const english = !/^graves?$/.test(w) || from < i || /^(dug|found|discovered|for|of|at|in|near|were|have|behind|outside)$/.test(tokens[i + 1]?.norm ?? '');
    if (!english) continue;
    for (const k of [from - 1, from - 2, from - 3]) {
      const n = k >= 0 ? readNumber(tokens, k) : null;
      if (n && n.next === from && !n.article && !n.zero && tokens[k - 1]?.norm !== 'dont') {
        victims.killed = n.value;
        return;
      }
    }
  }
}
