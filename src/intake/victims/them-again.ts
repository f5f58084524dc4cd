import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { isPerson, verbAt } from './victim-words.js';
import { said, trigger } from '../triggers.js';

/**
 * People counted and then harmed again, named by a plural pronoun (C3): "FARDC arrested 5 youths and beat them", "ADF
 * abducted 6 people and killed them all", "la PNC a arrêté 3 jeunes et les a tabassés", "ont enlevé 6 personnes et les
 * ont toutes tuées", "the 4 youths arrested by M23 were released, they say they were beaten", "ils ont été tabassés".
 * The pronoun is the people counted before it, so the harm counts them: it fills a count left unknown or raises one
 * read lower (a reader gives the bare pronoun one). Only from "them" after a victim verb, "les" before one, or
 * "they/ils/elles" in the passive (no scan otherwise). Look-alikes: "beat him" (one of them), "took 4 cows and killed
 * them" (animals), "les jeunes ont été tabassés" ("les" an article), "they beat 2 farmers" (the pronoun is who beat),
 * "they were beaten" with nobody counted before (unknown). Also ", all beaten with belts", ", tous tabassés" (t36c).
 */
const AUX = /^(a|ont|avait|avaient|auraient|aurait|ete|tous|toutes)$/;
const PASSIVE = /^(were|are|been|ete|sont|got)$/;
const AGAIN: ReadonlySet<string> = new Set(['killed', 'injured', 'crsvSurvivors']);
// A beating is a wound counted (C3), as stopped-then-beaten.ts reads it; torture alone is not (C22: no marks said,
// injured unknown; pending reports38 "the youths now say they were tortured at the cachot")
const BEAT = /^(beat|beaten|whipped|flogged|caned|tabass\w*|fouett\w*|battus|battues|bastonn\w*|chicott\w*|frappes|frappees|molestes|molestees)$/;

// the pronouns pronounHarmed starts from
const PRONOUN_SAID = trigger(['them', 'les', 'all', 'tous', 'toutes', 'they', 'ils', 'elles']);
export function themAgain(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, PRONOUN_SAID)) return;
  for (let p = 0; p < tokens.length; p++) {
    const at = pronounHarmed(tokens, p);
    if (!at) continue;
    const key = harmAt(tokens, at.verb);
    if (!key || !AGAIN.has(key)) continue;
    const counted = peopleCountedBefore(tokens, at.pronoun);
    if (counted === null) continue;
    const now = victims[key as keyof Victims];
    if (now === null || now < counted) victims[key as keyof Victims] = counted;
  }
}

/** The pronoun at `p` and the harm verb it is the object (or passive subject) of, or null. */
function pronounHarmed(tokens: readonly Token[], p: number): { pronoun: number; verb: number } | null {
  const w = tokens[p]!.norm;
  // "beat them", "killed them all"
  if (w === 'them') return p > 0 && !tokens[p]!.breakBefore ? { pronoun: p, verb: p - 1 } : null;
  // "et les a tabassés", "les ont toutes tuées"
  if (w === 'les') {
    let k = p + 1;
    while (k < p + 4 && k < tokens.length && AUX.test(tokens[k]!.norm) && !tokens[k]!.breakBefore) k++;
    return k < tokens.length && !tokens[k]!.breakBefore && (k > p + 1 || harmAt(tokens, k) !== undefined) ? { pronoun: p, verb: k } : null;
  }
  // ", all beaten with belts", ", tous tabassés", ", all of them beaten" opening their clause: the people counted before (t36c)
  if ((w === 'all' || w === 'tous' || w === 'toutes') && tokens[p]!.breakBefore) {
    let k = p + 1;
    while (k < p + 4 && k < tokens.length && /^(of|them|were|have|been|got|ont|ete|sont|ils|elles)$/.test(tokens[k]!.norm) && !tokens[k]!.breakBefore) k++;
    return k < tokens.length && !tokens[k]!.breakBefore && BEAT.test(tokens[k]!.norm) ? { pronoun: p, verb: k } : null;
  }
  // "they were beaten", "they say they were beaten", "ils ont été tabassés"
  if (w === 'they' || w === 'ils' || w === 'elles') {
    let k = p + 1;
    let passive = false;
    while (k < p + 4 && k < tokens.length && (PASSIVE.test(tokens[k]!.norm) || /^(ont|have|had|all|tous|toutes)$/.test(tokens[k]!.norm)) && !tokens[k]!.breakBefore) {
      passive ||= PASSIVE.test(tokens[k]!.norm);
      k++;
    }
    return passive && k < tokens.length && !tokens[k]!.breakBefore && BEAT.test(tokens[k]!.norm) ? { pronoun: p, verb: k } : null;
  }
  return null;
}

function harmAt(tokens: readonly Token[], i: number): string | undefined {
  return BEAT.test(tokens[i]?.norm ?? '') ? 'injured' : verbAt(tokens, i);
}

/** The nearest count of two or more people before `end` (within 24 words): "5 youths", "6 personnes", "3 jeunes gens". */
function peopleCountedBefore(tokens: readonly Token[], end: number): number | null {
  for (let i = end - 1; i >= 0 && i >= end - 24; i--) {
    const n = readNumber(tokens, i);
    if (!n || n.zero || n.article || n.value < 2 || n.value > 200 || n.next >= end) continue;
    // ("4 traders freed, 3 of them say they were beaten", "3 d'entre eux": the part said is who)
    if ((tokens[n.next]?.norm === 'of' && tokens[n.next + 1]?.norm === 'them') || (tokens[n.next]?.norm === 'd' && tokens[n.next + 1]?.norm === 'entre')) return n.value;
    // ("3 jeunes", "5 youths"; "2 young men", "3 autres civils": a word before the people)
    if (isPerson(tokens[n.next]?.norm ?? '') || (/^(young|jeunes|other|autres|civilian|civils)$/.test(tokens[n.next]?.norm ?? '') && isPerson(tokens[n.next + 1]?.norm ?? ''))) return n.value;
  }
  return null;
}
