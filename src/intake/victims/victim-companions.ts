import type { Victims } from '../../domain/alert.js';
import { CHILD_NOUNS, VICTIM_FILLERS } from '../categories/keywords.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { isPerson, isSingularPerson, verbAt } from './victim-words.js';
import { said, trigger } from '../triggers.js';

/** Other people in the same harm ("together with his brother"), and a harm with no subject after a comma. */
// Words that bring someone else into the same harm: "together with", "along with", "avec", "ainsi que".
const WITH = new Set(['with', 'avec']);
// ("together with", "along with", "ainsi que")
const WITH_SAID = trigger(['with', 'avec', 'ainsi']);
/** "together with his brother", "along with 2 children", "avec son fils", "ainsi que sa femme": more people, the same harm. */
export function companionAt(tokens: readonly Token[], i: number, skip?: Uint8Array): { value: number; child: boolean; next: number } | null {
  if (!said(tokens, WITH_SAID)) return null;
  let k = i;
  const first = tokens[k]?.norm ?? '';
  if (['together', 'along'].includes(first) && tokens[k + 1]?.norm === 'with') k += 2;
  else if (first === 'ainsi' && tokens[k + 1]?.norm === 'que') k += 2;
  else if (WITH.has(first)) k += 1;
  else return null;
  if (tokens.slice(i, k + 1).some((t) => t.breakBefore)) return null;
  if (POSSESSIVE_ONE.has(tokens[k]?.norm ?? '')) {
    const person = tokens[k + 1];
    if (!person || person.breakBefore || !isSingularPerson(person.norm)) return null;
    return { value: 1, child: CHILD_NOUNS.has(person.norm), next: k + 2 };
  }
  // "ainsi que ses deux enfants", "with his two sons"
  if (POSSESSIVES_MANY.has(tokens[k]?.norm ?? '') && readNumber(tokens, k + 1, skip)?.article === false) k++;
  const n = readNumber(tokens, k, skip);
  if (!n || n.zero) return null;
  let m = n.next;
  if (['of', 'de', 'd'].includes(tokens[m]?.norm ?? '') && POSSESSIVES_MANY.has(tokens[m + 1]?.norm ?? '')) m += 2;
  else if (POSSESSIVES_MANY.has(tokens[m]?.norm ?? '')) m += 1;
  const person = tokens[m];
  if (!person || person.breakBefore || !isPerson(person.norm) || ['de', 'd', 'des'].includes(person.norm)) return null;
  if (n.article && !isSingularPerson(person.norm)) return null;
  return { value: n.value, child: CHILD_NOUNS.has(person.norm), next: m + 1 };
}
const POSSESSIVE_ONE = new Set(['his', 'her', 'their', 'son', 'sa', 'leur']);
export const POSSESSIVES_MANY = new Set(['his', 'her', 'their', 'ses', 'leurs']);

/**
 * "Un militaire a tiré sur un civil à Kiwanja, blessé au bras", "soldiers fired on a moto driver,
 * died on the spot": a harm with no subject after a comma is what happened to the one person the
 * report named; only when exactly one person is named and that harm is not counted yet.
 */
export function readTrailingHarm(tokens: readonly Token[], used: Uint8Array, victims: Victims, skip?: Uint8Array): void {
  // (the one person it counts is "a"/"un" and a person)
  if (!said(tokens, SINGULAR_ONE_SAID)) return;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.breakBefore || t.stopBefore === false && t.start - tokens[k - 1]!.end < 1) continue;
    let v = k;
    while ((['then', 'later', 'puis', 'ensuite', 'he', 'she', 'il', 'elle'].includes(tokens[v]?.norm ?? '') || VICTIM_FILLERS.has(tokens[v]?.norm ?? '')) && v < k + 3) v++;
    const verb = verbAt(tokens, v);
    if ((verb !== 'injured' && verb !== 'killed') || victims[verb] !== null || /s$/.test(tokens[v]!.norm) && !['dies'].includes(tokens[v]!.norm)) continue;
    if (tokens[v + 1] && !tokens[v + 1]!.breakBefore && isPerson(tokens[v + 1]!.norm)) continue; // "killed a farmer" reads verb first
    const people: number[] = [];
    for (let j = 0; j < k; j++) {
      if (skip?.[j]) continue;
      if (/^\d/.test(tokens[j]!.norm) || readNumber(tokens, j)?.article === false) return;
      if (!SINGULAR_ONE.has(tokens[j]!.norm) || j === 0) continue; // the person opening the report is who did it
      // "a civilian", "a moto driver", "un jeune vendeur"
      const at = [j + 1, j + 2].find((p) => tokens[p] && !tokens[p]!.breakBefore && (isSingularPerson(tokens[p]!.norm) || (tokens[p]!.norm === 'civil' && p === j + 1)));
      if (at !== undefined) people.push(at);
    }
    if (people.length !== 1 || used[people[0]!]) return;
    victims[verb] = 1;
    return;
  }
}
const SINGULAR_ONE_WORDS = ['a', 'an', 'un', 'une'];
const SINGULAR_ONE: ReadonlySet<string> = new Set(SINGULAR_ONE_WORDS);
const SINGULAR_ONE_SAID = trigger(SINGULAR_ONE_WORDS);
