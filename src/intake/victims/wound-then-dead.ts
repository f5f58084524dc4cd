import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { isPerson, verbAt } from './victim-words.js';
import { said, trigger } from '../triggers.js';

/**
 * The outcome of a wound told alone after it, in a clause of one word (reports36, t36c): "1 man hacked w machete, dead",
 * "a farmer shot in the chest, dead on the spot", "1 homme découpé à la machette, mort", "une femme poignardée, décédée sur
 * place". The people of the clause before died of it: killed is their count, and they are no wounded besides. Left alone when
 * another reading counted other dead. Look-alikes kept out: "3 injured, 1 dead" (the dead clause has its own count),
 * "2 wounded, none dead", "1 man hacked, dead body found later" (a body found: other readers count it).
 */
const DEAD_WORDS = ['dead', 'died', 'mort', 'morte', 'decede', 'decedee', 'deceased', 'succombe', 'succombee'];
const DEAD: ReadonlySet<string> = new Set(DEAD_WORDS);
const DEAD_SAID = trigger(DEAD_WORDS);
const OUTCOME_TAIL: ReadonlySet<string> = new Set(['on', 'the', 'spot', 'instantly', 'sur', 'le', 'coup', 'place', 'immediately', 'later', 'plus', 'tard', 'at', 'a', 'l', 'hospital', 'hopital', 'scene', 'in', 'en', 'route', 'way', 'to']);
// Wounds the victim-word readers do not all know as harm: "hacked", "découpé", "machetted".
const CUT = /^(hacked|slashed|stabbed|cut|shot|beaten|machete\w*|machette\w*|decoupe\w*|tailla\w*|taillade\w*|poignarde\w*|blesse\w*|injured|wounded|tabasse\w*|battue?s?|frappe\w*|attacked|attaquee?s?|agresse\w*)$/;

export function woundThenDead(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, DEAD_SAID)) return;
  for (let d = 1; d < tokens.length; d++) {
    const t = tokens[d]!;
    if (!DEAD.has(t.norm) || !t.breakBefore || t.stopBefore) continue;
    // the clause is the outcome alone: "dead", "dead on the spot", "mort sur le coup"
    let e = d + 1;
    while (e < tokens.length && !tokens[e]!.breakBefore && OUTCOME_TAIL.has(tokens[e]!.norm)) e++;
    if (e < tokens.length && !tokens[e]!.breakBefore) continue;
    const count = woundedBefore(tokens, d);
    if (count === null) continue;
    // (a reader before may have counted the dead already; the wounded of the clause are those dead, not others)
    if (victims.killed !== null && victims.killed !== count) return;
    victims.killed = count;
    if (victims.injured === count) victims.injured = null;
    return;
  }
}

// In the clause just before: a count of people and a wound after them ("1 man hacked w machete").
function woundedBefore(tokens: readonly Token[], d: number): number | null {
  let s = d - 1;
  while (s > 0 && !tokens[s]!.breakBefore) s--;
  for (let p = s; p < d - 2; p++) {
    const n = readNumber(tokens, p);
    if (!n || n.zero || n.value > 20) continue;
    const noun = tokens[n.next];
    if (!noun || noun.breakBefore || !isPerson(noun.norm)) continue;
    for (let v = n.next + 1; v < d && v <= n.next + 3; v++) {
      if (tokens[v]!.breakBefore) break;
      const key = verbAt(tokens, v);
      if (key === 'injured' || (key === undefined && CUT.test(tokens[v]!.norm))) return n.value;
      if (key) break;
    }
    return null;
  }
  return null;
}
