import type { Victims } from '../../domain/alert.js';
import type { SignalHit } from '../categories/categories.js';
import type { Token } from '../normalize.js';

/**
 * Animals named with their owners: "ng'ombe of 3 families taken by Twirwaneho", "cows of 5 households raided", "chèvres de
 * 3 ménages emportées", "mbuzi za watu 4 zimechukuliwa". The owners counted are not the ones taken: the theft is a looting,
 * and nobody is abducted unless a kidnapping word says so. Look-alikes: "3 families taken by M23" (no animal: people),
 * "herders of 2 families abducted" (herders are people).
 */
const ANIMALS = new Set([
  'cattle', 'cows', 'cow', 'goats', 'goat', 'sheep', 'pigs', 'chickens', 'livestock', 'herd', 'herds', 'animals', 'beasts',
  'vaches', 'vache', 'chevres', 'chevre', 'moutons', 'porcs', 'cochons', 'poules', 'betail', 'betes', 'troupeau', 'troupeaux', 'animaux', 'boeufs',
  'ombe', 'ngombe', 'ng', 'mbuzi', 'kuku', 'nguruwe', 'kondoo', 'mifugo', 'bibwele',
]);
const OF = new Set(['of', 'from', 'de', 'des', 'd', 'du', 'za', 'ya', 'wa', 'belonging', 'appartenant', 'owned']);
const FILL = new Set(['to', 'a', 'the', 'les', 'des', 'de', 'by', 'par', 'plus', 'over', 'about', 'environ', 'abt', 'plusieurs', 'several', 'many', 'some', 'quelques', 'bcp', 'their', 'leurs']);
const OWNERS = new Set([
  'families', 'family', 'households', 'household', 'people', 'persons', 'villagers', 'farmers', 'herders', 'owners', 'homes', 'houses',
  'familles', 'famille', 'menages', 'menage', 'personnes', 'villageois', 'eleveurs', 'proprietaires', 'habitants', 'cultivateurs', 'foyers',
  'watu', 'familia', 'nyumba', 'wafugaji',
]);

/** Where animals of counted owners are told: the loot hit, or null. */
export function livestockOfOwners(tokens: readonly Token[]): SignalHit | null {
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
