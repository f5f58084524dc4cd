import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { isPerson } from '../victims/victim-words.js';
import { carriedForCare } from './leaving-and-care.js';
import { stateRoundedUpAt, takenToCampBy } from './state-rounded-up.js';

/**
 * People taken BY the host state's police or army, said with an everyday verb of taking (C23): "young man taken by
 * police", "3 jeunes ramassés par les militaires", "emmenée par des policiers", "picked up by the FARDC". Held by
 * the state, not abducted (arbitrary detention). Look-alikes: "taken by ADF", "ramassés par des bandits" (a group
 * that is not the state: abduction), "taken to hospital by the police" (no "by" right after the verb), "the wounded
 * were taken by the police to Beni hospital" (the dead or the wounded, or carried to care: a response, no custody).
 */

const TAKEN = new Set([
  'taken', 'takn', 'picked', 'pris', 'prise', 'prises', 'ramasse', 'ramasses', 'ramassee', 'ramassees', 'emmene', 'emmenes', 'emmenee', 'emmenees',
  'amene', 'amenes', 'amenee', 'amenees', 'embarque', 'embarques', 'embarquee', 'embarquees', 'rounded', 'carted',
]);
const BY = new Set(['by', 'par', 'pr']);
const ARTICLES = new Set(['the', 'la', 'les', 'l', 'des', 'de', 'a', 'some', 'un', 'une', 'two', 'deux', 'three', 'trois', 'plain', 'clothes']);
const STATE = /^(police|policemen|policiers?|pnc|fardc|militaires?|soldiers?|soldats?|army|armee|anr|demiap|opj|agents?)$/;

// "disparus après avoir été emmenés par des militaires": no one knows where they are; they stay counted as taken.
const VANISHED = /^(disparus?|disparues?|missing|disappeared|introuvables?)$/;

// The active voice: "Des hommes de la DEMIAP ont emmené un commerçant", "les policiers ont embarqué 2 motards", "ANR agents took
// a journalist away": the force, its auxiliary, the verb of taking, then people (carried to care stays a response).
// ("les militaires ont pris 3 jeunes pour vérification": pris with people after it, reports51)
const TOOK = new Set(['emmene', 'emmenent', 'emmenaient', 'amene', 'amenent', 'embarque', 'embarquent', 'embarquaient', 'took', 'ramasse', 'ramassent', 'pris', 'prennent']);
// (every taking read here opens on one of these: TAKEN, TOOK, and the verbs of state-rounded-up.ts)
const TAKEN_BY_STATE_SAID = trigger([
  ...TAKEN, ...TOOK, 'rounded', 'rounding', 'round', 'rafle', 'raflent', 'raflaient', 'ramasse', 'ramassent', 'ramassaient',
  'taken', 'emmene', 'emmenes', 'emmenee', 'emmenees', 'amene', 'amenes', 'amenee', 'amenees', 'conduit', 'conduits', 'ramasses', 'embarque', 'embarques',
]);
const HAVE = /^(ont|a|have|has|had|avaient|avait)$/;
const PEOPLE_NEXT = /^(un|une|le|la|les|l|des|deux|trois|\d+|a|an|the|two|three|several|plusieurs|son|sa|ses|leur|leurs|his|her|their)$/;
function stateTookAt(tokens: readonly Token[], i: number): boolean {
  if (!TOOK.has(tokens[i]!.norm) || tokens[i]!.breakBefore) return false;
  const k = HAVE.test(tokens[i - 1]?.norm ?? '') ? i - 2 : i - 1;
  const subject = tokens[k];
  if (!subject || !STATE.test(subject.norm) || tokens[k + 1]!.breakBefore) return false;
  // ("Soldiers took away three youths", "police carted off 2 men": the particle, then the people; reports42)
  const p = /^(away|off)$/.test(tokens[i + 1]?.norm ?? '') && !tokens[i + 1]!.breakBefore ? i + 2 : i + 1;
  if (!PEOPLE_NEXT.test(tokens[p]?.norm ?? '') || tokens[p]!.breakBefore || carriedForCare(tokens, p - 1, p - 1)) return false;
  // ("pris" takes goods and flight too, "ont pris 3 chèvres", "ont pris la fuite": only people named after it)
  return !/^(pris|prennent)$/.test(tokens[i]!.norm) || [p, p + 1].some((q) => isPerson(tokens[q]?.norm ?? ''));
}

