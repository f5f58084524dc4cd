import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';
import { readNumber } from '../numbers.js';
import { CHILD_NOUNS } from './victim-vocabulary.js';
import { takenToCare } from '../categories/leaving-and-care.js';

/**
 * C18, children taken: a count of children said with a verb of taking, where an armed group recruits or is named, is
 * the number abducted too: "at least 15 boys taken to their training camp", "6 boys taken from Pimbo school", "au moins
 * 7 garçons emmenés", "Kadogo 3 ont été pris par les Nyatura", "8 children pulled out of school by armed men", "at least
 * 7 taken to their camp" (the children counted before). Not children taken to hospital or into care, nor "ont pris la
 * fuite" (they fled).
 */
const TAKEN_WORDS = ['taken', 'seized', 'grabbed', 'snatched', 'emmene', 'emmenes', 'emmenee', 'emmenees', 'pris', 'prises', 'kidnappes', 'kidnappees', 'kidnapped', 'embarques', 'wamechukuliwa', 'walichukuliwa', 'pulled'];
const TAKEN = oneOf(TAKEN_WORDS);
// After "pris"/"taken", what makes it no taking: "pris la fuite", "pris en charge", "taken care of", "taken into care".
const NOT_TAKING = /^(la|fuite|en|part|note|contact|cible|position|care|charge|into|over|place|refuge|photos?|part)$/;
const BETWEEN = /^(ont|ete|have|had|been|were|was|are|sont|etaient|also|aussi|reportedly|allegedly|de|force|forcibly)$/;

/** `groupSaid`: an armed group recruits or is named as the doer (not the host state's forces alone). */
const TAKEN_SAID = trigger(TAKEN_WORDS);
export function childrenTakenCount(tokens: readonly Token[], victims: Victims, groupSaid: boolean): void {
  if (victims.abducted !== null || !groupSaid || !said(tokens, TAKEN_SAID)) return;
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (!TAKEN.test(w)) continue;
    const next = tokens[i + 1];
    const nextWord = next && !next.breakBefore ? next.norm : '';
    if (w === 'pulled' ? nextWord !== 'out' : NOT_TAKING.test(nextWord) && tokens[i + 2]?.norm !== 'otage') continue;
    if (takenToCare(tokens, i)) continue;
    const n = childrenBefore(tokens, i, victims.childrenAffected);
    if (n === null) continue;
    victims.abducted = n;
    victims.childrenAffected ??= n;
    return;
  }
}

// "15 boys taken", "Kadogo 3 ont été pris", "at least 7 taken" (7 children counted already), "…, emmenés dans leur camp"
// (the children counted in the clause before).
function childrenBefore(tokens: readonly Token[], i: number, children: number | null): number | null {
  if (tokens[i]!.breakBefore) return children;
  let k = i - 1;
  while (k > 0 && BETWEEN.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
  if (tokens[k + 1]!.breakBefore) return null;
  const word = tokens[k]!.norm;
  if (CHILD_NOUNS.has(word)) {
    for (const back of [1, 2]) {
      const n = k - back >= 0 ? readNumber(tokens, k - back) : null;
      if (n && !n.article && n.next === k && n.value > 0) return n.value;
    }
    return null;
  }
  if (/^\d{1,3}$/.test(word)) {
    const n = Number(word);
    if (CHILD_NOUNS.has(tokens[k - 1]?.norm ?? '') && !tokens[k]!.breakBefore) return n;
    if (n === children) return n;
  }
  return null;
}
