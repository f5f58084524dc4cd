import type { VictimKey, Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { CHILD_NOUNS, VICTIM_VERBS } from './victim-vocabulary.js';
import { isPerson, isSingularPerson } from './victim-words.js';
import { SW_KILLED_THEM, SW_TOOK_THEM, LN_KILLED } from '../vocabulary/phone-typed.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * Counts as the phone-typed register says them, where the general readers find none:
 * - Swahili and Lingala word order, the verb then the people then the number: "wamewauwa watu wawili" (2 killed),
 *   "adf wameuwa watu kumi na wawili" (ten and two: 12), "babomi bato misato" (3);
 * - a Swahili verb with the object "him/her" (-m-, -mu-) and no number: "wamemuteka mwalimu" (1 taken);
 * - one person named by a possessive after the verb: "ils ont tuer mon voisin", "soldier beat my brother" (beaten →
 *   injured, C3);
 * - one person named bare before the verb, mid-message, with no punctuation: "driver injur", "herder injured";
 * - "il est mort", "he is dead" after a shooting: one killed;
 * - a limb lost: "1 boy loose his leg" (1 injured).
 */

const SW_VERBS: ReadonlyMap<string, VictimKey> = new Map([
  ...SW_KILLED_THEM.map((w) => [w, 'killed'] as const),
  ...LN_KILLED.map((w) => [w, 'killed'] as const),
  ...SW_TOOK_THEM.map((w) => [w, 'abducted'] as const),
  ...['wamechukua', 'wamechukuwa', 'walichukua', 'walichukuwa', 'bazwi', 'bakamati'].map((w) => [w, 'abducted'] as const),
]);
// The object infix "him/her": wa-me-mu-teka, a-li-m-ua.
const ONE_OBJECT = /^(a|wa|ba|tu|m|mu|u|i|zi)(me|li|na|mesha)(mu|m)(uwa|ua|uwawa|chinja|teka|chukua|chukuwa)$/;
const TENS = new Set([10, 20, 30]);
const POSSESSIVE_ONE = new Set(['mon', 'ma', 'my', 'notre', 'our', 'ton', 'your', 'wangu', 'yetu']);
const BEATEN_WORDS = ['beat', 'beats', 'beaten', 'bat', 'battu', 'battue', 'tabasse', 'tabassee', 'tabasser', 'frappe', 'frappee', 'frapper', 'fouette', 'fouettee'];
const BEATEN = new Set(BEATEN_WORDS);
const KEY_OF = (w: string): VictimKey | undefined => VICTIM_VERBS[w] ?? (BEATEN.has(w) ? 'injured' : undefined);
// "hacked to death", "battu à mort": a killing, counted as one by the general readers
const TO_DEATH = /^(to|a|jusqu)$/;
// Who works for an organisation named before them
const STAFF = /^(staff|staffs|workers|agents|employees|employes|volunteers|volontaires|drivers|chauffeurs|nurses|infirmiers)$/;
const PRONOUN_DEAD = /^(il|elle|he|she)$/;
const IS = /^(est|is|etait|was)$/;
const DEAD_WORDS = ['mort', 'morte', 'dead', 'decede', 'decedee', 'died'];
const DEAD = oneOf(DEAD_WORDS);
const LOST_WORDS = ['loose', 'lose', 'loses', 'lost', 'loosed', 'perdu', 'perd'];
const LOST = oneOf(LOST_WORDS);
// the loop's verbs, "il est mort", "loose his leg"
const VERB_SAID = trigger([...SW_VERBS.keys(), ...Object.keys(VICTIM_VERBS), ...BEATEN_WORDS, ...DEAD_WORDS, ...LOST_WORDS]);
const LIMB = /^(leg|legs|arm|arms|hand|foot|eye|jambe|jambes|bras|main|pied|oeil)$/;
// Before a bare person: a number, an article or a quantity says the count already (read elsewhere).
const COUNTED_BEFORE = /^(\d+|a|an|the|un|une|le|la|l|les|des|one|two|several|many|some|plusieurs|quelques|deux|trois|no|aucun|aucune|of|de|du|d)$/;

export function readPhoneTypedCounts(tokens: readonly Token[], victims: Victims): void {
  minorRaped(tokens, victims);
  alsoRaped(tokens, victims);
  if (victims.childrenAffected !== null) ridersNotChildren(tokens, victims);
  else minorsByAge(tokens, victims);
  if (!said(tokens, VERB_SAID)) return;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    const sw = SW_VERBS.get(w);
    if (sw) {
      swahiliCount(tokens, i, sw, victims);
      continue;
    }
    const key = KEY_OF(w);
    if (key) {
      // "abducted 2 Caritas staff", "enlevé 3 MSF workers": a count, an organisation's name, then who
      const n = readNumber(tokens, i + 1);
      if (n && !n.article && n.value > 1 && /^\p{Lu}/u.test(tokens[n.next]?.text ?? '') && STAFF.test(tokens[n.next + 1]?.norm ?? '') && (victims[key] === null || victims[key] === 1)) victims[key] = n.value;
      // "ils ont tuer mon voisin", "beat my brother"
      if (victims[key] === null && POSSESSIVE_ONE.has(tokens[i + 1]?.norm ?? '') && isSingularPerson(tokens[i + 2]?.norm ?? '') && !tokens[i + 1]!.breakBefore) victims[key] = 1;
      // "driver injur", "herder injured": a bare person before the verb, nothing counting it
      const who = i > 1 ? tokens[i - 1] : undefined;
      if (victims[key] === null && key !== 'displaced' && !TO_DEATH.test(tokens[i + 1]?.norm ?? '') && who && !tokens[i]!.breakBefore && isSingularPerson(who.norm) && !COUNTED_BEFORE.test(tokens[i - 2]?.norm ?? '') && !isPerson(tokens[i - 2]?.norm ?? '')) victims[key] = 1;
      continue;
    }
    // "il est mort": the one shot died
    if (PRONOUN_DEAD.test(w) && IS.test(tokens[i + 1]?.norm ?? '') && DEAD.test(tokens[i + 2]?.norm ?? '') && victims.killed === null) victims.killed = 1;
    // "1 boy loose his leg"
    if (LOST.test(w) && LIMB.test(tokens[i + 2]?.norm ?? '') && victims.injured === null) {
      const who = tokens[i - 1];
      const n = who && isPerson(who.norm) ? readNumber(tokens, i - 2) : null;
      if (n && n.next === i - 1 && !n.article) victims.injured = n.value;
      else if (who && isSingularPerson(who.norm)) victims.injured = 1;
    }
  }
}

