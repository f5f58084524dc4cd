import type { Token } from '../normalize.js';
import { VICTIM_VERBS } from './victim-vocabulary.js';

/** Under this age a victim is a child (the six grave violations cover everyone under 18). */
export const CHILD_AGE = 18;

const YEARS = new Set(['year', 'years', 'yr', 'yrs', 'ans', 'an', 'yo']);
// A baby's age: "un bébé de 3 mois", "a 2-month-old".
const UNDER_A_YEAR = new Set(['mois', 'month', 'months', 'semaines', 'weeks', 'week', 'jours', 'days', 'day']);
const AGED = new Set(['aged', 'age', 'agee', 'ages', 'agees', 'miaka']); // (Swahili "msichana wa miaka 12": of 12 years)
const ONE_YOUNG = /^(daughter|son|girl|boy|child|kid|niece|nephew|granddaughter|grandson|grandchild|pupil|schoolgirl|schoolboy|fille|fils|garcon|fillette|enfant|niece|neveu|eleve|ecolier|ecoliere)$/;
const GLUED = /^(\d{1,2})(ans|an|a|yrs|yr|yo|y|years|year)$/;
// One child named, then a bare number: "Girl 16 abducted", "boy of 15 held", "child approx 12 yrs injured" (an age, not a count).
const ONE_CHILD = new Set(['girl', 'boy', 'child', 'kid', 'son', 'daughter', 'fils', 'minor', 'teenager', 'teen', 'fille', 'fillette', 'garcon', 'enfant', 'mineur', 'mineure', 'adolescent', 'adolescente', 'mtoto', 'msichana', 'mvulana']);
// One adult named, then a bare number: "woman 30 raped", "man 45 killed by ADF", "homme 40 ans tué" (an age, not a count of 30).
// (and the elderly, "mzee 70 aliuawa", "vieux 70 lynché", "mama 50 alijeruhiwa"; a few titles said of one person, "chief 60 killed")
const ONE_ADULT = new Set(['woman', 'man', 'femme', 'homme', 'mother', 'father', 'mere', 'pere', 'wife', 'husband', 'epouse', 'mari', 'widow', 'veuve', 'mwanamke', 'mwanaume', 'mzee', 'mama', 'baba', 'bibi', 'vieux', 'vieille', 'vieillard', 'elder', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'chief', 'chef', 'pastor', 'pasteur', 'farmer', 'cultivateur', 'cultivatrice', 'trader', 'commercant', 'commercante', 'teacher', 'enseignant', 'enseignante', 'driver', 'chauffeur', 'motard']);
/**
 * The words after which a bare number set after one person ("girl 16 abducted", "woman 60 beaten", "man 45 missing") is
 * still that person's age: what was done to them, or a verb or link that starts the rest of the sentence. A number
 * followed by any other word may count it ("child 3 children" is no age). Besides these, every victim verb of
 * victim-vocabulary.ts ("stabbed", "abattu", "poignardée", "hacked") ends an age the same way (childBareAge).
 */
const HARM_AFTER_AGE =
  /^(abducted|kidnapped|raped|injured|killed|held|enleve\w*|violee?s?|blesse\w*|tue\w*|detenue?s?|taken|missing|disparue?s?|and|et|recruited|recrute\w*|used|utilise\w*|shot|wounded|hurt|arrested|arrete\w*|sexually|sexuellement|abused|abusee?s?|beaten|battue?s?|tabassee?s?|fouettee?s?|whipped|flogged|tortured|torturee?s?|burnt|burned|brulee?s?|assaulted|agressee?s?|found|retrouvee?s?|was|est|a|has|had|died|dead|mort|morte|decedee?|succombe|gang|badly|severely|seriously|brutally|critically|fatally|reportedly|allegedly|gravement|grievement|sauvagement|brutalement)$/;
const ABOUT = new Set(['approx', 'approximately', 'about', 'around', 'env', 'environ', 'abt', 'aged', 'age', 'of', 'de', 'd']);

/** "aged 12", "wa miaka 12": the number at i is an age said by the word before it, not a count of people. */
export function ageWordBefore(tokens: readonly Token[], i: number): boolean {
  return i > 0 && AGED.has(tokens[i - 1]!.norm) && /^\d{1,2}$/.test(tokens[i]!.norm);
}

/**
 * An age starting at token i: "12-year-old", "12 years old", "(14 ans)", "de 14 ans", "âgée de 15 ans",
 * "aged 9", "15ans". Null when there is none; `next` is the first token after it.
 */
