import { withoutPrototype } from '../lookup-table.js';
import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { CHILD_NOUNS, NOT_COUNT_UNITS } from '../categories/keywords.js';
import { isPerson, verbAt } from './victim-words.js';
import { SHORTHAND_VICTIM_VERBS } from '../shorthand-words.js';
import { SW_ARRIVED, SW_TOOK_PEOPLE } from '../vocabulary/everyday-traffic-5.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * Counts of everyday follow-ups and shorthand (reports12) that the count readers do not see:
 * - Swahili word order, the verb or the noun before the number: "wameteka watu 15", "watoto 5 wamechukuliwa";
 * - hostages counted as a noun: "have taken 12 hostages", "ont pris 6 otages";
 * - a follow-up on people taken: "3 of the 5 escaped" (5 were taken), "4 wamerudi, 6 bado" (6 still held);
 * - people taken then found dead: "2 fishermen abducted on 28 Nov found dead" (killed, no longer abducted),
 *   "bodies of the 7 farmers found";
 * - the wounded who died since: "deux blessés ayant succombé" (killed, not injured);
 * - an estimate of those who fled: "fled to Oicha. Est 4000", "deplaces 2000 vers Mambasa".
 * Each fills a count only where the readers left it unknown, or corrects the one it explains.
 */

// ("wamechukua vijana 10": took, of people; "wamefika watu 300": arrived, reports16)
const SW_VERBS = new Map([...SHORTHAND_VICTIM_VERBS, ...SW_TOOK_PEOPLE.map((w) => [w, 'abducted'] as const), ...SW_ARRIVED.map((w) => [w, 'displaced'] as const)].filter(([w]) => /^(wa|a|i|zi)(me|li|na)/.test(w)));
const SWAHILI_SAID = trigger([...SW_VERBS.keys(), ...CHILD_NOUNS]);
const count = (tokens: readonly Token[], i: number, skip?: Uint8Array): number | null => {
  const n = readNumber(tokens, i, skip);
  if (!n || n.article || n.zero || n.value === 0) return null;
  if (NOT_COUNT_UNITS.has(tokens[n.next]?.norm ?? '') || /^\d+(fc|usd|\$)$/.test(tokens[n.next]?.norm ?? '')) return null;
  return n.value;
};
const sameClause = (tokens: readonly Token[], from: number, to: number): boolean => !tokens.slice(from + 1, to + 1).some((t) => t.breakBefore);

// "wameteka watu 15", "wameua watu 3": a Swahili verb, who, then how many.
function swahiliCounts(tokens: readonly Token[], victims: Victims, skip?: Uint8Array): void {
  if (!said(tokens, SWAHILI_SAID)) return;
  for (let i = 0; i < tokens.length; i++) {
    const key = SW_VERBS.get(tokens[i]!.norm);
    if (key && victims[key] === null && isPerson(tokens[i + 1]?.norm ?? '') && sameClause(tokens, i, i + 2)) {
      const n = count(tokens, i + 2, skip);
      if (n !== null) victims[key] = n;
    }
    // "watoto 5 wamechukuliwa", "enfants 3 enlevés": children counted before their number
    if (CHILD_NOUNS.has(tokens[i]!.norm) && victims.childrenAffected === null && sameClause(tokens, i, i + 2)) {
      const n = count(tokens, i + 1, skip);
      const verb = n !== null ? verbAt(tokens, i + 2) : undefined;
      if (n !== null && verb && verb !== 'displaced') victims.childrenAffected = n;
    }
  }
}

const HOSTAGE_WORDS = ['hostages', 'otages', 'mateka', 'captives', 'captifs'];
const HOSTAGES = oneOf(HOSTAGE_WORDS);
const HOSTAGES_SAID = trigger(HOSTAGE_WORDS);
const FORMER = /^(ex|former|anciens|anciennes|freed|liberated|liberes|liberees|released|relaches|relachees)$/;
// "taken 12 hostages", "ont pris 6 otages en brousse"
function hostageCounts(tokens: readonly Token[], victims: Victims, skip?: Uint8Array): void {
  if (victims.abducted !== null || !said(tokens, HOSTAGES_SAID)) return;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const n = count(tokens, i, skip);
    // ("4 ex-otages des Mai-Mai libérés", "3 former hostages": hostages back are counted as taken, C12)
    const at = FORMER.test(tokens[i + 1]!.norm) && i + 2 < tokens.length ? i + 2 : i + 1;
    if (n !== null && HOSTAGES.test(tokens[at]!.norm) && sameClause(tokens, i, at)) {
      victims.abducted = n;
      return;
    }
  }
}

