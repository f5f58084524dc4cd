import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';

/**
 * The dead counted by their graves or burials when no victim word counts them: "3 fresh graves dug for the people cut
 * down", "5 tombes creusées à Ngadi", "buried 4 people", "ont enterré 2 corps", "2 nouvelles tombes". Look-alikes: "a
 * mass grave found" (no number: read elsewhere), "2 km from the graves" (a distance), "6 blessés dont 2 graves" (French: serious).
 */

const GRAVES = /^(graves|grave|tombes|tombe|tombs|tomb|sepultures|burials|inhumations|enterrements)$/;
const FRESH = /^(fresh|new|nouvelles|nouvelle|recent|recentes|more|autres|other)$/;
const BURIED = /^(buried|burying|bury|enterre|enterres|enterree|enterrees|enterrent|inhume|inhumes|inhumees?|inhument)$/;
const BODIES = /^(people|persons|personnes|pers|bodies|corps|victims|victimes|civilians|civils|dead|morts|villagers|villageois)$/;

export function gravesCounted(tokens: readonly Token[], victims: Victims): void {
  if (victims.killed !== null) return;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (BURIED.test(w)) {
      // "buried 4 people", "ont enterré 2 corps"
      const n = readNumber(tokens, i + 1);
      if (n && !n.article && !n.zero && !tokens[i + 1]!.breakBefore && BODIES.test(tokens[n.next]?.norm ?? '')) {
        victims.killed = n.value;
        return;
      }
      continue;
    }
    const n = readNumber(tokens, i);
    if (!n || n.article || n.zero) continue;
    let k = n.next;
    if (FRESH.test(tokens[k]?.norm ?? '')) k++;
    // ("6 blessés dont 2 graves": in French "graves" is "serious"; the English graves are dug, found or for someone)
    const english = !/^graves?$/.test(tokens[k]?.norm ?? '') || k > n.next || /^(dug|found|discovered|for|of|at|in|near|were|have|behind|outside)$/.test(tokens[k + 1]?.norm ?? '');
    if (GRAVES.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore && english && tokens[i - 1]?.norm !== 'dont') {
      victims.killed = n.value;
      return;
    }
    i = n.next - 1;
  }
}
