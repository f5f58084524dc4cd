import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { isPerson } from '../victims/victim-words.js';

/**
 * "Seized" said of a thing or of a court, not of people (reports36): "1 pistol seized, file sent to the prosecutor",
 * "camera seized", "ses téléphones saisis", "police seized his phone", "HR seized the prosecutor", "le BCNUDH a saisi
 * l'auditorat". No one was taken: the abduction hit is set aside. Look-alikes kept: "2 farmers seized by ADF",
 * "seized 3 women" (people), "ADF seized the village" (read elsewhere as the place taken).
 */
const SEIZED = /^(seized|seize|seizes|seizing|saisi|saisie|saisis|saisies|confisque|confisquee|confisques|confisquees|confiscated)$/;
const THING = /^(pistols?|guns?|rifles?|weapons?|arms|ak|ak47|kalach\w*|armes?|fusils?|pistolets?|munitions?|ammunition|cameras?|camera|appareils?|phones?|telephones?|smartphones?|goods|marchandises?|documents?|papers|cards?|cartes?|money|argent|cash|bags?|sacs?|motos?|motorbikes?|vehicules?|vehicles?|cars?|drugs|chanvre|cannabis|equipment|equipement|materiel|laptop|ordinateurs?|computers?|radios?|minerais?|minerals|coltan|gold|or|cassiterite|bicycles?|velos?|files?|dossiers?|items|effets|biens)$/;
const OWN_GOODS = /^(nets|filets|boats?|canoes?|pirogues?|bateaux|moteurs?|engines?|cows?|cattle|vaches?|goats?|chevres?|betail|livestock|sheep|moutons?)$/;
const COURT = /^(prosecutor|prosecutors|parquet|auditorat|auditorate|auditeur|court|courts|tribunal|justice|judge|juge|magistrate|magistrat|authorities|autorites)$/;

export function seizedNotPeople(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'abduct' || !SEIZED.test(tokens[h.start]!.norm)) return false;
  // the thing before ("1 pistol seized", "camera seized", "téléphones saisis")
  for (let k = h.start - 1; k >= 0 && k >= h.start - 3; k--) {
    if (tokens[k + 1]!.breakBefore) break;
    if (THING.test(tokens[k]!.norm)) return true;
  }
  // the thing or the court after ("seized his phone", "seized the prosecutor", "a saisi l'auditorat")
  for (let k = h.end; k < tokens.length && k <= h.end + 2; k++) {
    if (tokens[k]!.breakBefore) break;
    if (THING.test(tokens[k]!.norm) || COURT.test(tokens[k]!.norm)) return true;
  }
  // (reports43) the goods of the lake or the herd, maybe behind their owners: "seized the fishermen's nets and boats",
  // "seized 40 cows", "ont saisi les pirogues des pêcheurs" (not "seized 3 women and their goods": people come first)
  for (let k = h.end; k < tokens.length && k <= h.end + 4; k++) {
    if (tokens[k]!.breakBefore) break;
    const w = tokens[k]!.norm;
    if (OWN_GOODS.test(w)) return true;
    if (isPerson(w) && tokens[k + 1]?.norm !== 's') break;
  }
  return false;
}

/** No one counted abducted when the only word of taking was a thing or a court seized ("12 detainees …; HR seized the prosecutor"). */
export function seizedThingCount(tokens: readonly Token[], hits: readonly SignalHit[], abductRead: boolean, victims: { abducted: number | null }): void {
  if (abductRead || victims.abducted === null) return;
  const taking = hits.filter((h) => h.value.signal === 'abduct');
  if (taking.length > 0 && taking.every((h) => seizedNotPeople(h, tokens))) victims.abducted = null;
}

