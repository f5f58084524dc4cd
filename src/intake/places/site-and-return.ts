import type { Token } from '../normalize.js';

/**
 * Two readings of "déplacés de X" that are not the place people fled:
 * - the name of a site: "Le site de déplacés de Bulengo accueille 60 ménages venus de Sake", "camp des déplacés de Rhoe":
 *   the site is where the displaced arrived; the place they came from is the one named after "venus de" (as ever);
 * - people going home (C8): "Des ménages déplacés de Pinga rentrés à Ntoto trouvent leurs maisons pillées", "IDPs from
 *   Pinga who went back to Ntoto": the place returned to is where it happens, not the place they had been staying.
 */
const SITE = /^(site|sites|camp|camps|centre|center|collectif)$/;
const RETURNED = /^(rentre|rentres|rentree|rentrees|retourne|retournes|retournee|retournees|revenus|revenues|returned|returning|return|back|retour)$/;
const GONE = /^(went|gone|go|goes|going|came|come|comes|coming|moved|moving|headed|heading|walked|are|were|is|was|now)$/;
const TO = /^(a|au|to|in|at|dans|sur|chez)$/;

/** The place at `start` names a displacement site ("site de déplacés de Bulengo"). */
export function siteOfDisplacedNamed(tokens: readonly Token[], start: number): boolean {
  return /^(deplaces|deplacees|idps|pdi)$/.test(tokens[start - 2]?.norm ?? '') && /^(de|d|des)$/.test(tokens[start - 1]?.norm ?? '') &&
    /^(de|des|d|pour)$/.test(tokens[start - 3]?.norm ?? '') && SITE.test(tokens[start - 4]?.norm ?? '');
}

/** The place at `start` is the one people went back to ("rentrés à Ntoto", "went back to Ntoto", "de retour à Ntoto"). */
export function returnedTo(tokens: readonly Token[], start: number): boolean {
  if (!TO.test(tokens[start - 1]?.norm ?? '') || tokens[start]!.breakBefore) return false;
  const verb = tokens[start - 2];
  if (!verb || tokens[start - 1]!.breakBefore || !RETURNED.test(verb.norm)) return false;
  // ("went back to Ntoto"; but "ppl leaving Rusayo site back to Kibumba": the site left is where it is told)
  return verb.norm !== 'back' || GONE.test(tokens[start - 3]?.norm ?? '');
}
