import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * People held with "no access for the family", "pas d'accès pour la famille", "lawyers denied access": the visits
 * refused are part of the detention (held incommunicado), not an access denial of aid workers or the mission (C6 keeps
 * `access_denial` for a barrier that blocks aid workers or the mission). Only with a detention said in the report.
 */
const KIN = /^(family|families|famille|familles|relatives|proches|parents|lawyers?|avocats?|kin|wife|epouse|visitors?|visites?)$/;

export function visitsRefused(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'access') return false;
  for (let k = Math.max(0, h.start - 4); k < tokens.length && k <= h.end + 4; k++) if (KIN.test(tokens[k]!.norm)) return true;
  return false;
}
