import type { Token } from '../normalize.js';

/**
 * The host force named only as back in control once the fighting is said over, with no other side named: "Miriki:
 * fighting over, FARDC back in control. 4 houses burnt, 1 civilian injured", "combats terminés, les FARDC contrôlent de
 * nouveau Miriki". It holds the place; it is not named as a party to the fight (C4 names the parties named as fighting).
 * Look-alikes kept: "FARDC back in control after clashes with M23, 2 civilians killed" (the other side named: a clash of
 * two, read as usual), "FARDC took control and looted shops" (harm said of it).
 */
const CONTROL = /^(control|controle|controlent|controlling)$/;
const BACK = /^(back|again|nouveau|retour|regained|reprend|reprennent|repris|in|en|de|le|la|l|now|desormais|is|are|sont|est|have|has)$/;
const OVER = /^(over|ended|ceased|stopped|termines?|terminees?|finis?|cesse|cessent|fin)$/;

export function forceBackInControl(tokens: readonly Token[], start: number, end: number, otherSideNamed: boolean): boolean {
  if (otherSideNamed) return false;
  let k = end;
  while (k < end + 4 && BACK.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
  if (k === end || !CONTROL.test(tokens[k]?.norm ?? '') || tokens[k]!.breakBefore) return false;
  // (the fighting said over before the force is named)
  for (let j = 0; j < start; j++) if (OVER.test(tokens[j]!.norm)) return true;
  return false;
}
