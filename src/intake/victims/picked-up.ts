import type { Token } from '../normalize.js';
import { objectFollows } from './victim-words.js';

/**
 * "Ramassé" (picked up) takes people or collects the dead: "les Wazalendo ont ramassé 4 jeunes" are people taken (C23:
 * an abduction by a group, a detention by the state's forces), "la Croix-Rouge a ramassé les corps", "picked up the
 * wounded" is a response to a harm.
 */
const PICK_UP = /^(ramasse|ramasses|ramassee|ramassees|ramasser|ramassent)$/;
const THE_DEAD_OR_HURT = /^(corps|bodies|body|cadavres?|depouilles?|dead|morts?|blesses?|wounded|injured|victimes?|victims?)$/;

/** The dead, the wounded or victims named within three words from `from`. */
export function deadOrHurtAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + 3 && k < tokens.length; k++) if (THE_DEAD_OR_HURT.test(tokens[k]!.norm)) return true;
  return false;
}

/** "ramassé" at `k` with people after it who are not the dead or the wounded. */
export function peoplePickedUp(tokens: readonly Token[], k: number): boolean {
  return PICK_UP.test(tokens[k]!.norm) && objectFollows(tokens, k + 1) && !deadOrHurtAfter(tokens, k + 1);
}
