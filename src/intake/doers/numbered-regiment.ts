import type { Token } from '../normalize.js';

/**
 * The army's units are numbered ("3410e régiment", "the 3410 regiment", "elts du 3303 regt", "le 31e rgt"): a numbered
 * regiment named as the doer is the host army (C2) even when no word says soldiers (reports32: "elts of the 3410
 * regiment shot a civilian"). Peacekeepers' battalions carry a nation's name (NEPBATT, INDBATT), not a number, and a
 * battalion or brigade alone is left to the other rules. Looked at only on a regiment word (a Set lookup).
 */
export const REGIMENT_WORDS = ['regiment', 'regiments', 'regt', 'rgt'];
const REGIMENT: ReadonlySet<string> = new Set(REGIMENT_WORDS);
const NUMBER = /^\d{2,4}(e|eme|th|st|nd|rd|ieme)?$/;

export function numberedRegiment(tokens: readonly Token[], i: number): boolean {
  if (!REGIMENT.has(tokens[i]!.norm)) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (!!before && !tokens[i]!.breakBefore && NUMBER.test(before.norm)) || (!!after && !after.breakBefore && NUMBER.test(after.norm));
}
