import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * Children let go by an armed group into after-care (pending reports31): "11 children released by Nyatura at Kilolirwe
 * handed over to a child protection NGO for family reunification", "6 enfants libérés par les Mai-Mai remis aux
 * partenaires de protection", "4 boys freed by the APCLS, now at the transit centre". They were in the group's ranks
 * (C18: a child violation, counted as children affected), not hostages bought back: no one is counted abducted for the
 * release (C7 and C12 count hostages freed, not children coming out of a group). Not children released after a ransom or
 * with a taking said, nor adults released.
 */
const FREED = new Set(['libere', 'liberes', 'liberee', 'liberees', 'relache', 'relaches', 'relachee', 'relachees', 'released', 'freed']);
const CHILDREN = /^(children|child|kids|boys|girls|minors|enfants|mineurs|mineures|garcons|filles|fillettes|eafga|caafag)$/;
// After-care said: handed over, family reunification, a transit centre, DDR.
const CARE = /^(handed|remis|remises|confies|confiees|transferred|transferes|reunification|reunified|reunifies|reunifiees|transit|cto|ddr|demobilis\w*|reintegration|reinsertion|encadrement)$/;
// A taking or a price said: hostages, after all.
const HOSTAGE = /^(ransom|rancon|rancons|paiement|payment|paid|paye|otages?|hostages?|enleve\w*|abduct\w*|kidnap\w*)$/;

/** True for a group's "released by" hit whose freed are children handed into after-care. */
export function childrenReleasedToCare(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'abduct' || !FREED.has(tokens[h.start]!.norm)) return false;
  let child = false;
  for (let k = h.start - 1; k >= 0 && k >= h.start - 3; k--) if (CHILDREN.test(tokens[k]!.norm)) child = true;
  return child && tokens.some((t) => CARE.test(t.norm)) && !tokens.some((t) => HOSTAGE.test(t.norm));
}