const OF_THE = /^(of|sur|des|kati|among|parmi)$/;
const BACK_WORDS = ['escaped', 'escape', 'freed', 'released', 'returned', 'back', 'liberes', 'liberees', 'libere', 'liberee', 'relaches', 'relachees', 'evades', 'evadees', 'echappes', 'echappees', 'rentres', 'revenus', 'wamerudi', 'walirudi', 'wameachiliwa', 'wametoroka'];
const BACK = oneOf(BACK_WORDS);
const STILL = /^(still|toujours|encore|bado)$/;
const IN_CUSTODY = /^(detainees?|detenus?|detenues?|prisoners?|prisonniers?|prison|cachot|cell|cellule|jail)$/;
// ("3 of the 7 … r free", "are now free", "sont libres": free again is back too; not "free medical care")
const FREE_WORDS = ['free', 'libres', 'libre'];
const FREE: ReadonlySet<string> = new Set(FREE_WORDS);
const BACK_SAID = trigger([...BACK_WORDS, ...FREE_WORDS]);
const IS = /^(are|r|now|were|is|been|set|sont|est|ete|maintenant|desormais)$/;
const freeAgain = (tokens: readonly Token[], i: number): boolean => FREE.has(tokens[i]!.norm) && IS.test(tokens[i - 1]?.norm ?? '');
// A follow-up on people taken: "3 of the 5 escaped", "2 kati ya 5", "sur les 15 otages, 9 libérés" (the 5 and the 15 were taken),
// "4 wamerudi, 6 bado ds la brousse", "2 still with captors" (those still held, when no total is given).
function takenFollowUp(tokens: readonly Token[], victims: Victims, skip?: Uint8Array): void {
  // Detainees let out of a cell were not taken: "2 of the 5 detainees released from Beni prison".
  if (!said(tokens, BACK_SAID) || !tokens.some((t, i) => BACK.test(t.norm) || freeAgain(tokens, i)) || tokens.some((t) => IN_CUSTODY.test(t.norm))) return;
  for (let i = 0; i < tokens.length; i++) {
    // "3 of the 5", or the total first: "sur les 12, 5 libérés", "of the 8 hostages, 3 escaped"
    const part = count(tokens, i - 1, skip);
    if (!OF_THE.test(tokens[i]!.norm) || (part === null && !/^(sur|of|among|parmi)$/.test(tokens[i]!.norm))) continue;
    let k = i + 1;
    while (/^(the|les|ya|them|eux)$/.test(tokens[k]?.norm ?? '')) k++;
    const total = count(tokens, k, skip);
    const closes = part !== null || HOSTAGES.test(tokens[k + 1]?.norm ?? '') || tokens[k + 1]?.breakBefore === true;
    if (total !== null && closes && total > (part ?? 0) && (part === null || sameClause(tokens, i - 1, k))) {
      victims.abducted = total;
      if ((victims.childrenAffected ?? 0) < total && tokens.slice(Math.max(0, i - 3), k + 3).some((t) => CHILD_NOUNS.has(t.norm))) victims.childrenAffected = total;
      return;
    }
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    const n = count(tokens, i, skip);
    if (n === null) continue;
    let k = i + 1;
    // "the 4 abducted …, the three others still held": the others are among the 4 already counted.
    if (victims.abducted !== null && /^(others|autres|wengine)$/.test(tokens[k]?.norm ?? '')) continue;
    if (/^(others|autres|more|wengine)$/.test(tokens[k]?.norm ?? '')) k++;
    if (STILL.test(tokens[k]?.norm ?? '') && sameClause(tokens, i, k)) {
      victims.abducted = n;
      return;
    }
  }
}

