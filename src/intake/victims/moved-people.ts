import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { countNamedByHarm } from './harmed-not-moving.js';
import { QUALIFIERS } from './victim-vocabulary.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/** People counted on the move ("mouvement de quelque 900 personnes", "2000 pers en mvt"); households are not people. */
export const HOUSEHOLDS = new Set(['menages', 'menage', 'households', 'household', 'hh', 'families', 'familles', 'foyers', 'famille', 'family']);
const PEOPLE_WORDS = ['people', 'personnes', 'persons', 'pers', 'individus', 'ppl', 'pple'];
export const PEOPLE = new Set(PEOPLE_WORDS);
export const MOVEMENT_WORDS = ['mouvement', 'mouvements', 'mvt', 'mvts', 'movement', 'movements', 'afflux', 'influx', 'arrivee', 'arrivees', 'arrival', 'arrivals', 'exode', 'exodus', 'depart', 'departs', 'flight', 'fuite', 'deplacement'];
export const MOVEMENT_OF = oneOf(MOVEMENT_WORDS);

export function movedPeople(tokens: readonly Token[], used: Uint8Array, skip?: Uint8Array): number | null {
  if (!peopleMovingSaid(tokens)) return null;
  for (let i = 0; i < tokens.length; i++) {
    const moved = movementOfPeopleFrom(tokens, i, skip);
    if (moved && !used[moved.at]) return moved.value;
  }
  return null;
}

/** The words people moving need are in the report: a caller scanning every token checks this once, then calls
 * `movementOfPeopleFrom` at each token. */
export function peopleMovingSaid(tokens: readonly Token[]): boolean {
  return said(tokens, MOVED_PEOPLE_SAID) && said(tokens, MOVING_SAID);
}

/**
 * "mouvement de quelque 900 personnes", "influx of 300 IDPs", "2000 pers en mvt": people on the move, counted, from
 * token i; for a caller that has checked `peopleMovingSaid(tokens)` once for the report.
 */
