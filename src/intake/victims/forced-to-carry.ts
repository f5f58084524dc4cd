import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';
import { isPerson } from './victim-words.js';

/**
 * C7/C23 (reports47): people an armed group forced to carry its loads are taken by it, counted: "ADF forced about a
 * dozen residents to carry looted goods into the forest" (12 abducted), "les Mai-Mai ont obligé 5 élèves à porter
 * leurs sacs jusqu'à leur camp" (5), "les ADF ont obligé une dizaine d'habitants de Mamove à porter le butin" (10).
 * Only with a non-state group named (the state's forces so using people is read elsewhere, C23), only when nobody was
 * counted as taken already, and only for carrying (porterage): "forced 3 women to cook" is no taking read here.
 */
const FORCE_WORDS = ['forced', 'forcing', 'forces', 'force', 'oblige', 'obliges', 'obligent', 'obligeaient', 'obligeait', 'contraint', 'contraints', 'contraignent', 'compelled', 'made'];
const FORCE = new Set(FORCE_WORDS);
const FORCE_SAID = trigger(FORCE_WORDS);
const CARRY = /^(carry|carrying|porter|transporter|portage|porterage)$/;
// (between the count and the person: "about a dozen residents", "une dizaine d'habitants", "5 élèves de Luofu")
const HEDGE = /^(about|around|some|approx|over|environ|env|pres|de|d|plus|more|than|at|least|au|moins)$/;

function countAfter(tokens: readonly Token[], i: number): { value: number; next: number } | null {
  for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
    if (tokens[k]!.breakBefore) return null;
    const n = readNumber(tokens, k);
    if (n && !n.zero && n.value > 1 && n.value < 500) {
      let p = n.next;
      if (/^(de|d|of)$/.test(tokens[p]?.norm ?? '')) p++;
      // (a village name before the people: "a dozen Mangurujipa residents")
      if (/^[A-Z]/.test(tokens[p]?.text ?? '') && !isPerson(tokens[p]!.norm)) p++;
      const w = tokens[p]?.norm ?? '';
      // ("d'habitants" may come as one word)
      return isPerson(w) || isPerson(w.replace(/^d'/, '')) ? { value: n.value, next: p + 1 } : null;
    }
    if (!HEDGE.test(tokens[k]!.norm)) return null;
  }
  return null;
}

/** The people a group forced to carry its loads, counted as taken when no taking count was read. */
export function forcedToCarryCount(tokens: readonly Token[], victims: Victims, groupNamed: boolean): void {
  if (!groupNamed || victims.abducted !== null || !said(tokens, FORCE_SAID)) return;
  for (let i = 0; i < tokens.length; i++) {
    if (!FORCE.has(tokens[i]!.norm)) continue;
    const n = countAfter(tokens, i);
    if (!n) continue;
    // (the carrying within a few words after who was forced: "to carry", "à porter")
    for (let k = n.next; k < tokens.length && k <= n.next + 5; k++) {
      if (CARRY.test(tokens[k]!.norm)) {
        victims.abducted = n.value;
        return;
      }
      if (tokens[k]!.stopBefore) break;
    }
  }
}