/** Where people were taken by the state's forces, or -1. */
export function takenByStateAt(tokens: readonly Token[]): number {
  if (!said(tokens, TAKEN_BY_STATE_SAID)) return -1;
  for (let i = 0; i + 2 < tokens.length; i++) {
    // ("soldiers rounded up 3 youths", "les militaires ont raflé 10 jeunes": state-rounded-up.ts)
    if (stateTookAt(tokens, i) || stateRoundedUpAt(tokens, i) || takenToCampBy(tokens, i)) return tokens.some((t) => VANISHED.test(t.norm)) ? -1 : i;
    if (!TAKEN.has(tokens[i]!.norm)) continue;
    let k = i + 1;
    // "picked up by", "rounded up by", "carted off by"
    if (/^(up|off|away)$/.test(tokens[k]!.norm)) k++;
    if (takenToStatePlace(tokens, k)) return tokens.some((t) => VANISHED.test(t.norm)) ? -1 : i;
    if (!BY.has(tokens[k]?.norm ?? '') || tokens[k]!.breakBefore) continue;
    k++;
    while (k < i + 6 && ARTICLES.has(tokens[k]?.norm ?? '')) k++;
    const who = tokens[k];
    if (!who || !STATE.test(who.norm) || /^(de|du|of)$/.test(tokens[k + 1]?.norm ?? '') || carriedForCare(tokens, i, k)) continue;
    return tokens.some((t) => VANISHED.test(t.norm)) ? -1 : i;
  }
  return -1;
}

// "4 journalists taken to the ANR office", "emmenés au cachot de la police", "picked up and taken to the police station",
// "amenés au bureau de l'ANR" (reports29): where the state holds people names the state as holder, no "by" needed. A place
// of care ("taken to hospital") or of safety is no custody.
const TO = new Set(['to', 'au', 'aux', 'a', 'vers', 'dans', 'into']);
const TO_SKIP = new Set(['the', 'la', 'le', 'l', 'les', 'leur', 'leurs', 'their', 'its', 'son', 'sa', 'ses', 'local', 'nearest', 'un', 'une', 'a', 'an']);
const CUSTODY_PLACE = new Set(['cachot', 'cachots', 'cell', 'cells', 'amigo', 'prison', 'commissariat', 'custody', 'jail', 'detention', 'parquet', 'auditorat', 'auditorate']);
const OFFICE = new Set(['office', 'offices', 'bureau', 'bureaux', 'locaux', 'station', 'post', 'poste', 'camp', 'base', 'hq', 'headquarters', 'siege', 'quartier', 'etat', 'position', 'positions']);
const PLACE_STATE = /^(police|pnc|fardc|anr|demiap|military|militaire|t2|p2|opj|army|armee|soldiers|militaires|policiers?)$/;
function takenToStatePlace(tokens: readonly Token[], k: number): boolean {
  if (!TO.has(tokens[k]?.norm ?? '') || tokens[k]!.breakBefore) return false;
  let j = k + 1;
  while (j < k + 4 && TO_SKIP.has(tokens[j]?.norm ?? '')) j++;
  let office = false;
  let state = false;
  for (let m = j; m < j + 5 && m < tokens.length; m++) {
    if (tokens[m]!.breakBefore && m > j) break;
    const w = tokens[m]!.norm;
    if (CUSTODY_PLACE.has(w)) return true;
    if (OFFICE.has(w)) office = true;
    else if (PLACE_STATE.test(w)) state = true;
    else if (!/^(de|du|des|d|l|la|le|of|the)$/.test(w)) break;
    if (office && state) return true;
  }
  return false;
}
