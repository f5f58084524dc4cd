import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';

/**
 * C7 (reports23): hostages freed, then those still held said after them: "2 otages relâchés …, un 3e toujours entre leurs
 * mains", "2 hostages freed, a third still held", "3 libérés, 2 autres toujours détenus". Everyone taken is counted: the
 * freed plus those still held. Read only when the count already read is the freed number (so "5 abducted, 3 freed, 2 still
 * held", read as 5, stays) and a "still" word (a Set) follows it.
 */
const FREED_WORDS = ['freed', 'released', 'liberes', 'liberees', 'relaches', 'relachees', 'relache', 'libere', 'escaped', 'evades', 'echappes'];
const FREED: ReadonlySet<string> = new Set(FREED_WORDS);
const STILL_WORDS = ['toujours', 'still', 'encore', 'tjrs', 'remain', 'remains', 'reste', 'restent'];
const STILL: ReadonlySet<string> = new Set(STILL_WORDS);
const FREED_SAID = trigger(FREED_WORDS);
const STILL_SAID = trigger(STILL_WORDS);
const ONE_MORE: ReadonlySet<string> = new Set(['3e', '3eme', 'troisieme', 'third', '2e', '2eme', 'deuxieme', 'second', '4e', '4eme', 'quatrieme', 'fourth', 'autre', 'another', 'other']);
const ONE: ReadonlySet<string> = new Set(['un', 'une', 'a', 'one', '1', 'l']);
const OTHERS: ReadonlySet<string> = new Set(['autres', 'others', 'other']);

export function oneStillHeld(tokens: readonly Token[], victims: Victims): void {
  const freed = victims.abducted;
  if (freed === null || freed < 1 || !said(tokens, FREED_SAID) || !said(tokens, STILL_SAID)) return;
  let freedAt = -1;
  for (let i = 1; i < tokens.length && freedAt < 0; i++) {
    if (!FREED.has(tokens[i]!.norm)) continue;
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      const n = readNumber(tokens, k);
      // ("2 des 6 otages libérés, les 4 autres…", "2 of the 6 hostages freed": 6 is everyone taken, already counted, reports32)
      if (n && !n.zero && n.value === freed && n.next <= i && !partOfWhole(tokens, k)) freedAt = i;
    }
  }
  if (freedAt < 0) return;
  for (let s = freedAt + 1; s < tokens.length; s++) {
    if (!STILL.has(tokens[s]!.norm)) continue;
    const held = heldBefore(tokens, s);
    if (held > 0) victims.abducted = freed + held;
    return;
  }
}

// "un 3e toujours", "a third still", "another still", "2 autres toujours": how many are still held, or 0.
function heldBefore(tokens: readonly Token[], s: number): number {
  const w1 = tokens[s - 1]?.norm ?? '';
  const w2 = tokens[s - 2]?.norm ?? '';
  if (w1 === 'another' || (ONE_MORE.has(w1) && ONE.has(w2))) return 1;
  if (OTHERS.has(w1)) {
    const n = readNumber(tokens, s - 2);
    return n && !n.zero && n.next === s - 1 ? n.value : 0;
  }
  return 0;
}

// "2 des 6", "2 of the 6", "2 sur 6": the number at k is the whole a part is taken from.
function partOfWhole(tokens: readonly Token[], k: number): boolean {
  const w1 = tokens[k - 1]?.norm ?? '';
  const at = w1 === 'the' && tokens[k - 2]?.norm === 'of' ? k - 2 : k - 1;
  if (!/^(des|of|sur|d)$/.test(tokens[at]?.norm ?? '')) return false;
  const part = readNumber(tokens, at - 1);
  return part !== null && part.next === at;
}
