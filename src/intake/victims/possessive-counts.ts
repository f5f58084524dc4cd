import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { isPerson, verbAt } from './victim-words.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * A count said after a possessive (pending reports24): "abducted his two sons", "ont emmené ses deux fils", "killed their 3
 * children", "ont enlevé leurs 4 enfants". The readers take a number right after the verb; here a possessive stands between.
 * Fills a count only where no reader gave one. Look-alikes kept out: a possessive with no number ("took his goats", "ses
 * enfants": how many unsaid), a number of things ("burnt his 3 houses": no person after it).
 */
const POSSESSIVE_WORDS = ['his', 'her', 'their', 'its', 'ses', 'leurs', 'son', 'sa', 'leur', 'mes', 'my', 'our', 'nos'];
const POSSESSIVE = oneOf(POSSESSIVE_WORDS);
const POSSESSIVE_SAID = trigger(POSSESSIVE_WORDS);

export function possessiveCounts(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, POSSESSIVE_SAID)) return;
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (!POSSESSIVE.test(tokens[i + 1]!.norm) || tokens[i + 1]!.breakBefore) continue;
    const key = verbAt(tokens, i);
    if (!key || key === 'displaced' || key === 'childrenAffected' || victims[key] !== null) continue;
    const n = readNumber(tokens, i + 2);
    if (!n || n.zero || n.article || n.value < 1 || tokens[n.next]?.breakBefore || !isPerson(tokens[n.next]?.norm ?? '')) continue;
    victims[key] = n.value;
  }
}