export function ageAt(tokens: readonly Token[], i: number): { years: number; next: number } | null {
  const t = tokens[i];
  if (!t) return null;
  // Swahili "msichana wa miaka 12": "of years 12" after the one person
  if (t.norm === 'wa' && tokens[i + 1]?.norm === 'miaka') return ageAt(tokens, i + 1);
  // "her daughter (13)", "un garçon, 12, …": a bare number set apart after one young person is their age.
  if (/^\d{1,2}$/.test(t.norm) && t.breakBefore && ONE_YOUNG.test(tokens[i - 1]?.norm ?? '') && (!tokens[i + 1] || tokens[i + 1]!.breakBefore)) return { years: Number(t.norm), next: i + 1 };
  const glued = GLUED.exec(t.norm);
  if (glued) return { years: Number(glued[1]), next: old(tokens, i + 1) };
  const child = childBareAge(tokens, i);
  if (child) return child;
  let j = i;
  if (AGED.has(t.norm)) {
    j++;
    if (tokens[j]?.norm === 'de' || tokens[j]?.norm === 'of') j++;
  } else if (t.norm === 'de' || t.norm === 'of') {
    j++;
  }
  const n = tokens[j];
  if (!n || !/^\d{1,2}$/.test(n.norm)) return null;
  let unit = tokens[j + 1];
  let k = j + 1;
  // "de 13 et 14 ans", "aged 13 and 15": two ages, the older counts.
  let years = Number(n.norm);
  if (unit && ['et', 'and', 'ou', 'or'].includes(unit.norm) && /^\d{1,2}$/.test(tokens[j + 2]?.norm ?? '')) {
    years = Math.max(years, Number(tokens[j + 2]!.norm));
    k = j + 3;
    unit = tokens[k];
  }
  // "aged 15-16", "aged 15 to 16", "âgés de 14 à 17 ans": an age range, the older counts; its upper bound is no count of
  // the victims ("3 boys aged 15-16 abducted" took 3, reports33).
  else if (unit && /^\d{1,2}$/.test(unit.norm) && unit.start === n.end + 1) {
    years = Math.max(years, Number(unit.norm));
    k = j + 2;
    unit = tokens[k];
  } else if (unit && ['to', 'a'].includes(unit.norm) && !unit.breakBefore && /^\d{1,2}$/.test(tokens[j + 2]?.norm ?? '')) {
    years = Math.max(years, Number(tokens[j + 2]!.norm));
    k = j + 3;
    unit = tokens[k];
  }
  // "de 3 mois", "2-month-old"; but "pendant 2 jours" is a duration.
  if (unit && UNDER_A_YEAR.has(unit.norm) && (j > i || tokens[k + 1]?.norm === 'old')) return { years: 0, next: old(tokens, k + 1) };
  // "15 y/o", "15 y.o.": years old in two letters
  if (unit?.norm === 'y' && tokens[k + 1]?.norm === 'o' && !tokens[k + 1]!.breakBefore) return { years, next: k + 2 };
  const gluedUnit = unit && GLUED.test(`${n.norm}${unit.norm}`) && YEARS.has(unit.norm);
  if (gluedUnit) return { years, next: old(tokens, k + 1) };
  // "aged 9" needs no unit; "de 14" does ("de 14 personnes" is not an age).
  if (AGED.has(t.norm)) return { years, next: k };
  return null;
}

/**
 * The number at i is the age of the one person named before it, never a count of people: "woman 60 beaten", "boy 15
 * shot dead", "homme 45 abattu", "msichana wa miaka 12 alibakwa", "aged 9". Every reader that takes a number beside a
 * person as a count asks this first (beaten-injured.ts, beaten-subject.ts, shot-and-freed.ts, victims.ts…).
 */
export function ageNotCount(tokens: readonly Token[], i: number): boolean {
  if (!/^\d{1,2}$/.test(tokens[i]?.norm ?? '')) return false;
  return ageWordBefore(tokens, i) || childBareAge(tokens, i) !== null;
}

function childBareAge(tokens: readonly Token[], i: number): { years: number; next: number } | null {
  let j = i;
  while (j < i + 2 && ABOUT.has(tokens[j]?.norm ?? '')) j++;
  const before = tokens[i - 1]?.norm ?? '';
  const adult = ONE_ADULT.has(before);
  if ((!adult && !ONE_CHILD.has(before)) || tokens[i]!.breakBefore || !/^\d{1,2}$/.test(tokens[j]?.norm ?? '')) return null;
  const years = Number(tokens[j]!.norm);
  if (adult ? years < 14 : years >= CHILD_AGE || years < 2) return null;
  const unit = tokens[j + 1];
  if (unit && YEARS.has(unit.norm)) return { years, next: old(tokens, j + 2) };
  if (unit?.norm === 'y' && tokens[j + 2]?.norm === 'o') return { years, next: j + 3 };
  // a bare number is an age only when nothing it could count follows ("child 3 children" is no age): a harm said of
  // the one person ("woman 60 beaten", "man 38 stabbed", "homme 45 abattu") or a link word
  return unit && !unit.breakBefore && /^[a-z]/.test(unit.norm) && !HARM_AFTER_AGE.test(unit.norm) && VICTIM_VERBS[unit.norm] === undefined ? null : { years, next: j + 1 };
}

function old(tokens: readonly Token[], i: number): number {
  return tokens[i]?.norm === 'old' ? i + 1 : i;
}

/** Token ranges of ages under 18 in a text: they make a child signal ("une fille de 14 ans violée"). */
export function childAges(tokens: readonly Token[]): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const age = ageAt(tokens, i);
    if (age && age.years < CHILD_AGE) {
      out.push({ start: i, end: age.next });
      i = age.next - 1;
    }
  }
  return out;
}
