import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { isPerson, isSingularPerson } from './victim-words.js';

/**
 * A wound named as a noun says someone was hurt (C3; pending reports42), where no harm verb counted them:
 *  - "3 hostages freed, one with a gunshot wound", "l'un avec une blessure par balle", "2 with machete wounds": the
 *    number (or "one") right before with/avec, at the head of its clause, is the injured; so are people counted there:
 *    "…, three people with gunshot wounds at the hospital", "2 civils avec des blessures par balle" (reports50);
 *  - "trader shot by bandits in Beni, gunshot wound, now at HGR", "motard visé par des tirs, blessure par balle": one
 *    person named in the singular and shot, the wound said apart, is one injured.
 * Only when no injured count was read and no one was killed (a wound of the dead is their death). Cheap trigger: a
 * wound word (Set).
 */
const WOUND = new Set(['wound', 'wounds', 'blessure', 'blessures', 'injury', 'injuries']);
const KIND = new Set(['gunshot', 'bullet', 'machete', 'stab', 'knife', 'par', 'balle', 'balles', 'machette', 'arme', 'feu', 'couteau', 'de', 'a', 'd']);
const FILL = new Set(['a', 'an', 'une', 'un', 'des', 'de', 'serious', 'severe', 'light', 'minor', 'deep', 'grave', 'graves', 'legere', 'legeres', 'gunshot', 'bullet', 'machete', 'stab', 'knife', 'head']);
const WITH = new Set(['with', 'avec', 'w']);
const ONE = new Set(['one', 'un', 'une', 'l', 'lun', 'lune']);
const SHOT = new Set(['shot', 'tire', 'vise', 'visee', 'fusille']);

export function woundNamed(tokens: readonly Token[], victims: Victims): void {
  if (victims.injured !== null || victims.killed !== null) return;
  for (let i = 0; i < tokens.length; i++) {
    if (!WOUND.has(tokens[i]!.norm)) continue;
    // a wound of a kind: "gunshot wound", "blessure par balle", "machete wounds"
    const kinded = KIND.has(tokens[i - 1]?.norm ?? '') || KIND.has(tokens[i + 1]?.norm ?? '');
    if (!kinded) continue;
    let k = i - 1;
    while (k >= 0 && k >= i - 4 && FILL.has(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
    if (k >= 0 && WITH.has(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) {
      const who = countAtClauseHead(tokens, k - 1) ?? peopleAtClauseHead(tokens, k - 1);
      if (who !== null) {
        victims.injured = who;
        return;
      }
      continue;
    }
    // the wound said apart: "…, gunshot wound, now at HGR"
    if (tokens[k + 1]!.breakBefore && oneShot(tokens, i)) {
      victims.injured = 1;
      return;
    }
  }
}

// "one", "l'un", "2" just before with/avec, opening its clause ("…, one with a gunshot wound").
function countAtClauseHead(tokens: readonly Token[], at: number): number | null {
  const t = tokens[at];
  if (!t) return null;
  if (ONE.has(t.norm)) {
    // "l'un": the article, then "un"
    const head = t.norm === 'un' || t.norm === 'une' ? (tokens[at - 1]?.norm === 'l' ? at - 1 : at) : at;
    return tokens[head]!.breakBefore ? 1 : null;
  }
  const n = readNumber(tokens, at);
  if (n && !n.article && !n.zero && n.next === at + 1 && t.breakBefore) return n.value;
  return null;
}

// One person in the singular told shot before the wound: "trader shot by bandits".
function oneShot(tokens: readonly Token[], wound: number): boolean {
  for (let s = 0; s < wound; s++) {
    if (!SHOT.has(tokens[s]!.norm)) continue;
    for (let k = s - 1; k >= 0 && k >= s - 3; k--) {
      const w = tokens[k]!.norm;
      if (isSingularPerson(w)) return !readNumber(tokens, k - 1) || readNumber(tokens, k - 1)!.value === 1;
      if (!/^(was|has|been|a|ete|got)$/.test(w)) break;
    }
  }
  return false;
}

// "three people", "2 civils" just before with/avec, the number opening its clause.
function peopleAtClauseHead(tokens: readonly Token[], at: number): number | null {
  if (!isPerson(tokens[at]?.norm ?? '') || ['de', 'd', 'des'].includes(tokens[at]!.norm) || tokens[at]!.breakBefore) return null;
  for (let j = at - 1; j >= 0 && j >= at - 3; j--) {
    const n = readNumber(tokens, j);
    if (n && !n.article && !n.zero && n.next === at) return tokens[j]!.breakBefore || j === 0 ? n.value : null;
  }
  return null;
}
