import type { Token } from '../normalize.js';
import { isPerson, isSingularPerson, verbAt } from './victim-words.js';

/**
 * One count said over the people it names when they are named in two words or followed by an approximation (reports42):
 * "15 women and girls abducted", "20 hommes et femmes tués", "Quatre-vingts personnes environ enlevées",
 * "30 people or so abducted". The victim group reader (victim-groups.ts) asks here, after a person noun, how many words
 * to read on: a second plural person noun joined by and/et with no number of its own (the number is the whole's; the
 * children among them are not counted apart), or a postposed "environ" / "approximately" / "or so". Nothing is
 * read unless a harm verb closes the phrase, as for any group; "2 men and 3 women" (a number of their own) stays the
 * list reader's. Cheap: a word compared against a small Set.
 */
const APPROX = new Set(['environ', 'env', 'approximativement', 'approx', 'approximately', 'apparemment']);

export function sharedCountStep(tokens: readonly Token[], j: number): number {
  const t = tokens[j];
  if (!t) return 0;
  const w = t.norm;
  if (APPROX.has(w)) return t.breakBefore ? 0 : 1;
  if (w === 'or' && tokens[j + 1]?.norm === 'so' && !tokens[j + 1]!.breakBefore) return 2;
  if ((w === 'and' || w === 'et') && !t.breakBefore) {
    const y = tokens[j + 1];
    if (!y || y.breakBefore || !isPerson(y.norm) || isSingularPerson(y.norm) || y.norm.length < 3) return 0;
    // ("3 soldiers and civilians", "2 morts et blessés": a casualty word or a harm is no second noun of the same people)
    if (verbAt(tokens, j + 1)) return 0;
    return 2;
  }
  return 0;
}
