import type { Victims } from '../../domain/alert.js';
import { CHILD_NOUNS } from '../categories/keywords.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';

/**
 * The children among the victims with the number after the noun, as phone-typed lists put it: "watu 4 dead incl enfants 2",
 * "4 morts dont enfants 2", "including children 3" (reports32). Read only after a word of inclusion (a Set lookup), never
 * an age ("dont un enfant 2 ans" is an age), and only when no child count was read.
 */
const INCLUDING_WORDS = ['incl', 'including', 'inc', 'dont', 'among', 'parmi', 'compris', 'incluant'];
const INCLUDING: ReadonlySet<string> = new Set(INCLUDING_WORDS);
const INCLUDING_SAID = trigger(INCLUDING_WORDS);
const CHILD_SAID = trigger([...CHILD_NOUNS]);
const AGE = /^(ans|an|years?|yrs?|yo|mois|months?)$/;

export function childThenCount(tokens: readonly Token[], victims: Victims): void {
  if (victims.childrenAffected !== null && victims.childrenAffected !== undefined) return;
  if (!said(tokens, INCLUDING_SAID) || !said(tokens, CHILD_SAID)) return;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!INCLUDING.has(tokens[i]!.norm)) continue;
    let k = i + 1;
    if (/^(them|eux|les|des|the)$/.test(tokens[k]!.norm)) k++;
    if (!CHILD_NOUNS.has(tokens[k]?.norm ?? '') || tokens[k + 1]?.breakBefore) continue;
    const n = readNumber(tokens, k + 1);
    if (!n || n.zero || n.article || AGE.test(tokens[n.next]?.norm ?? '')) continue;
    victims.childrenAffected = n.value;
    return;
  }
}
