import type { SignalHit } from './categories.js';
import type { PlaceTokenMatch } from '../places/gazetteer.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * A school in field shorthand (pending reports41): "EP" is the école primaire, "EPA"/"EPC" one run by a church, "Inst."
 * is said in full already (keywords.ts). The shorthand is a school only tied to one: a French article or "à"/"de"
 * before it ("l'EP Mapendo", "à l'EP de Nizi") or a place the gazetteer knows right after it ("EP Nizi", "EP de
 * Kalunguta"). It gives a `school` hit, so the C13 reading (a school occupied, looted, turned into a camp) holds as it
 * does for "école". Look-alikes: a bare "EP" with neither (an initial, a unit), no hit.
 * Said in short too: the school's rooms after the school was named ("les élèves de l'EP Nizi renvoyés, les FARDC ont
 * transformé les salles en cantonnement", "school closed, soldiers sleeping in the rooms"): "salles", "locaux", "rooms",
 * "premises" once a school is named before them are that school (no school named before: no hit).
 */
const SHORT = new Set(['ep', 'epa', 'epc', 'epp']);
const BEFORE = /^(l|la|le|les|a|au|de|du|des|d)$/;

const SCHOOL_NAMED = /^(ecole|ecoles|school|schools|ep|epa|epc|epp|lycee|institut|eleves|pupils)$/;
const ROOMS = new Set(['salles', 'locaux', 'batiments', 'rooms', 'premises', 'classes']);
const SHORT_OR_ROOMS_SAID = trigger([...SHORT, ...ROOMS]);

export function schoolShorthandHits(tokens: readonly Token[], places: readonly PlaceTokenMatch[], schoolSaid: boolean): SignalHit[] {
  if (!said(tokens, SHORT_OR_ROOMS_SAID)) return [];
  const out: SignalHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!SHORT.has(tokens[i]!.norm)) continue;
    const placeAfter = places.some((p) => p.start === i + 1 || (p.start === i + 2 && tokens[i + 1]!.norm === 'de'));
    const articleBefore = i > 0 && BEFORE.test(tokens[i - 1]!.norm) && !tokens[i]!.breakBefore;
    if (placeAfter || articleBefore) {
      out.push({ value: { signal: 'school', subType: 'attack_on_school' }, start: i, end: i + 1 });
      break;
    }
  }
  if (!schoolSaid && out.length === 0) return out;
  for (let i = 1; i < tokens.length; i++) {
    if (!ROOMS.has(tokens[i]!.norm)) continue;
    if (tokens.slice(0, i).some((t) => SCHOOL_NAMED.test(t.norm))) out.push({ value: { signal: 'school', subType: 'attack_on_school' }, start: i, end: i + 1 });
  }
  return out;
}