const FOUND_WORDS = ['found', 'recovered', 'retrouve', 'retrouves', 'retrouvee', 'retrouvees', 'decouvert', 'decouverts', 'decouverte', 'decouvertes'];
const FOUND = oneOf(FOUND_WORDS);
const DEAD_AFTER = /^(dead|morts?|mortes?|lifeless|inanimes?)$/;
const BODIES_WORDS = ['bodies', 'corps', 'cadavres', 'maiti', 'remains', 'restes', 'depouilles'];
const BODIES = oneOf(BODIES_WORDS);
const FOUND_SAID = trigger([...FOUND_WORDS, ...BODIES_WORDS]);
// "2 fishermen abducted … found dead", "2 kidnapped traders, UPDATE: bodies found", "bodies of the 7 farmers found"
function foundDead(tokens: readonly Token[], victims: Victims, skip?: Uint8Array): void {
  if (victims.killed !== null || !said(tokens, FOUND_SAID)) return;
  for (let i = 0; i < tokens.length; i++) {
    if (BODIES.test(tokens[i]!.norm) && /^(of|des|de|ya)$/.test(tokens[i + 1]?.norm ?? '')) {
      const k = /^(the|les)$/.test(tokens[i + 2]?.norm ?? '') ? i + 3 : i + 2;
      const n = count(tokens, k, skip);
      if (n !== null) {
        victims.killed = n;
        return;
      }
    }
  }
  // "2 kidnapped traders, UPDATE: bodies found": those taken, counted before the word for them
  let taken = victims.abducted;
  for (let i = 0; taken === null && i + 2 < tokens.length; i++) if (verbAt(tokens, i + 1) === 'abducted' && isPerson(tokens[i + 2]!.norm)) taken = count(tokens, i, skip);
  if (taken === null || taken === 0) return;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const w = tokens[i]!.norm;
    const found = FOUND.test(w) && (DEAD_AFTER.test(tokens[i + 1]!.norm) || (tokens[i + 1]!.norm === 'sans' && tokens[i + 2]?.norm === 'vie'));
    const bodies = BODIES.test(w) && [1, 2, 3].some((d) => FOUND.test(tokens[i + d]?.norm ?? '') || tokens[i + d]?.norm === 'zimepatikana');
    if (found || bodies) {
      // ("4 hommes enlevés …; l'un retrouvé mort", "one of them found dead", "1 found dead": one of those taken died, the
      // others are still held, C27; reports36)
      if (found && oneOfThemBefore(tokens, i)) {
        victims.killed = 1;
        victims.abducted = taken;
        return;
      }
      victims.killed = taken;
      victims.abducted = null;
      return;
    }
  }
}

const ONE_OF = /^(un|une|one|1)$/;
function oneOfThemBefore(tokens: readonly Token[], i: number): boolean {
  // "l'un retrouvé", "one found", "one of them was found", "l'une d'entre elles retrouvée"
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    if (tokens[k + 1]!.stopBefore && k + 1 !== i) return false;
    if (ONE_OF.test(tokens[k]!.norm) && (tokens[k]!.breakBefore || /^(l|and|et|but|mais)$/.test(tokens[k - 1]?.norm ?? '')) && !isPerson(tokens[k + 1]?.norm ?? '')) return true;
  }
  return false;
}

const WOUNDED_WORDS = ['blesses', 'blessees', 'wounded', 'injured', 'majeruhi'];
const WOUNDED = oneOf(WOUNDED_WORDS);
const DIED_WORDS = ['succombe', 'succombes', 'succombee', 'succombees', 'succumbed', 'died', 'decede', 'decedes', 'decedees', 'morts'];
const DIED = oneOf(DIED_WORDS);
const WOUNDED_SAID = trigger(WOUNDED_WORDS);
const DIED_SAID = trigger(DIED_WORDS);
// "deux blessés ayant succombé à l'hôpital", "2 wounded who died in hospital": they are among the dead now.
function woundedWhoDied(tokens: readonly Token[], victims: Victims, skip?: Uint8Array): void {
  if (victims.injured === null || !said(tokens, WOUNDED_SAID) || !said(tokens, DIED_SAID)) return;
  for (let i = 1; i < tokens.length; i++) {
    if (!WOUNDED.test(tokens[i]!.norm)) continue;
    let k = i + 1;
    while (/^(ayant|qui|who|have|has|ont|having|later|since|depuis|sont|are)$/.test(tokens[k]?.norm ?? '') && k < i + 3) k++;
    if (k > i + 1 && DIED.test(tokens[k]?.norm ?? '') && sameClause(tokens, i, k) && count(tokens, i - 1, skip) === victims.injured) victims.injured = null;
  }
}

