import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * English puts the instrument of the blows before the marks: "he shows whip marks on his back", "lash marks", "baton
 * marks all over", "cable scars" (reports38: a released detainee who "shows whip marks … says M23 intelligence did it
 * during questioning" was ill-treated). No keyword reads "whip" alone, so the compound is read as ill-treatment here
 * (the count is read by victims/marks-of-blows.ts). Look-alikes kept: "tyre marks", "bullet marks on the walls",
 * "whip" as a verb with no marks after it (the keywords' "whipped" reads that already).
 */
const INSTRUMENT = new Set(['whip', 'lash', 'belt', 'baton', 'cane', 'stick', 'cable', 'chicotte', 'chicote', 'rope']);
const MARKS = new Set(['marks', 'mark', 'scars', 'scar', 'welts', 'wounds', 'injuries']);

export function compoundMarksHits(tokens: readonly Token[]): SignalHit[] {
  const out: SignalHit[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!INSTRUMENT.has(tokens[i]!.norm) || !MARKS.has(tokens[i + 1]!.norm) || tokens[i + 1]!.breakBefore) continue;
    out.push({ value: { signal: 'torture', subType: null }, start: i, end: i + 2 });
  }
  return out;
}