export function movementOfPeopleFrom(tokens: readonly Token[], i: number, skip?: Uint8Array): { value: number; at: number; word: number } | null {
  const first = readNumber(tokens, i, skip);
  // "une centaine de personnes", "hundreds of people"
  const ofNoun = first && /^(de|d|of)$/.test(tokens[first.next]?.norm ?? '') ? first.next + 1 : first?.next ?? 0;
  if (first && ofNoun !== first.next && (PEOPLE.has(tokens[ofNoun]?.norm ?? '') || MOVED.has(tokens[ofNoun]?.norm ?? ''))) {
    const arrived = arrivalAfter(tokens, ofNoun + 1);
    if (arrived !== null) return { value: first.value, at: i, word: arrived };
  }
  if (first && !first.article && !first.zero && (PEOPLE.has(tokens[first.next]?.norm ?? '') || MOVED.has(tokens[first.next]?.norm ?? ''))) {
    let k = first.next + 1;
    if (/^(en|on|in)$/.test(tokens[k]?.norm ?? '')) k++;
    if (tokens[k]?.norm === 'the') k++;
    if (ON_THE_MOVE.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore && !countNamedByHarm(tokens, i)) return { value: first.value, at: i, word: k };
    // "200 ppl arrived", "1,200 IDPs from Masisi centre arrived at …", "300 displaced people arrived": people who came, counted
    const adjective = MOVED.has(tokens[first.next]!.norm) && PEOPLE.has(tokens[first.next + 1]?.norm ?? '') ? 1 : 0;
    const arrived = arrivalAfter(tokens, first.next + 1 + adjective);
    if (arrived !== null) return { value: first.value, at: i, word: arrived };
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
const MOVED_WORDS = ['deplaces', 'idps', 'pdi', 'civils', 'civilians', 'habitants', 'residents', 'villageois', 'villagers', 'dplces', 'dplcs', 'deplcs', 'displaced'];
const MOVED = new Set(MOVED_WORDS);
const ON_THE_MOVE_WORDS = ['mvt', 'mvts', 'mouvement', 'mouvements', 'move', 'movement', 'deplacement', 'route', 'road', 'roads', 'way', 'chemin', 'axe'];
const ON_THE_MOVE = oneOf(ON_THE_MOVE_WORDS);
const ARRIVED_WORDS = ['arrived', 'arriving', 'arrive', 'arrives', 'arrivent', 'arrivees', 'arrivee', 'moved', 'moving', 'relocated', 'relocating', 'reached', 'came', 'venus', 'venues', 'parvenus', 'parvenues', 'installes', 'installees'];
const ARRIVED = oneOf(ARRIVED_WORDS);
const AUX = /^(ont|sont|have|has|had|were|are|ete|just|recently|already|deja)$/;
const REFUGE_WORDS = ['refuge', 'shelter', 'abri', 'asile', 'safety'];
const REFUGE = oneOf(REFUGE_WORDS);
// a count of people (or "mouvement de 900 personnes"), then a movement, an arrival or a refuge
const MOVED_PEOPLE_SAID = trigger([...PEOPLE_WORDS, ...MOVED_WORDS]);
const MOVING_SAID = trigger([...MOVEMENT_WORDS, ...ON_THE_MOVE_WORDS, ...ARRIVED_WORDS, ...REFUGE_WORDS]);
function arrivalAfter(tokens: readonly Token[], k: number): number | null {
  // "from Masisi centre": up to four words of origin first
  if (/^(from|frm|de|du|d)$/.test(tokens[k]?.norm ?? '')) {
    const end = k + 5;
    for (k++; k < end && tokens[k] && !tokens[k]!.breakBefore && !ARRIVED.test(tokens[k]!.norm) && !AUX.test(tokens[k]!.norm); k++);
  }
  while (AUX.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
  const word = tokens[k];
  if (!word || word.breakBefore) return null;
  if (ARRIVED.test(word.norm)) return k;
  // "ont trouvé refuge", "took refuge", "sought shelter"
  if (/^(trouve|found|took|sought|pris|cherche)$/.test(word.norm) && REFUGE.test(tokens[k + 1]?.norm ?? '')) return k;
  return null;
}

// "fled fighting in Mbau, aprox 800", "env. 600, ils dorment ds les écoles", "env 1500 pers": in a report of people
// fleeing, an estimate standing alone (or with "people") counts the displaced.
const ESTIMATE = /^(about|abt|approx|aprox|approximately|around|some|env|environ|estimated|est|nearly|almost|over|quelque|quelques|pres|plus|more|least|moins)$/;
// "approx 2000 this week": a time after the count closes it too
const THEN = /^(this|cette|ce|today|auj|aujourd|since|depuis|so|jusqu|now|already|deja)$/;
export function estimatedDisplaced(tokens: readonly Token[]): number | null {
  for (let i = 1; i < tokens.length; i++) {
    // an estimate opening its own clause, after the flight is told (not "Some 500 people ran to the base"; "at least 1,500")
    if (!ESTIMATE.test(tokens[i - 1]!.norm) || tokens[i]!.breakBefore) continue;
    const opens = (k: number): boolean => k > 0 && tokens[k]!.breakBefore;
    if (!opens(i - 1) && !(ESTIMATE.test(tokens[i - 2]?.norm ?? '') && opens(i - 2))) continue;
    const n = readNumber(tokens, /^(de|d|than)$/.test(tokens[i]!.norm) ? i + 1 : i);
    if (!n || n.article || n.zero) continue;
    const after = tokens[n.next];
    if (!after || after.breakBefore || PEOPLE.has(after.norm) || MOVED.has(after.norm) || THEN.test(after.norm)) return n.value;
  }
  // "pop en fuite vers Beni, +/- 500 pers": a count of people closing the report, its sign lost
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!tokens[i]!.breakBefore || tokens[i]!.stopBefore) continue;
    const n = readNumber(tokens, i);
    if (!n || n.article || n.zero || n.next !== tokens.length - 1) continue;
    if (PEOPLE.has(tokens[n.next]!.norm) || MOVED.has(tokens[n.next]!.norm)) return n.value;
  }
  return null;
}