const ESTIMATE_WORDS = ['est', 'estimated', 'estimate', 'approx', 'approximately', 'env', 'environ', 'around', 'about', 'abt'];
const ESTIMATE = oneOf(ESTIMATE_WORDS);
const FLED_WORDS = ['deplaces', 'deplacees', 'displaced', 'idps', 'dplces', 'dplcs', 'wakimbizi'];
const FLED_WORD = oneOf(FLED_WORDS);
const ESTIMATE_SAID = trigger([...ESTIMATE_WORDS, ...FLED_WORDS]);
// "fled overnight to Oicha. Est 4000", "deplaces 2000 vers Mambasa": how many fled, said apart from the verb.
function estimatedFlight(tokens: readonly Token[], victims: Victims, fled: boolean, skip?: Uint8Array): void {
  if (victims.displaced !== null || !fled || !said(tokens, ESTIMATE_SAID)) return;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    // "Est 4000" opens its own clause (French "est" is a verb inside one)
    const estimate = ESTIMATE.test(w) && (w !== 'est' || tokens[i]!.breakBefore || i === 0);
    if (!estimate && !FLED_WORD.test(w)) continue;
    const n = count(tokens, i + 1, skip);
    const after = tokens[i + 2];
    if (n !== null && n >= 10 && sameClause(tokens, i, i + 1) && (!after || after.breakBefore || /^(ppl|people|personnes|pers|persons|vers|to|towards|dans|ds|in|depuis|since|from|de)$/.test(after.norm))) {
      victims.displaced = n;
      return;
    }
  }
}

// "confirme la mort de 3 personnes", "l'enlèvement de 11 personnes", "the killing of 4 civilians": the harm named as a noun,
// then whom it counts (a person named earlier in the sentence, "le chef de poste confirme…", is not among them).
const HARM_NOUNS: Record<string, 'killed' | 'abducted' | 'injured'> = withoutPrototype({
  mort: 'killed', deces: 'killed', assassinat: 'killed', meurtre: 'killed', massacre: 'killed', killing: 'killed', killings: 'killed', death: 'killed', deaths: 'killed', murder: 'killed',
  // ("la tuerie de 11 civils", "the slaughter of 9 villagers", "l'exécution de 4 otages")
  tuerie: 'killed', tueries: 'killed', massacres: 'killed', meurtres: 'killed', assassinats: 'killed', murders: 'killed', slaughter: 'killed', execution: 'killed', executions: 'killed',
  enlevement: 'abducted', enlevements: 'abducted', rapt: 'abducted', kidnapping: 'abducted', abduction: 'abducted', abductions: 'abducted',
});
const HARM_NOUN_SAID = trigger(Object.keys(HARM_NOUNS));
function harmNounCounts(tokens: readonly Token[], victims: Victims, skip?: Uint8Array): void {
  if (!said(tokens, HARM_NOUN_SAID)) return;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const key = HARM_NOUNS[tokens[i]!.norm];
    if (!key || !/^(de|d|of|des)$/.test(tokens[i + 1]!.norm) || !sameClause(tokens, i, i + 3)) continue;
    const n = count(tokens, i + 2, skip);
    if (n !== null && n > 1 && isPerson(tokens[i + 3]?.norm ?? '') && (victims[key] === null || victims[key]! < n)) victims[key] = n;
  }
}

