import type { Token } from '../normalize.js';

/**
 * How people were harmed, said between the harm and its count in a tally: "blessés par balle: 4", "injured by bullets: 4",
 * "tués à la machette: 2". Skipped only when a count in digits follows, so "blessé par balle au bras" reads as before.
 */
const BY = /^(par|by|with|a|au|avec)$/;
const MEANS = /^(balles?|bullets?|gunshots?|machettes?|machetes?|couteaux?|knives|knife|armes?|weapons?|fusils?|guns?)$/;

/** Where the count starts after a means phrase at j, or j when there is none. */
export function afterMeans(tokens: readonly Token[], j: number): number {
  if (!BY.test(tokens[j]?.norm ?? '') || tokens[j]!.breakBefore) return j;
  let k = j + 1;
  if (/^(la|le|l|the)$/.test(tokens[k]?.norm ?? '')) k++;
  if (!MEANS.test(tokens[k]?.norm ?? '') || tokens[k]!.breakBefore) return j;
  return /^\d+$/.test(tokens[k + 1]?.norm ?? '') && !tokens[k + 1]!.breakBefore ? k + 1 : j;
}
