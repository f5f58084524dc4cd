import type { CategoryId } from '../../domain/taxonomy.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * People going home after the army or the police came (C8: a return is a displacement report): "retour progressif
 * d'environ 1 200 personnes à Kyatsaba, après le déploiement d'une position FARDC", "Returns: 300 ppl back to Mamove after
 * FARDC ops", "les déplacés regagnent Mamove grâce à la présence des FARDC". The force named as why people came back did
 * nothing to them: no doer. Only the host forces (a group named in the return's cause stays read as the rules say), and
 * only in a report of a return.
 */
const RETURN_WORDS = ['return', 'returns', 'returned', 'returning', 'retour', 'retours', 'rentres', 'rentrees', 'rentrent', 'regagne', 'regagnent', 'retournes', 'retournent', 'reviennent', 'revenus', 'back', 'wamerudi'];
const RETURN = oneOf(RETURN_WORDS);
const RETURN_SAID = trigger(RETURN_WORDS);
const BECAUSE = /^(after|apres|following|suite|thanks|grace|since|depuis|with|avec|owing|due)$/;

/** True when the host force at `start` is named, in a return, only in the cause after "after/après/suite à/grâce à". */
export function forceBehindReturn(tokens: readonly Token[], start: number, category: CategoryId): boolean {
  if (category !== 'displacement' || !said(tokens, RETURN_SAID) || !tokens.some((t) => RETURN.test(t.norm))) return false;
  for (let k = start - 1; k >= 0 && k >= start - 6; k--) {
    if (tokens[k + 1]!.breakBefore && k < start - 1) return false;
    if (BECAUSE.test(tokens[k]!.norm)) return true;
  }
  return false;
}