const HOUSEHOLD_WORDS = ['menages', 'households', 'hh', 'familles', 'families'];
const HOUSEHOLD = oneOf(HOUSEHOLD_WORDS);
const HOUSEHOLD_SAID = trigger(HOUSEHOLD_WORDS);
// "menages 40 ya deplaces", "households 150": households counted noun first are no count of people.
function householdsFirst(tokens: readonly Token[], victims: Victims, skip?: Uint8Array): void {
  if (victims.displaced === null || !said(tokens, HOUSEHOLD_SAID)) return;
  for (let i = 0; i + 1 < tokens.length; i++) if (HOUSEHOLD.test(tokens[i]!.norm) && count(tokens, i + 1, skip) === victims.displaced) victims.displaced = null;
}

// "lynché à mort", "2 voleurs lynchés à mort": the victims are counted at the verb; "à mort" says how, not one more dead.
const MORT_SAID = trigger(['mort']);
function toDeath(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, MORT_SAID)) return;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i + 1]!.norm === 'a' && tokens[i + 2]!.norm === 'mort' && verbAt(tokens, i) === 'killed' && (victims.killed ?? 0) > 1) victims.killed! -= 1;
  }
}

// "7 children (2 girls)", "12 personnes (dont 5 femmes)": the part in brackets is among the whole, not more of them.
function bracketedPart(tokens: readonly Token[], text: string, victims: Victims, skip?: Uint8Array): void {
  if (!text.includes('(')) return; // (no bracket in the text, none between two words)
  for (let i = 0; i + 3 < tokens.length; i++) {
    const whole = count(tokens, i, skip);
    if (whole === null || !isPerson(tokens[i + 1]?.norm ?? '')) continue;
    let k = i + 2;
    if (!tokens[k] || !text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('(')) continue;
    if (/^(dont|incl|including|among|parmi)$/.test(tokens[k]!.norm)) k++;
    const part = count(tokens, k, skip);
    if (part === null || part >= whole || !isPerson(tokens[k + 1]?.norm ?? '')) continue;
    for (const key of ['killed', 'injured', 'abducted', 'crsvSurvivors', 'childrenAffected', 'displaced'] as const) if (victims[key] === whole + part) victims[key] = whole;
  }
}

const CAPTIVITY = /^(captivite|captivity|otages?|hostages?|ravisseurs|captors|kidnappers|rancon|ransom|enleve\w*|kidnapp\w*|abduct\w*|mateka)$/;
const CAPTIVITY_SAID = trigger(['captivite', 'captivity', 'otage', 'otages', 'hostage', 'hostages', 'ravisseurs', 'captors', 'kidnappers', 'rancon', 'ransom', 'enleve*', 'kidnapp*', 'abduct*', 'mateka']);
const RELEASED_WORDS = ['liberes', 'liberees', 'libere', 'liberee', 'freed', 'released', 'relaches', 'relachees', 'wameachiliwa'];
const RELEASED = oneOf(RELEASED_WORDS);
const RELEASED_SAID = trigger(RELEASED_WORDS);
// "les 5 commerçantes ont été libérées … pendant la captivité": those freed from captivity were taken.
function freedCount(tokens: readonly Token[], victims: Victims, skip?: Uint8Array): void {
  if (victims.abducted !== null || !said(tokens, CAPTIVITY_SAID) || !said(tokens, RELEASED_SAID) || !tokens.some((t) => CAPTIVITY.test(t.norm))) return;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const n = count(tokens, i, skip);
    if (n === null) continue;
    let k = i + 1;
    if (isPerson(tokens[k]?.norm ?? '')) k++;
    while (k < i + 6 && /^(ont|ete|were|have|been|has|was|sont|all|tous|toutes)$/.test(tokens[k]?.norm ?? '')) k++;
    if (RELEASED.test(tokens[k]?.norm ?? '') && sameClause(tokens, i, k)) {
      victims.abducted = n;
      return;
    }
  }
}

