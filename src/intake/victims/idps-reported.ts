import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';

/**
 * Displaced people counted by the word that reports them: "3,000 IDPs reported at Bule", "1 200 PDI recensées à Bunia",
 * "500 IDPs registered in Kanyabayonga" (the French "2000 déplacés signalés à Kanyabayonga" is read already: "déplacés" is a
 * verb of its own; "IDPs" and "PDI" are nouns, so the English line lost its count). Not when a harm verb follows
 * ("3 IDPs reported killed": that count is the harm's).
 */
const IDPS: ReadonlySet<string> = new Set(['idps', 'idp', 'pdi', 'pdis', 'dplces', 'dplcs']);
const REPORTED = /^(reported|signalee?s?|recensee?s?|counted|registered|enregistree?s?|identifiee?s?|identified|denombree?s?)$/;
const HARM_NEXT = /^(killed|dead|injured|wounded|missing|abducted|kidnapped|raped|tuee?s?|blessee?s?|enlevee?s?|violee?s?|morts?|disparue?s?)$/;

export function idpsReported(tokens: readonly Token[]): number | null {
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!IDPS.has(tokens[i]!.norm) || !REPORTED.test(tokens[i + 1]!.norm) || tokens[i + 1]!.breakBefore) continue;
    if (HARM_NEXT.test(tokens[i + 2]?.norm ?? '')) continue;
    // the number right before ("3,000 IDPs", "env. 800 IDPs"): read from the first of its words
    for (let k = Math.max(0, i - 3); k < i; k++) {
      const n = readNumber(tokens, k);
      if (n && !n.article && n.next === i) return n.value;
    }
  }
  return null;
}
