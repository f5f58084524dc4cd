import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { acronymSide, VERSUS_LINK_WORDS, versusPairAt } from '../categories/versus-pair.js';

/**
 * A group outside the actor list named by its acronym as one side of a bare pair (C4, C5; reports46): "CRP vs FARDC",
 * "APCLS contre Nyatura", "Nyatura vs APCLS". Its span, for doers/groups.ts; the other side must be a known actor
 * (`taken`) so two unknown capitals ("LUCHA contre ANR…") are not read as a clash here.
 */
const VERSUS_SAID = trigger(VERSUS_LINK_WORDS);
const LINK = new Set(VERSUS_LINK_WORDS);
const SIDING = /^(sympathi\w*|supporters?|partisans?|collabor\w*|families|familles|proches|informers?|informateurs?)$/;

export function versusAcronymGroups(tokens: readonly Token[], taken: Uint8Array): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!said(tokens, VERSUS_SAID)) return out;
  const known = (k: number): boolean => taken[k] === 1;
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!LINK.has(tokens[i]!.norm)) continue;
    const before = !known(i - 1) && acronymSide(tokens[i - 1]) && known(i + 1);
    // ("vs FRPI sympathisers": people said to side with the group, not the group)
    const after = !known(i + 1) && acronymSide(tokens[i + 1]) && known(i - 1) && !SIDING.test(tokens[i + 2]?.norm ?? '');
    if (!before && !after) continue;
    if (!versusPairAt(tokens, i, (e) => known(e - 1), (s) => known(s))) continue;
    if (before) out.push([i - 1, i]);
    if (after) out.push([i + 1, i + 2]);
  }
  return out;
}
