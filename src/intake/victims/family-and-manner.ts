import type { VictimKey, Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { VICTIM_VERBS } from './victim-vocabulary.js';
import { isPerson, isSingularPerson } from './victim-words.js';
import { said, trigger } from '../triggers.js';

/**
 * Counts the readers miss for two wordings of the same harm (reports31):
 * - a manner adverb between the verb and whom it struck: "les M23 ont exécuté sommairement deux jeunes", "ont tué
 *   froidement 3 civils", "ont égorgé sauvagement deux femmes" (French puts it there; English before the verb);
 * - a whole family counted: "ont massacré une famille de 6 personnes", "killed a family of five", "une famille de 4
 *   personnes tuée" — the family's number is the count of the verb beside it.
 * Only a count still unknown is set. Cheap triggers: a Set lookup of the adverb or of "famille"/"family".
 */
const MANNER_WORDS = ['sommairement', 'froidement', 'sauvagement', 'brutalement', 'atrocement', 'lachement', 'cruellement', 'summarily', 'brutally', 'savagely', 'mercilessly', 'ruthlessly'];
const MANNER: ReadonlySet<string> = new Set(MANNER_WORDS);
const ONE: ReadonlySet<string> = new Set(['le', 'la', 'l', 'un', 'une', 'the', 'a', 'an', 'son', 'sa', 'his', 'her', 'their', 'leur']);
const FAMILY_WORDS = ['famille', 'family'];
const FAMILY: ReadonlySet<string> = new Set(FAMILY_WORDS);
const MANNER_SAID = trigger([...MANNER_WORDS, ...FAMILY_WORDS]);
const OF: ReadonlySet<string> = new Set(['de', 'of', 'd']);
const FILLER: ReadonlySet<string> = new Set(['personnes', 'people', 'persons', 'membres', 'members', 'ames', 'entiere', 'entire', 'whole', 'toute']);

function personAfter(tokens: readonly Token[], from: number): boolean {
  for (let j = from; j <= from + 2 && j < tokens.length; j++) {
    if (tokens[j]!.breakBefore) return false;
    if (isPerson(tokens[j]!.norm)) return true;
  }
  return false;
}

export function familyAndMannerCounts(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, MANNER_SAID)) return;
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (MANNER.has(w)) {
      const key = VICTIM_VERBS[tokens[i - 1]!.norm];
      const n = key && victims[key] === null && !tokens[i]!.breakBefore ? readNumber(tokens, i + 1) : null;
      if (key && n && n.value > 0 && !tokens[i + 1]!.breakBefore && personAfter(tokens, n.next)) victims[key] = n.value;
      // ("ont exécuté sommairement le chef du village": one person)
      else if (key && victims[key] === null && ONE.has(tokens[i + 1]?.norm ?? '') && !tokens[i + 1]!.breakBefore && isSingularPerson(tokens[i + 2]?.norm ?? '')) victims[key] = 1;
      continue;
    }
    if (!FAMILY.has(w) || !OF.has(tokens[i + 1]?.norm ?? '')) continue;
    const n = readNumber(tokens, i + 2);
    if (!n || n.value < 2) continue;
    // the verb before ("ont massacré une famille de 6"), or after the count ("a family of 5 killed", "une famille de 4 personnes tuée")
    let key: VictimKey | undefined;
    for (let k = i - 1; k >= 0 && k >= i - 3 && !key; k--) {
      if (tokens[k + 1]!.breakBefore) break;
      key = VICTIM_VERBS[tokens[k]!.norm];
    }
    for (let k = n.next; k < tokens.length && k <= n.next + 3 && !key && !tokens[k]!.breakBefore; k++) {
      if (FILLER.has(tokens[k]!.norm)) continue;
      key = VICTIM_VERBS[tokens[k]!.norm];
      if (!key && !/^(ont|a|were|was|have|been|ete|has|sont|est)$/.test(tokens[k]!.norm)) break;
    }
    if (key && key !== 'displaced' && victims[key] === null) victims[key] = n.value;
  }
}
