import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * "now" before a verb of telling dates the telling, not an attack under way (pending reports38): "the youths now say they
 * were tortured at the cachot", "the families now claim…", "les jeunes affirment maintenant avoir été torturés", "il
 * accuse désormais…". The under-way word is set aside (C10 asks for the harm said to go on). Look-alikes kept: "ADF
 * attacking Mamove now", "now entering Kamango", "they say ADF are now in Kamango" (the now is the group's).
 */
const NOW = new Set(['now', 'desormais', 'maintenant']);
const TELL = /^(say|says|said|claim|claims|tell|tells|report|reports|allege|alleges|accuse|accuses|admit|admits|disent|dit|affirment|affirme|declarent|declare|racontent|raconte|accusent|accuse|temoignent|reconnaissent|pretendent)$/;

export function nowOfTelling(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'underway' || h.end - h.start !== 1 || !NOW.has(tokens[h.start]!.norm)) return false;
  const next = tokens[h.start + 1];
  if (next && !next.breakBefore && TELL.test(next.norm)) return true;
  // "affirment maintenant", "accuse désormais"
  if (!tokens[h.start]!.breakBefore && TELL.test(tokens[h.start - 1]?.norm ?? '')) return true;
  return lateTelling(tokens, h.start);
}

// A harm told late ("raped in March, she only came forward now", "she only now reported it", "n'a porté plainte que
// maintenant", "elle se confie maintenant"): the now is the telling's, not the harm's (reports49). Look-alike kept: "the
// ADF are now attacking Mamove".
const LATE = /^(forward|reported|reporting|reports|spoke|speaks|speaking|told|dared|denounced|plainte|confie|confiee|parle|parlee|signale|signalee|temoigne|denonce|came|come|reporte|reportee)$/;
function lateTelling(tokens: readonly Token[], now: number): boolean {
  for (let k = now - 1; k >= 0 && k >= now - 2; k--) {
    if (tokens[k + 1]!.breakBefore) break;
    if (LATE.test(tokens[k]!.norm)) return true;
  }
  const next = tokens[now + 1];
  return !!next && !next.breakBefore && LATE.test(next.norm);
}
