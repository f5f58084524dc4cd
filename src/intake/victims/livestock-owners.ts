import type { Victims } from '../../domain/alert.js';
import type { SignalHit } from '../categories/categories.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { isPerson } from './victim-words.js';
import { said, trigger } from '../triggers.js';

/**
 * Animals named with their owners: "ng'ombe of 3 families taken by Twirwaneho", "cows of 5 households raided", "chèvres de
 * 3 ménages emportées", "mbuzi za watu 4 zimechukuliwa". The owners counted are not the ones taken: the theft is a looting,
 * and nobody is abducted unless a kidnapping word says so. Look-alikes: "3 families taken by M23" (no animal: people),
 * "herders of 2 families abducted" (herders are people).
 */
const ANIMALS_WORDS = [
  'cattle', 'cows', 'cow', 'goats', 'goat', 'sheep', 'pigs', 'chickens', 'livestock', 'herd', 'herds', 'animals', 'beasts',
  'vaches', 'vache', 'chevres', 'chevre', 'moutons', 'porcs', 'cochons', 'poules', 'betail', 'betes', 'troupeau', 'troupeaux', 'animaux', 'boeufs',
  'ombe', 'ngombe', 'ng', 'mbuzi', 'kuku', 'nguruwe', 'kondoo', 'mifugo', 'bibwele',
];
const ANIMALS: ReadonlySet<string> = new Set(ANIMALS_WORDS);
const ANIMALS_SAID = trigger(ANIMALS_WORDS);
const OF = new Set(['of', 'from', 'de', 'des', 'd', 'du', 'za', 'ya', 'wa', 'belonging', 'appartenant', 'owned']);
const FILL = new Set(['to', 'a', 'the', 'les', 'des', 'de', 'by', 'par', 'plus', 'over', 'about', 'environ', 'abt', 'plusieurs', 'several', 'many', 'some', 'quelques', 'bcp', 'their', 'leurs']);
const OWNERS_WORDS = [
  'families', 'family', 'households', 'household', 'people', 'persons', 'villagers', 'farmers', 'herders', 'owners', 'homes', 'houses',
  'familles', 'famille', 'menages', 'menage', 'personnes', 'villageois', 'eleveurs', 'proprietaires', 'habitants', 'cultivateurs', 'foyers',
  'watu', 'familia', 'nyumba', 'wafugaji',
];
const OWNERS: ReadonlySet<string> = new Set(OWNERS_WORDS);
const OWNERS_SAID = trigger(OWNERS_WORDS);

/** Where animals of counted owners are told: the loot hit, or null. */
export function livestockOfOwners(tokens: readonly Token[]): SignalHit | null {
  if (!said(tokens, ANIMALS_SAID) || !said(tokens, OWNERS_SAID)) return null;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!ANIMALS.has(tokens[i]!.norm)) continue;
    const a = tokens[i]!.norm === 'ng' ? i + 1 : i; // ng'ombe in two tokens
    if (a > i && tokens[a]?.norm !== 'ombe') continue;
    if (!OF.has(tokens[a + 1]?.norm ?? '')) continue;
    for (let k = a + 2; k <= a + 5 && k < tokens.length && !tokens[k]!.breakBefore; k++) {
      const w = tokens[k]!.norm;
      if (OWNERS.has(w)) return { value: { signal: 'loot', subType: null }, start: i, end: k + 1 };
      if (!FILL.has(w) && !/^\d{1,4}$/.test(w) && !/^(two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|sept|huit|neuf|dix|mbili|tatu|nne|tano)$/.test(w)) break;
    }
  }
  return null;
}

/** The owners counted beside their animals are nobody taken (the kidnapping words are read apart). */
const KIDNAP = /^(abduct\w*|kidnap\w*|enlev\w*|hostages?|otages?|rapts?|ravisseurs?)$/;
/** Animals of counted owners and no kidnapping word: only animals were taken ("mbuzi za watu 4 zimechukuliwa"). */
export function onlyAnimalsTaken(hit: SignalHit | null, tokens: readonly Token[]): boolean {
  return hit !== null && !tokens.some((t) => KIDNAP.test(t.norm));
}
export function ownersNotTaken(animalsOnly: boolean, victims: Victims): void {
  if (animalsOnly) victims.abducted = null;
}

