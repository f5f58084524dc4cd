import type { Victims } from '../../domain/alert.js';
import { readNumber } from '../numbers.js';
import type { Token } from '../normalize.js';
import { isPerson, isSingularPerson } from './victim-words.js';
import { said, trigger } from '../triggers.js';

/**
 * Wounds said as something a person got: "a civilian sustained gunshot wounds", "a man suffered machete wounds",
 * "un motard a reçu une balle au bras", "2 farmers received bullet wounds", "victim of a machete attack evacuated". The
 * people before the verb are the injured: one when named in the singular, the number when counted. "reçu des menaces"
 * names no wound.
 */
const GOT_WORDS = ['sustained', 'sustaining', 'suffered', 'suffering', 'received', 'receiving', 'took', 'recu', 'recus', 'recue', 'recues', 'recoit', 'recoivent'];
const GOT: ReadonlySet<string> = new Set(GOT_WORDS);
const WOUND_WORDS = ['wounds', 'wound', 'injuries', 'injury', 'blessures', 'blessure', 'balle', 'balles', 'bullet', 'bullets', 'stab', 'gunshot', 'coups', 'coup', 'cuts', 'burns', 'fractures', 'fracture'];
const WOUND: ReadonlySet<string> = new Set(WOUND_WORDS);
const GOT_SAID = trigger(GOT_WORDS);
const WOUND_SAID = trigger(WOUND_WORDS);
const BETWEEN = new Set(['a', 'an', 'une', 'un', 'des', 'de', 'd', 'serious', 'severe', 'graves', 'grave', 'multiple', 'several', 'plusieurs', 'head', 'gunshot', 'machete', 'bullet', 'stab', 'knife', 'minor', 'light', 'legeres', 'profondes', 'deep', 'two', 'deux']);
const AUX = new Set(['a', 'ont', 'has', 'have', 'had', 'was', 'were', 'aurait', 'auraient', 'reportedly', 'allegedly']);
// "reçu des coups" is a beating (ill-treatment readers count it), "reçu une balle" a shot
const BLOWS_ONLY = new Set(['coups', 'coup']);

export function woundsSustained(tokens: readonly Token[], victims: Victims): void {
  if (victims.injured !== null || !said(tokens, GOT_SAID) || !said(tokens, WOUND_SAID)) return;
  for (let i = 1; i < tokens.length; i++) {
    if (!GOT.has(tokens[i]!.norm) || !woundAfter(tokens, i)) continue;
    let k = i - 1;
    while (k > 0 && AUX.has(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
    const who = tokens[k]?.norm ?? '';
    if (!isPerson(who)) continue;
    const n = countBefore(tokens, k);
    if (n !== null) victims.injured = n;
    else if (isSingularPerson(who)) victims.injured = 1;
    return;
  }
}

function woundAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
    if (tokens[k]!.breakBefore) return false;
    const w = tokens[k]!.norm;
    if (WOUND.has(w)) return !BLOWS_ONLY.has(w) || tokens[k + 1]?.norm === 'de' && /^(machette|machettes|couteau|balles?|feu)$/.test(tokens[k + 2]?.norm ?? '');
    if (!BETWEEN.has(w)) return false;
  }
  return false;
}

// "2 farmers", "trois civils": the number right before the person word
function countBefore(tokens: readonly Token[], k: number): number | null {
  for (let j = k - 1; j >= k - 2 && j >= 0; j--) {
    const n = readNumber(tokens, j);
    if (n && !n.article && !n.zero && n.next === k) return n.value;
  }
  return null;
}
