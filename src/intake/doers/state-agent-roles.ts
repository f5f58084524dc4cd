import type { Token } from '../normalize.js';

/**
 * Police or soldiers who did the harm named the ways reports47 showed host-forces.ts did not read (C1, C2):
 * - where they are, a town said with its word: "Police in Uvira town arrested 20 moto drivers", "les policiers de
 *   Goma-ville ont raflé…" (the place, then "town", "centre", "ville", "cité", then the harm);
 * - two forces together: "police and soldiers together at the barrier take 1,000 FC", "policiers et militaires ensemble
 *   à la barrière prennent 1000 FC" (both did it, the first named only as the pair's first);
 * - a role inside their holding place: "held at the police cell … the chief of the cell raped her", "gardée au cachot de
 *   la police … violée par le commandant du poste", "officer on duty at the police post demanded $30" (the police's cell
 *   and the role who did the harm: the police);
 * - a cell said with its town: "in the cell of the Kiliba police", "au cachot de la police de Kasindi" (when held);
 * - verbs of forced service not in host-forces' list: "requisitioned 6 motorbikes with their drivers", "ont réquisitionné",
 *   "ont obligé les habitants à puiser de l'eau", "used batons on women".
 * Look-alikes kept out: police who came after ("police came to Uvira town"), a role with no harm ("the commander of the
 * post received the team"), a force named only as a victim.
 */
const TOWN = /^(town|centre|center|ville|cite|city|centre-ville)$/;
const AT = /^(in|at|of|de|du|d|a)$/;
const AND = /^(and|et|&)$/;
const ARTICLE = /^(the|les|des|la|le|l|some|quelques)$/;
const TOGETHER = /^(together|ensemble|jointly|conjointement)$/;
const WHERE_FILL = /^(at|a|au|the|la|le|l|barrier|barriere|barrage|checkpoint|roadblock|post|poste|de|du|of)$/;
const FORCE = /^(police|policiers?|policemen|policeman|soldiers?|soldats?|militaires?|troops)$/;
// Roles of the police and the army inside their post, cell or station.
const ROLE = /^(chief|chef|commander|commandant|officer|officier|agent|agents|opj|sergeant|sergent|warden|gardien|gardiens|guard|guards)$/;
const ROLE_OF = /^(cell|cellule|cachot|post|poste|station|stn|duty|garde|service|amigo|commissariat|sub-station|lockup)$/;
const HOLDING = /^(cell|cells|cellule|cachot|cachots|post|poste|station|stn|lockup|custody|amigo|commissariat|sous-commissariat)$/;
const FORCED_SERVICE = /^(requisition\w*|oblig\w*|used|utilise\w*|matraqu\w*)$/;
const BATON = /^(batons?|matraques?|clubs?|sticks?|truncheons?|fouets?|whips?|chicottes?)$/;

/** The force word at i did the harm, said one of the ways above. `harm(word)`: a harm police or soldiers do. */
export function stateAgentRole(tokens: readonly Token[], i: number, harm: (n: string) => boolean, holding: boolean): boolean {
  return forceInTownThenHarm(tokens, i, harm) || forcePairThenHarm(tokens, i, harm) || roleInForcePlace(tokens, i, harm) || (holding && cellOfTownForce(tokens, i)) || forcedService(tokens, i) || firedToDisperse(tokens, i);
}

const verbAt = (tokens: readonly Token[], k: number, harm: (n: string) => boolean): boolean => {
  const AUX = /^(have|has|had|ont|a|avaient|avait|reportedly|allegedly|also|aussi)$/;
  let j = k;
  while (j < tokens.length && j <= k + 2 && !tokens[j]!.breakBefore && AUX.test(tokens[j]!.norm)) j++;
  const t = tokens[j];
  return !!t && !t.breakBefore && (harm(t.norm) || FORCED_SERVICE.test(t.norm));
};

// "Police in Uvira town arrested…"
function forceInTownThenHarm(tokens: readonly Token[], i: number, harm: (n: string) => boolean): boolean {
  const at = tokens[i + 1];
  if (!at || at.breakBefore || !AT.test(at.norm)) return false;
  for (let k = i + 2; k <= i + 4 && k < tokens.length && !tokens[k]!.breakBefore; k++) {
    if (TOWN.test(tokens[k]!.norm) && k > i + 2) return verbAt(tokens, k + 1, harm);
  }
  return false;
}

// "police and soldiers together at the barrier take…": either force of the pair.
function forcePairThenHarm(tokens: readonly Token[], i: number, harm: (n: string) => boolean): boolean {
  let second = -1;
  if (AND.test(tokens[i + 1]?.norm ?? '') && !tokens[i + 1]!.breakBefore) {
    const k = ARTICLE.test(tokens[i + 2]?.norm ?? '') ? i + 3 : i + 2;
    if (FORCE.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) second = k;
  } else if (AND.test(tokens[i - 1]?.norm ?? '') && !tokens[i]!.breakBefore) {
    second = i;
  }
  if (second < 0) return false;
  let k = second + 1;
  if (!TOGETHER.test(tokens[k]?.norm ?? '')) return false;
  k++;
  while (k < tokens.length && k <= second + 7 && !tokens[k]!.breakBefore && WHERE_FILL.test(tokens[k]!.norm)) k++;
  return verbAt(tokens, k, harm);
}

