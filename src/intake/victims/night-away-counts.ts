import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * People counted as spending the night away from home, "plus de 200 personnes ont dormi à l'église", "300 people slept
 * at the parish", "50 familles passent la nuit en brousse": they fled for the night (C9), counted as displaced
 * (reports32). Only civilians are counted (soldiers sleeping at a school are another matter), and only when nothing else
 * counted the displaced. Looked at only on a word of sleeping (a Set lookup).
 */
const SLEPT_WORDS = ['dormi', 'dorment', 'slept', 'sleeping', 'sleep', 'passent', 'passe', 'spent', 'spend', 'spending'];
const SLEPT: ReadonlySet<string> = new Set(SLEPT_WORDS);
// (households and families are no count of people: C8)
const CIVILIANS = /^(personnes|pers|people|ppl|habitants|residents|villagers|villageois|gens|femmes|women|enfants|children|deplaces|idps|civils|civilians)$/;
const AUX = /^(ont|have|had|are|were|sont|qui|who)$/;
const AWAY_WORDS = ['eglise', 'church', 'paroisse', 'parish', 'brousse', 'bush', 'dehors', 'outside', 'nuit', 'night'];
const AWAY = oneOf(AWAY_WORDS);
const SLEPT_SAID = trigger(SLEPT_WORDS);
const AWAY_SAID = trigger(AWAY_WORDS);

export function nightAwayCounts(tokens: readonly Token[], victims: Victims): void {
  if ((victims.displaced !== null && victims.displaced !== undefined) || !said(tokens, SLEPT_SAID) || !said(tokens, AWAY_SAID)) return;
  for (let i = 2; i < tokens.length; i++) {
    if (!SLEPT.has(tokens[i]!.norm) || tokens[i]!.breakBefore) continue;
    let k = i - 1;
    if (AUX.test(tokens[k]!.norm)) k--;
    if (!CIVILIANS.test(tokens[k]?.norm ?? '')) continue;
    // the number before the people ("plus de 200 personnes", "300 people")
    let n = null;
    for (let j = k - 1; j >= 0 && j >= k - 2; j--) {
      const read = readNumber(tokens, j);
      if (read && !read.zero && read.next === k) n = read;
    }
    if (!n) continue;
    // where they spent it: within the next four words
    for (let j = i + 1; j <= i + 5 && j < tokens.length && !tokens[j]!.breakBefore; j++) {
      if (AWAY.test(tokens[j]!.norm)) {
        victims.displaced = n.value;
        return;
      }
    }
  }
}
