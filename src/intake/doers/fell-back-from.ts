import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * The group another actor fell back from is the background, not a doer: "FARDC together with Wazalendo looted the market
 * at Mweso after pulling back from M23" is FARDC and Wazalendo, so are "les FARDC en repli face au M23 ont pillé Kitshanga",
 * "soldiers retreating before the M23 advance raped 2 women". Only a withdrawal (not people fleeing: "fleeing M23" names
 * M23, C9), and only beside another actor who did it (read-doers.ts checks that). (reports45)
 */
const BACK_WORDS = ['retreat', 'retreating', 'retreated', 'withdrawing', 'withdrew', 'withdrawn', 'repli', 'replies', 'replie', 'replies', 'replient', 'repliant', 'recul', 'reculant', 'recule', 'reculent', 'back', 'retires', 'retirant', 'retraite', 'debandade'];
const BACK: ReadonlySet<string> = new Set(BACK_WORDS);
const BACK_SAID = trigger(BACK_WORDS);
const FROM: ReadonlySet<string> = new Set(['from', 'before', 'face', 'devant', 'under', 'sous']);
const SKIP: ReadonlySet<string> = new Set(['the', 'le', 'la', 'les', 'l', 'du', 'des', 'de', 'au', 'aux', 'a', 'an', 'to', 'pressure', 'pression', 'advance', 'avancee']);

export function fellBackFrom(tokens: readonly Token[], start: number): boolean {
  if (!said(tokens, BACK_SAID)) return false;
  let k = start - 1;
  while (k >= 0 && k >= start - 4 && SKIP.has(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
  if (k < 1 || !FROM.has(tokens[k]!.norm) || tokens[k + 1]!.breakBefore) return false;
  // "pulling back from", "pulled back before", "en repli face au", "se sont retirés devant"
  for (let j = k - 1; j >= 0 && j >= k - 2; j--) {
    if (BACK.has(tokens[j]!.norm)) return tokens[j]!.norm !== 'back' || /^(pull\w*|fell|falling|fall)$/.test(tokens[j - 1]?.norm ?? '');
    if (tokens[j + 1]!.breakBefore) return false;
  }
  return false;
}
