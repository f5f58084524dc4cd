import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { isPerson, isSingularPerson, verbAt } from './victim-words.js';
import { said, trigger } from '../triggers.js';

/**
 * People taken named one by one in a list (pending reports40): "le chef de village, sa femme et leurs trois enfants
 * enlevés" (5), "ont enlevé l'administrateur adjoint et deux policiers" (3), "abducted the wife and the 16-year-old
 * daughter of a local pastor" (2). Each item is an article or possessive, maybe a number, a person ("the 16-year-old"
 * is an age, not a count), and what qualifies it ("de village", "adjoint", "of a local pastor"); the items are joined
 * by a comma, "et"/"and". The abducted count is their sum when the readers counted fewer. Only looked at on a taking verb.
 * Look-alikes kept out: one person ("enlevé le chef de village"), a plural with no number ("the chief and his children":
 * how many unsaid), things in the list ("le chef et ses vaches"), a count already as large.
 */
const DET: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'le', 'la', 'l', 'un', 'une', 'sa', 'son', 'ses', 'leur', 'leurs', 'les', 'des', 'its', 'one']);
const SINGLE_DET: ReadonlySet<string> = new Set(['a', 'an', 'his', 'her', 'le', 'la', 'l', 'un', 'une', 'sa', 'son', 'one']);
const JOIN_WORDS = ['and', 'et'];
const JOIN: ReadonlySet<string> = new Set(JOIN_WORDS);
// (a list ends with "et"/"and": listAt finds none without one)
const JOIN_SAID = trigger(JOIN_WORDS);
// (words of age before the person: "the 16-year-old daughter", "la jeune fille")
const OLD = /^(old|young|elderly|jeune|vieux|vieille|petit|petite)$/;
const AGE = /^(years?|yrs?|ans?|year|months?|mois)$/;
// between a passive list and its verb: "ont été enlevés", "were abducted"
const AUX: ReadonlySet<string> = new Set(['ont', 'a', 'ete', 'were', 'was', 'have', 'has', 'been', 'sont', 'est', 'all', 'tous', 'toutes']);

// A clause of its own opening after an item ("his guard was wounded", "a été relâché"); French "a" only before a verb
// or "été" ("2 cultivateurs a Kibirizi" is a place, "of a local pastor" an article).
function clauseAt(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]?.norm ?? '';
  if (verbAt(tokens, i) !== undefined) return true;
  if (w === 'a' || w === 'all' || w === 'tous' || w === 'toutes') return tokens[i + 1]?.norm === 'ete' || verbAt(tokens, i + 1) !== undefined;
  return AUX.has(w);
}

interface Item {
  count: number;
  end: number;
}

// One item from `at`: the determiner, a number maybe, the person within two words, then its qualifier up to the next
// join, comma or verb (at most 5 words).
function itemAt(tokens: readonly Token[], at: number, stop: number): Item | null {
  let k = at;
  const det = tokens[k]?.norm ?? '';
  // ("father 45 and son 12 killed", "father and son killed": a kin word may stand with no determiner; reports44)
  const kin = bareKinAt(tokens, at, stop);
  if (kin) return kin;
  // ("… et deux policiers": a number may open an item with no determiner)
  const bare = readNumber(tokens, k);
  const numbered = !DET.has(det) && bare !== null && !bare.article && !bare.zero;
  if (!DET.has(det) && !numbered) return null;
  if (!numbered) k++;
  let count: number | null = null;
  const n = readNumber(tokens, k);
  if (n && !n.zero && !n.article && n.value > 0 && !AGE.test(tokens[n.next]?.norm ?? '')) {
    count = n.value;
    k = n.next;
  } else if (n && AGE.test(tokens[n.next]?.norm ?? '')) k = n.next + 1; // ("the 16-year-old daughter")
  let person = -1;
  for (let j = k; j < k + 3 && j < stop; j++) {
    if (j > at && tokens[j]!.breakBefore) return null;
    if (isPerson(tokens[j]!.norm)) {
      person = j;
      break;
    }
  }
  // ("the 16-year-old daughter": the last of the person words is the person)
  while (person >= 0 && OLD.test(tokens[person]!.norm) && person + 1 < stop && !tokens[person + 1]!.breakBefore && isPerson(tokens[person + 1]!.norm)) person++;
  if (person < 0) return null;
  if (count === null) {
    if (!SINGLE_DET.has(det) && !isSingularPerson(tokens[person]!.norm)) return null;
    if (!isSingularPerson(tokens[person]!.norm)) return null;
    count = 1;
  }
  let end = ageAfter(tokens, person + 1);
  while (end < stop && end < person + 6 && !tokens[end]!.breakBefore && !JOIN.has(tokens[end]!.norm) && !clauseAt(tokens, end)) end++;
  return { count, end };
}

