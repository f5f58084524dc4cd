import type { VictimKey, Victims } from '../../domain/alert.js';
import { hasSexualViolence, type Signals } from '../categories/categories.js';
import { CHILD_NOUNS } from '../categories/keywords.js';
import type { Token } from '../normalize.js';
import { parseCount, readNumber } from '../numbers.js';
import { isPerson, isSingularPerson, verbAt } from './victim-words.js';
import { estimatedDisplaced } from './moved-people.js';
import { ageAt } from './ages.js';
import { survivorsCounted } from './survivor-counts.js';
import { readEllipticCounts } from './elliptic-counts.js';
import { beatenAndHurt, heldCounted, oneOfInjuredDied, revisedToll } from '../constructions/denials-and-rumours.js';
import { beatenCount } from './beaten-injured.js';
import { stillHeldCount } from '../constructions/everyday-traffic-2.js';
import { readCountClasses9 } from './clause-counts.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

const VIOLENT = ['kill', 'injure', 'abduct', 'sexual', 'recruit'] as const;

/**
 * Counts a report implies without a victim word and its number side by side: survivors of sexual slavery
 * held, "N cases" in a report of sexual violence, a wound described, children counted next to their use;
 * and no abduction count when the people were only detained. `stateOnly`: every actor named is a host-state force.
 */
const OUT_OF_CAPTIVITY = /^(escaped|escapees|freed|released|rescued|evadees?|evades?|liberees?|liberes|relachees?|relaches|echappees?|enfuies?|rescapees?|wametoroka|wameachiliwa)$/;

export function readImpliedCounts(tokens: readonly Token[], signals: Signals, slavery: boolean, stateOnly: boolean, victims: Victims): void {
  // "Sexual slavery: ADF held 3 women captive": those held as sexual slaves are survivors.
  if (victims.crsvSurvivors === null && (victims.abducted ?? 0) > 0 && slavery) victims.crsvSurvivors = victims.abducted;
  // "Sexual slavery: ADF held 6 women in the forest": those held are the survivors.
  if (victims.crsvSurvivors === null && slavery) victims.crsvSurvivors = heldCount(tokens);
  // "PNC rounded up 30 youths, still in the cells", "7 traders kept by FARDC": people held with no word of
  // abduction are detained, and no victim count holds the detained.
  // ("M23 rounded up twelve young men" alone reads as taken: a round-up by an armed group is an abduction.)
  // (By the army or police, a round-up is an arrest: "FARDC rounded up 40 men".)
  if (signals.all('detention').some((h) => tokens[h.start]!.norm !== 'rounded' || stateOnly) && !signals.has('abduct')) victims.abducted = null;
  // "women assaulted sexually on the road, 5 cases since Monday", "viols: 4 cas": in a report of sexual violence the cases are the survivors.
  const sexualCases = hasSexualViolence(signals) ? casesCounted(tokens) : null;
  if (sexualCases !== null && sexualCases > (victims.crsvSurvivors ?? 0)) victims.crsvSurvivors = sexualCases;
  // "12 rape survivors", "mariage forcé de 3 femmes", "she says she was raped": survivors counted with no victim verb beside them.
  if (victims.crsvSurvivors === null && hasSexualViolence(signals)) {
    const counted = survivorsCounted(tokens, slavery);
    if (counted) {
      victims.crsvSurvivors = counted.survivors;
      if (counted.children > 0 && victims.childrenAffected === null) victims.childrenAffected = counted.children;
    }
  }
  // C12: "two girls held as sex slaves, escaped", "5 escaped and reached Fataki": those freed from sexual slavery were taken too.
  if (slavery && victims.abducted === null && victims.crsvSurvivors !== null && tokens.some((t) => OUT_OF_CAPTIVITY.test(t.norm))) victims.abducted = victims.crsvSurvivors;
  // "trois femmes enlevées, une a été violée", "one of them was raped": one person, named by a pronoun.
  for (const key of oneOfThem(tokens)) if (key !== 'displaced' && victims[key] === null) victims[key] = 1;
  // "leg fractured, can no longer walk", "avec la mâchoire fracturée": a wound described is one person injured.
  if (victims.injured === null && woundDescribed(tokens)) victims.injured = 1;
  // "police beat two miners, marks on their backs", "un jeune torturé, ongles arrachés": the beaten who bear its marks are injured.
  // "holding 6 farmers", "the 2 abducted nurses released": in a report of an abduction, those held are the abducted.
  if (victims.abducted === null && signals.has('abduct')) victims.abducted = heldCounted(tokens, (i) => readNumber(tokens, i)?.value ?? null, isPerson);
  // "4 of the 6 farmers freed, 2 still held": those still held.
  if (victims.abducted === null && signals.has('abduct')) victims.abducted = stillHeldCount(tokens);
  if (victims.injured === null) victims.injured = beatenAndHurt(tokens, (i) => readNumber(tokens, i)?.value ?? null, isPerson);
  // C3: the beaten are injured ("Deux femmes fouettées", "beat two miners"); a stated number of beaten outweighs "one hospitalised", never "no one hurt".
  const beaten = beatenCount(tokens);
  if (beaten !== null && (victims.injured === null || (victims.injured > 0 && beaten > victims.injured))) victims.injured = beaten;
  // "Libi barrier manned by Zaire kadogos, around 8 seen": children used by an armed group, counted after they are named.
  if (victims.childrenAffected === null && signals.has('recruit')) victims.childrenAffected = childrenCountedNear(tokens, signals);
  // "bilan revu à 5 morts, deux corps retrouvés": a revised toll is the whole toll.
  const toll = revisedToll(tokens, (i) => readNumber(tokens, i)?.value ?? null);
  if (toll !== null) victims.killed = toll;
  // "2 men stabbed, one died": one of the injured died.
  if ((victims.injured ?? 0) >= 2 && oneOfInjuredDied(tokens)) {
    if (victims.killed === null) victims.killed = 1;
    if (victims.killed === 1) victims.injured! -= 1;
  }
  readEllipticCounts(tokens, victims, signals.has('abduct'), signals.has('attack') || signals.has('kill') || signals.has('injure'));
  if (victims.displaced === null && signals.has('displace') && !VIOLENT.some((x) => signals.has(x))) victims.displaced = estimatedDisplaced(tokens);
  // "kidnapping for ransom on the rise, 5 cases this week": in a report of abductions the cases are the abducted.
  if (victims.abducted === null && signals.has('abduct') && !hasSexualViolence(signals)) victims.abducted = casesCounted(tokens);
  readCountClasses9(tokens, signals.has('abduct'), signals.has('recruit'), victims, signals.has('displace') && !VIOLENT.some((x) => signals.has(x)));
}

