import type { Token } from '../normalize.js';
import { verbAt } from './victim-words.js';

/**
 * Mob justice is told with the charge between the people and their harm (reports36): "a man accused of witchcraft
 * killed by youths", "2 hommes accusés de vol lynchés par la foule", "une femme soupçonnée de sorcellerie enterrée
 * vivante", "an old woman accused of witchcraft was buried alive". The charge ("of witchcraft", "de vol") is skipped
 * and the harm after it counts the people. A charge that is itself a harm ("accused of killing a child", "accusé de
 * viol") names what they are said to have done: the people are not counted by it, the reading stops as before.
 */
const ACCUSED: ReadonlySet<string> = new Set([
  'accused', 'accuse', 'accuses', 'accusee', 'accusees', 'suspected', 'soupconne', 'soupconnes', 'soupconnee', 'soupconnees', 'alleged', 'presume', 'presumes',
]);
const OF: ReadonlySet<string> = new Set(['of', 'de', 'd', 'du', 'des', 'to', 'by']);
// ("accused of forced marriage and rape of 2 women": a charge that goes on names more of what they did)
const JOINS: ReadonlySet<string> = new Set(['and', 'et', 'or', 'ou', 'with', 'avec', 'plus']);
const AUX: ReadonlySet<string> = new Set(['was', 'were', 'been', 'has', 'have', 'had', 'a', 'ont', 'ete', 'est', 'sont', 'later', 'then', 'puis', 'ensuite']);

/** The index of the harm verb after a charge at j ("accused of witchcraft … killed"), or -1. */
export function harmAfterCharge(tokens: readonly Token[], j: number): number {
  if (!ACCUSED.has(tokens[j]?.norm ?? '') || !OF.has(tokens[j + 1]?.norm ?? '') || tokens[j + 1]!.breakBefore) return -1;
  let k = j + 2;
  // (the charge itself is a harm: "accused of killing", "accusé de viol": it says what they did)
  if (k >= tokens.length || verbAt(tokens, k) || tokens[k]!.breakBefore) return -1;
  for (let words = 0; k < tokens.length && words < 4; k++, words++) {
    if (tokens[k]!.breakBefore || JOINS.has(tokens[k]!.norm)) return -1;
    if (verbAt(tokens, k)) return words > 0 ? k : -1;
    if (AUX.has(tokens[k]!.norm) && words > 0) {
      let v = k;
      while (v < tokens.length && v <= k + 2 && AUX.has(tokens[v]!.norm) && !tokens[v]!.breakBefore) v++;
      return v < tokens.length && !tokens[v]!.breakBefore && verbAt(tokens, v) ? v : -1;
    }
  }
  return -1;
}
