import type { Token } from '../normalize.js';

/**
 * A harm word in scare quotes in a correction (pending reports38): "the 'attack' at Kasindi was a fight between drunk agents",
 * "l'« enlèvement » de l'enseignant était un malentendu". The tokenizer keeps an apostrophe inside a word ("l'école"), so a
 * single quote shows only as one extra sign on each side: a gap of two or three characters before and after the word, with
 * no stop on either side (categories/scare-quotes.ts reads the double quotes the tokenizer breaks on). Used by
 * categories/closed-incidents.ts, which asks it only of a harm word in a report that denies or corrects.
 */
export function quotedHarmWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!t || !before || !after || t.stopBefore || after.stopBefore || t.hyphenBefore || after.hyphenBefore) return false;
  const gapBefore = t.start - before.end;
  const gapAfter = after.start - t.end;
  return gapBefore >= 2 && gapBefore <= 3 && gapAfter >= 2 && gapAfter <= 3 && t.breakBefore === after.breakBefore;
}
