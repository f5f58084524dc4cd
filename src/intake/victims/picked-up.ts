import type { Token } from '../normalize.js';
import { deadOrHurtAfter, objectFollows } from './victim-words.js';

/**
 * "Ramassé" (picked up) takes people or collects the dead: "les Wazalendo ont ramassé 4 jeunes" are people taken (C23:
 * an abduction by a group, a detention by the state's forces), "la Croix-Rouge a ramassé les corps", "picked up the
 * wounded" is a response to a harm.
 */
const PICK_UP = /^(ramasse|ramasses|ramassee|ramassees|ramasser|ramassent)$/;

/** "ramassé" at `k` with people after it who are not the dead or the wounded. */
export function peoplePickedUp(tokens: readonly Token[], k: number): boolean {
  return PICK_UP.test(tokens[k]!.norm) && objectFollows(tokens, k + 1) && !deadOrHurtAfter(tokens, k + 1);
}
