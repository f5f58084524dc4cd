import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { isPerson, isSingularPerson, verbAt } from './victim-words.js';
import { said, trigger } from '../triggers.js';

/**
 * One person harmed with their kin (reports23): "took him and his 2 sons", "ils l'ont emmené avec ses deux fils", "abducted
 * the chief of Mamove and his 2 sons", "l'ont enlevé avec sa femme". The readers count the kin after the possessive, or
 * the one person, not both: here the count is the person plus the kin (a number said, or one for "his wife", "son fils").
 * Starts from "and"/"with"/"avec"/"et" followed by a possessive (a Set lookup per word). Look-alikes kept out: the
 * possessive's kin with no number in the plural ("with their children": how many unsaid), things ("and his 3 cows"),
 * a group that did it ("the chief and his 2 sons were spared"), a count already larger.
 */
const JOIN_WORDS = ['and', 'with', 'avec', 'et', 'plus'];
const JOIN: ReadonlySet<string> = new Set(JOIN_WORDS);
const POSSESSIVE_WORDS = ['his', 'her', 'their', 'ses', 'son', 'sa', 'leurs', 'leur'];
const POSSESSIVE: ReadonlySet<string> = new Set(POSSESSIVE_WORDS);
const JOIN_SAID = trigger(JOIN_WORDS);
const POSSESSIVE_SAID = trigger(POSSESSIVE_WORDS);
// the possessives of one kin when no number is said ("his wife", "sa femme", "son fils")
const ONE_OF: ReadonlySet<string> = new Set(['his', 'her', 'son', 'sa']);
// who the one person is, right after the verb: a pronoun, or an article and a singular person ("the chief of Mamove")
const PRONOUN: ReadonlySet<string> = new Set(['him', 'her', 'l', 'le', 'la', 'lui']);
const ARTICLE: ReadonlySet<string> = new Set(['the', 'a', 'le', 'la', 'l', 'un', 'une', 'their', 'leur']);

export function takenWithKin(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, JOIN_SAID) || !said(tokens, POSSESSIVE_SAID)) return;
  for (let j = 1; j + 2 < tokens.length; j++) {
    if (!JOIN.has(tokens[j]!.norm) || !POSSESSIVE.has(tokens[j + 1]!.norm) || tokens[j + 1]!.breakBefore) continue;
    const kin = kinCount(tokens, j + 2, ONE_OF.has(tokens[j + 1]!.norm));
    if (kin === null) continue;
    const verb = verbOfOne(tokens, j);
    if (verb < 0) continue;
    const key = verbAt(tokens, verb);
    if (key !== 'killed' && key !== 'abducted' && key !== 'injured') continue;
    const n = 1 + kin;
    if (victims[key] === null || victims[key]! < n) victims[key] = n;
    return;
  }
}

// The kin counted after the possessive: a number and people ("2 sons", "deux fils"), or one person with no number.
function kinCount(tokens: readonly Token[], at: number, single: boolean): number | null {
  const n = readNumber(tokens, at);
  if (n && !n.zero && !n.article && n.value >= 1) return isPerson(tokens[n.next]?.norm ?? '') && !tokens[n.next]!.breakBefore ? n.value : null;
  return single && isPerson(tokens[at]?.norm ?? '') ? 1 : null;
}

// The harm verb whose one object stands before `join`: "took him and", "l'ont emmené avec", "abducted the chief of Mamove and"; -1 when none.
function verbOfOne(tokens: readonly Token[], join: number): number {
  const before = join - 1;
  // French: the pronoun before the auxiliary, the verb right before "avec" ("l'ont emmené avec", "l'ont enlevé avec")
  if (verbAt(tokens, before) && (PRONOUN.has(tokens[before - 2]?.norm ?? '') || PRONOUN.has(tokens[before - 1]?.norm ?? ''))) return before;
  // English: the verb, then a pronoun ("took him and")
  if (PRONOUN.has(tokens[before]!.norm) && verbAt(tokens, before - 1)) return before - 1;
  // the verb, an article and one person, maybe "of <place>" ("abducted the chief of Mamove and", "kidnapped the pastor along with")
  for (let k = before; k >= 1 && k >= join - 6; k--) {
    if (tokens[k + 1]?.breakBefore && k + 1 <= before) return -1;
    if (isSingularPerson(tokens[k]!.norm) && ARTICLE.has(tokens[k - 1]?.norm ?? '') && verbAt(tokens, k - 2)) return k - 2;
  }
  return -1;
}
