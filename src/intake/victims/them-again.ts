import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { isPerson, verbAt } from './victim-words.js';

/**
 * People counted in a first clause and harmed again in a second, named there by a pronoun (C3): "FARDC arrested 5
 * youths and beat them", "ADF abducted 6 people and killed them all", "la PNC a arrêté 3 jeunes et les a tabassés",
 * "ont enlevé 6 personnes et les ont toutes tuées". The pronoun is those people, so the second harm counts them: it
 * fills a count left unknown, or replaces the one a reader gave the bare pronoun. Only from "them" after a victim verb
 * or "les" before one (no scan otherwise). Look-alikes: "beat him" (one of them), "took 4 cows and killed them"
 * (animals, no person counted), "les jeunes ont été tabassés" ("les" an article: no verb right after it).
 */
const AUX = /^(a|ont|avait|avaient|auraient|aurait|ete|tous|toutes)$/;
const AGAIN: ReadonlySet<string> = new Set(['killed', 'injured', 'crsvSurvivors']);
// A beating is a wound counted (C3), as stopped-then-beaten.ts reads it
const BEAT = /^(beat|beaten|whipped|flogged|tabasse|tabasses|tabassees|battus|battues|bastonnes|bastonnees|fouettes|fouettees|molestes|molestees)$/;
const COUNT_LINK = /^(of|de|d|young|jeunes|other|autres|more|civilian|civilians|civils)$/;

export function themAgain(tokens: readonly Token[], victims: Victims): void {
  for (let p = 1; p < tokens.length; p++) {
    const w = tokens[p]!.norm;
    let verb = -1;
    if (w === 'them' && !tokens[p]!.breakBefore) verb = p - 1;
    else if (w === 'les' && p + 1 < tokens.length) {
      let k = p + 1;
      while (k < p + 4 && k < tokens.length && AUX.test(tokens[k]!.norm) && !tokens[k]!.breakBefore) k++;
      if (k > p + 1 || harmAt(tokens, k) !== undefined) verb = k;
    }
    if (verb < 1 || verb >= tokens.length || tokens[verb]!.breakBefore && verb !== p + 1) continue;
    const key = harmAt(tokens, verb);
    if (!key || !AGAIN.has(key)) continue;
    const counted = peopleCountedBefore(tokens, Math.min(p, verb));
    if (counted === null || counted < 2) continue;
    const now = victims[key as keyof Victims];
    if (now === null || now === 1) victims[key as keyof Victims] = counted;
  }
}

function harmAt(tokens: readonly Token[], i: number): string | undefined {
  return BEAT.test(tokens[i]?.norm ?? '') ? 'injured' : verbAt(tokens, i);
}

/** The last count of people before `end` in its sentence: "5 youths", "6 personnes", "3 jeunes gens". */
function peopleCountedBefore(tokens: readonly Token[], end: number): number | null {
  let s = end - 1;
  while (s > 0 && !tokens[s]!.stopBefore) s--;
  let found: number | null = null;
  for (let i = s; i < end - 1; i++) {
    const n = readNumber(tokens, i);
    if (!n || n.article || n.zero) continue;
    let k = n.next;
    while (k < n.next + 2 && COUNT_LINK.test(tokens[k]?.norm ?? '') && !isPerson(tokens[k]!.norm)) k++;
    if (k < end && isPerson(tokens[k]?.norm ?? '')) found = n.value;
  }
  return found;
}
