import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * The fire named as the soldiers' or police's own, "sous les balles des militaires", "bullet from a drunk soldier",
 * "tirs des policiers", "shots fired by police" (C1, C2; reports46): the force at i fired the shot that harmed. Only the
 * words between the fire and the force: an article, "from", "of", "de", a drunk or an unruly one.
 */
const FIRE_WORDS = ['balle', 'balles', 'bullet', 'bullets', 'tirs', 'tir', 'shots', 'shot', 'gunfire', 'rafale', 'rafales', 'round', 'rounds'];
const FIRE = new Set(FIRE_WORDS);
const FIRE_SAID = trigger(FIRE_WORDS);
const BETWEEN = /^(des|du|de|d|of|from|the|a|an|un|une|les|le|la|l|drunk|drunken|ivres?|indisciplines?|undisciplined|unruly|rogue|perdue|perdues|stray|fired|tiree|tirees|tires)$/;

export function fireOfForce(tokens: readonly Token[], i: number): boolean {
  if (!said(tokens, FIRE_SAID)) return false;
  let k = i - 1;
  let linked = false;
  while (k >= 0 && k >= i - 5 && BETWEEN.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) {
    if (/^(des|du|de|d|of|from)$/.test(tokens[k]!.norm)) linked = true;
    k--;
  }
  return linked && k >= 0 && k < i - 1 && !tokens[k + 1]!.breakBefore && FIRE.has(tokens[k]!.norm);
}
