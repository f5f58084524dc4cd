import type { VictimKey, Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { isSingularPerson, verbAt } from './victim-words.js';
import { said, trigger } from '../triggers.js';

/**
 * Who was harmed named by what they were accused of (reports36, t36c). Mob justice against people said to be witches or
 * thieves is told by the accusation: "man accused by neighbours of being a 'sorcerer' killed w machetes", "une femme
 * soupçonnée de sorcellerie battue à mort", "2 presumés sorciers battus a mort", "two alleged witches lynched". The
 * accusation between the person and the harm (quotes included) says who the person is: the count belongs to the person.
 * Counted only where no other reading gave that count (or, for the accused counted by a number, gave fewer). Look-alikes
 * kept out: "a man accused of killing his neighbour arrested" (the harm is what he is accused of, and an arrest is no
 * harm), "the man accused of the rape was released".
 */
const ARTICLE = /^(the|a|an|le|la|l|un|une|one|1|this|ce|cet|cette)$/;
const ACCUSED_WORDS = [
  'accused', 'suspected', 'alleged', 'accuse', 'accusee', 'soupconne', 'soupconnee', 'suspecte', 'suspectee', 'presume', 'presumee', 'taxe', 'taxee', 'traite', 'traitee', 'labelled', 'labeled', 'branded', 'called',
];
const ACCUSED: ReadonlySet<string> = new Set(ACCUSED_WORDS);
// People named by the accusation itself: "two witches", "des présumés sorciers", "2 suspected thieves".
const ACCUSED_NOUN_WORDS = [
  'witch', 'witches', 'sorcerer', 'sorcerers', 'sorceress', 'sorcier', 'sorciers', 'sorciere', 'sorcieres', 'wizard', 'wizards', 'ndoki', 'bandoki', 'mchawi', 'wachawi',
];
const ACCUSED_NOUNS: ReadonlySet<string> = new Set(ACCUSED_NOUN_WORDS);
const ACCUSED_SAID = trigger([...ACCUSED_WORDS, ...ACCUSED_NOUN_WORDS]);
const DOUBT: ReadonlySet<string> = new Set(['alleged', 'presumed', 'suspected', 'so', 'called', 'supposed', 'presume', 'presumes', 'presumee', 'presumees', 'suppose', 'supposes', 'pretendu', 'pretendus', 'pretendue', 'pretendues', 'soi', 'disant', 'dits', 'dites']);
const HARM_KEYS: ReadonlySet<VictimKey> = new Set(['killed', 'injured', 'abducted']);
// (an arrest or custody is no harm of this reader: C23 decides it elsewhere)
const NOT_HARM = /^(arrest|arret|interpel|apprehend|detain|detenu|custod|released|relache|libere|jailed)/;
// The accusation's own verb: "accused of killing", "soupçonné d'avoir tué", "of having abducted".
const OWN_VERB = /^(of|de|d|avoir|having|for|pour)$/;

export function accusedPersonHarmed(tokens: readonly Token[], description: string, victims: Victims): void {
  if (!said(tokens, ACCUSED_SAID)) return;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (ACCUSED_NOUNS.has(w)) accusedNounHarmed(tokens, description, i, victims);
    else if (ACCUSED.has(w) && !tokens[i]!.breakBefore && i >= 1 && singularBefore(tokens, i - 1)) accusedOneHarmed(tokens, description, i, victims);
  }
}

// "man accused …", "a woman suspected …", "Bogoro: homme accusé …"
function singularBefore(tokens: readonly Token[], h: number): boolean {
  const head = tokens[h]!;
  if (!isSingularPerson(head.norm)) return false;
  const before = tokens[h - 1];
  return !before || head.breakBefore || head.start - before.end > 1 || ARTICLE.test(before.norm);
}

function accusedOneHarmed(tokens: readonly Token[], description: string, a: number, victims: Victims): void {
  for (let k = a + 1; k < tokens.length && k <= a + 12; k++) {
    const t = tokens[k]!;
    // a quote ("of being a 'sorcerer' killed") does not close the clause; a comma does
    if (/^\d/.test(t.norm) || !joined(tokens, description, k)) return;
    const key = harmOf(tokens, k);
    if (!key) continue;
    if (!HARM_KEYS.has(key) || NOT_HARM.test(t.norm) || t.norm.endsWith('ing') || OWN_VERB.test(tokens[k - 1]!.norm)) return;
    if (victims[key] === null) victims[key] = 1;
    return;
  }
}

function accusedNounHarmed(tokens: readonly Token[], description: string, n: number, victims: Victims): void {
  // the count before: "2 presumés sorciers", "two alleged witches", "a 'sorcerer'"
  let c = n - 1;
  while (c >= 0 && c >= n - 3 && DOUBT.has(tokens[c]!.norm)) c--;
  if (c < 0) return;
  for (let k = c + 1; k <= n; k++) if (!joined(tokens, description, k)) return;
  const count = readNumber(tokens, c);
  if (!count || count.zero || count.next !== c + 1 || count.value < 1 || count.value > 50) return;
  let v = n + 1;
  while (v < tokens.length && v <= n + 3 && DOUBT.has(tokens[v]!.norm) && joined(tokens, description, v)) v++;
  const verb = tokens[v];
  if (!verb || !joined(tokens, description, v)) return;
  const key = harmOf(tokens, v);
  if (!key || !HARM_KEYS.has(key) || NOT_HARM.test(verb.norm) || verb.norm.endsWith('ing')) return;
  const had = victims[key];
  if (had === null || (typeof had === 'number' && had < count.value)) victims[key] = count.value;
}

// "beaten to death", "battus à mort": killed; "beaten", "tabassé", "lynched" without death: the count the verb feeds.
const BEATEN = /^(beaten|beat|battue?s?|tabasse\w*|bastonne\w*|molested|roughed|whipped|fouette\w*|chicotte\w*)$/;
function harmOf(tokens: readonly Token[], v: number): VictimKey | undefined {
  const w = tokens[v]!.norm;
  const next = tokens[v + 1]?.norm ?? '';
  const then = tokens[v + 2]?.norm ?? '';
  if ((next === 'to' && then === 'death') || (next === 'a' && then === 'mort')) return 'killed';
  const key = verbAt(tokens, v);
  if (key) return key;
  return BEATEN.test(w) ? 'injured' : undefined;
}

// No clause punctuation before word k, quotes aside.
function joined(tokens: readonly Token[], description: string, k: number): boolean {
  const t = tokens[k]!;
  return !t.stopBefore && (!t.breakBefore || onlyQuotes(description.slice(tokens[k - 1]!.end, t.start)));
}

function onlyQuotes(gap: string): boolean {
  return /^[\s'"‘’“”«»]*$/.test(gap);
}