// Kin words that name one person with no determiner in a telegraphic list: "father and son", "père (45 ans) et fils".
const KIN = /^(father|mother|son|daughter|husband|wife|brother|sister|grandfather|grandmother|uncle|aunt|nephew|niece|pere|mere|fils|fille|mari|epouse|frere|soeur|grand-pere|grand-mere|oncle|tante|neveu|papa|maman)$/;

// A bare kin word at `at` (not the French possessive "son" before a person: "son fils"), with its age after it.
function bareKinAt(tokens: readonly Token[], at: number, stop: number): Item | null {
  const w = tokens[at]?.norm ?? '';
  if (!KIN.test(w) || (DET.has(w) && isPerson(tokens[at + 1]?.norm ?? '') && !tokens[at + 1]!.breakBefore)) return null;
  const end = ageAfter(tokens, at + 1);
  return end <= stop ? { count: 1, end } : null;
}

// Past an age said right after one person: "45", "(45)", "(45 ans)", "45 yrs", "de 45 ans", "aged 45", "45-year-old".
function ageAfter(tokens: readonly Token[], k: number): number {
  let j = k;
  if (/^(de|aged|age|agee|of)$/.test(tokens[j]?.norm ?? '') && /^\d{1,2}$/.test(tokens[j + 1]?.norm ?? '') && (tokens[j]!.norm !== 'de' && tokens[j]!.norm !== 'of' ? true : AGE.test(tokens[j + 2]?.norm ?? ''))) j++;
  if (!/^\d{1,2}$/.test(tokens[j]?.norm ?? '')) return k;
  j++;
  if (AGE.test(tokens[j]?.norm ?? '') && !tokens[j]!.breakBefore) j++;
  if (tokens[j]?.norm === 'old' && !tokens[j]!.breakBefore) j++;
  // (the age ends the item: a join, a verb or punctuation follows; "father 45 goats" is no age)
  const next = tokens[j];
  return !next || next.breakBefore || JOIN.has(next.norm) || clauseAt(tokens, j) ? j : k;
}

// The list from `at`: items joined by a comma or "et"/"and"; its sum and where it ends, when two items or more.
function listAt(tokens: readonly Token[], text: string, at: number, stop: number): Item | null {
  let total = 0;
  let items = 0;
  let k = at;
  let joined = false;
  for (;;) {
    const item = itemAt(tokens, k, stop);
    if (!item) return null;
    total += item.count;
    items++;
    k = item.end;
    if (joined) break;
    // ("… et deux policiers": a number may open the item after "et"; after a comma only a determiner: "Selon le chef de
    // secteur, 3 femmes enlevées" is a source, then the people)
    const opens = (i: number): boolean => DET.has(tokens[i]?.norm ?? '') || KIN.test(tokens[i]?.norm ?? '') || readNumber(tokens, i)?.article === false;
    if (k < stop && JOIN.has(tokens[k]!.norm) && !tokens[k + 1]?.breakBefore && opens(k + 1)) {
      k++;
      joined = true;
    } else if (k < stop && tokens[k]!.breakBefore && commaOnly(text, tokens, k) && DET.has(tokens[k]!.norm) && items < 6) continue;
    else break;
  }
  // (a list ends with "et"/"and": "the displaced camp next to Mamove, 4 IDPs taken" is no list)
  return items >= 2 && joined ? { count: total, end: k } : null;
}

// (items apart by a comma, not a bracket: "2 personnes (un enseignant et son fils)" glosses the 2)
function commaOnly(text: string, tokens: readonly Token[], k: number): boolean {
  const between = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
  return between.includes(',') && !/[()[\]:;.]/.test(between);
}

