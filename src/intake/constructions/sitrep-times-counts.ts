import type { VictimKey, Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { isPerson, verbAt } from '../victims/victim-words.js';

/**
 * Battalion sitreps count with a times sign glued to the figure and may name a part before the harm (pending reports26):
 * "3x civ abducted by ADF", "4x civ WIA", "3x civ incl 1 child abducted", "5x civs incl 2 women KIA". The reader of the
 * register (military-police-register.ts) only fills a count still unknown, and the victim words had read "civ" alone as
 * one, or took the part for the whole: the figure before the sign is the count. (The part, "1 child", is counted by the child readers.)
 * Look-alikes kept out: a count already above one ("3x civ KIA, 2 more found": the toll readers say it), "x" as a word.
 */
const TIMES_AFTER = /^(\d{1,4})x$/;
const INCL = /^(incl|including|inc|dont|y|compris|among|parmi)$/;

export function sitrepTimesCounts(tokens: readonly Token[], victims: Victims): void {
  for (let i = 0; i < tokens.length; i++) {
    const m = TIMES_AFTER.exec(tokens[i]!.norm) ?? (tokens[i + 1]?.norm === 'x' && /^\d{1,4}$/.test(tokens[i]!.norm) ? [tokens[i]!.norm, tokens[i]!.norm] : null);
    if (!m) continue;
    const n = Number(m[1]);
    let k = tokens[i]!.norm === m[1] ? i + 2 : i + 1;
    const people = k;
    while (k < people + 3 && tokens[k] && !tokens[k]!.breakBefore && !verbAt(tokens, k) && isPerson(tokens[k]!.norm)) k++;
    if (k === people) continue;
    // "incl 1 child", "y compris 2 femmes", "dont 1 enfant"
    let part = 1;
    if (INCL.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) {
      let j = k + 1;
      const figure = tokens.slice(k + 1, k + 3).find((t) => /^\d{1,4}$/.test(t.norm));
      if (figure) part = Number(figure.norm);
      while (j < k + 5 && tokens[j] && !tokens[j]!.breakBefore && !verbAt(tokens, j)) j++;
      k = j;
    }
    const key = tokens[k] && !tokens[k]!.breakBefore ? verbAt(tokens, k) : undefined;
    if (!key || key === 'childrenAffected') continue;
    const read = victims[key as VictimKey];
    if (n > 1 && read !== null && read < n && (read === 1 || read === part)) victims[key as VictimKey] = n;
  }
}
