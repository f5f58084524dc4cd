import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * People taken and let go who were raped are the survivors counted (C12; pending reports40), in the two ways the
 * back-and-say reader (back-and-say-raped.ts) does not read:
 * - the rape told after the release: "4 femmes enlevées …, 2 relâchées après avoir été violées", "5 women abducted …,
 *   3 released after being raped" (the count before the release);
 * - the whole group let go, then "they say they were raped": "3 women taken by CODECO … were released the same night;
 *   they say they were raped", "les 3 femmes enlevées … ont été relâchées, elles disent avoir été violées" (the count
 *   of those taken, when no part of them is counted at the release).
 * Fills crsvSurvivors only where no reader counted it. Look-alikes kept: a release with no rape ("2 relâchées après
 * avoir payé"), a part released before the saying ("2 released; they say they were beaten"), a rape told of others.
 */
const BACK_WORDS = ['revenues', 'revenus', 'rentrees', 'rentres', 'liberees', 'liberes', 'relachees', 'relaches', 'released', 'freed', 'escaped', 'evadees'];
const BACK: ReadonlySet<string> = new Set(BACK_WORDS);
const AFTER = new Set(['apres', 'after']);
const AFTER_FILLER = new Set(['avoir', 'ete', 'being', 'having', 'been', 'etre']);
const BEFORE_FILLER = new Set(['sont', 'ont', 'ete', 'were', 'have', 'been', 'later', 'finalement', 'eventually']);
const THEY = new Set(['they', 'elles', 'ils']);
const SAY = new Set(['disent', 'affirment', 'declarent', 'racontent', 'say', 'said', 'report', 'reported', 'told']);
const RAPED_WORDS = ['viole', 'violes', 'violee', 'violees', 'raped', 'abusee', 'abusees', 'abused'];
const RAPED = oneOf(RAPED_WORDS);
const BACK_SAID = trigger(BACK_WORDS);
const RAPED_SAID = trigger(RAPED_WORDS);

export function freedThenRaped(tokens: readonly Token[], victims: Victims): void {
  // (a reader may have counted all those taken as raped: "6 femmes prises …, 4 libérées après avoir été violées" says 4)
  const whole = victims.crsvSurvivors !== null && victims.crsvSurvivors === victims.abducted;
  if ((victims.crsvSurvivors !== null && !whole) || !said(tokens, BACK_SAID) || !said(tokens, RAPED_SAID)) return;
  for (let i = 1; i < tokens.length; i++) {
    if (!BACK.has(tokens[i]!.norm)) continue;
    // "2 relâchées après avoir été violées": the count right before the release
    let k = i + 1;
    if (AFTER.has(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) {
      k++;
      while (k < tokens.length && k <= i + 4 && AFTER_FILLER.has(tokens[k]!.norm) && !tokens[k]!.breakBefore) k++;
      if (RAPED.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) {
        const n = countBefore(tokens, i);
        if (n !== null && (!whole || n < victims.crsvSurvivors!)) {
          victims.crsvSurvivors = n;
          return;
        }
      }
    }
    // "… were released the same night; they say they were raped": all of those taken
    if (whole || typeof victims.abducted !== 'number' || countBefore(tokens, i) !== null) continue;
    for (let j = i + 1; j < tokens.length && j <= i + 12; j++) {
      if (!THEY.has(tokens[j]!.norm) || !tokens[j]!.breakBefore || !SAY.has(tokens[j + 1]?.norm ?? '')) continue;
      for (let r = j + 2; r < tokens.length && r <= j + 6 && !tokens[r]!.breakBefore; r++) {
        if (RAPED.test(tokens[r]!.norm)) {
          victims.crsvSurvivors = victims.abducted;
          return;
        }
      }
    }
  }
}

/** The count right before a release word, over "were", "ont été": "2 relâchées", "3 were released". */
function countBefore(tokens: readonly Token[], i: number): number | null {
  let k = i - 1;
  while (k >= 0 && i - k <= 3 && BEFORE_FILLER.has(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
  if (k < 0 || tokens[k + 1]!.breakBefore) return null;
  const n = readNumber(tokens, k);
  return n && !n.zero && !n.article && n.next === k + 1 ? n.value : null;
}
