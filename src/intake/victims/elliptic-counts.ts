import type { VictimKey, Victims } from '../../domain/alert.js';
import { CHILD_NOUNS } from '../categories/keywords.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { PEOPLE } from './moved-people.js';
import { isPerson, verbAt } from './victim-words.js';
import { objectListGoesOn, othersHaveOwnState } from './others-own-state.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * Counts a reporter leaves half-said, read after the victim words:
 *  - the people of a second harm left out: "Two children killed and 3 maimed" (5 children), "3 enfants tués et 2 mutilés";
 *  - "N more" for the same harm elsewhere: "4 killed in Mbau and 2 more in Kamango" (6 killed);
 *  - a harm told without its number, the number standing apart: "abduction at Kasugho, approx 20 ppl",
 *    "enlevés par les Nyatura: 3 pers. dont 1 enseignant", "mineurs enlevés par ADF, 6 garçons";
 *  - one person named, the death told later: "enseignant attaqué … a succombé à l'hôpital" (one killed).
 */
const HARMS: readonly VictimKey[] = ['killed', 'injured', 'abducted'];
const JOIN = /^(and|et|,)$/;
const MORE_WORDS = ['more', 'others', 'autres', 'additional', 'supplementaires'];
const MORE = oneOf(MORE_WORDS);
const SEVERITY_WORDS = ['graves', 'grave', 'grievement', 'gravement', 'serieusement', 'legers', 'legeres', 'legerement', 'seriously', 'critically', 'lightly', 'slightly', 'severely', 'serious', 'critical', 'critiques'];
const SEVERITY = oneOf(SEVERITY_WORDS);
// ("2 more", or more wounded told by how badly: "un blessé léger et 2 graves")
const MORE_SAID = trigger([...MORE_WORDS, ...SEVERITY_WORDS]);
const CHILD_SAID = trigger([...CHILD_NOUNS]);
const APPROX = /^(approx|aprox|approximately|about|abt|around|env|environ|some|quelque|over|plus|least|moins|nearly|pres|au|at|de|d|than)$/;
const SUCCUMBED_WORDS = ['succombe', 'succombee', 'succumbed', 'died', 'decede', 'decedee', 'meurt', 'expired'];
const SUCCUMBED = oneOf(SUCCUMBED_WORDS);
const SUCCUMBED_SAID = trigger(SUCCUMBED_WORDS);

export function readEllipticCounts(tokens: readonly Token[], victims: Victims, abduction: boolean, violent: boolean): void {
  childrenAmongThem(tokens, victims);
  secondHarmOfChildren(tokens, victims);
  moreOfTheSame(tokens, victims);
  countApart(tokens, victims, abduction);
  if (abduction) heldForRansom(tokens, victims);
  // ("old man died of illness": a death with no violence named is no killing)
  if (violent) diedLater(tokens, victims);
}

// "Two children killed and 3 maimed": the second number has no people of its own; they are the children named.
function secondHarmOfChildren(tokens: readonly Token[], victims: Victims): void {
  if (victims.childrenAffected === null || !said(tokens, CHILD_SAID)) return;
  for (let i = 0; i < tokens.length; i++) {
    const n = readNumber(tokens, i);
    if (!n || n.article || n.zero || !CHILD_NOUNS.has(tokens[n.next]?.norm ?? '')) continue;
    const first = verbAt(tokens, n.next + 1);
    if (!first || first === 'displaced' || first === 'childrenAffected') continue;
    const joiner = tokens[n.next + 2];
    if (!joiner || joiner.stopBefore || !JOIN.test(joiner.norm)) continue;
    const m = readNumber(tokens, n.next + 3);
    if (!m || m.article || m.zero || tokens[m.next]?.breakBefore) continue;
    const second = verbAt(tokens, m.next);
    if (!second || second === first || second === 'displaced' || second === 'childrenAffected') continue;
    if (victims.childrenAffected === n.value) victims.childrenAffected = n.value + m.value;
    return;
  }
}

