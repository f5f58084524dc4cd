import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * A correction that says the victim is no child (pending reports38): "the victim … is 22, not a minor as first said", "la
 * survivante a 21 ans, pas mineure", "n'est pas une mineure", "she is not a child". The child word is negated: no child
 * victim is told. Look-alikes kept: "not only a minor was hurt" (no: 'only' breaks it), "a minor, not an adult" (the
 * negation follows the child word).
 */
const CHILD = new Set(['minor', 'minors', 'child', 'girl', 'boy', 'kid', 'mineure', 'mineur', 'mineures', 'mineurs', 'enfant', 'fillette']);
const NOT = new Set(['not', 'pas', 'non', 'no', 'never', 'jamais', 'plus']);
const ARTICLE = new Set(['a', 'an', 'une', 'un']);

export function notAMinor(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'child' || h.end - h.start !== 1 || !CHILD.has(tokens[h.start]!.norm)) return false;
  let k = h.start - 1;
  if (ARTICLE.has(tokens[k]?.norm ?? '') && !tokens[k + 1]!.breakBefore) k--;
  return k >= 0 && NOT.has(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore;
}
