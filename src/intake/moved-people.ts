import type { Token } from './normalize.js';
import { readNumber } from './numbers.js';
import { QUALIFIERS } from './victim-vocabulary.js';

/** People counted on the move ("mouvement de quelque 900 personnes", "2000 pers en mvt"); households are not people. */
export const HOUSEHOLDS = new Set(['menages', 'menage', 'households', 'household', 'hh', 'families', 'familles', 'foyers', 'famille', 'family']);
export const PEOPLE = new Set(['people', 'personnes', 'persons', 'pers', 'individus', 'ppl', 'pple']);
const MOVEMENT_OF = /^(mouvements?|mvts?|movements?|afflux|influx|arrivee|arrivees|arrivals?|exode|exodus|departs?|flight|fuite|deplacement)$/;

export function movedPeople(tokens: readonly Token[], used: Uint8Array, skip?: Uint8Array): number | null {
  for (let i = 0; i < tokens.length; i++) {
    const moved = movementOfPeopleAt(tokens, i, skip);
    if (moved && !used[moved.at]) return moved.value;
  }
  return null;
}

/** "mouvement de quelque 900 personnes", "influx of 300 IDPs", "2000 pers en mvt": people on the move, counted, from token i. */
export function movementOfPeopleAt(tokens: readonly Token[], i: number, skip?: Uint8Array): { value: number; at: number; word: number } | null {
  const first = readNumber(tokens, i, skip);
  if (first && !first.article && !first.zero && (PEOPLE.has(tokens[first.next]?.norm ?? '') || MOVED.has(tokens[first.next]?.norm ?? ''))) {
    let k = first.next + 1;
    if (/^(en|on|in)$/.test(tokens[k]?.norm ?? '')) k++;
    if (tokens[k]?.norm === 'the') k++;
    if (/^(mvts?|mouvements?|move|movement|deplacement|route)$/.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) return { value: first.value, at: i, word: k };
  }
  if (!MOVEMENT_OF.test(tokens[i]!.norm)) return null;
  let k = i + 1;
  if (['de', 'd', 'of', 'des'].includes(tokens[k]?.norm ?? '')) k++;
  while (QUALIFIERS.has(tokens[k]?.norm ?? '') && k < i + 6 && !tokens[k]!.breakBefore) k++;
  const n = readNumber(tokens, k, skip);
  if (!n || n.article || n.zero) return null;
  const noun = tokens[n.next]?.norm ?? '';
  return PEOPLE.has(noun) || MOVED.has(noun) ? { value: n.value, at: k, word: i } : null;
}
const MOVED = new Set(['deplaces', 'idps', 'pdi', 'civils', 'civilians', 'habitants', 'residents', 'villageois', 'villagers']);