// "4 killed in Mbau and 2 more in Kamango", "3 morts à Mbau et 2 autres à Oicha"
function moreOfTheSame(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, MORE_SAID)) return;
  let last: VictimKey | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const verb = verbAt(tokens, i);
    if (verb && verb !== 'displaced' && verb !== 'childrenAffected') last = verb;
    if (!last || victims[last] === null || !JOIN.test(tokens[i]!.norm) || objectListGoesOn(tokens, i, isPerson)) continue;
    // ("killed the chief and 2 others", "ont enlevé le pasteur et 3 autres": the others join a person the verb already counted with them, reports42)
    if (isPerson(tokens[i - 1]?.norm ?? '') && !tokens[i]!.breakBefore) continue;
    const m = readNumber(tokens, i + 1);
    // ("un blessé léger et 2 graves", "one lightly wounded and 2 seriously": more wounded, told by how badly, reports42)
    const worse = last === 'injured' && SEVERITY.test(tokens[m?.next ?? -1]?.norm ?? '');
    if (!m || m.article || m.zero || !(MORE.test(tokens[m.next]?.norm ?? '') || worse)) continue;
    const after = tokens[m.next + 1];
    // "2 more were injured" names its own harm; "deux autres sont portés disparus" are missing (others-own-state.ts)
    if (after && !after.breakBefore && (verbAt(tokens, m.next + 1) || othersHaveOwnState(tokens, m.next + 1))) continue;
    victims[last] = (victims[last] ?? 0) + m.value;
    return;
  }
}

// A harm told with no count and one number of people standing apart (after a comma or a colon).
function countApart(tokens: readonly Token[], victims: Victims, abduction: boolean): void {
  const uncounted = HARMS.filter((k) => victims[k] === null && (tokens.some((_, i) => verbAt(tokens, i) === k) || (k === 'abducted' && abduction)));
  if (uncounted.length !== 1 || HARMS.some((k) => (victims[k] ?? 0) > 0)) return;
  const key = uncounted[0]!;
  for (let i = 1; i < tokens.length; i++) {
    // after a comma, a full stop or a colon ("Kilolirwe: 3 pers.")
    if (!tokens[i]!.breakBefore && tokens[i]!.start - tokens[i - 1]!.end < 2) continue;
    let k = i;
    while (APPROX.test(tokens[k]?.norm ?? '') && k < i + 3) k++;
    const n = readNumber(tokens, k);
    if (!n || n.article || n.zero) continue;
    const noun = tokens[n.next];
    // "…, 12 of them", "…, 5 d'entre eux"
    const ofThem = /^(of|d)$/.test(noun?.norm ?? '') && /^(them|entre)$/.test(tokens[n.next + 1]?.norm ?? '');
    const end = n.next + (tokens[n.next + 1]?.norm === 'entre' ? 3 : 2);
    if (ofThem && (end >= tokens.length || tokens[end]!.breakBefore)) {
      victims[key] = n.value;
      return;
    }
    if (!noun || noun.breakBefore || !(PEOPLE.has(noun.norm) || isPerson(noun.norm))) continue;
    const after = tokens[n.next + 1];
    // "3 pers. dont 1 enseignant", "6 garçons", "approx 20 ppl": nothing else done to them
    // (or a place after them: "Injured by shrapnel: 3 people in Sake")
    if (after && !after.breakBefore && !/^(dont|including|incl|in|at|near|a|au|dans|pres|on|sur)$/.test(after.norm)) continue;
    victims[key] = n.value;
    if (CHILD_NOUNS.has(noun.norm) && victims.childrenAffected === null) victims.childrenAffected = n.value;
    return;
  }
}

// "enseignant attaqué à la machette … a succombé à l'hôpital": one person named, who later died.
function diedLater(tokens: readonly Token[], victims: Victims): void {
  if (victims.killed !== null || !said(tokens, SUCCUMBED_SAID)) return;
  const at = tokens.findIndex((t) => SUCCUMBED.test(t.norm));
  if (at < 0) return;
  // the person opens the report, maybe after an article or a word of their state ("Injured man succumbed", "Un blessé a succombé")
  let k = 0;
  while (k < 2 && /^(a|an|the|un|une|le|la|l|injured|wounded|blesse|blessee|young|old|jeune|vieux|vieille)$/.test(tokens[k]?.norm ?? '') && !isPerson(tokens[k]!.norm)) k++;
  const first = tokens[k];
  if (first && k < at && isPerson(first.norm) && !/s$/.test(first.norm)) victims.killed = 1;
}

