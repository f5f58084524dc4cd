import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { verbAt } from './victim-words.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * A part of the dead, then the next harm's own count (pending reports24): "quatre personnes tuées dont 2 enfants et six autres
 * blessées", "4 morts dont 1 militaire et une dizaine de blessés", "3 killed including a child and 5 injured". The part after
 * "dont"/"including" belongs to the count before it; the list reader adds it to the next harm's count (8, 11), which is only
 * the number after "et"/"and". Look-alikes kept out: "2 enfants et 6 adultes blessés" with no "dont" (a list of the injured).
 */
const PART_WORDS = ['dont', 'including', 'incl', 'among'];
const PART = oneOf(PART_WORDS);
const PART_SAID = trigger(PART_WORDS);
const JOIN = /^(et|and|,)$/;

export function partThenNextHarm(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, PART_SAID)) return;
  for (let i = 0; i < tokens.length; i++) {
    if (!PART.test(tokens[i]!.norm)) continue;
    let k = i + 1;
    if (tokens[k]?.norm === 'them') k++;
    const part = readNumber(tokens, k);
    if (!part || part.zero) continue;
    // the part's people, then "et"/"and"
    let j = part.next;
    while (j < part.next + 2 && !JOIN.test(tokens[j]?.norm ?? '')) j++;
    if (!JOIN.test(tokens[j]?.norm ?? '')) continue;
    const next = readNumber(tokens, j + 1);
    if (!next || next.zero) continue;
    // the next harm's word within three words ("six autres blessées", "une dizaine de blessés")
    for (let h = next.next; h < next.next + 3 && h < tokens.length; h++) {
      const key = verbAt(tokens, h);
      if (!key || key === 'displaced' || key === 'childrenAffected') continue;
      if (victims[key] === part.value + next.value) victims[key] = next.value;
      return;
    }
  }
}
