import type { Victims } from '../../domain/alert.js';
import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * "Took" whose object is a weapon is arming, not a taking of people (pending reports38): "vijana wamechukua mapanga" (the
 * young men took up machetes), "wamechukua silaha", "youths took up arms", "les jeunes ont pris les armes / des
 * machettes". The taking verb is an abduction only with people after it ("wamechukua watu 3", "took 3 farmers").
 */
const WEAPON = /^(mapanga|panga|silaha|bunduki|mikuki|mkuki|mishale|fimbo|marungu|machetes?|machettes?|arms|weapons?|armes?|guns|fusils|lances?|spears|arrows|fleches|gourdins|clubs|batons|sticks|bows|arcs)$/;
const BETWEEN = /^(up|des|les|the|their|leurs|some|de|d)$/;
// (the hit may sit on the people before the verb: "vijana wamechukua")
const TOOK = /^(wamechukua|walichukua|wamechukuwa|walichukuwa|wamebeba|took|taken|pris|prennent|ont)$/;

export function weaponsTakenUp(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'abduct') return false;
  let k = h.end;
  if (TOOK.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
  for (let n = 0; n < 2 && BETWEEN.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore; n++) k++;
  const t = tokens[k];
  return t !== undefined && !t.breakBefore && WEAPON.test(t.norm);
}

/**
 * The people who took up the weapons are no count of the taken: "vijana wamechukua mapanga" is read word by word as people
 * and a verb of taking (victims/victim-words.ts). With no taking of people told anywhere, no one was abducted.
 */
export function armedNotTaken(tokens: readonly Token[], abductSaid: boolean, victims: Victims): void {
  if (abductSaid || victims.abducted === null) return;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!TOOK.test(tokens[i]!.norm)) continue;
    if (weaponsTakenUp({ value: { signal: 'abduct', subType: null }, start: i, end: i + 1 }, tokens)) {
      victims.abducted = null;
      return;
    }
  }
}