// "deux d'entre elles ont été violées", "3 of them were wounded": a part of those already named, counted at its verb.
const THEM_SAID = trigger(['them', 'those', 'elles', 'eux']);
function partOfThem(tokens: readonly Token[], victims: Victims, skip?: Uint8Array): void {
  if (!said(tokens, THEM_SAID)) return;
  for (let i = 0; i + 3 < tokens.length; i++) {
    const n = count(tokens, i, skip);
    if (n === null) continue;
    const of = tokens[i + 1]!.norm === 'of' && /^(them|those)$/.test(tokens[i + 2]!.norm) ? i + 3 : /^(d|de)$/.test(tokens[i + 1]!.norm) && tokens[i + 2]!.norm === 'entre' && /^(elles|eux)$/.test(tokens[i + 3]?.norm ?? '') ? i + 4 : -1;
    if (of < 0) continue;
    let k = of;
    while (k < of + 4 && /^(ont|ete|were|have|been|has|was|sont|a)$/.test(tokens[k]?.norm ?? '')) k++;
    const key = verbAt(tokens, k);
    if (key && key !== 'displaced' && key !== 'childrenAffected' && victims[key] === null && sameClause(tokens, i, k)) victims[key] = n;
  }
}

// "23 détenus en fuite", "prisoners escaped": a prison break, nobody displaced.
const PRISONER_WORDS = ['detenus', 'prisonniers', 'prisoners', 'inmates', 'pensionnaires'];
const PRISONERS = oneOf(PRISONER_WORDS);
const PRISONERS_SAID = trigger(PRISONER_WORDS);
function escapedPrisoners(tokens: readonly Token[], victims: Victims, skip?: Uint8Array): void {
  if (victims.displaced === null || !said(tokens, PRISONERS_SAID)) return;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (count(tokens, i, skip) === victims.displaced && PRISONERS.test(tokens[i + 1]!.norm) && /^(en|escaped|evades|fled)$/.test(tokens[i + 2]!.norm)) victims.displaced = null;
  }
}

// "5 morts sasa, 2 wamekufa hopitali", "now 6 dead, 2 more died in hospital": the dead now are the total.
const NOW_WORDS = ['now', 'sasa', 'maintenant', 'desormais', 'actuellement'];
const NOW = oneOf(NOW_WORDS);
const NOW_SAID = trigger(NOW_WORDS);
function deadNow(tokens: readonly Token[], victims: Victims, skip?: Uint8Array): void {
  if (!said(tokens, NOW_SAID)) return;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const n = count(tokens, i, skip);
    if (n !== null && /^(morts|dead|killed|tues|deaths|deces)$/.test(tokens[i + 1]!.norm) && NOW.test(tokens[i + 2]!.norm) && (victims.killed ?? 0) > n) victims.killed = n;
  }
}

// "La victime est grièvement blessée", "the victim was hospitalised": the one victim told of, counted at its harm.
const VICTIM_SAID = trigger(['victime', 'victim']);
function theVictim(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, VICTIM_SAID)) return;
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (!/^(victime|victim)$/.test(tokens[i]!.norm) || !/^(la|the|cette|this)$/.test(tokens[i - 1]!.norm)) continue;
    let k = i + 1;
    while (k < i + 5 && /^(est|is|was|a|ete|has|been|grievement|gravement|seriously|severely|critically|legerement|slightly|toujours|still)$/.test(tokens[k]?.norm ?? '')) k++;
    const key = k > i + 1 ? verbAt(tokens, k) : undefined;
    if (key && key !== 'displaced' && key !== 'childrenAffected' && victims[key] === null && sameClause(tokens, i, k)) victims[key] = 1;
  }
}

/** Fills or corrects the counts of the follow-ups and shorthand above. */
export function readFollowUpCounts(tokens: readonly Token[], text: string, skip: Uint8Array, victims: Victims, fled: boolean): void {
  swahiliCounts(tokens, victims, skip);
  hostageCounts(tokens, victims, skip);
  takenFollowUp(tokens, victims, skip);
  foundDead(tokens, victims, skip);
  woundedWhoDied(tokens, victims, skip);
  estimatedFlight(tokens, victims, fled, skip);
  harmNounCounts(tokens, victims, skip);
  householdsFirst(tokens, victims, skip);
  toDeath(tokens, victims);
  deadNow(tokens, victims, skip);
  freedCount(tokens, victims, skip);
  partOfThem(tokens, victims, skip);
  escapedPrisoners(tokens, victims, skip);
  theVictim(tokens, victims);
  bracketedPart(tokens, text, victims, skip);
}