const ONE_WORDS = ['un', 'une', 'one'];
const ONE = oneOf(ONE_WORDS);
const ONE_SAID = trigger(ONE_WORDS);
const AUXILIARY = /^(a|was|has|had|is|est|fut|ete|been|got|then|later|also|aussi|ensuite)$/;
// "une a été violée", "l'une d'elles violée", "one of them was shot dead": the victim verb a few words after "one".
function oneOfThem(tokens: readonly Token[]): VictimKey[] {
  const out: VictimKey[] = [];
  if (!said(tokens, ONE_SAID)) return out;
  for (let i = 0; i < tokens.length; i++) {
    if (!ONE.test(tokens[i]!.norm) || !(i === 0 || tokens[i]!.breakBefore || tokens[i - 1]!.norm === 'l')) continue;
    let k = i + 1;
    if (['of', 'd'].includes(tokens[k]?.norm ?? '') && /^(them|elles|eux|entre)$/.test(tokens[k + 1]?.norm ?? '')) k += tokens[k + 1]!.norm === 'entre' ? 3 : 2;
    while (k < i + 7 && AUXILIARY.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
    if (k === i + 1 || tokens[k]?.breakBefore) continue;
    const key = verbAt(tokens, k);
    if (key) out.push(key);
  }
  return out;
}

const BROKEN_PART = /^(legs?|arms?|jaw|skull|ribs?|hands?|feet|foot|fingers?|nose|teeth|jambes?|bras|machoire|crane|cotes?|mains?|pieds?|doigts?|nez|dents)$/;
const BROKEN_WORDS = ['broken', 'fractured', 'fracture', 'fracturee', 'fractures', 'fracturees', 'casse', 'cassee', 'casses', 'cassees', 'brise', 'brisee', 'smashed', 'crushed', 'ecrase', 'ecrasee'];
const BROKEN = oneOf(BROKEN_WORDS);
const WALK_WORDS = ['walk', 'marcher', 'see', 'voir', 'stand'];
const WALK = oneOf(WALK_WORDS);
const BROKEN_SAID = trigger(BROKEN_WORDS);
const WALK_SAID = trigger(WALK_WORDS);
const NO_LONGER_SAID = trigger(['longer', 'plus']);
function woundDescribed(tokens: readonly Token[]): boolean {
  if (!said(tokens, BROKEN_SAID) && !(said(tokens, WALK_SAID) && said(tokens, NO_LONGER_SAID))) return false;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    // "leg fractured", "fractured skull", "la mâchoire fracturée", "bras cassé"
    if (BROKEN_PART.test(w) && (BROKEN.test(tokens[i + 1]?.norm ?? '') || BROKEN.test(tokens[i - 1]?.norm ?? ''))) return true;
    // "can no longer walk", "ne peut plus marcher"
    if (WALK.test(w) && ['longer', 'plus'].includes(tokens[i - 1]?.norm ?? '') && /^(no|peut|peuvent|can|pourra)$/.test(tokens[i - 2]?.norm ?? '')) return true;
  }
  return false;
}

