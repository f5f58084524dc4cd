import type { Victims } from '../../domain/alert.js';
import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';
import { isPerson, isSingularPerson } from '../victims/victim-words.js';

/**
 * People who escaped from an armed group were its hostages (C12, C7; reports47): "A man who escaped from Zaire militia at
 * Largu after 9 days says he was tied and beaten" (abduction, 1 abducted, the beating counted too), "Un homme évadé après
 * 12 jours chez les miliciens Zaïre", "Escape from a Mai-Mai position near Miriki: 3 young men … ran away, say around 10
 * others still there" (3 + 10 abducted: everyone taken counts), "Escapés d'une position Maï-Maï, 2 jeunes … disent qu'une
 * quinzaine d'autres sont encore là-bas". The taking names the report unless a graver harm is told (C12).
 * Look-alikes kept out: escaping from a fire, a flood or the fighting ("escaped the fire", "échappé aux combats"), a
 * prisoner escaped from a state jail ("évadés de la prison de Kakwangura"), no group named, children out of the ranks (C18).
 */
const ESCAPE_WORDS = ['escaped', 'escape', 'escapes', 'escapees', 'escapee', 'evade', 'evades', 'evadee', 'evadees', 'escapes', 'echappe', 'echappes', 'echappee', 'echappees'];
const ESCAPE = new Set(ESCAPE_WORDS);
const ESCAPE_SAID = trigger(ESCAPE_WORDS);
const FROM = /^(from|de|d|chez|of|des|du|aux|au)$/;
const FILL = /^(the|an|a|une|un|la|le|l|les|their|leur|his|sa|son|captivity|captivite|hands|mains|after|apres|\d+|days?|jours?|weeks?|semaines?|months?|mois)$/;
const GROUP_PLACE = /^(camp|camps|position|positions|base|bases|hideout|bastion|captivity|captivite|captors|ravisseurs|kidnappers)$/;
const GROUP_WORD = /^(militia|miliciens?|milice|rebels?|rebelles?|fighters|combattants|kidnappers|ravisseurs)$/;
const STATE = /^(prison|jail|cachot|cell|cellule|police|fardc|army|armee|amigo|commissariat|station)$/;
const OTHERS = /^(others?|autres)$/;
const STILL = /^(still|toujours|encore|tjrs|bado)$/;

/** The escape word whose source is an armed group (a named one or its camp or position), or -1. */
// (children out of a group's ranks are read by the child-protection readers, C18: "7 children escaped from a Twirwaneho group, handed over to a partner NGO")
const CHILDREN = /^(children|child|enfants?|kids?|girls?|boys?|filles?|garcons?|mineurs?|minors?|eafga|caafag)$/;

function escapeAt(tokens: readonly Token[], groupAt: (k: number) => boolean): number {
  if (!said(tokens, ESCAPE_SAID) || tokens.some((t) => CHILDREN.test(t.norm))) return -1;
  for (let i = 0; i < tokens.length; i++) {
    if (!ESCAPE.has(tokens[i]!.norm)) continue;
    // ("to escape M23 forced labour", "pour fuir": a flight, not hostages; the group only after from/de/chez)
    if (/^(to|pour)$/.test(tokens[i - 1]?.norm ?? '')) continue;
    let from = false;
    for (let k = i + 1; k < tokens.length && k <= i + 7; k++) {
      if (tokens[k]!.stopBefore) break;
      const w = tokens[k]!.norm;
      if (STATE.test(w)) break;
      if (FROM.test(w)) from = true;
      if (from && (groupAt(k) || GROUP_WORD.test(w) || GROUP_PLACE.test(w))) return i;
      if (!FROM.test(w) && !FILL.test(w)) break;
    }
  }
  return -1;
}

export function escapedFromGroupHits(tokens: readonly Token[], groupAt: (k: number) => boolean): SignalHit[] {
  const at = escapeAt(tokens, groupAt);
  return at < 0 ? [] : [{ value: { signal: 'abduct', subType: null }, start: at, end: at + 1 }];
}

/** The escaped counted (a man: 1, "3 young men": 3), and the others said still held added (C7); when no reader counted. */
export function escapedFromGroupCount(tokens: readonly Token[], victims: Victims, groupAt: (k: number) => boolean): void {
  if (victims.abducted !== null) return;
  const at = escapeAt(tokens, groupAt);
  if (at < 0) return;
  let escaped: number | null = null;
  for (let i = 0; i < tokens.length && escaped === null; i++) {
    const n = readNumber(tokens, i);
    if (n && !n.article && !n.zero && n.value < 100) {
      let p = n.next;
      if (/^(young|jeunes?)$/.test(tokens[p]?.norm ?? '') && isPerson(tokens[p + 1]?.norm ?? '')) p++;
      if (isPerson(tokens[p]?.norm ?? '') && !OTHERS.test(tokens[p]!.norm)) escaped = n.value;
    }
  }
  if (escaped === null) {
    for (let j = at - 1; j >= 0 && j >= at - 4; j--) if (isSingularPerson(tokens[j]!.norm) && /^(a|an|un|une|the|le|la|l|one)$/.test(tokens[j - 1]?.norm ?? '')) escaped = 1;
  }
  if (escaped === null) return;
  // "say around 10 others still there", "une quinzaine d'autres sont encore là-bas"
  let others = 0;
  for (let i = 0; i < tokens.length; i++) {
    const n = readNumber(tokens, i);
    if (!n || n.zero || i <= at) continue;
    let p = n.next;
    if (/^(d|de)$/.test(tokens[p]?.norm ?? '')) p++;
    if (!OTHERS.test(tokens[p]?.norm ?? '')) continue;
    for (let k = p + 1; k < tokens.length && k <= p + 4; k++) if (STILL.test(tokens[k]!.norm)) others = n.value;
    if (others) break;
  }
  victims.abducted = escaped + others;
}
