import type { Victims } from '../../domain/alert.js';
import type { SignalHit } from './categories.js';
import { readNumber } from '../numbers.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * An animal hurt or killed is no person harmed: "les agri ont blessé 1 vache", "farmers injured 2 cows", "ont tué 3
 * chèvres", "killed a goat" (reports39: a herders-farmers quarrel, not an attack on civilians). The harm verb with the
 * animal as its object (a count or an article between) is set aside, and its count is no victim's.
 * The same after a death noun: "tension après la mort de 2 vaches", "after the death of 3 goats".
 * Kept: "blessé 1 éleveur et tué 3 vaches" (the herder is counted), "2 cows stolen" (a theft: livestock-owners.ts).
 */
const HARM_WORDS = ['blesse', 'blesses', 'blessee', 'blessees', 'injured', 'wounded', 'injure', 'tue', 'tues', 'tuee', 'tuees', 'killed', 'kill', 'abattu', 'abattus', 'abattue', 'abattues', 'slaughtered', 'egorge', 'egorges'];
const HARM = oneOf(HARM_WORDS);
const HARM_SAID = trigger([...HARM_WORDS, 'mort', 'death', 'deaths', 'deces']);
// ("après la mort de 2 vaches", "after the death of 3 goats": the death noun before the animals)
const DEATH = /^(mort|death|deaths|deces)$/;
const ANIMAL = /^(vaches?|cows?|chevres?|goats?|moutons?|sheep|boeufs?|cattle|betail|betes|porcs?|pigs?|cochons?|poules?|chickens?|ngombe|mbuzi|animaux|animals?|taureaux|taureau|bull|bulls|veaux|veau|calves|calf)$/;

function animalObjectAt(tokens: readonly Token[], v: number): { animal: number; count: number | null } | null {
  let k = v + 1;
  let count: number | null = null;
  const n = readNumber(tokens, k);
  if (n && !n.zero) {
    count = n.value;
    k = n.next;
  } else if (/^(une?|a|an|des|les|la|le|l|their|leurs|leur|sa|son|ses)$/.test(tokens[k]?.norm ?? '')) k++;
  const t = tokens[k];
  return t && !t.breakBefore && ANIMAL.test(t.norm) ? { animal: k, count } : null;
}

/** A harm word whose object is an animal. */
export function animalHarmed(h: SignalHit, tokens: readonly Token[]): boolean {
  return (h.value.signal === 'injure' || h.value.signal === 'kill') && h.end - h.start === 1 && HARM.test(tokens[h.start]!.norm) && animalObjectAt(tokens, h.start) !== null;
}

/** The count read from an animal harmed ("blessé 1 vache") is no victim's. */
export function animalsNotHarmedPeople(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, HARM_SAID)) return;
  for (let v = 0; v < tokens.length; v++) {
    const death = DEATH.test(tokens[v]!.norm) && /^(de|d|of)$/.test(tokens[v + 1]?.norm ?? '');
    if (!HARM.test(tokens[v]!.norm) && !death) continue;
    const o = animalObjectAt(tokens, death ? v + 1 : v);
    if (!o || o.count === null) continue;
    const key = death ? 'killed' : /^(tue|tues|tuee|tuees|killed|kill|abattu|abattus|abattue|abattues|slaughtered|egorge|egorges)$/.test(tokens[v]!.norm) ? 'killed' : 'injured';
    if (victims[key] === o.count) victims[key] = null;
  }
}
