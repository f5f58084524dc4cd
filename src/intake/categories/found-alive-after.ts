import type { Victims } from '../../domain/alert.js';
import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { opensAsFollowUp } from './follow-up-opening.js';
import { isSingularPerson } from '../victims/victim-words.js';

/**
 * A follow-up telling that one person taken or gone missing was found alive, hurt (reports36, t36c): "update: HRD from
 * lushagala found alive this am at mugunga, beaten, says captors accused him of talking to UN", "suivi mugunga: le leader
 * des déplacés retrouvé ce matin à Bulengo, blessé, dit avoir été accusé de parler à la MONUSCO". The follow-up is of a
 * disappearance: the end of an abduction (C7 counts the one taken, 1) and the wound found on them (injured 1). Only when
 * the report opens as a follow-up (follow-up-opening.ts) and one person is found; people found dead are left to the
 * readers of that convention (victims/taken-found-dead.ts), and nothing is read here when "dead/mort" is said.
 * Look-alikes kept out: "update: the missing child found at the market, unharmed" (no wound), "a body found at Mugunga".
 */
const FOUND = /^(found|retrouvee?|recovered|located|localisee?|reappeared|reapparue?)$/;
const HURT = /^(beaten|injured|wounded|hurt|tortured|blessee?|tabassee?|battue?|torturee?|molestee?)$/;
const DEAD = /^(dead|body|corpse|mort|morte|cadavre|corps|lifeless|decede|decedee|sans)$/;

/** The person found and the wound said, or null: [found, hurt] token indexes. */
function foundHurt(tokens: readonly Token[]): { found: number; hurt: number } | null {
  if (!opensAsFollowUp(tokens)) return null;
  for (let f = 1; f < tokens.length && f <= 12; f++) {
    if (!FOUND.test(tokens[f]!.norm)) continue;
    // one person before the verb: "HRD from lushagala found", "le leader des déplacés retrouvé"
    let person = false;
    for (let k = f - 1; k >= 0 && k >= f - 5; k--) if (isSingularPerson(tokens[k]!.norm)) person = true;
    if (!person) return null;
    for (let k = f + 1; k < tokens.length && k <= f + 10; k++) {
      if (DEAD.test(tokens[k]!.norm)) return null;
      if (HURT.test(tokens[k]!.norm)) return { found: f, hurt: k };
    }
    return null;
  }
  return null;
}

export function foundAliveHurtHits(tokens: readonly Token[]): SignalHit[] {
  const at = foundHurt(tokens);
  return at ? [{ value: { signal: 'abduct', subType: null }, start: at.found, end: at.found + 1 }] : [];
}

export function foundAliveHurtCounts(tokens: readonly Token[], victims: Victims): void {
  if (!foundHurt(tokens)) return;
  victims.abducted ??= 1;
  victims.injured ??= 1;
}
