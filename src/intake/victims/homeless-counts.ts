import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';
import { isPerson } from './victim-words.js';

/**
 * People left without a roof are the displaced (pending reports50): "about 1,000 people lost their homes", "2 000
 * sinistrés sans abri", "300 homeless after the fire", "left 400 people homeless", "150 personnes ont perdu leurs maisons".
 * The number, maybe a person word ("people", "sinistrés", "familles"), then the homes lost; fills an unknown count only.
 * Look-alikes kept out: houses counted ("40 homes burnt": the homes, not the people), a count of one, goods lost.
 */
const HOMELESS_WORDS = ['homeless', 'abri', 'abris', 'homes', 'houses', 'maisons', 'habitations', 'logements', 'toits'];
const HOMELESS_SAID = trigger(HOMELESS_WORDS);
const LOST: ReadonlySet<string> = new Set(['lost', 'perdu', 'perdus']);
const OWN: ReadonlySet<string> = new Set(['their', 'leurs', 'leur']);
const HOMES: ReadonlySet<string> = new Set(['homes', 'houses', 'home', 'house', 'maisons', 'habitations', 'logements', 'toits', 'shelters']);
const SKIP: ReadonlySet<string> = new Set(['sinistres', 'sinistrees', 'victims', 'victimes', 'residents', 'menages', 'families', 'familles', 'people', 'personnes', 'left', 'laisses', 'are', 'sont', 'now', 'desormais', 'were', 'ont', 'have', 'ete']);

export function homelessCount(tokens: readonly Token[], victims: Victims): void {
  if (victims.displaced !== null || !said(tokens, HOMELESS_SAID)) return;
  for (let i = 1; i < tokens.length; i++) {
    const end = homelessAt(tokens, i);
    if (end < 0) continue;
    // back over the people's words to the number: "1,000 people", "2 000 sinistrés", "300 families are now"
    let k = i - 1;
    while (k > 0 && i - k < 5 && !tokens[k + 1]!.breakBefore && (SKIP.has(tokens[k]!.norm) || isPerson(tokens[k]!.norm))) k--;
    for (let j = Math.max(0, k - 2); j <= k; j++) {
      const n = readNumber(tokens, j);
      if (n && !n.article && !n.zero && n.next === k + 1 && n.value >= 2 && !tokens[n.next]?.breakBefore) {
        victims.displaced = n.value;
        return;
      }
    }
  }
}

// At `i`: "homeless", "sans abri", "lost their homes", "ont perdu leurs maisons"; -1 when none.
function homelessAt(tokens: readonly Token[], i: number): number {
  const w = tokens[i]!.norm;
  if (w === 'homeless') return i + 1;
  if (w === 'sans' && /^(abris?)$/.test(tokens[i + 1]?.norm ?? '')) return i + 2;
  if (LOST.has(w) && OWN.has(tokens[i + 1]?.norm ?? '') && HOMES.has(tokens[i + 2]?.norm ?? '')) return i + 3;
  return -1;
}
