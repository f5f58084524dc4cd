import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * One person hit by a bullet or a shell who died, in the same clause, is killed, not injured too (pending reports41): "one
 * woman hit by a stray bullet died, 2 others injured" (1 killed, 2 injured, not 3), "a man struck by shrapnel died on the
 * way to hospital", "une femme atteinte par une balle perdue est morte, 2 autres blessés". The hit is read as a wound
 * (victims/victim-words.ts); the death after it in its clause takes it back. Look-alikes kept: "1 woman hit by a stray
 * bullet, 2 others injured" (3 injured: nobody died), "2 hit, one of them died later" (woundedOfWhomSomeDied reads it).
 */
const ONE = /^(one|a|an|un|une|1)$/;
const HIT_WORDS = ['hit', 'struck', 'touched', 'atteint', 'atteinte', 'touche', 'touchee', 'fauche', 'fauchee', 'mowed'];
const HIT: ReadonlySet<string> = new Set(HIT_WORDS);
const DIED_WORDS = ['died', 'dies', 'succumbed', 'mort', 'morte', 'decede', 'decedee', 'succombe', 'succombee'];
const DIED: ReadonlySet<string> = new Set(DIED_WORDS);
const HIT_SAID = trigger(HIT_WORDS);
const DIED_SAID = trigger(DIED_WORDS);

export function hitThenDied(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, HIT_SAID) || !said(tokens, DIED_SAID)) return;
  for (let i = 1; i < tokens.length; i++) {
    if (!HIT.has(tokens[i]!.norm)) continue;
    // "one woman hit", "une femme atteinte": one person before it
    if (![i - 1, i - 2].some((k) => ONE.test(tokens[k]?.norm ?? '')) || tokens[i]!.breakBefore) continue;
    for (let k = i + 1; k < tokens.length && k <= i + 9; k++) {
      if (tokens[k]!.breakBefore) break;
      if (!DIED.has(tokens[k]!.norm)) continue;
      if ((victims.injured ?? 0) >= 1) victims.injured = victims.injured! - 1 || null;
      if (!victims.killed) victims.killed = 1;
      return;
    }
  }
}
