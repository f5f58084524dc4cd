import type { Victims } from '../../domain/alert.js';
import type { SignalHit, Signals } from './categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { readNumber } from '../numbers.js';
import { isPerson, isSingularPerson } from '../victims/victim-words.js';
import { byTakers, captorNoun } from '../victims/captors-named.js';
import { opensAsFollowUp } from './follow-up-opening.js';

/**
 * A release bought, told as a follow-up: "the 4 farmers were released last night after the families paid", "les 4
 * motards « arrêtés » par les Wazalendo ont été libérés après paiement", "freed against payment of 500$", "relâchés
 * moyennant 100$". People let go for money were held for it (C23: held until they pay): by a non-state group or an
 * unnamed holder, abducted (C7: everyone released counts as taken); out of a police cell, a cachot or the hands of the
 * state's forces, detained ("the 8 traders let out of the police cell after paying"). Not a fine or a bail alone ("paid
 * a fine", nothing released), and not goods or a vehicle given back ("the moto released after payment").
 */

// The release verbs ("let" only as "let out", "let go").
const FREED_WORDS = ['released', 'freed', 'free', 'libere', 'liberes', 'liberee', 'liberees', 'relache', 'relaches', 'relachee', 'relachees', 'let', 'relaxes', 'relaxe', 'wameachiliwa', 'ameachiliwa'];
const FREED: ReadonlySet<string> = new Set(FREED_WORDS);
const FREED_SAID = trigger(FREED_WORDS);
const FOR_MONEY = new Set(['after', 'apres', 'contre', 'moyennant', 'against', 'on', 'upon', 'once', 'when']);
const PAID = /^(pay|pays|paid|paying|payment|paiement|paiements|payer|paye|payee|payes|paie|paient|payent|verse|versement|ransom|rancon|rancons|usd|dollars?|fc|francs)$/;
// A sum paid: "contre 300 USD", "against 50 dollars" (a bare number is a time: "released after 3 hours").
const SUM = /^\d[\d.,]*$/;
// Where the state holds people: the release is from a detention.
const STATE = /^(police|policiers?|policemen|pnc|cell|cells|cachot|cachots|amigo|jail|prison|fardc|militaires?|soldiers?|army|anr|demiap|opj|dgm|t2|commissariat|parquet|auditorat|custody)$/;
// Things released ("la moto libérée après paiement"): no one held.
const THINGS = /^(motos?|vehicules?|vehicles?|cars?|camions?|trucks?|goods|marchandises|biens|bikes?|motorbikes?|bateaux?|boats?|pirogues?)$/;

interface BoughtRelease {
  hit: SignalHit;
  /** People counted before the release verb ("the 4 farmers", "son fils"), or null. */
  count: number | null;
}

/** The release bought, if the text tells of one: an abduction hit, or a detention when the state held them. */
function boughtRelease(tokens: readonly Token[], groupNamed: boolean): BoughtRelease | null {
  if (!said(tokens, FREED_SAID)) return null;
  for (let i = 0; i < tokens.length; i++) {
    if (!FREED.has(tokens[i]!.norm)) continue;
    let j = i + 1;
    if (tokens[i]!.norm === 'let') {
      if (!/^(out|go)$/.test(tokens[j]?.norm ?? '')) continue;
      j++;
    }
    const paidAt = paymentAfter(tokens, j);
    if (paidAt < 0 || thingReleased(tokens, i)) continue;
    const count = peopleBefore(tokens, i);
    if (count === undefined) continue;
    const state = tokens.some((t) => STATE.test(t.norm));
    // (no holder named and the freed paid themselves: a fine, a barrier, a detention as likely as a kidnapping; left unread)
    // (a follow-up tells the end of an incident already reported: a kidnapping, follow-up-opening.ts)
    if (!state && !groupNamed && !kinPaid(tokens, j, paidAt) && !opensAsFollowUp(tokens)) continue;
    return { hit: { value: { signal: state ? 'detention' : 'abduct', subType: null }, start: i, end: i + 1 }, count: state ? null : count };
  }
  return null;
}

