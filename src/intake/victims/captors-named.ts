import type { Token } from '../normalize.js';

/**
 * The takers named between the people taken and their release (pending reports31): "deux motocyclistes ont été
 * interceptés par des hommes armés sur l'axe Mbau-Kamango puis relâchés après paiement", "3 traders stopped by unknown
 * gunmen near Mbau were freed after their families paid". The person word after "par/by" is who held them, not who was
 * released: a reader looking back from the release for the people freed steps over it, and may look further back.
 */
const BY = /^(par|by)$/;
const BETWEEN = /^(des|les|d|de|the|some|unknown|inconnus|presumes|suspected|alleged|armed|armes|of|plusieurs|several|few|quelques)$/;

/** True at the "par/by" that names the takers: the people freed stand before it. */
export const byTakers = (tokens: readonly Token[], k: number): boolean => BY.test(tokens[k]!.norm);

/** True when the person word at `k` is the agent after "par/by" ("par des hommes armés", "by unknown armed men"). */
export function captorNoun(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    const t = tokens[j]!;
    if (BY.test(t.norm)) return true;
    if (!BETWEEN.test(t.norm) || tokens[j + 1]!.breakBefore) return false;
  }
  return false;
}