// The force's holding place is said, and a role of that place did the harm: "violée par le commandant du poste",
// "the chief of the cell raped her", "the officer on duty demanded $30".
function roleInForcePlace(tokens: readonly Token[], i: number, harm: (n: string) => boolean): boolean {
  const before = tokens[i - 1]?.norm ?? '';
  const before2 = tokens[i - 2]?.norm ?? '';
  const place = HOLDING.test(tokens[i + 1]?.norm ?? '') || (ARTICLE.test(before) && /^(de|du|of|d)$/.test(before2) && HOLDING.test(tokens[i - 3]?.norm ?? '')) || (/^(de|du|of|d)$/.test(before) && HOLDING.test(before2));
  if (!place) return false;
  for (let r = 0; r < tokens.length; r++) {
    if (!ROLE.test(tokens[r]!.norm)) continue;
    // the role's place: "chief of the cell", "commandant du poste", "officer on duty", "agents de garde"
    let k = r + 1;
    if (/^(of|de|du|on|d)$/.test(tokens[k]?.norm ?? '')) k++;
    if (ARTICLE.test(tokens[k]?.norm ?? '')) k++;
    if (!ROLE_OF.test(tokens[k]?.norm ?? '') || tokens[k]!.breakBefore) continue;
    // the role did it: "ROLE … raped her" / "violée par le ROLE"
    if (verbAt(tokens, k + 1, harm)) return true;
    const by = ARTICLE.test(tokens[r - 1]?.norm ?? '') ? r - 2 : r - 1;
    if (/^(by|par)$/.test(tokens[by]?.norm ?? '') && harm(tokens[by - 1]?.norm ?? '')) return true;
  }
  return false;
}

// "in the cell of the Kiliba police", "au cachot de la police de Kasindi".
function cellOfTownForce(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (!/^\p{Lu}/u.test(tokens[k]?.text ?? '') || tokens[i]!.breakBefore) return false;
  k--;
  if (ARTICLE.test(tokens[k]?.norm ?? '')) k--;
  if (!/^(of|de|du|d)$/.test(tokens[k]?.norm ?? '')) return false;
  return HOLDING.test(tokens[k - 1]?.norm ?? '');
}

// "soldiers requisitioned 6 motorbikes with their drivers", "des militaires ont obligé les habitants…", "Police used batons on…".
function forcedService(tokens: readonly Token[], i: number): boolean {
  const AUX = /^(have|has|had|ont|a|avaient|avait|reportedly|allegedly|also|aussi)$/;
  let j = i + 1;
  while (j < tokens.length && j <= i + 3 && !tokens[j]!.breakBefore && AUX.test(tokens[j]!.norm)) j++;
  const v = tokens[j];
  if (!v || v.breakBefore || !FORCED_SERVICE.test(v.norm)) return false;
  if (/^(used|utilise\w*)$/.test(v.norm)) return BATON.test(tokens[j + 1]?.norm ?? '') || BATON.test(tokens[j + 2]?.norm ?? '');
  return true;
}

/**
 * A service that let people go after days held held them (C5, reports47): "ANR in Goma released the 2 activists after 11
 * days", "L'ANR à Goma a relâché les 3 militants après 9 jours", "la DGM a libéré les 6 femmes après 2 nuits". Not a
 * release by someone else ("released to the ANR"), nor a release with no time held said.
 */
const RELEASED = /^(released|freed|relache\w*|libere\w*)$/;
const SPAN = /^(days?|jours?|nights?|nuits?|weeks?|semaines?|months?|mois|heures?|hours?)$/;
export function serviceReleasedAfterDays(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  if (/^(in|at|a|de|of)$/.test(tokens[k]?.norm ?? '') && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') && !tokens[k + 1]!.breakBefore) k += 2;
  while (k < tokens.length && k <= i + 5 && /^(has|have|a|ont|finally|enfin)$/.test(tokens[k]!.norm) && !tokens[k]!.breakBefore) k++;
  if (!RELEASED.test(tokens[k]?.norm ?? '') || tokens[k]!.breakBefore) return false;
  for (let j = k + 1; j < tokens.length && j <= k + 10 && !tokens[j]!.stopBefore; j++) {
    if (!/^(after|apres)$/.test(tokens[j]!.norm)) continue;
    const n = /^\d+$/.test(tokens[j + 1]?.norm ?? '') ? j + 2 : -1;
    if (n > 0 && SPAN.test(tokens[n]?.norm ?? '')) return true;
  }
  return false;
}

// "soldiers fired to disperse a crowd", "les militaires ont tiré pour disperser une foule": the force firing on the crowd
// (host-forces.ts reads "fired to" as a harm suffered, "shot to death").
function firedToDisperse(tokens: readonly Token[], i: number): boolean {
  const AUX = /^(have|has|had|ont|a|avaient|avait|reportedly|allegedly|then|ensuite)$/;
  let j = i + 1;
  while (j < tokens.length && j <= i + 3 && !tokens[j]!.breakBefore && AUX.test(tokens[j]!.norm)) j++;
  if (!/^(fired|shot|tire|tirent|tiraient|opened)$/.test(tokens[j]?.norm ?? '') || tokens[j]!.breakBefore) return false;
  if (tokens[j]!.norm === 'opened') j++;
  if (tokens[j]?.norm === 'fire' || tokens[j]?.norm === 'feu') j++;
  return /^(to|pour|in|en)$/.test(tokens[j + 1]?.norm ?? '') && /^(disperse|disperser|dispersing)$/.test(tokens[j + 2]?.norm ?? '');
}
