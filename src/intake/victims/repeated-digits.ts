import type { VictimKey, Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { isPerson } from './victim-words.js';

/**
 * A count written in words then repeated in figures in brackets, the way letters and official notes write it: "trois (3)
 * femmes violées", "two (2) civilians killed", "cinq (05) personnes enlevées" (reports32). The bracket broke the count
 * from its noun, so nothing was counted; the count is read here as one, with the harm named within the next words. Runs
 * only when the text has a bracket, and fills only a count nothing else read.
 */
const HARM: ReadonlyArray<readonly [RegExp, VictimKey]> = [
  [/^(tue|tues|tuee|tuees|killed|dead|morts?|abattus?|abattues?|massacres?)$/, 'killed'],
  [/^(blesses?|blessees?|tabasses?|tabassees?|battus?|battues?|wounded|injured|beaten|hurt)$/, 'injured'],
  [/^(enleves?|enlevees?|kidnappes?|kidnappees?|abducted|kidnapped)$/, 'abducted'],
  [/^(violees?|violes|raped)$/, 'crsvSurvivors'],
];

export function repeatedDigitCounts(tokens: readonly Token[], description: string, victims: Victims): void {
  if (!description.includes('(')) return;
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
