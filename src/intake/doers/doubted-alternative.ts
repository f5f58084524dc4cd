import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * An actor named as one answer of an open question about who the men were is no doer (C2's doubted uniform, and the
 * same doubt about the other answer): "men in FARDC uniform stealing goats, but nobody knows if they are real soldiers
 * or Mai-Mai", "on ne sait pas s'il s'agit de militaires ou de Mai-Mai", "unclear whether they were ADF or bandits",
 * "impossible de dire si ce sont des M23 ou des Wazalendo". The actor is the answer after "or"/"ou" (or before it) inside
 * a clause opened by "if/whether/si" after a word of not knowing. "ADF or Mai-Mai suspected" (no question) is read
 * elsewhere. (reports45)
 */
const DOUBT_WORDS = ['knows', 'know', 'known', 'unclear', 'sait', 'savoir', 'sais', 'clair', 'dire', 'tell', 'sure', 'certain', 'doute', 'doubt', 'unknown', 'determine', 'determiner', 'confirm', 'confirmer', 'wonder', 'demandent', 'ignore', 'ignorent'];
const DOUBT: ReadonlySet<string> = new Set(DOUBT_WORDS);
const DOUBT_SAID = trigger(DOUBT_WORDS);
const IF = /^(if|whether|si|s)$/;
const OR = /^(or|ou)$/;
const FILL = /^(des|de|d|du|les|the|real|vrais|genuine|simple|simples|some|just|a|an|un|une)$/;

export function doubtedAlternative(tokens: readonly Token[], start: number, end: number): boolean {
  if (!said(tokens, DOUBT_SAID)) return false;
  // the "or" right before the actor (after fillers), or right after it
  let k = start - 1;
  while (k >= 0 && k >= start - 3 && FILL.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
  let or = k >= 0 && OR.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore ? k : -1;
  if (or < 0 && OR.test(tokens[end]?.norm ?? '') && !tokens[end]!.breakBefore) or = end;
  if (or < 0) return false;
  // "if/whether/si" within the few words before, and a word of not knowing before it, in the same clause
  const from = Math.min(or, start);
  for (let j = from - 1; j >= 0 && j >= from - 8; j--) {
    if (IF.test(tokens[j]!.norm)) {
      for (let d = j - 1; d >= 0 && d >= j - 4; d--) {
        if (DOUBT.has(tokens[d]!.norm)) return true;
        if (tokens[d + 1]!.breakBefore) return false;
      }
      return false;
    }
    if (tokens[j + 1]!.breakBefore) return false;
  }
  return false;
}
