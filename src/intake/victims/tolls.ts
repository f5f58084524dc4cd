import type { Victims } from '../../domain/alert.js';
import { NOT_COUNT_UNITS } from '../categories/keywords.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { isPerson } from './victim-words.js';
import { said, trigger } from '../triggers.js';

/**
 * Counts said as a running toll rather than next to a victim word: "death toll rose to 9",
 * "Number of dead in Mamove now 8", "Nombre de morts porté à 9 selon la société civile", "le bilan
 * s'alourdit à 12"; and, in a report of an abduction, those said missing ("5 missing", "4 personnes
 * portées disparues").
 */

const DEAD = new Set(['dead', 'deaths', 'killed', 'morts', 'deces', 'tues', 'victims', 'victimes', 'fatalities', 'bodies', 'corps']);
const TAIL = new Set([
  'according', 'selon', 'per', 'apres', 'after', 'as', 'since', 'depuis', 'so', 'far', 'desormais', 'now', 'in', 'at', 'a', 'dans', 'au',
  'killed', 'dead', 'morts', 'tues', 'deces', 'people', 'personnes', 'civilians', 'civils', 'victims', 'victimes', 'and', 'et', 'pour', 'for',
  // a correction: "toll is 8 not 10", "bilan 12 et non 14", "8 instead of 10", "12 au lieu de 14"
  'not', 'non', 'pas', 'instead', 'rather', 'plutot', 'but', 'mais', 'lieu',
]);
const OTHER_HARM = /^(blesses|blessees|blesse|blessee|injured|wounded|hurt|enleves|enlevees|abducted|kidnapped|disparus|missing|arretes|arrested|detained|detenus|violees|raped)$/;
const NOT_BEFORE = new Set(['since', 'depuis', 'le', 'du', 'on', 'in', 'en', 'of', 'about', 'sur']);

/** Where a toll is named: "toll", "bilan", "number of dead", "nombre de morts", "casualty figure". */
function tollAt(tokens: readonly Token[], i: number): number {
  const w = tokens[i]!.norm;
  if (w === 'toll' || w === 'bilan') return i + 1;
  if ((w === 'number' || w === 'nombre') && ['of', 'de', 'd', 'des'].includes(tokens[i + 1]?.norm ?? '') && DEAD.has(tokens[i + 2]?.norm ?? '')) return i + 3;
  if ((w === 'casualty' || w === 'casualties') && ['figure', 'count', 'toll'].includes(tokens[i + 1]?.norm ?? '')) return i + 2;
  // ("body count from Sunday now 23", "death count rose to 9", "bodycount 12": reports44)
  if ((w === 'body' || w === 'death' || w === 'bodies') && ['count', 'tally'].includes(tokens[i + 1]?.norm ?? '') && !tokens[i + 1]!.breakBefore) return i + 2;
  if (w === 'bodycount') return i + 1;
  return -1;
}

/** "the body count": "body" there names the toll, not one body found (its index, or -1). */
export function bodyOfCount(tokens: readonly Token[]): number {
  if (!said(tokens, TOLL_SAID)) return -1;
  return tokens.findIndex((t, i) => (t.norm === 'body' || t.norm === 'death') && tokens[i + 1]?.norm === 'count' && !tokens[i + 1]!.breakBefore);
}

const TOLL_SAID = trigger(['toll', 'bilan', 'number', 'nombre', 'casualty', 'casualties', 'body', 'death', 'bodies', 'bodycount']);
/** The killed count of a toll phrase, or null when the text has none. */
function readToll(tokens: readonly Token[], skip?: Uint8Array): number | null {
  if (!said(tokens, TOLL_SAID)) return null;
  for (let i = 0; i < tokens.length; i++) {
    const from = tollAt(tokens, i);
    if (from < 0) continue;
    for (let k = from; k < from + 14 && k < tokens.length; k++) {
      if (k > from && tokens[k]!.stopBefore) break;
      const n = readNumber(tokens, k, skip);
      if (!n || n.article || n.zero) continue;
      if (NOT_BEFORE.has(tokens[k - 1]?.norm ?? '')) break;
      // "bilan 6 IDPs dead now": who, then the dead
      const who = isPerson(tokens[n.next]?.norm ?? '') && DEAD.has(tokens[n.next + 1]?.norm ?? '') && !tokens[n.next + 1]!.breakBefore;
      const after = tokens[who ? n.next + 1 : n.next];
      const ends = !after || after.breakBefore || TAIL.has(after.norm);
      if (!ends || NOT_COUNT_UNITS.has(after?.norm ?? '')) break;
      // ("Bilan: 2 civils blessés", "toll: 3 civilians injured": people then another harm are no dead, reports46)
      if (!who && after && isPerson(after.norm) && OTHER_HARM.test(tokens[n.next + 1]?.norm ?? '') && !tokens[n.next + 1]!.breakBefore) break;
      return n.value;
    }
  }
  return null;
}

const MORE = /^(more|another|additional|further|supplementaires?|autres?|de\s?plus|mwingine|wengine)$/;
const MISSING_WORDS = ['missing', 'disparus', 'disparues', 'disparu', 'disparue', 'unaccounted'];
const MISSING: ReadonlySet<string> = new Set(MISSING_WORDS);
const MISSING_SAID = trigger(MISSING_WORDS);

/** "5 missing", "4 personnes portées disparues": how many are missing, or null. */
function readMissing(tokens: readonly Token[], skip?: Uint8Array): number | null {
  if (!said(tokens, MISSING_SAID)) return null;
  for (let i = 0; i < tokens.length; i++) {
    const n = readNumber(tokens, i, skip);
    if (!n || n.article || n.zero) continue;
    let k = n.next;
    if (isPerson(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
    // "une dizaine de personnes portées disparues"
    if (isPerson(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore && ['de', 'd', 'of'].includes(tokens[k - 1]!.norm)) k++;
    while (['still', 'toujours', 'encore', 'portes', 'portees', 'sont', 'are', 'remain', 'restent'].includes(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
    if (MISSING.has(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) return n.value;
  }
  return null;
}

/** Fills the killed and abducted counts from a toll or a number missing, when no victim word gave them. */
export function readTollsAndMissing(tokens: readonly Token[], skip: Uint8Array, victims: Victims, abduction: boolean): void {
  if (victims.killed === null) victims.killed = readToll(tokens, skip);
  // "toll now 9 dead, 2 more bodies found": a running toll is the total, the ones found since are in it.
  else if (victims.killed > 1) {
    const toll = readToll(tokens, skip);
    if (toll !== null && toll < victims.killed) victims.killed = toll;
  }
  // "toll now 8, 2 more bodies recovered": the toll is the total, those found since are the "more".
  if (victims.killed !== null && tokens.some((t) => MORE.test(t.norm))) {
    const toll = readToll(tokens, skip);
    if (toll !== null && toll > victims.killed) victims.killed = toll;
  }
  if (victims.abducted === null && abduction) victims.abducted = readMissing(tokens, skip);
}
