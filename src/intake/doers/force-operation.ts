import type { Token } from '../normalize.js';

/**
 * C1/C2, two ways of saying the force did it that the harm verbs of host-forces.ts miss (reports29):
 * - "pris" with goods or animals after it: "des militaires ont pris 5 chèvres et de l'argent", "police a pris leurs
 *   téléphones" (not "pris position", "pris la fuite", "pris le contrôle", "pris en charge": a response or a flight);
 * - the force as owner of a sweep: "bouclage des militaires à Mutwanga, une vingtaine de jeunes embarqués", "rafle de la
 *   police au marché", "cordon and search by soldiers" (the operation is theirs, the people taken in it were taken by them).
 * `i` is the force word ("militaires", "police").
 */
const AUX = new Set(['ont', 'a', 'avaient', 'avait', 'auraient', 'aurait', 'y', 'leur', 'lui', 'nous', 'have', 'has', 'had']);
const TOOK = new Set(['pris', 'prit', 'prirent']);
const NOT_GOODS = new Set(['position', 'positions', 'fuite', 'controle', 'charge', 'contact', 'place', 'part', 'note', 'acte', 'possession', 'soin', 'peur', 'le', 'la', 'l', 'en']);
const GOODS = /^(\d[\d.,]*|chevres?|vaches?|moutons?|porcs?|poules?|betail|cheptel|argent|biens|telephones?|phones?|motos?|velos?|vivres|recoltes?|sacs?|marchandises?|effets|cash|money|goats?|cows?|cattle|pigs?|chickens?|goods|bicycles?|leurs|leur|ses|son|sa|des|du|de)$/;
const SWEEP = new Set(['bouclage', 'bouclages', 'rafle', 'rafles', 'ratissage', 'ratissages', 'cordon', 'sweep', 'sweeps', 'bouclé', 'boucle']);
const OF = /^(des|de|du|d|la|le|les|l|by|par|of|the)$/;

export function forceOperation(tokens: readonly Token[], i: number): boolean {
  return forceTookGoods(tokens, i) || forceSweep(tokens, i);
}

function forceTookGoods(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  while (k < tokens.length && k <= i + 3 && AUX.has(tokens[k]!.norm) && !tokens[k]!.breakBefore) k++;
  if (!TOOK.has(tokens[k]?.norm ?? '') || tokens[k]!.breakBefore) return false;
  const next = tokens[k + 1];
  if (!next || next.breakBefore || NOT_GOODS.has(next.norm) || !GOODS.test(next.norm)) return false;
  // ("pris des positions"): the word after the article
  return !NOT_GOODS.has(tokens[k + 2]?.norm ?? '');
}

function forceSweep(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - 3 && OF.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
  if (!(k < i - 1 && k >= 0 && !tokens[k + 1]!.breakBefore && SWEEP.has(tokens[k]!.norm))) return false;
  // ("manifestent contre les rafles de la police": the sweep protested against, not told)
  const before = /^(les|la|le|l|des|the)$/.test(tokens[k - 1]?.norm ?? '') ? k - 2 : k - 1;
  return !/^(contre|against|denoncent|denonce|denounce|denounced|protest|protesting)$/.test(tokens[before]?.norm ?? '');
}
