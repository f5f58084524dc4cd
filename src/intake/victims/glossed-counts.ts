import type { VictimKey, Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { SWAHILI_NUMBERS } from '../swahili-verbs.js';
import { isPerson } from './victim-words.js';

/**
 * Swahili-mixed messages gloss their words in French in brackets (pending reports26, the CLAs' habit):
 * - a count glossed is one count, not two: "mtu mmoja ameuawa (1 civil tué)" is 1 killed, "wanawake watatu wamebakwa
 *   (3 femmes violées)" 3 survivors, "watu wawili wamejeruhiwa (deux blessés)" 2 injured;
 * - a verb glossed before its object still takes it: "wamepiga (ont tabassé) un motard" is 1 injured, "wameua (ont tué)
 *   un motard" 1 killed, "wameteka (ont enlevé) watu watatu" 3 abducted.
 * Look-alikes kept out: two counts of the same harm told apart ("2 tués à Mbau (dont 1 enfant)"), a bracket that is no
 * gloss ("3 tués (bilan provisoire), 3 autres blessés").
 * Runs only when the text has a bracket.
 */
const HARM: ReadonlyArray<readonly [RegExp, VictimKey]> = [
  [/^(tue|tues|tuee|tuees|killed|morts?|abattus?|abattue?s?|massacres?)$/, 'killed'],
  [/^(blesses?|blessees?|tabasses?|tabassees?|battus?|battues?|frappes?|frappees?|fouettes?|fouettees?|wounded|injured|beaten|whipped)$/, 'injured'],
  [/^(enleves?|enlevees?|kidnappes?|kidnappees?|abducted|kidnapped)$/, 'abducted'],
  [/^(violees?|violes|raped)$/, 'crsvSurvivors'],
];

function keyOf(tokens: readonly Token[], from: number, to: number): VictimKey | null {
  for (let k = from; k < to; k++) for (const [re, key] of HARM) if (re.test(tokens[k]!.norm)) return key;
  return null;
}

export function glossedCounts(tokens: readonly Token[], description: string, victims: Victims): void {
  if (!description.includes('(')) return;
  for (let k = 1; k < tokens.length; k++) {
    if (!description.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('(')) continue;
    let j = k + 1;
    while (j < tokens.length && !description.slice(tokens[j - 1]!.end, tokens[j]!.start).includes(')')) j++;
    if (j - k > 5) continue;
    const key = keyOf(tokens, k, j);
    if (key === null) continue;
    const n = readNumber(tokens, k);
    if (n !== null && !n.zero && n.next < j) {
      // a count glossed: the same number said just before the bracket, in Swahili or in figures
      const v = n.value;
      let b = k - 1;
      let said = false;
      for (; b >= 0 && b >= k - 5; b--) {
        const t = tokens[b]!;
        if (SWAHILI_NUMBERS[t.norm] === v || t.norm === String(v)) said = true;
        if (t.breakBefore) break;
      }
      if (said && victims[key] === 2 * v) victims[key] = v;
    } else if (n === null && victims[key] === null && j < tokens.length) {
      // a verb glossed before its object: "(ont tabassé) un motard", "(ont enlevé) watu watatu"
      const after = readNumber(tokens, j);
      if (after !== null && !after.zero && isPerson(tokens[after.next]?.norm ?? '')) victims[key] = after.value;
      else if (isPerson(tokens[j]!.norm) && SWAHILI_NUMBERS[tokens[j + 1]?.norm ?? ''] !== undefined) victims[key] = SWAHILI_NUMBERS[tokens[j + 1]!.norm]!;
    }
  }
}