/** The people released counted as abducted when no other reader counted them (C7). */
export function boughtReleaseCount(tokens: readonly Token[], victims: Victims, abductSaid: boolean, groupNamed: boolean): void {
  if (victims.abducted !== null || !abductSaid) return;
  const r = boughtRelease(tokens, groupNamed);
  if (r && r.hit.value.signal === 'abduct' && r.count !== null) victims.abducted = r.count;
}

// "after the families paid", "après paiement", "contre 200$", "once the ransom was paid": a payment within a few words.
function paymentAfter(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length && k <= from + 6; k++) {
    if (k > from && tokens[k]!.breakBefore) return -1;
    if (!FOR_MONEY.has(tokens[k]!.norm)) continue;
    for (let m = k + 1; m < tokens.length && m <= k + 4 && !tokens[m]!.breakBefore; m++) {
      // ("no ransom paid" is no payment)
      const w = tokens[m]!.norm;
      if (SUM.test(w) && /^(usd|dollars?|fc|francs)$/.test(tokens[m + 1]?.norm ?? '')) return m + 1;
      if (PAID.test(w) && !SUM.test(w) && !/^(no|not|sans|aucune?|without)$/.test(tokens[m - 1]!.norm)) return m;
    }
    return -1;
  }
  return -1;
}

// "after the families paid", "une fois la rançon versée par les proches": the kin paid for them, a ransom.
const KIN = /^(family|families|relatives|famille|familles|proches|parents|kin|ransom|rancon)$/;
function kinPaid(tokens: readonly Token[], from: number, paidAt: number): boolean {
  for (let k = from; k <= paidAt + 3 && k < tokens.length; k++) if (KIN.test(tokens[k]!.norm)) return true;
  return false;
}

function thingReleased(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    if (THINGS.test(tokens[k]!.norm)) return true;
    if (isPerson(tokens[k]!.norm)) return false;
  }
  return false;
}

// The people released, said before the verb in the same stretch: a count (4 farmers), one person (the chief, son fils: 1),
// null when people are said uncounted; undefined when no person is said at all (nothing known to be held).
function peopleBefore(tokens: readonly Token[], i: number): number | null | undefined {
  // (the takers named after "par/by" are stepped over, and the people freed may stand further back: victims/captors-named.ts)
  let reach = 10;
  for (let k = i - 1; k >= 0 && k >= i - reach; k--) {
    const w = tokens[k]!.norm;
    if ((isPerson(w) && captorNoun(tokens, k)) || byTakers(tokens, k)) {
      reach = 16;
      continue;
    }
    if (isPerson(w)) {
      for (const back of [1, 2]) {
        const n = k - back >= 0 ? readNumber(tokens, k - back) : null;
        if (n && !n.article && n.next >= k - 1 && n.next <= k && n.value > 0) return n.value; // ("2 moto drivers")
      }
      return isSingularPerson(w) ? 1 : null;
    }
    if (/^(all|tous|toutes|they|ils|elles|them)$/.test(w)) return null;
    if (k < i - 1 && tokens[k + 1]!.breakBefore && k < i - 8) break;
  }
  return undefined;
}

/** The hit of a release bought, as a list for the constructions read in read-signals.ts. */
export function boughtReleaseHits(tokens: readonly Token[], groupNamed: boolean): SignalHit[] {
  const r = boughtRelease(tokens, groupNamed);
  return r ? [r.hit] : [];
}

// (C12 for a release bought: the marks of blows the freed carry, "deux portent des traces de coups", do not name the
// report; a grave harm (a killing, rape, a child violation) still does.)
const GRAVE = new Set(['crsv', 'child_violation', 'abduction', 'attack_on_humanitarians']);
export function boughtReleaseFirst<R extends { category: string }>(ranked: R[], signals: Signals, tokens: readonly Token[]): R[] {
  const first = ranked[0]?.category;
  if (first === undefined || GRAVE.has(first) || signals.has('kill') || !signals.all('abduct').some((h) => FREED.has(tokens[h.start]!.norm))) return ranked;
  const taken = ranked.find((r) => r.category === 'abduction');
  return taken ? [taken, ...ranked.filter((r) => r !== taken)] : ranked;
}