export function listedPeopleTaken(tokens: readonly Token[], text: string, victims: Victims): void {
  listedPeople(tokens, text, victims, 'abducted');
}

/**
 * The same list before or after a killing or a wound (pending reports44): "le chef de groupement, sa femme et leur fille
 * de 9 ans tués" (3), "shot dead the chief and his two bodyguards" (3), "father 45 and son 12 killed", "un père (45 ans)
 * et son fils (12 ans) tués" (2). The killed or injured count is raised to the sum, never lowered. After the verb the
 * list must follow it directly ("1 killed, a man and his wife injured" is the next clause's).
 */
export function listedPeopleHarmed(tokens: readonly Token[], text: string, victims: Victims): void {
  listedPeople(tokens, text, victims, 'killed');
  listedPeople(tokens, text, victims, 'injured');
}

const PART = /^(dont|incl|including|among|parmi|notamment|compris|namely|soit|whom|which)$/;

// "hacked to death", "shot dead", "battu à mort": the wound verb ends in a death, no one injured.
function killedNext(tokens: readonly Token[], v: number): boolean {
  for (let k = v + 1; k <= v + 3 && k < tokens.length && !tokens[k]!.breakBefore; k++) if (verbAt(tokens, k) === 'killed' || /^(death|mort)$/.test(tokens[k]!.norm)) return true;
  return false;
}

// (for a death or a wound, a breakdown inside the list is no list: "14 civils dont 3 femmes et 2 enfants tués", "3 women
// and 2 children among the dead"; nor are "others" said with a state of their own, "2 others are missing")
function partIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (PART.test(tokens[k]!.norm) || /^(others|autres)$/.test(tokens[k]!.norm)) return true;
  return false;
}

// After a killing verb the list ends the clause, or a place, time or manner follows it ("shot dead the chief and his two
// bodyguards at a roadblock"); "killed four civilians and two others are missing" goes on with a clause of its own.
const AFTER_LIST = /^(at|in|near|on|a|au|aux|pres|dans|sur|by|par|this|ce|cette|yesterday|hier|last|during|lors|when|while|with|avec|en|from|de|du|des|inside|outside|tonight|today|aujourd|overnight|cette|la|le)$/;
function listEnds(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  return !next || next.breakBefore || AFTER_LIST.test(next.norm);
}

function listedPeople(tokens: readonly Token[], text: string, victims: Victims, key: 'abducted' | 'killed' | 'injured'): void {
  if (!said(tokens, JOIN_SAID)) return;
  for (let v = 0; v < tokens.length; v++) {
    if (verbAt(tokens, v) !== key || (key === 'injured' && killedNext(tokens, v))) continue;
    let best: number | null = null;
    // after the verb: "ont enlevé l'administrateur adjoint et deux policiers"
    const after = key === 'abducted' || !tokens[v + 1]?.breakBefore ? listAt(tokens, text, v + 1, tokens.length) : null;
    // (not when the last item opens a clause of its own: "kidnapped a trader, his guard was wounded")
    if (after && !clauseAt(tokens, after.end) && (key === 'abducted' || listEnds(tokens, after.end)) && !partIn(tokens, v + 1, after.end)) best = after.count;
    // before it: "le chef de village, sa femme et leurs trois enfants enlevés", "… were abducted"
    let end = v;
    while (end > 0 && AUX.has(tokens[end - 1]!.norm)) end--;
    for (let s = Math.max(0, end - 16); best === null && s < end - 2; s++) {
      const before = listAt(tokens, text, s, end);
      // ("4 tués dont 2 enfants et six autres blessés": a breakdown of a count said, no list of the wounded)
      if (before && before.end === end && !(key !== 'abducted' && (PART.test(tokens[s - 1]?.norm ?? '') || partIn(tokens, s, end)))) best = before.count;
    }
    // (the people listed may be counted across two harms: "un cultivateur et sa femme blessés, la femme est décédée")
    const counted = key === 'abducted' ? (victims.abducted ?? 0) : (victims.killed ?? 0) + (victims.injured ?? 0);
    if (best !== null && counted < best) victims[key] = best;
    if (best !== null) return;
  }
}
