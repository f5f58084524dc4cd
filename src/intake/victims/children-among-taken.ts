import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { CHILD_NOUNS } from './victim-vocabulary.js';
import { said, trigger } from '../triggers.js';

/**
 * C18: the people counted as taken are children when the same number is said of children ("les nyatura ont embarqué
 * 4 garçons de 14-16 ans", "ont embarqué 4 enfants"): a taking verb the victim
 * words do not hold left the children uncounted (reports27). Look-alikes kept out: another number of children ("took
 * 6 people, among them 2 children": counted already by the readers before), children with no taking counted.
 */
const CHILD_SAID = trigger([...CHILD_NOUNS]);
export function childrenAmongTaken(tokens: readonly Token[], victims: Victims): void {
  const taken = victims.abducted;
  if (victims.childrenAffected !== null || taken === null || taken === 0 || !said(tokens, CHILD_SAID)) return;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const n = readNumber(tokens, i);
    if (!n || n.zero || n.value !== taken) continue;
    if (CHILD_NOUNS.has(tokens[n.next]?.norm ?? '') && !tokens[n.next]!.breakBefore) {
      victims.childrenAffected = taken;
      return;
    }
  }
}
