import type { Token } from '../normalize.js';
import type { SignalHit } from './categories.js';

/**
 * "families leaving Makobola after rumours of Red Tabara coming, no attack yet", "pas encore d'attaque", "no incident so
 * far … people fleeing": an attack not YET come is no false alarm; the flight told is the report (C9: people who flee for
 * fear of a named group name it, a rumour not yet confirmed included). Only a "no attack" said with "yet", "so far",
 * "encore", "pour l'instant", "bado"; a rumour denied ("rumour of attack false, no attack") stays the quiet day.
 */
const YET = /^(yet|encore|bado|far|instant|moment|now)$/;

export function noAttackYet(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'neutral' || h.value.subType !== 'false_alarm') return false;
  // ("no attack yet", "no attack so far", "pas d'attaque pour l'instant")
  for (let k = h.end; k < tokens.length && k <= h.end + 2 && !tokens[k]!.breakBefore; k++) if (YET.test(tokens[k]!.norm)) return true;
  // ("pas encore d'attaque", "not yet attacked")
  for (let k = h.start; k < h.end; k++) if (/^(encore|yet|bado)$/.test(tokens[k]!.norm)) return true;
  return /^(encore|yet)$/.test(tokens[h.start + 1]?.norm ?? '');
}

const ATTACK = /^(attack|attacks|attaque|attaques|incident|incidents|shambulio)$/;
/** The text says an attack has not come yet ("no attack yet", "pas encore d'attaque"): no denial of what was feared. */
export function attackNotYetSaid(tokens: readonly Token[]): boolean {
  for (let i = 1; i < tokens.length; i++) {
    if (!ATTACK.test(tokens[i]!.norm)) continue;
    const before = [1, 2, 3].map((d) => tokens[i - d]?.norm ?? '');
    if (!before.some((w) => /^(no|pas|aucun|aucune|hakuna|not)$/.test(w))) continue;
    if (before.some((w) => /^(encore|yet)$/.test(w)) || [1, 2, 3].some((d) => YET.test(tokens[i + d]?.norm ?? '') && !tokens[i + d]!.breakBefore)) return true;
  }
  return false;
}
