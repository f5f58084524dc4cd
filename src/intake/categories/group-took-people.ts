import type { Victims } from '../../domain/alert.js';
import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { isPerson } from '../victims/victim-words.js';
import { readNumber } from '../numbers.js';
import { animalAt } from '../victims/livestock-owners.js';

/**
 * An armed group that "took" people, said with an everyday verb and a number: "ADF took 4 charcoal makers", "Zaire
 * militia took 8 teenagers", "les Nyatura ont emmené 3 hommes", "ont enrôlé 6 enfants" (C18: children taken are
 * counted as abducted). The people taken are the abduction and its count. Look-alikes kept out: goods ("took 40 goats"),
 * time ("took 3 hours"), a state force (C23: an arrest, read elsewhere).
 */
const TOOK_WORDS = ['took', 'taken', 'grabbed', 'seized', 'snatched', 'pris', 'emmene', 'emmenes', 'emmenee', 'emmenees', 'enrole', 'enroles', 'enrolee', 'enrolees', 'recrute', 'recrutes', 'wamechukua', 'walichukua', 'wamebeba'];
const TOOK: ReadonlySet<string> = new Set(TOOK_WORDS);
const TOOK_SAID = trigger(TOOK_WORDS);
const AUX = /^(have|has|had|ont|a|avaient|avait|also|aussi|then|reportedly|allegedly)$/;
// Men of the group named between it and the verb: "Zaire militia took", "les ADF éléments ont pris".
const GROUP_MEN = /^(militia|militiamen|fighters|elements|elts|rebels|combatants|men|miliciens|elements|combattants|hommes|rebelles)$/;
// People named by their work ("charcoal makers", "vendeuses"): a trade is a person when no person noun is said.
const TRADE = /(makers|sellers|vendors|workers|diggers|cutters|keepers|herders|drivers|traders|farmers|gatherers|miners|eurs|euses)$/;
const NOT_PEOPLE = /^(containers|papers|numbers|others|letters|computers|trailers|hours|heures|jours|days|minutes)$/;

function groupBefore(tokens: readonly Token[], verb: number, groupEnd: (i: number) => boolean): boolean {
  let k = verb;
  while (k > 0 && k >= verb - 3 && (AUX.test(tokens[k - 1]!.norm) || GROUP_MEN.test(tokens[k - 1]!.norm)) && !tokens[k]!.breakBefore) k--;
  return !tokens[k]!.breakBefore && groupEnd(k);
}

/** The number of people taken right after the verb at `verb`, or 0 when no people are counted there. */
function peopleTaken(tokens: readonly Token[], verb: number): number {
  let k = verb + 1;
  if (/^(away|off)$/.test(tokens[k]?.norm ?? '')) k++;
  const read = tokens[k] && !tokens[k]!.breakBefore ? readNumber(tokens, k) : null;
  if (!read || read.article || read.value < 1 || read.value > 500) return 0;
  const n = read.value;
  // ("ont emmené une vingtaine de vaches": animals, not people; livestock-owners.ts)
  if (animalAt(tokens, read.next) || animalAt(tokens, read.next + 1)) return 0;
  for (let j = read.next; j <= read.next + 1 && j < tokens.length && !tokens[j]!.breakBefore; j++) {
    const w = tokens[j]!.norm;
    if (NOT_PEOPLE.test(w)) return 0;
    if (isPerson(w) || TRADE.test(w)) return n;
  }
  return 0;
}

/** An abduction hit on each verb of an armed group taking counted people. `groupEnd(i)`: a non-state armed group's name ends at i. */
// (`unlistedEnd`: a group the actor list does not know, "Red Tabara took 3 fishermen" (reports42); its recruiting is left
// to the recruitment readers, as its labels count no abducted for it)
export function groupTookPeopleHits(tokens: readonly Token[], groupEnd: (i: number) => boolean, unlistedEnd: (i: number) => boolean = () => false): SignalHit[] {
  const out: SignalHit[] = [];
  if (!said(tokens, TOOK_SAID)) return out;
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!TOOK.has(tokens[i]!.norm)) continue;
    const by = groupBefore(tokens, i, groupEnd) || (!/^(enrol|recrut)/.test(tokens[i]!.norm) && groupBefore(tokens, i, unlistedEnd));
    if (!by || peopleTaken(tokens, i) === 0) continue;
    out.push({ value: { signal: 'abduct', subType: null }, start: i, end: i + 1 });
  }
  return out;
}

/** The people those verbs took, when no other reading counted the abducted. */
export function groupTookPeopleCount(tokens: readonly Token[], hits: readonly SignalHit[], victims: Victims): void {
  if (victims.abducted !== null || hits.length === 0) return;
  victims.abducted = hits.reduce((total, h) => total + peopleTaken(tokens, h.start), 0);
}
