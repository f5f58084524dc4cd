import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { isPerson } from './victim-words.js';

/**
 * C3, the beaten named by a plural pronoun: "arrested 2 civilians and beat them at the camp", "the 4 youths arrested by
 * M23 … were released, they say they were beaten with sticks", "ils ont été tabassés" (reports35). The pronoun stands for
 * the people counted before it in the report (the nearest "N people" within 24 words), all of them injured. Only raises
 * the injured count; look-alikes kept out: "beat him" (one, read elsewhere), the pronoun with no people counted before
 * ("they were beaten" alone stays unknown), "they beat 2 farmers" (the pronoun is who beat).
 */
const BEATEN = /^(beat|beaten|whipped|flogged|caned|tortured|tabass\w*|fouett\w*|battus|battues|bastonn\w*|chicott\w*|frappes|frappees)$/;
const PASSIVE = /^(were|are|been|ete|sont|got)$/;

function pluralPronounBeaten(tokens: readonly Token[], b: number): number {
  // "beat them", "whipped them all"
  if (/^(beat|whipped|flogged|caned|tortured)$/.test(tokens[b]!.norm) && tokens[b + 1]?.norm === 'them' && !tokens[b + 1]!.breakBefore) return b;
  // "they were beaten", "they say they were beaten", "ils ont été tabassés", "elles ont été fouettées"
  let k = b - 1;
  while (k >= 0 && k >= b - 3 && (PASSIVE.test(tokens[k]!.norm) || /^(ont|have|had|all|tous|toutes)$/.test(tokens[k]!.norm))) k--;
  if (k === b - 1 || k < 0 || !/^(they|ils|elles)$/.test(tokens[k]!.norm)) return -1;
  return tokens.slice(k + 1, b + 1).some((t) => PASSIVE.test(t.norm)) ? k : -1;
}

export function themBeaten(tokens: readonly Token[], victims: Victims): void {
  for (let b = 1; b < tokens.length; b++) {
    if (!BEATEN.test(tokens[b]!.norm)) continue;
    const at = pluralPronounBeaten(tokens, b);
    if (at < 0) continue;
    for (let i = at - 1; i >= 0 && i >= at - 24; i--) {
      const n = readNumber(tokens, i);
      if (!n || n.zero || n.article || n.value < 2 || n.value > 200 || n.next >= at) continue;
      const who = /^(young|jeunes)$/.test(tokens[n.next]?.norm ?? '') ? n.next + 1 : n.next;
      if (!isPerson(tokens[who]?.norm ?? '')) continue;
      if (victims.injured === null || victims.injured < n.value) victims.injured = n.value;
      return;
    }
  }
}
