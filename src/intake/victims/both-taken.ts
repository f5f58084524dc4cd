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

/**
 * The same word before a death or a wound (reports43): "ambushed two traders, both killed", "both died on the spot",
 * "both of them were shot dead", "two moto drivers shot at, both wounded" → 2 killed or 2 injured, only when no reader
 * counted them (the French "tous les deux tués", "les deux blessés" are read by the count reader already). The same walk
 * as the taking's, in the same pass over the tokens: "both sides" or "both villages" stop it at their noun.
 */
const KILLED = /^(killed|dead|died|murdered|executed|slain|succumbed|beheaded|hacked)$/;
const INJURED = /^(injured|wounded|hurt)$/;

function bothHarmed(tokens: readonly Token[], i: number, victims: Victims): boolean {
  let k = i + 1;
  for (let p = 0; p < 4 && k < tokens.length && !tokens[k]!.breakBefore; p++, k++) {
    const w = tokens[k]!.norm;
    if (KILLED.test(w) || INJURED.test(w) || w === 'shot') break;
    if (!isPerson(w) && !FILLER.test(w) && w !== 'them' && w !== 'later') return false;
  }
  const at = tokens[k];
  if (!at || at.breakBefore) return false;
  const w = at.norm;
  const shotDead = w === 'shot' && /^(dead|and)$/.test(tokens[k + 1]?.norm ?? '');
  if ((KILLED.test(w) || shotDead) && victims.killed === null) {
    victims.killed = 2;
    return true;
  }
  if (INJURED.test(w) && victims.injured === null) {
    victims.injured = 2;
    return true;
  }
  return false;
}

export function bothTaken(tokens: readonly Token[], taking: boolean, victims: Victims): void {
  if (!said(tokens, BOTH_SAID)) return;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!BOTH.has(tokens[i]!.norm)) continue;
    if (bothHarmed(tokens, i, victims) || !taking || victims.abducted !== null) continue;
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
