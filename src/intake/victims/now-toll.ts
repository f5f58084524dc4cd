import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';

/**
 * A follow-up that names one more dead and then the toll with "now" and no toll word (reports49; running-total.ts reads
 * "total now 9", toll-total.ts "toll now 6"): "another body found near the river, yesterday's raid now 5 dead", "un autre
 * corps retrouvé, l'attaque d'hier désormais 6 morts". The figure after "now" is the whole toll: the one found is in it.
 * Look-alikes kept: "now 3 more dead" (more dead, not the toll), a "now" with no dead word after its number.
 */
const NOW_WORDS = ['now', 'desormais', 'maintenant'];
const NOW: ReadonlySet<string> = new Set(NOW_WORDS);
const NOW_SAID = trigger(NOW_WORDS);
const DEAD = /^(dead|killed|kia|morts?|tues?|tuees?|deces|deaths)$/;

export function nowToll(tokens: readonly Token[], victims: Victims): void {
  if (victims.killed === null || !said(tokens, NOW_SAID)) return;
  for (let i = 0; i < tokens.length; i++) {
    if (!NOW.has(tokens[i]!.norm)) continue;
    const n = readNumber(tokens, i + 1);
    if (!n || n.zero || n.article || tokens[i + 1]!.stopBefore) continue;
    const dead = tokens[n.next];
    if (dead && !dead.stopBefore && DEAD.test(dead.norm)) victims.killed = n.value;
    return;
  }
}
