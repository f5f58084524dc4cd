import type { Token } from '../normalize.js';
import { verbAt } from './victim-words.js';

/**
 * "N others" after a count whose state they do not share (pending reports31): "quatre civils ont été tués et deux autres
 * sont portés disparus", "4 killed and 2 others missing", "3 morts et 2 autres toujours introuvables". The others are
 * missing, or harmed some other way, not more of the dead; "2 more were injured" already names its own harm the same way.
 * Read after the "more/others" word: a few words of being or reporting, then a state or a harm of their own.
 */

// Being, reporting or lasting: "sont portés", "are still", "were reported", "restent", "ont été".
const LINK = new Set([
  'sont', 'sont-ils', 'est', 'ont', 'ete', 'are', 'were', 'is', 'was', 'have', 'has', 'been', 'remain', 'remains', 'restent', 'reste',
  'still', 'toujours', 'encore', 'reported', 'reportes', 'reportees', 'signales', 'signalees', 'portes', 'portees', 'declared', 'declares',
  'declarees', 'listed', 'considered', 'consideres', 'also', 'aussi', 'egalement', 'presumed', 'presumes',
]);
// Missing or not yet found: a state of their own, no harm known.
const UNACCOUNTED = /^(missing|disparus?|disparues?|introuvables?|unaccounted|untraced|lost|perdus?)$/;

/** True when the words from `k` (right after "others") give those others a state or a harm of their own. */
export function othersHaveOwnState(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (j < tokens.length && j < k + 4 && LINK.has(tokens[j]!.norm) && !tokens[j]!.breakBefore) j++;
  const t = tokens[j];
  if (!t || t.breakBefore) return false;
  return UNACCOUNTED.test(t.norm) || verbAt(tokens, j) !== undefined;
}

/**
 * "ADF killed 3 farmers and 2 others", "ont tué 4 civils et 2 autres": the others go on the verb's list of objects, which
 * the victim reader already counts (victims.ts); `join` is the "and/et" right after "verb, count, person".
 */
export function objectListGoesOn(tokens: readonly Token[], join: number, isPerson: (w: string) => boolean): boolean {
  const person = tokens[join - 1];
  const count = tokens[join - 2];
  if (!person || !count || !isPerson(person.norm) || person.breakBefore || count.breakBefore) return false;
  return verbAt(tokens, join - 3) !== undefined && /^(\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|one|two|three|four|five|six|seven|eight|nine|ten)$/.test(count.norm);
}
