import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * "Enlevé" is also "removed": "obus non explosé tombé dans un champ …, toujours pas enlevé", "l'engin n'a pas encore été
 * enlevé", "la mine a été enlevée par l'UNMAS" (reports38: read as an abduction, the report went high). Said of the
 * munition named before it in the same sentence, with no person between, no one was taken: the abduction hit is set
 * aside. Look-alikes kept: "2 enfants enlevés près de l'obus" (people named), "des miliciens ont enlevé 3 cultivateurs
 * après les tirs d'obus" (people after the verb).
 */
const REMOVED = /^(enleve|enlevee|enleves|enlevees|retire|retiree|retires|retirees)$/;
const MUNITION = /^(obus|engins?|mines?|grenades?|roquettes?|bombes?|eei|ied|uxo|erw|munitions?|projectiles?|explosifs?|objets?|mortiers?)$/;
const PERSON = /^(\d+|personnes?|enfants?|femmes?|hommes?|cultivateurs?|civils?|eleves?|gens|habitants|jeunes|filles?|garcons?|fils|pere|mere|chef|il|elle|ils|elles)$/;

export function ordnanceRemoved(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'abduct' || !REMOVED.test(tokens[h.start]!.norm)) return false;
  // (people after the verb: "ont enlevé 3 cultivateurs")
  if (PERSON.test(tokens[h.end]?.norm ?? '') && !tokens[h.end]!.breakBefore) return false;
  for (let k = h.start - 1; k >= 0 && k >= h.start - 20; k--) {
    if (tokens[k + 1]!.stopBefore) return false;
    const w = tokens[k]!.norm;
    if (PERSON.test(w)) return false;
    if (MUNITION.test(w)) return true;
  }
  return false;
}
