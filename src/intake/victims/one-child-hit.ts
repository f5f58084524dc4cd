import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { ageAt, CHILD_AGE } from './ages.js';

/**
 * One person hit by a bullet or a shell, named with an age under 18 right after ("stray bullet hit a girl (8 yrs) in her
 * home, she died", "une balle a touché une fille (9 ans)"), is a child affected (C17), when the one killed or injured is
 * all the report counts and no child was counted. Look-alikes kept: an adult's age ("hit a woman (45)"), two people hurt.
 */
const HIT_WORDS = ['hit', 'struck', 'touched', 'touche', 'touchee', 'atteint', 'atteinte'];
const HIT: ReadonlySet<string> = new Set(HIT_WORDS);
const HIT_SAID = trigger(HIT_WORDS);
const ONE = /^(a|an|one|un|une|1)$/;

export function oneChildHit(tokens: readonly Token[], victims: Victims): void {
  if (victims.childrenAffected !== null || (victims.killed ?? 0) + (victims.injured ?? 0) !== 1) return;
  if (!said(tokens, HIT_SAID)) return;
  for (let i = 0; i < tokens.length; i++) {
    if (!HIT.has(tokens[i]!.norm) || !ONE.test(tokens[i + 1]?.norm ?? '') || tokens[i + 1]!.breakBefore) continue;
    const age = ageAt(tokens, i + 3);
    if (age && age.years < CHILD_AGE) {
      victims.childrenAffected = 1;
      return;
    }
  }
}
