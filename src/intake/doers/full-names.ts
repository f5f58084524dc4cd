import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * Groups the actor list lacks, named in full, are written in their usual form (C5, reports23): "des éléments de la Nduma
 * Defense of Congo-Rénové ont fouetté 5 creuseurs" → "NDC-R", "l'Alliance des patriotes pour un Congo libre et
 * souverain" → "APCLS". Only a full name's first word is looked up (a Set); then the name's words must follow in order
 * (accents and hyphens already gone from `norm`; "Defence" and "Defense" both).
 */
const FULL_NAMES: ReadonlyArray<{ words: readonly (readonly string[])[]; usual: string }> = [
  { words: [['nduma'], ['defense', 'defence'], ['of', 'du'], ['congo'], ['renove', 'renovated']], usual: 'NDC-R' },
  { words: [['alliance'], ['des', 'of'], ['patriotes', 'patriots'], ['pour', 'for'], ['un', 'a'], ['congo'], ['libre', 'free']], usual: 'APCLS' },
  { words: [['force', 'forces'], ['patriotique', 'patriotic'], ['et', 'and'], ['integrationniste', 'integrationist']], usual: 'FPIC' },
  { words: [['force', 'forces'], ['de'], ['resistance'], ['patriotique'], ['de', 'd'], ['ituri']], usual: 'FRPI' },
  { words: [['convention'], ['pour'], ['la'], ['revolution'], ['populaire']], usual: 'CRP' },
];
const FIRST: ReadonlySet<string> = new Set(FULL_NAMES.flatMap((f) => f.words[0]!));
const FIRST_SAID = trigger([...FIRST]);

/** The full names found: where they stand and their usual form. */
export function fullNameGroups(tokens: readonly Token[]): { name: string; start: number; end: number }[] {
  const out: { name: string; start: number; end: number }[] = [];
  if (!said(tokens, FIRST_SAID)) return out;
  for (let i = 0; i < tokens.length; i++) {
    if (!FIRST.has(tokens[i]!.norm)) continue;
    for (const f of FULL_NAMES) {
      if (!f.words.every((alts, d) => alts.includes(tokens[i + d]?.norm ?? ''))) continue;
      out.push({ name: f.usual, start: i, end: i + f.words.length });
      break;
    }
  }
  return out;
}