/** "wamewauwa watu wawili", "watu kumi na wawili": the people and their number after the verb; the object "him" is one. */
function swahiliCount(tokens: readonly Token[], i: number, key: VictimKey, victims: Victims): void {
  const noun = tokens[i + 1];
  if (noun && !noun.breakBefore && isPerson(noun.norm)) {
    const n = readNumber(tokens, i + 2);
    if (n && !n.article) {
      let value = n.value;
      // "kumi na wawili": ten and two
      const more = TENS.has(value) && tokens[n.next]?.norm === 'na' ? readNumber(tokens, n.next + 1) : null;
      if (more && !more.article && more.value < 10) value += more.value;
      if (victims[key] === null || victims[key] === 1 || victims[key] === n.value) victims[key] = value;
      return;
    }
  }
  if (victims[key] === null && ONE_OBJECT.test(tokens[i]!.norm)) victims[key] = 1;
}

// "une jeune fille de 15 ans", "girl of 14", "mineure de 16 ans": one survivor whose age says a child (C24)
const RAPED_WORDS = ['viole', 'violee', 'raped', 'rape', 'defiled', 'abusee', 'vlee', 'rpd', 'bakwa', 'amebakwa'];
const RAPED = oneOf(RAPED_WORDS);
const RAPED_SAID = trigger(RAPED_WORDS);
const GIRL = /^(fille|jeune|girl|fillette|mineure|adolescente|femme|woman)$/;
const AGED = /^(de|of|aged|agee|age|ya)$/;
const YEARS = /^(ans|years|yrs|yr|an|miaka)$/;
function minorRaped(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, RAPED_SAID)) return;
  if (victims.childrenAffected !== null || (victims.crsvSurvivors ?? 1) !== 1 || !tokens.some((t) => RAPED.test(t.norm))) return;
  for (let i = 2; i < tokens.length; i++) {
    if (!YEARS.test(tokens[i]!.norm) || !/^\d{1,2}$/.test(tokens[i - 1]!.norm) || Number(tokens[i - 1]!.norm) >= 18) continue;
    if (AGED.test(tokens[i - 2]!.norm) && GIRL.test(tokens[i - 3]?.norm ?? '')) victims.childrenAffected = 1;
    return;
  }
}

// "little girl 6 years taken at night and rape", "une femme enlevée puis violée", "woman beaten and raped": the one person
// counted for the first harm is the survivor of the rape joined to it.
const THEN = /^(and|et|then|puis|na|ensuite|before|avant)$/;
function alsoRaped(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, RAPED_SAID)) return;
  if (victims.crsvSurvivors !== null || ![victims.abducted, victims.injured, victims.killed].includes(1)) return;
  for (let i = 1; i < tokens.length; i++) {
    if (!RAPED.test(tokens[i]!.norm)) continue;
    for (let k = i - 1; k >= 1 && k >= i - 3 && !tokens[k + 1]!.breakBefore; k--) if (THEN.test(tokens[k]!.norm)) victims.crsvSurvivors = 1;
    return;
  }
}

// "police take 5 moto boy", "2 taxi boys abducted": motorbike-taxi riders, grown men; children only when another child is named.
const RIDE = /^(moto|motto|taxi|boda|pikipiki)$/;
const BOY_WORDS = ['boy', 'boys', 'boyz'];
const BOY = oneOf(BOY_WORDS);
const BOY_SAID = trigger(BOY_WORDS);
function ridersNotChildren(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, BOY_SAID)) return;
  let riders = false;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (!CHILD_NOUNS.has(w) && !BOY.test(w)) continue;
    if (!BOY.test(w) || !RIDE.test(tokens[i - 1]?.norm ?? '')) return;
    riders = true;
  }
  if (riders) victims.childrenAffected = null;
}

// "6 jeunes de moins de 18 ans", "4 youths under 18", "3 vijana chini ya miaka 18": people counted, said minors by their age.
const UNDER_WORDS = ['moins', 'under', 'below', 'chini'];
const UNDER = oneOf(UNDER_WORDS);
const UNDER_SAID = trigger(UNDER_WORDS);
function minorsByAge(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, UNDER_SAID)) return;
  for (let i = 2; i < tokens.length; i++) {
    if (!UNDER.test(tokens[i]!.norm)) continue;
    // "de moins de 18 ans" / "under 18" / "chini ya miaka 18"
    const age = tokens.slice(i + 1, i + 4).find((t) => /^\d{1,2}$/.test(t.norm));
    if (!age || Number(age.norm) > 18) return;
    const who = tokens[i - 1]!.norm === 'de' ? i - 2 : i - 1;
    const n = isPerson(tokens[who]?.norm ?? '') ? readNumber(tokens, who - 1) : null;
    if (n && !n.article && n.next === who) victims.childrenAffected = n.value;
    return;
  }
}
