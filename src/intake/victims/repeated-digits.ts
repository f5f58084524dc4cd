import type { VictimKey, Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { readNumber } from '../numbers.js';
import { isPerson } from './victim-words.js';
import { SWAHILI_NUMBERS } from '../swahili-verbs.js';

/**
 * A count written in words then repeated in figures in brackets, the way letters and official notes write it: "trois (3)
 * femmes violées", "two (2) civilians killed", "cinq (05) personnes enlevées" (reports32). The bracket broke the count
 * from its noun, so nothing was counted; the count is read here as one, with the harm named within the next words. Runs
 * only when the text has a bracket, and fills only a count nothing else read.
 * The same for a count whose people are glossed in brackets before the harm: "watu wawili (le chef du village et sa
 * femme) kidnappés", "2 personnes (un enseignant et son fils) enlevées", "3 civilians (all farmers) killed".
 */
const HARM: ReadonlyArray<readonly [RegExp, VictimKey]> = [
  [/^(tue|tues|tuee|tuees|killed|dead|morts?|abattus?|abattues?|massacres?)$/, 'killed'],
  [/^(blesses?|blessees?|tabasses?|tabassees?|battus?|battues?|wounded|injured|beaten|hurt)$/, 'injured'],
  [/^(enleves?|enlevees?|kidnappes?|kidnappees?|abducted|kidnapped)$/, 'abducted'],
  [/^(violees?|violes|raped)$/, 'crsvSurvivors'],
];
// (every word the HARM patterns read)
const HARM_SAID = trigger([
  'tue', 'tues', 'tuee', 'tuees', 'killed', 'dead', 'mort', 'morts', 'abattu', 'abattus', 'abattue', 'abattues', 'massacre', 'massacres',
  'blesse', 'blesses', 'blessee', 'blessees', 'tabasse', 'tabasses', 'tabassee', 'tabassees', 'battu', 'battus', 'battue', 'battues', 'wounded', 'injured', 'beaten', 'hurt',
  'enleve', 'enleves', 'enlevee', 'enlevees', 'kidnappe', 'kidnappes', 'kidnappee', 'kidnappees', 'abducted', 'kidnapped',
  'violee', 'violees', 'violes', 'raped',
]);

export function repeatedDigitCounts(tokens: readonly Token[], description: string, victims: Victims): void {
  if (!description.includes('(') || !said(tokens, HARM_SAID)) return;
  for (let k = 1; k + 1 < tokens.length; k++) {
    // "trois (3)": a number, then the same number alone in brackets
    if (!description.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('(') || !/^\d+$/.test(tokens[k]!.norm)) continue;
    if (!description.slice(tokens[k]!.end, tokens[k + 1]!.start).includes(')')) continue;
    const said = readNumber(tokens, k - 1);
    if (!said || said.zero || said.value !== Number(tokens[k]!.norm) || said.next !== k) continue;
    // the people, then the harm: "femmes violées", "civilians killed", "personnes ont été enlevées"
    const noun = tokens[k + 1]!;
    if (!isPerson(noun.norm)) continue;
    for (let j = k + 2; j <= k + 5 && j < tokens.length; j++) {
      if (tokens[j]!.breakBefore) break;
      const key = HARM.find(([re]) => re.test(tokens[j]!.norm))?.[1];
      if (!key) continue;
      if (victims[key] === null || victims[key] === undefined) victims[key] = said.value;
      break;
    }
  }
}

/** "watu wawili (le chef et sa femme) kidnappés": the count before the bracket, the harm right after it. */
export function glossedPeopleCounts(tokens: readonly Token[], description: string, victims: Victims): void {
  if (!description.includes('(') || !said(tokens, HARM_SAID)) return;
  for (let k = 2; k < tokens.length; k++) {
    if (!description.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('(')) continue;
    // the count before: "2 personnes", "deux civils", "watu wawili"
    const a = tokens[k - 2]!;
    const b = tokens[k - 1]!;
    let value = SWAHILI_NUMBERS[b.norm] !== undefined && /^(watu|wanawake|wanaume|watoto)$/.test(a.norm) ? SWAHILI_NUMBERS[b.norm]! : 0;
    if (!value && isPerson(b.norm)) {
      const n = readNumber(tokens, k - 2);
      if (n && !n.zero && n.next === k - 1) value = n.value;
    }
    if (!value) continue;
    // the closing bracket within eight words, then the harm
    let j = k + 1;
    while (j < tokens.length && j < k + 9 && !description.slice(tokens[j - 1]!.end, tokens[j]!.start).includes(')')) j++;
    if (j >= tokens.length || j >= k + 9) continue;
    const verb = /^(ont|ete|were|have|been|a)$/.test(tokens[j]!.norm) ? j + 1 : j;
    const key = HARM.find(([re]) => re.test(tokens[verb]?.norm ?? ''))?.[1];
    if (key && (victims[key] === null || victims[key] === undefined)) victims[key] = value;
  }
}