// "5 diggers held by FDLR, ransom being asked", "4 creuseurs détenus par les FDLR" in a report of hostage-taking; "family of
// the 2 Mbau teachers asked 5000$" when a ransom is asked: the people held are those taken.
const HELD_WORDS = ['held', 'kept', 'detained', 'detenus', 'detenues', 'retenus', 'retenues', 'gardes', 'gardees', 'sequestres', 'sequestrees'];
const HELD = oneOf(HELD_WORDS);
const RANSOM_WORDS = ['ransom', 'ransoms', 'rancon', 'rancons', 'ranson'];
const RANSOM = oneOf(RANSOM_WORDS);
const HELD_SAID = trigger([...HELD_WORDS, ...RANSOM_WORDS]);
function heldForRansom(tokens: readonly Token[], victims: Victims): void {
  if (victims.abducted !== null || !said(tokens, HELD_SAID)) return;
  const ransom = tokens.some((t) => RANSOM.test(t.norm));
  for (let i = 0; i < tokens.length; i++) {
    const n = readNumber(tokens, i);
    if (!n || n.article || n.zero) continue;
    let k = n.next;
    // "the 2 Mbau teachers": a place or a name between the number and the people
    if (!isPerson(tokens[k]?.norm ?? '') && /^\p{Lu}/u.test(tokens[k]?.text ?? '') && isPerson(tokens[k + 1]?.norm ?? '')) k++;
    if (!isPerson(tokens[k]?.norm ?? '') || tokens[k]!.breakBefore) continue;
    const held = HELD.test(tokens[k + 1]?.norm ?? '') && /^(by|par)$/.test(tokens[k + 2]?.norm ?? '');
    const named = ransom && /^(the|les|des|of|de)$/.test(tokens[i - 1]?.norm ?? '');
    if (held || named) {
      victims.abducted = n.value + joinedBefore(tokens, i);
      if (CHILD_NOUNS.has(tokens[k]!.norm) && victims.childrenAffected === null) victims.childrenAffected = n.value;
      return;
    }
  }
}

// "Six people, among them 4 children, abducted", "7 personnes dont 3 enfants enlevées": the children among those counted.
const OF_THEM = [['among', 'them'], ['of', 'whom'], ['parmi', 'eux'], ['parmi', 'elles'], ['parmi', 'lesquels'], ['parmi', 'lesquelles'], ['including'], ['incl'], ['dont']];
const OF_THEM_SAID = trigger(OF_THEM.map((c) => c[c.length - 1]!));
function childrenAmongThem(tokens: readonly Token[], victims: Victims): void {
  if (victims.childrenAffected !== null || !HARMS.some((k) => (victims[k] ?? 0) > 0) || !said(tokens, CHILD_SAID) || !said(tokens, OF_THEM_SAID)) return;
  for (let i = 0; i < tokens.length; i++) {
    const cue = OF_THEM.find((c) => c.every((w, d) => tokens[i + d]?.norm === w));
    if (!cue) continue;
    const n = readNumber(tokens, i + cue.length);
    if (n && !n.article && !n.zero && CHILD_NOUNS.has(tokens[n.next]?.norm ?? '')) {
      victims.childrenAffected = n.value;
      return;
    }
  }
}

// "4 Ugandans and 2 Congolese detained by M23": the people counted before "and" are held with those the verb follows
// (reports36). One pair of a number and a person before "and"/"et", in the same clause.
function joinedBefore(tokens: readonly Token[], i: number): number {
  if (!/^(and|et|&)$/.test(tokens[i - 1]?.norm ?? '') || tokens[i]!.breakBefore || tokens[i - 1]!.breakBefore) return 0;
  for (let j = i - 3; j >= 0 && j >= i - 4; j--) {
    const m = readNumber(tokens, j);
    if (m && !m.article && !m.zero && m.next === i - 2 && isPerson(tokens[i - 2]!.norm) && !tokens[i - 2]!.breakBefore) return m.value;
  }
  return 0;
}
