import { VICTIM_VERBS } from '../categories/keywords.js';
import type { Token } from '../normalize.js';

/**
 * A word of doubt straight before a harm verb is no person: "woman found dead, suspected killed by soldiers",
 * "homme retrouvé mort, présumé tué par des militaires" speak of one death, hedged. "suspected" and "présumé"
 * are person words for "suspected thief lynched", "présumé voleur tué", so without this the hedge read as a
 * second person killed. Returns the positions to keep out of the counts, or null (the usual case: no hedge word).
 */
const HEDGES: ReadonlySet<string> = new Set(['suspected', 'presumed', 'alleged', 'presume', 'presumee', 'presumes', 'presumees', 'suppose', 'supposee']);

export function hedgesBeforeVerb(tokens: readonly Token[]): number[] | null {
  let out: number[] | null = null;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!HEDGES.has(tokens[i]!.norm)) continue;
    const next = tokens[i + 1]!;
    if (next.breakBefore || !Object.hasOwn(VICTIM_VERBS, next.norm)) continue;
    (out ??= []).push(i);
  }
  return out;
}
