import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';

/**
 * C7 (pending reports44): a partial release said with the whole taken. "les ADF ont relâché 2 des 6 otages", "ont libéré
 * 3 otages sur les 10 enlevés", "abducted 2 fishermen, released one after ransom", "took nine people …, released 2
 * women later": everyone taken is the abducted count, and the freed are among them. The readers before this one may
 * have added the freed to the whole (8 for "2 des 6"); when the count read is exactly the whole plus the freed, it is
 * set back to the whole. Look-alikes kept: a release with no whole said ("3 otages libérés": 3), a whole with no
 * release, a count that is no such sum (two takings told: "5 taken Monday, 3 more today, 2 released" stays as read).
 */
const RELEASE_WORDS = ['freed', 'released', 'release', 'relach*', 'liber*'];
const RELEASE_SAID = trigger(RELEASE_WORDS);
const RELEASE = /^(freed|released|release|relach\w*|liber\w*)$/;
// (a taking verb whose count is the whole: "took nine", "abducted 2 fishermen", "ont enlevé 5", "10 enlevés")
const TAKE = /^(took|taken|abducted|kidnapped|abduct|kidnap|enleve\w*|kidnappe\w*|emmene\w*|pris|prises|captured)$/;
// (words that may stand between a release verb and its count: "libéré hier 3", "released today 2")
const BETWEEN = /^(hier|today|yesterday|aujourd|hui|ce|this|matin|morning|soir|evening|later|plus|tard|finalement|finally|ont|a|ete|were|was|have|has|been)$/;

// The number of people freed at the release word i: after it ("released 2 of") or just before it ("2 relâchés").
function freedAt(tokens: readonly Token[], i: number): { value: number; next: number } | null {
  for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
    if (tokens[k]!.breakBefore) break;
    const n = readNumber(tokens, k);
    if (n && !n.zero && n.value > 0 && n.value < 1000) return n;
    if (!BETWEEN.test(tokens[k]!.norm)) break;
  }
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const n = readNumber(tokens, k);
    if (n && !n.zero && n.value > 0 && n.value < 1000 && n.next <= i) return { value: n.value, next: i + 1 };
    if (tokens[k]!.breakBefore) break;
  }
  return null;
}

// "2 des 6 otages", "3 otages sur les 10", "one of the two": the whole after the freed count, or null.
function wholeAfter(tokens: readonly Token[], from: number): number | null {
  let k = from;
  if (tokens[k] && !tokens[k]!.breakBefore && !/^(des|of|sur|d)$/.test(tokens[k]!.norm)) k++; // ("3 otages sur les 10")
  if (!/^(des|of|sur|d)$/.test(tokens[k]?.norm ?? '') || tokens[k]!.breakBefore) return null;
  k++;
  if (/^(the|les|their|leurs|ses|his)$/.test(tokens[k]?.norm ?? '')) k++;
  const n = readNumber(tokens, k);
  return n && !n.zero && n.value > 1 ? n.value : null;
}

// The count next to the first taking verb before `end`: "took nine ppl", "abducted 2 fishermen", "10 personnes enlevées".
function takenBefore(tokens: readonly Token[], end: number): number | null {
  for (let v = 0; v < end; v++) {
    if (!TAKE.test(tokens[v]!.norm)) continue;
    for (let k = v + 1; k <= v + 3 && k < end; k++) {
      if (tokens[k]!.breakBefore) break;
      const n = readNumber(tokens, k);
      if (n && !n.zero && !n.article && n.value > 1) return n.value;
    }
    for (let k = v - 1; k >= 0 && k >= v - 3; k--) {
      const n = readNumber(tokens, k);
      if (n && !n.zero && !n.article && n.value > 1 && n.next <= v) return n.value;
      if (tokens[k]!.breakBefore) break;
    }
    return null;
  }
  return null;
}

export function partialRelease(tokens: readonly Token[], victims: Victims): void {
  const read = victims.abducted;
  if (read === null || read === undefined || !said(tokens, RELEASE_SAID)) return;
  for (let i = 0; i < tokens.length; i++) {
    if (!RELEASE.test(tokens[i]!.norm)) continue;
    const freed = freedAt(tokens, i);
    if (!freed) continue;
    const whole = wholeAfter(tokens, freed.next) ?? takenBefore(tokens, i);
    if (whole !== null && freed.value < whole && read === whole + freed.value) victims.abducted = whole;
    return;
  }
}
