import type { Token } from '../normalize.js';

/**
 * Goods of the lakeshore and the road taken by armed men (reports35: Lake Tanganyika, Lake Kivu, the Walikale axes):
 * "took fish and fuel", "ont pris 2 pirogues et le poisson des pêcheurs", "seized the outboard engines", "ont emporté le
 * carburant", "took the charcoal". Read by constructions/denials-and-rumours.ts goodsTakenHits beside the household goods
 * it knows. Minerals are left out (a mine's output taken is often the levy or the site held, read elsewhere). Look-alike
 * kept out: a boat taken to go somewhere ("took a boat to Uvira", "ont pris la pirogue pour Baraka") is a trip.
 */
const LAKE_AND_ROAD = /^(fish|poissons?|samaki|fretins?|ndagala|fuel|carburant|essence|petrol|gasoil|diesel|mafuta|pirogues?|canoes?|boats?|bateaux|filets|nets|moteurs?|engines?|outboards?|charcoal|makala|braise|sel|salt)$/;
const BOAT = /^(pirogues?|canoes?|boats?|bateaux)$/;

/** A goods word of the lake or the road at k (not a boat taken to go somewhere). */
export function lakeOrRoadGoods(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.norm ?? '';
  if (!LAKE_AND_ROAD.test(w)) return false;
  return !(BOAT.test(w) && /^(to|vers|pour|for|across|back|jusqu|jusque)$/.test(tokens[k + 1]?.norm ?? ''));
}
