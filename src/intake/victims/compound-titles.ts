import type { Token } from '../normalize.js';
import { isPerson } from './victim-words.js';
import { said, trigger } from '../triggers.js';

/**
 * Two words that name which people before the person word (reports36): "a civil society leader", "human rights defender",
 * "a community radio journalist", "the youth council president". A reader that allows one word of trade before the
 * person ("a maize trader", categories/people-taken.ts) misses these; this gives how many words to step over (2), or 0.
 * Only the pairs listed, so "a lot of men" or a place name stays as it is.
 */
const PAIRS = new Set(['civil society', 'human rights', 'community radio', 'radio community', 'youth council', 'local radio', 'site committee', 'camp committee', 'idp site', 'women association', 'women s', 'societe civile']);
/** The first word of one of the pairs (compoundTitleWords is 0 without one). */
export const TITLE_SAID = trigger([...new Set([...PAIRS].map((p) => p.split(' ')[0]!))]);

export function compoundTitleWords(tokens: readonly Token[], k: number): number {
  const a = tokens[k];
  const b = tokens[k + 1];
  const person = tokens[k + 2];
  if (!said(tokens, TITLE_SAID)) return 0;
  if (!a || !b || !person || b.breakBefore || person.breakBefore) return 0;
  return PAIRS.has(`${a.norm} ${b.norm}`) && isPerson(person.norm) ? 2 : 0;
}