// A number in the few words after a child word ("kadogos, around 8", "un gamin de 13 ans" is an age: one child),
// or one child named with an article ("un gamin", "a boy").
function childrenCountedNear(tokens: readonly Token[], s: Signals): number | null {
  for (const h of [...s.all('child'), ...s.all('recruit')]) {
    const before = tokens[h.start - 1]?.norm ?? '';
    // "a 14-year-old", "une fille de 15 ans": an age after an article names one child
    if (/^\d+$/.test(tokens[h.start]!.norm) && /^(a|an|un|une|one)$/.test(before) && !/^\d+$/.test(tokens[h.start - 2]?.norm ?? '')) return 1;
    if (!CHILD_NOUNS.has(tokens[h.start]!.norm)) continue;
    if (/^(un|une|a|an|one)$/.test(before) && isSingularPerson(tokens[h.start]!.norm)) return 1;
    // "boy 11yrs used as spy", "Garçon de 14 ans enrôlé": one child named at the head of the report or a clause
    const told = ageAt(tokens, h.end) !== null || /^(used|utilise|utilisee|forced|force|forcee|recruited|recrute|recrutee|enrole|enrolee|enlisted|conscripted)$/.test(tokens[h.end]?.norm ?? '');
    if ((h.start === 0 || tokens[h.start]!.breakBefore) && isSingularPerson(tokens[h.start]!.norm) && !/^kadogo/.test(tokens[h.start]!.norm) && told) return 1;
    for (let k = h.end; k < tokens.length && k <= h.end + 4; k++) {
      // "around 8", "une dizaine selon les parents"
      // ("boys with AK-47": a rifle's name)
      if (tokens[k - 1]?.norm === 'ak') continue;
      const n = readNumber(tokens, k);
      if (!n || n.article || n.zero) continue;
      // "Boy, 13, forced to join": an age between commas right after the child.
      if (k === h.end && tokens[k]!.breakBefore && (tokens[n.next]?.breakBefore ?? true)) return isSingularPerson(tokens[h.start]!.norm) ? 1 : null;
      // "aged 14 to 16", "de 13 ans": an age, not a count
      const age = /^(aged|age|de|of|a|as|to|et|and|entre|between|under|moins)$/.test(tokens[k - 1]?.norm ?? '') || /^(ans|years?|yrs|yo)$/.test(tokens[n.next]?.norm ?? '');
      if (age) break;
      if (n.value > 0) return n.value;
    }
  }
  // "Fille de 15 ans utilisée comme cuisinière": one person named with a child's age, opening the report
  const head = tokens[0];
  const headAge = head && isSingularPerson(head.norm) ? ageAt(tokens, 1) : null;
  if (headAge && headAge.years < 18) return 1;
  // "children used as porters by M23 …, at least 8 seen", "kadogo ds les rangs CODECO, au moins 4": an estimate in its own clause
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!tokens[i]!.breakBefore || !ESTIMATE_OPENERS.test(tokens[i]!.norm)) continue;
    let k = i + 1;
    while (k < i + 3 && ESTIMATE_OPENERS.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
    const n = readNumber(tokens, k);
    if (!n || n.article || n.zero) continue;
    const after = tokens[n.next];
    if (!after || after.breakBefore || CHILD_NOUNS.has(after.norm) || /^(seen|vus|observed|observes|counted|comptes|identified|identifies|recenses)$/.test(after.norm)) return n.value;
  }
  return null;
}
const ESTIMATE_OPENERS = /^(at|least|au|moins|about|abt|approx|aprox|around|env|environ|some|quelque|over|plus|de|than|more|nearly|pres)$/;

const HELD_WORDS = ['held', 'holding', 'kept', 'keeping', 'detiennent', 'detient', 'gardent', 'retiennent', 'retient'];
const HELD = oneOf(HELD_WORDS);
const HELD_SAID = trigger(HELD_WORDS);
function heldCount(tokens: readonly Token[]): number | null {
  if (!said(tokens, HELD_SAID)) return null;
  for (let i = 0; i < tokens.length; i++) {
    if (!HELD.test(tokens[i]!.norm)) continue;
    const n = readNumber(tokens, i + 1);
    if (n && !n.article && !n.zero && isPerson(tokens[n.next]?.norm ?? '')) return n.value;
  }
  return null;
}

const CASES_SAID = trigger(['cases', 'cas']);
function casesCounted(tokens: readonly Token[]): number | null {
  if (!said(tokens, CASES_SAID)) return null;
  for (let i = 0; i < tokens.length; i++) {
    if (!/^(cases|cas)$/.test(tokens[i]!.norm) || tokens[i]!.breakBefore || i === 0) continue;
    const n = parseCount(tokens.slice(i - 1, i));
    // "5 cases" alone; "5 cas de choléra" or "cases of looting" name something else.
    if (n !== null && n > 0 && !['of', 'de', 'd'].includes(tokens[i + 1]?.norm ?? '') ) return n;
  }
  return null;
}

