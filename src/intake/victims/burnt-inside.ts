import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { isPerson, isSingularPerson } from './victim-words.js';

/**
 * People burnt inside a house set on fire are dead (reports43): "torched 20 houses, 1 old man burnt inside", "an old woman
 * burned inside her hut", "un vieillard brûlé à l'intérieur". No keyword holds it (a building "burnt inside" is no
 * death); this counts who it names before it: a number, or one person said in the singular, and the count then makes
 * the killing. Only when no reader counted the dead. Look-alikes: "the shop burnt inside" (no person), "2 men burnt
 * alive" (read already).
 */
const BURNT = new Set(['burnt', 'burned', 'brule', 'brulee', 'brules', 'brulees']);
const ARTICLE_ONE = /^(a|an|one|un|une|l|le|la|the)$/;

export function burntInsideCount(tokens: readonly Token[], victims: Victims): void {
  if (victims.killed !== null) return;
  for (let b = 1; b < tokens.length - 1; b++) {
    if (!BURNT.has(tokens[b]!.norm)) continue;
    const next = tokens[b + 1]!.norm;
    if (!(next === 'inside' || (next === 'a' && tokens[b + 2]?.norm === 'l' && tokens[b + 3]?.norm === 'interieur'))) continue;
    for (let k = b - 1; k >= 0 && k >= b - 3; k--) {
      if (tokens[k + 1]!.breakBefore) break;
      const w = tokens[k]!.norm;
      if (!isPerson(w)) continue;
      for (let j = k - 1; j >= 0 && j >= k - 2; j--) {
        const n = readNumber(tokens, j);
        if (n && !n.zero && n.next <= k) {
          victims.killed = n.value;
          return;
        }
      }
      if (isSingularPerson(w) && (ARTICLE_ONE.test(tokens[k - 1]?.norm ?? '') || ARTICLE_ONE.test(tokens[k - 2]?.norm ?? ''))) victims.killed = 1;
      return;
    }
  }
}
