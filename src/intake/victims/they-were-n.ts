import type { VictimKey, Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { isPerson, verbAt } from './victim-words.js';

/**
 * The whole given again by a pronoun, as a follow-up or a correction says it (pending reports42): "les ADF ont relâché 7
 * otages, ils étaient 10 enlevés le mois passé", "Environ 80 otages: correction, ils sont 18 selon l'administrateur",
 * "they were 12 taken in all". The number after "ils/elles/they" + "étaient/sont/were/are" is the count of that harm (the
 * harm word after it, else the one harm already counted), not one more group to add. Look-alikes kept out: "they were 3
 * women and 2 men" (people named: who they were, not how many), a unit after the number ("ils étaient 3 jours en
 * brousse"). "ils étaient 12 à être enlevés" names its harm outright and counts it even when nothing was counted. Cheap trigger: the pronoun (Set), then the verb.
 */
const THEY = new Set(['ils', 'elles', 'they']);
const BE = new Set(['etaient', 'sont', 'were', 'are', 'seraient', 'etaient', 'furent']);
const NOT_PEOPLE_AFTER = /^(days?|jours?|hours?|heures?|weeks?|semaines?|months?|mois|km|ans|years?)$/;
const TOTAL_NOUNS = /^(otages|hostages|victimes|victims|captifs|captives|personnes|people|au|in|en|total|all|tout)$/;
const HARMS: readonly VictimKey[] = ['killed', 'injured', 'abducted'];

export function theyWereN(tokens: readonly Token[], victims: Victims): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!THEY.has(tokens[i]!.norm) || !BE.has(tokens[i + 1]!.norm)) continue;
    const n = readNumber(tokens, i + 2);
    if (!n || n.article || n.zero) continue;
    const after = tokens[n.next];
    const afterWord = after && !after.breakBefore ? after.norm : '';
    if (NOT_PEOPLE_AFTER.test(afterWord)) continue;
    if (isPerson(afterWord) && !TOTAL_NOUNS.test(afterWord)) continue;
    // ("ils étaient 12 à être enlevés", "elles sont 3 à avoir été violées": the harm after "à être", said outright; reports44)
    const toBe = afterWord === 'a' && /^(etre|avoir)$/.test(tokens[n.next + 1]?.norm ?? '') ? n.next + (tokens[n.next + 2]?.norm === 'ete' ? 3 : 2) : -1;
    let key: VictimKey | undefined = toBe > 0 ? verbAt(tokens, toBe) : afterWord ? verbAt(tokens, n.next) : undefined;
    if (toBe > 0 && key && HARMS.includes(key) && victims[key] === null) {
      victims[key] = n.value;
      return;
    }
    if (!key) {
      const counted = HARMS.filter((k) => victims[k] !== null);
      if (counted.length !== 1) continue;
      key = counted[0];
    }
    if (!key || !HARMS.includes(key) || victims[key] === null || victims[key] === n.value) continue;
    victims[key] = n.value;
    return;
  }
}
