import type { Victims } from '../../domain/alert.js';
import { readNumber } from '../numbers.js';
import type { Token } from '../normalize.js';
import { isPerson } from './victim-words.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * The people counted right before "se sont abrités" / "se sont mis(es) à l'abri" are the displaced (reports29: "environ
 * 500 civils se sont abrités près de la base MONUSCO pendant les combats", vocabulary/sheltered-elsewhere.ts), as "500
 * civils se sont réfugiés" is read by the victim words. Called only when the description holds "abri"; fills an unknown
 * count only, and not when people were harmed (the count may then be of the harmed).
 */
const REFLEXIVE = /^(se|s)$/;
const AUX = /^(sont|est|etaient|etait)$/;
const SHELTER_WORDS = ['abrite', 'abrites', 'abritee', 'abritees', 'abritent', 'abritaient', 'mis', 'mises', 'mise', 'mettent'];
const SHELTER = oneOf(SHELTER_WORDS);
const SHELTER_SAID = trigger(SHELTER_WORDS);

export function shelteredCount(tokens: readonly Token[], victims: Victims): void {
  if (victims.displaced !== null || (victims.killed ?? 0) > 0 || (victims.injured ?? 0) > 0 || (victims.abducted ?? 0) > 0 || !said(tokens, SHELTER_SAID)) return;
  for (let i = 2; i < tokens.length; i++) {
    if (!SHELTER.test(tokens[i]!.norm) || tokens[i]!.breakBefore) continue;
    let k = i - 1;
    if (AUX.test(tokens[k]?.norm ?? '')) k--;
    if (!REFLEXIVE.test(tokens[k]?.norm ?? '') || tokens[k + 1]!.breakBefore) continue;
    if (/^(mis|mises|mise|mettent)$/.test(tokens[i]!.norm) && tokens[i + 3]?.norm !== 'abri') continue;
    const who = tokens[k - 1];
    if (!who || tokens[k]!.breakBefore || !isPerson(who.norm)) continue;
    for (let j = k - 2; j >= k - 3 && j >= 0; j--) {
      const n = readNumber(tokens, j);
      if (n && !n.article && !n.zero && n.next === k - 1 && n.value >= 2) {
        victims.displaced = n.value;
        return;
      }
    }
  }
}
