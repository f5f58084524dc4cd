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
  return noAccessClosing(h, tokens);
}

// "still holding the civil society president, 3 days now, no access", "détenu depuis vendredi, sans accès": "no access"
// closing the report, with no one named who lacks it, is the person held out of reach (reports32). An aid worker, convoy
// or the mission named anywhere keeps the access denial.
const NO = /^(no|pas|sans|aucun|aucune|not)$/;
const AID = /^(convoy|convoi|ngo|ong|monusco|humanitarian\w*|humanitaires?|aid|team|equipe|patrol|patrouille|ocha|msf|unicef|wfp|pam|cicr|icrc|vehicles?|vehicules?|staff|partners?|partenaires?|mission|pk|pks|unpol|journalists?|media|monitors?|observateurs?)$/;
function noAccessClosing(h: SignalHit, tokens: readonly Token[]): boolean {
  if (!NO.test(tokens[h.start]!.norm) && !NO.test(tokens[h.start - 1]?.norm ?? '')) return false;
  const next = tokens[h.end];
  if (next && !next.breakBefore) return false;
  return !tokens.some((t) => AID.test(t.norm));
}
