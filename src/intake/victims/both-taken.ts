import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { isPerson } from './victim-words.js';
import { said, trigger } from '../triggers.js';

/**
 * "Both" people taken or let go are two abducted (pending reports40): "both motorcyclists released last night after the
 * ransom was paid", "both traders kidnapped on Friday freed", "both of them were released by the Mai-Mai", "the two
 * teachers … both freed". The number word is "both", which the count reader does not read. Only when the text tells of a
 * taking (the caller's `taking`) and no reader counted the abducted. Look-alikes kept: "both sides", "both villages",
 * "both were wounded" (another harm), "both arrested by the police" (the state: C23, the detention reader clears it).
 */
const BOTH_WORDS = ['both'];
const BOTH: ReadonlySet<string> = new Set(BOTH_WORDS);
const BOTH_SAID = trigger(BOTH_WORDS);
const TAKEN = /^(released|freed|kidnapped|abducted|taken|escaped|rescued|held)$/;
const FILLER = /^(of|them|were|have|been|was|later|finally|eventually|now|since|the)$/;

export function bothTaken(tokens: readonly Token[], taking: boolean, victims: Victims): void {
  if (!taking || victims.abducted !== null || !said(tokens, BOTH_SAID)) return;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!BOTH.has(tokens[i]!.norm)) continue;
    let k = i + 1;
    let people = false;
    for (let p = 0; p < 4 && k < tokens.length && !tokens[k]!.breakBefore; p++, k++) {
      const w = tokens[k]!.norm;
      if (TAKEN.test(w)) break;
      if (isPerson(w) || w === 'them') people = true;
      else if (!FILLER.test(w) && !(p === 0 && /^[a-z]+$/.test(w) && isPerson(tokens[k + 1]?.norm ?? ''))) break;
    }
    if (people && TAKEN.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) {
      victims.abducted = 2;
      return;
    }
  }
}
