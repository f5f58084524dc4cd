import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * A follow-up that gives the revised figure of one harm (pending reports38): "les blessés de l'attaque de lundi sont désormais
 * 5", "the injured are now 7", "injured now 6", "les morts sont maintenant 4", "hostages now 9". The revised figure is the
 * count (victims/toll-total.ts and running-total.ts read a toll's or a total's). Look-alikes kept out: a count with no "now"
 * ("3 blessés"), "now" before a time or a unit ("injured, now 2 days in hospital"), a harm noun in another sentence.
 */
const NOUN: Record<string, 'killed' | 'injured' | 'abducted'> = {
  blesses: 'injured', blessees: 'injured', injured: 'injured', wounded: 'injured',
  morts: 'killed', dead: 'killed', tues: 'killed', killed: 'killed', deces: 'killed', deaths: 'killed',
  otages: 'abducted', hostages: 'abducted', enleves: 'abducted', abducted: 'abducted', captives: 'abducted',
};
const NOW_WORDS = ['now', 'desormais', 'maintenant'];
const NOW = oneOf(NOW_WORDS);
const NOW_SAID = trigger(NOW_WORDS);
const BE = /^(are|is|sont|est|de|at|stand|stands)$/;
const OTHER_FIGURE = /^(toll|tolls|bilan|total|cumul|died|decede|decedes|decedees|succombe|succombes|succumbed)$/;
const UNIT = /^(days?|jours?|hours?|heures?|h|hrs|weeks?|semaines?|km|am|pm|months?|mois)$/;

export function revisedCounts(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, NOW_SAID)) return;
  for (let i = 0; i < tokens.length; i++) {
    if (!NOW.test(tokens[i]!.norm)) continue;
    let k = i + 1;
    while (k <= i + 2 && BE.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
    const n = readNumber(tokens, k);
    if (!n || n.zero || n.article || tokens[k]!.breakBefore || UNIT.test(tokens[n.next]?.norm ?? '')) continue;
    // the harm noun before "now", in the same sentence, no other number between
    for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
      // (a toll or a total, or people who died, between: "the 2 wounded died at Bunia hospital, toll now 4" is the toll's)
      if (tokens[j + 1]!.stopBefore || readNumber(tokens, j)?.value || OTHER_FIGURE.test(tokens[j]!.norm)) break;
      const field = NOUN[tokens[j]!.norm];
      if (field) {
        victims[field] = n.value;
        break;
      }
    }
  }
}
