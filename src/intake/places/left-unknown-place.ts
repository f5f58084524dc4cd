import type { PlaceTokenMatch } from './gazetteer.js';
import type { Signals } from '../categories/categories.js';

/**
 * One-line quick reports (reports14): where it happened when the place people left is one the gazetteer lacks.
 */

// "200 personnes ont fui Mabalako vers Mangina", "ppl fled Kilambo towards Beni": the village left (unknown to the
// gazetteer) is where it happened; the town they went to is not. No place is better than the refuge.
const FLED = /^(fled|flee|fleeing|fui|fuient|fuyant|fuyaient|quitte|quittent|quittant|left|leaving|deserte|abandonne)$/;
const TOWARDS = /^(vers|towards?|to|pour|for|jusqu|direction)$/;
export function leftUnknownPlace(places: readonly PlaceTokenMatch[], s: Signals): boolean {
  if (places.length === 0 || !places.every((p) => p.start === places[0]!.start)) return false;
  const t = s.tokens;
  const at = places[0]!.start;
  const cue = TOWARDS.test(t[at - 1]?.norm ?? '') ? at - 1 : /^(la|le|l|the)$/.test(t[at - 1]?.norm ?? '') && TOWARDS.test(t[at - 2]?.norm ?? '') ? at - 2 : -1;
  if (cue < 2) return false;
  // the flight word, then a capitalised name, right before the cue
  for (let k = cue - 1; k >= 1 && k >= cue - 3; k--) {
    if (t[k + 1]!.breakBefore) return false;
    if (FLED.test(t[k - 1]!.norm) && /^\p{Lu}\p{Ll}+$/u.test(t[k]!.text)) return true;
  }
  return false;
}

// "Kilia, Irumu territory": a name one letter from a village of another territory, said with its territory, is not that village.
export function typoInAnotherTerritory(typo: PlaceTokenMatch, places: readonly PlaceTokenMatch[]): boolean {
  if (typo.place.level !== 'locality') return false;
  const territories = places.filter((p) => p.place.level === 'territory' && p.start > typo.start && p.start - typo.end <= 3);
  return territories.length > 0 && territories.every((p) => p.place.territory !== typo.place.territory);
}

// "Per CAN focal point in Oicha, … near Ngite": a short name (six letters at most) one letter from a village of another
// province than every place the report names exactly is another village the gazetteer lacks (Ngite, Beni territory, is
// not Ngote, Mahagi); a report keeps to one area. Long names ("Kasindii", "Eringetti") stay guessed wherever they are.
const SHORT_TYPO = 6;
export function typoInAnotherProvince(typo: PlaceTokenMatch, places: readonly PlaceTokenMatch[], tokens: readonly { norm: string }[]): boolean {
  if (typo.place.level !== 'locality' || (tokens[typo.start]?.norm.length ?? 0) > SHORT_TYPO || places.length === 0) return false;
  return places.every((p) => p.place.province !== typo.place.province);
}
