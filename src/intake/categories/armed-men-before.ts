import type { Token } from '../normalize.js';

/**
 * Armed men named without a group's name, ending right before `k` (C23: who picked people up or arrested them):
 * "armed men picked up 4 farmers", "men with guns picked up …", "des hommes en armes ont ramassé …", "gens armés ont
 * arrêté …". group-arrests.ts reads "hommes armés" and "bandits" itself; these are the other orders of the same words.
 * Look-alikes kept out: "men" alone ("3 men picked up"), weapons with no one ("with guns", "saisi des armes").
 */
const MEN: ReadonlySet<string> = new Set(['men', 'man', 'hommes', 'homme', 'gens', 'individus', 'individuals', 'people', 'youths', 'jeunes', 'elements']);
const WEAPONS: ReadonlySet<string> = new Set(['guns', 'gun', 'weapons', 'rifles', 'armes', 'fusils', 'machetes', 'machettes', 'ak47', 'ak']);
const WITH: ReadonlySet<string> = new Set(['with', 'avec', 'carrying', 'en', 'portant']);
const ARMED: ReadonlySet<string> = new Set(['armed', 'armes', 'arme', 'armees']);

export function armedMenBefore(tokens: readonly Token[], k: number): boolean {
  const w = (j: number): string => tokens[j]?.norm ?? '';
  const joined = (j: number): boolean => j > 0 && !tokens[j]!.breakBefore;
  // "armed men", "gens armés", "hommes armés"
  if (MEN.has(w(k - 1)) && ARMED.has(w(k - 2)) && joined(k - 1)) return true;
  if (ARMED.has(w(k - 1)) && MEN.has(w(k - 2)) && joined(k - 1)) return true;
  // "men with guns", "hommes avec des fusils", "hommes en armes", "men carrying AK47"
  if (!WEAPONS.has(w(k - 1))) return false;
  let j = k - 2;
  if (/^(des|les|their|leurs)$/.test(w(j))) j--;
  return WITH.has(w(j)) && MEN.has(w(j - 1)) && joined(j) && joined(j + 1);
}
