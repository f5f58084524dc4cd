import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * A follow-up that says how many more were found and then the running total gives the total as the count (reports34;
 * toll-total.ts reads "toll now 9"): "2 more bodies found in bush, total now 9 killed", "3 autres corps retrouvés, total
 * désormais 12 morts", "1 more died in hospital, total 5 dead", "au total 7 morts". Those found are in the total. A total
 * of something else ("total 300 households") or with no dead word after it is left alone.
 */
const TOTAL_WORDS = ['total', 'totals', 'cumul', 'cumulative', 'overall'];
const TOTAL = oneOf(TOTAL_WORDS);
const TOTAL_SAID = trigger(TOTAL_WORDS);
const NOW = /^(now|desormais|maintenant|rises|rose|passe|monte|is|est|of|de|to|a|:|atteint|reaches|reached|so|far|jusqu|ici)$/;
const DEAD = /^(dead|killed|kia|morts?|tues?|tuees?|deces|bodies|corps)$/;
const DEAD_BEFORE = /^(dead|killed|deaths|death|toll|morts|tues|deces)$/;

export function runningTotal(tokens: readonly Token[], victims: Victims): void {
  if (victims.killed === null || !said(tokens, TOTAL_SAID)) return;
  for (let i = 0; i < tokens.length; i++) {
    if (!TOTAL.test(tokens[i]!.norm)) continue;
    let k = i + 1;
    // ("total dead now 3", "total deaths so far 4": the dead word before the count, reports38)
    const deadFirst = DEAD_BEFORE.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore;
    if (deadFirst) k++;
    while (k < i + 5 && NOW.test(tokens[k]?.norm ?? '') && !tokens[k]!.stopBefore) k++;
    const n = readNumber(tokens, k);
    if (!n || n.zero || n.article || tokens[k]!.stopBefore) continue;
    const dead = deadFirst || [0, 1].some((d) => DEAD.test(tokens[n.next + d]?.norm ?? '') && !tokens[n.next + d]!.stopBefore);
    if (dead) victims.killed = n.value;
    return;
  }
}
