import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { isPerson } from './victim-words.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * A toll said as a revision or a sum the toll reader (tolls.ts) does not see (pending reports24):
 * - "toll rises from 4 to 6", "le bilan passe de 3 à 7", "death toll up from 5 to 9": the new figure is the count;
 * - "toll now eleven - 8 found yesterday plus 3 more": the figure before the dash is the total, the parts follow;
 * - "toll stands at 3 civilians and 4 Wazalendo dead", "bilan: 2 civils et 3 militaires tués": everyone dead is counted
 *   (soldiers and fighters among the dead too, as the main corpus counts them).
 * Look-alikes kept out: a toll of one number ("toll now 4"), "from 4 to 6 pm" (a time, no toll word), counts of two harms
 * ("3 killed and 4 injured").
 */
const TOLL_WORDS = ['toll', 'bilan', 'tolls'];
const TOLL = oneOf(TOLL_WORDS);
const TOLL_SAID = trigger(TOLL_WORDS);
const FROM = /^(from|de|d)$/;
const TO = /^(to|a)$/;
const FIGHTERS = /^(wazalendo|soldiers?|militaires?|soldats?|fardc|policiers?|policemen|police|fighters?|combattants?|miliciens?|militiamen|assaillants?|attackers|elements|elts|m23|adf|codeco|mai|maimai|rebelles?|rebels)$/;
const DEAD = /^(dead|killed|morts?|tues?|tuees?|deces)$/;
const JOIN = /^(and|et|plus)$/;

function num(tokens: readonly Token[], i: number): { value: number; next: number } | null {
  const n = readNumber(tokens, i);
  return n && !n.zero && !n.article && n.value > 0 ? { value: n.value, next: n.next } : null;
}

export function tollRevisions(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, TOLL_SAID)) return;
  for (let i = 0; i < tokens.length; i++) {
    if (!TOLL.test(tokens[i]!.norm)) continue;
    for (let k = i + 1; k < i + 10 && k < tokens.length; k++) {
      if (tokens[k]!.stopBefore) break;
      // "from 4 to 6", "de 3 à 7"
      if (FROM.test(tokens[k]!.norm)) {
        const a = num(tokens, k + 1);
        if (a && TO.test(tokens[a.next]?.norm ?? '')) {
          const b = num(tokens, a.next + 1);
          if (b && b.value > a.value) {
            victims.killed = b.value;
            return;
          }
        }
        continue;
      }
      const n = num(tokens, k);
      if (!n) continue;
      const after = tokens[n.next];
      // "toll now eleven - 8 found yesterday plus 3 more": the total, then its parts
      if (after?.hyphenBefore && num(tokens, n.next) && (victims.killed === null || victims.killed < n.value)) {
        victims.killed = n.value;
        return;
      }
      // "3 civilians and 4 Wazalendo dead"
      if (after && (isPerson(after.norm) || FIGHTERS.test(after.norm)) && JOIN.test(tokens[n.next + 1]?.norm ?? '')) {
        const m = num(tokens, n.next + 2);
        let e = m ? m.next : -1;
        while (m && e < m.next + 2 && (isPerson(tokens[e]?.norm ?? '') || FIGHTERS.test(tokens[e]?.norm ?? ''))) e++;
        if (m && e > m.next && DEAD.test(tokens[e]?.norm ?? '') && (victims.killed === null || victims.killed === n.value || victims.killed === m.value)) {
          victims.killed = n.value + m.value;
          return;
        }
      }
      break;
    }
  }
}