/**
 * Animals counted are no people taken: "Twirwaneho ont emporté une trentaine de vaches" had read 30 abducted (the
 * approximate "une trentaine de" before the animals). An abducted count equal to a number said only of animals ("une
 * dizaine de chèvres", "a dozen cows", "30 vaches") is dropped. Read only when someone is counted abducted.
 * Look-alikes: "une trentaine de personnes enlevées" (people), "30 vaches emportées et 2 bergers enlevés" (2 herders).
 */
const ASKED_PRICE = /^(want|wants|demand|demands|demanded|demanding|asked|asking|exigent|exige|exigeaient|reclament|reclame|demandent|veulent|veut)$/;

export function animalsNotTaken(tokens: readonly Token[], victims: Victims): void {
  const taken = victims.abducted;
  if (taken === null || taken === 0 || !said(tokens, ANIMALS_SAID)) return;
  for (let j = 1; j < tokens.length; j++) {
    if (!animalAt(tokens, j)) continue;
    for (let k = j - 1; k >= j - 4 && k >= 0; k--) {
      const n = readNumber(tokens, k);
      // ("une trentaine de vaches", "a dozen cows", "30 cows", "about thirty of their cattle")
      // ("they want 3 cows for their release", "ils exigent 3 chèvres": animals asked as the price, not taken; reports47)
      if (n && ASKED_PRICE.test(tokens[k - 1]?.norm ?? '')) break;
      if (n && !n.article && n.value === taken && n.next <= j && onlyFillBetween(tokens, n.next, j)) {
        victims.abducted = null;
        return;
      }
      // ("deux autres emmenés par des hommes armés qui ont emporté une soixantaine de vaches": a reader summed the 2
      // people and the 60 cows; the people said elsewhere are the count, pending reports40)
      if (n && !n.article && n.value < taken && n.next <= j && onlyFillBetween(tokens, n.next, j) && peopleCountSaid(tokens, taken - n.value, k)) {
        victims.abducted = taken - n.value;
        return;
      }
    }
  }
}

/** The count `m` said somewhere before the animals at `before` (not an article: "deux autres", "3 bergers"). */
function peopleCountSaid(tokens: readonly Token[], m: number, before: number): boolean {
  for (let i = 0; i < before; i++) {
    const r = readNumber(tokens, i);
    if (r && !r.article && !r.zero && r.value === m) return true;
  }
  return false;
}

function onlyFillBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!FILL.has(tokens[k]!.norm) && !OF.has(tokens[k]!.norm)) return false;
  return true;
}

/**
 * A taking word whose object is animals ("ont emmené une vingtaine de vaches", "took away 30 goats"): a theft, no
 * abduction, unless people are taken with them in the clause ("… de vaches et 3 bergers"). `end`: the word after the verb.
 */
const LINKS = new Set(['de', 'd', 'des', 'du', 'of', 'the', 'les', 'leurs', 'their', 'une', 'un', 'a', 'an', 'away', 'off']);
export function animalsTakenAt(tokens: readonly Token[], end: number): boolean {
  if (!said(tokens, ANIMALS_SAID)) return false;
  let animals = false;
  for (let k = end; k < tokens.length && k <= end + 8 && !tokens[k]!.breakBefore; k++) {
    const w = tokens[k]!.norm;
    if (ANIMALS.has(w)) animals = true;
    else if (k > end + 4 && !animals) return false;
    else if (!LINKS.has(w) && isPerson(w)) return false;
  }
  return animals;
}

/**
 * An animal word that names animals, not the people who keep them ("2 cattle herders", "goat traders"). (A person
 * after a comma starts another clause: "une centaine de vaches, éleveurs en fuite" are cows.)
 */
export function animalAt(tokens: readonly Token[], j: number): boolean {
  if (!said(tokens, ANIMALS_SAID)) return false;
  const next = tokens[j + 1];
  return ANIMALS.has(tokens[j]?.norm ?? '') && (!next || next.breakBefore || !isPerson(next.norm));
}
