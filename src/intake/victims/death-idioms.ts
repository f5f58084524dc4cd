import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { isPerson } from './victim-words.js';
import { said, trigger } from '../triggers.js';

/**
 * A death said by an idiom rather than a harm verb (pending reports24): "did not survive the bullets", "died before reaching
 * the health centre", "found lifeless", "passé de vie à trépas", "a rendu l'âme", "est décédé ce matin", "a succombé".
 * - One person named in the sentence before the idiom (after a dateline: "Kasindi: shopkeeper machetted …, died before
 *   reaching the health centre") is killed 1 when no reader counted the dead.
 * - "a third", "un 3e" then the idiom, after a count of the dead one short of it: the ordinal is the toll ("2 civils tués, un 3e
 *   a rendu l'âme" → 3).
 * - The wounded named as the ones who died are no longer injured ("l'enseignant blessé … est décédé", "the 2 wounded died at
 *   Bunia hospital", "un blessé ayant succombé").
 * Look-alikes kept out: a death of illness or of a mishap ("died of cholera", "drowned"), people in the plural with no count
 * ("they died"), a death denied ("did not die", "n'est pas mort").
 */

const w = (s: string): string[] => s.split(' ');
// Each idiom as words; the index of its last word is where it ends.
const IDIOMS: readonly string[][] = [
  'did not survive', 'didn t survive', 'didnt survive', 'could not survive', 'n a pas survecu', 'n ont pas survecu', 'na pas survecu',
  'died before reaching', 'died on the way', 'died on arrival', 'died in hospital', 'died at the hospital', 'died this morning', 'died overnight', 'died later', 'died of his wounds', 'died of her wounds',
  'passed away', 'found lifeless', 'found dead', 'retrouve sans vie', 'retrouvee sans vie', 'trouve sans vie', 'trouvee sans vie', 'retrouve mort', 'retrouvee morte',
  'passe de vie a trepas', 'passee de vie a trepas', 'rendu l ame', 'rendu son ame', 'rendu le dernier souffle', 'rendu son dernier souffle', 'mort de ses blessures', 'morte de ses blessures',
  'est decede', 'est decedee', 'a succombe', 'ayant succombe', 'ayant succombee', 'ont succombe', 'sont decedes', 'succumbed', 'a trouve la mort', 'trouve la mort', 'died',
  // ("un blessé étant décédé à l'hôpital", "dont un blessé décédé": the participle alone, as "died")
  'etant decede', 'etant decedee', 'etant decedes', 'decede', 'decedee',
].map(w);
// (looked up by their first word: this runs on every word of every report)
const BY_FIRST_WORD = new Map<string, string[][]>();
for (const idiom of IDIOMS) BY_FIRST_WORD.set(idiom[0]!, [...(BY_FIRST_WORD.get(idiom[0]!) ?? []), idiom]);
const IDIOM_SAID = trigger([...BY_FIRST_WORD.keys()]);
const ILLNESS = /^(cholera|malaria|ebola|illness|disease|maladie|paludisme|rougeole|measles|hunger|faim|age|noye|noyee|drowned|drowning|noyade|accident|sickness|naturelle|natural)$/;
const NEGATION = /^(not|never|pas|jamais|n)$/;
const PLURAL_SUBJECT = /^(they|ils|elles|both|tous|all|les|the)$/;
// (the ordinal says the new total: "2 killed, a third died" is 3 whether or not a reader already counted the third)
const ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, '2e': 2, '3e': 3, '4e': 4, '5e': 5, '6e': 6, '2eme': 2, '3eme': 3, '4eme': 4, '5eme': 5, '6eme': 6, deuxieme: 2, troisieme: 3, quatrieme: 4, cinquieme: 5, sixieme: 6 };
const ORDINAL_PERSON = /^(victim|victime|person|personne|civilian|civil|wounded|injured|blesse|blessee|casualty|body|corps)$/;
const WOUNDED_ONE = /^(blesse|blessee|wounded|injured)$/;
const WOUNDED_MANY = /^(blesses|blessees|wounded|injured)$/;

