import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * One-line quick reports (reports14): an actor named in the report who did not do the harm reported.
 * (A group people flee for fear of is left as it is: the corpus labels disagree on it, see the tune14 report.)
 * Look-alikes kept: "threats by CODECO", "fled after CODECO threats" (who threatened did it), "civil society
 * denounces M23 killings" (the group denounced for the harm reported did it).
 */
export function notTheDoer(tokens: readonly Token[], start: number, end: number): boolean {
  if (!said(tokens, NOT_DOER_SAID)) return false;
  return denouncedBefore(tokens, start) || responder(tokens, start, end) || reportedTo(tokens, start);
}

// "threats after denouncing Mai-Mai taxes", "menacé pour avoir dénoncé les exactions des FARDC": who the victim spoke
// out against is why they were targeted, not who targeted them.
const DENOUNCE = /^(denounc\w*|denonc\w*|critici[sz]\w*|critiqu\w*|condemn\w*|condamn\w*|exposing|exposed)$/;
const BECAUSE = /^(after|for|pour|apres|since|having|avoir|ayant)$/;
function denouncedBefore(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - 6; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    if (DENOUNCE.test(tokens[k]!.norm)) return BECAUSE.test(tokens[k - 1]?.norm ?? '') || BECAUSE.test(tokens[k - 2]?.norm ?? '');
  }
  return false;
}

// "zone bouclée par les FARDC", "area cordoned off by PNC", "FARDC and MONUSCO repelled the assailants": who closed
// the area or pushed the attackers back responded.
const CORDON = /^(bouclage|cordon)$/;
const SWEPT_UP = /^(emmenee?s?|embarquee?s?|amenee?s?|ramassee?s?|arretee?s?|arrested|rounded|detenue?s?|detained|raflee?s?|held)$/;
const CLOSED = /^(boucl\w*|cordon\w*|sealed|seal|balis\w*|fenced|isole|isolee|isolated|encircled)$/;
const REPELLED = /^(repel\w*|repuls\w*|repouss\w*|ripost\w*|intervened|intervenu\w*|responded|rescued|secouru\w*|evacuated|evacue\w*)$/;
function responder(tokens: readonly Token[], start: number, end: number): boolean {
  let k = start - 1;
  if (/^(les|la|le|l|the|des)$/.test(tokens[k]?.norm ?? '')) k--;
  // (t19: the cordon named, "bouclage PNC en place", "PNC cordon in place")
  // (a sweep in which people were taken is the force's own operation: "bouclage FARDC au quartier Kasanga, 30 hommes emmenés
  // au camp", reports36; doers/force-operation.ts)
  if ((CORDON.test(tokens[start - 1]?.norm ?? '') || (CORDON.test(tokens[end]?.norm ?? '') && !tokens[end]!.breakBefore)) && !tokens.some((t) => SWEPT_UP.test(t.norm))) return true;
  if (/^(by|par)$/.test(tokens[k]?.norm ?? '') && (CLOSED.test(tokens[k - 1]?.norm ?? '') || (/^(off)$/.test(tokens[k - 1]?.norm ?? '') && CLOSED.test(tokens[k - 2]?.norm ?? '')))) return true;
  if (!/^(and|et|&)$/.test(tokens[end]?.norm ?? '') || tokens[end]!.breakBefore) return false;
  for (let j = end + 2; j <= end + 4 && j < tokens.length && !tokens[j]!.breakBefore; j++) if (REPELLED.test(tokens[j]!.norm)) return true;
  return false;
}

// "case reported to PNC", "cas signalé à la police", "referred to MONUSCO": where the case was taken.
const REPORTED_WORDS = ['reported', 'referred', 'signale', 'signalee', 'signales', 'signalees', 'transmis', 'transmise', 'refere', 'referee', 'denonce', 'denoncee'];
const REPORTED = oneOf(REPORTED_WORDS);
// (the words of DENOUNCE, CORDON, CLOSED, REPELLED and REPORTED: one of them is needed)
const NOT_DOER_SAID = trigger([
  ...['denounc*', 'denonc*', 'critici*', 'critiqu*', 'condemn*', 'condamn*', 'exposing', 'exposed'],
  ...['bouclage', 'cordon', 'boucl*', 'cordon*', 'sealed', 'seal', 'balis*', 'fenced', 'isole', 'isolee', 'isolated', 'encircled'],
  ...['repel*', 'repuls*', 'repouss*', 'ripost*', 'intervened', 'intervenu*', 'responded', 'rescued', 'secouru*', 'evacuated', 'evacue*'],
  ...REPORTED_WORDS,
]);
function reportedTo(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  if (/^(les|la|le|l|the)$/.test(tokens[k]?.norm ?? '')) k--;
  if (!/^(to|a|au|aux)$/.test(tokens[k]?.norm ?? '')) return false;
  return REPORTED.test(tokens[k - 1]?.norm ?? '') && !tokens[k]!.breakBefore;
}