/** [start, end) of each death idiom, not negated. */
function idiomsAt(tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!said(tokens, IDIOM_SAID)) return out;
  for (let i = 0; i < tokens.length; i++) {
    const candidates = BY_FIRST_WORD.get(tokens[i]!.norm);
    if (!candidates) continue;
    const idiom = candidates.find((p) => p.every((x, d) => tokens[i + d]?.norm === x && (d === 0 || !tokens[i + d]!.breakBefore)));
    if (!idiom) continue;
    if (NEGATION.test(tokens[i - 1]?.norm ?? '') && idiom[0] !== 'did' && idiom[0] !== 'n') continue;
    if (tokens.slice(i + idiom.length, i + idiom.length + 4).some((t) => ILLNESS.test(t.norm))) continue;
    out.push([i, i + idiom.length]);
    i += idiom.length - 1;
  }
  return out;
}

/** The one person the sentence names before the idiom at `at` (its index), or -1 when none or when a count or a plural is said. */
function onePersonBefore(tokens: readonly Token[], at: number): number {
  for (let k = at - 1; k >= 0 && k >= at - 12; k--) {
    if (tokens[k + 1]!.stopBefore) return -1;
    const word = tokens[k]!.norm;
    if (PLURAL_SUBJECT.test(word) && (word !== 'the' && word !== 'les')) return -1;
    if (!isPerson(word)) continue;
    const n = readNumber(tokens, k - 1);
    if (n && !n.article && n.value !== 1) return -1;
    // (a plural noun, or "les" before it: not one person)
    if (/s$/.test(word) && isPerson(word.slice(0, -1))) return -1;
    if (tokens[k - 1]?.norm === 'les') return -1;
    return k;
  }
  return -1;
}

export function deathIdiomCounts(tokens: readonly Token[], victims: Victims): void {
  const idioms = idiomsAt(tokens);
  if (idioms.length === 0) return;
  for (const [start] of idioms) {
    // "un 3e a rendu l'âme", "a third died in hospital": one more after the dead counted
    let k = start - 1;
    while (k > 0 && /^(a|has|had|est|is|was|since|depuis|later|also|aussi|then|ensuite)$/.test(tokens[k]!.norm)) k--;
    // ("a fifth victim died", "une 5e victime a succombé": the person said between the ordinal and the idiom, reports49)
    if (ORDINAL_PERSON.test(tokens[k]?.norm ?? '') && Object.hasOwn(ORDINALS, tokens[k - 1]?.norm ?? '')) k--;
    const ordinal = Object.hasOwn(ORDINALS, tokens[k]?.norm ?? '') ? ORDINALS[tokens[k]!.norm]! : 0;
    if (ordinal > 0 && /^(un|une|a|the|le|la)$/.test(tokens[k - 1]?.norm ?? '') && victims.killed !== null && victims.killed === ordinal - 1) {
      victims.killed = ordinal;
      return;
    }
    // "the 2 wounded died", "un blessé ayant succombé", "l'enseignant blessé … est décédé": the wounded are now dead
    const wounded = woundedBefore(tokens, start);
    if (wounded !== null) {
      if (victims.injured === wounded.count) victims.injured = null;
      if (victims.killed === null && wounded.count === 1 && wounded.one) victims.killed = 1;
      continue;
    }
    if (victims.killed !== null) continue;
    if (onePersonBefore(tokens, start) >= 0) victims.killed = 1;
  }
}

/** The wounded said to have died: how many, and whether one person was named. */
function woundedBefore(tokens: readonly Token[], at: number): { count: number; one: boolean } | null {
  for (let k = at - 1; k >= 0 && k >= at - 8; k--) {
    if (tokens[k + 1]!.stopBefore) return null;
    const word = tokens[k]!.norm;
    if (WOUNDED_MANY.test(word) || WOUNDED_ONE.test(word)) {
      // a wound verb with its object ("wounded 2 civilians") is no one who died
      if (isPerson(tokens[k + 1]?.norm ?? '') && !tokens[k + 1]!.breakBefore) return null;
      // "the 2 wounded", "un blessé", "2 more of the wounded", "deux des blessés"
      for (let j = k - 1; j >= 0 && j >= k - 4 && !tokens[j + 1]!.breakBefore; j--) {
        const n = readNumber(tokens, j);
        if (n && !n.zero && n.value > 0) return { count: n.value, one: n.value === 1 };
        if (!/^(the|les|des|of|de|d|more|autres|plus)$/.test(tokens[j]!.norm)) break;
      }
      // "l'enseignant blessé … est décédé", "le chef de quartier blessé …": one person, wounded (French agrees in number)
      return word === 'blesse' || word === 'blessee' ? { count: 1, one: true } : null;
    }
  }
  return null;
}
