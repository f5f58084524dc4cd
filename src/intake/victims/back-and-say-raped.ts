import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * Hostages come back who say they were raped are the survivors counted (C12; pending reports31): "sur les 5 femmes
 * enlevées, 3 sont revenues et disent avoir été violées en captivité", "of the 5 women abducted, 3 came back and say they
 * were raped", "2 libérées affirment avoir été violées". Fills crsvSurvivors only where no reader counted it.
 * Look-alikes kept: the saying with no rape ("3 sont revenues et disent avoir été battues"), no count before.
 */
const SAY_WORDS = ['disent', 'affirment', 'declarent', 'racontent', 'say', 'said', 'report', 'reported', 'state', 'told'];
const SAY: ReadonlySet<string> = new Set(SAY_WORDS);
const BACK_WORDS = ['revenues', 'revenus', 'rentrees', 'rentres', 'retournees', 'liberees', 'liberes', 'relachees', 'relaches', 'back', 'returned', 'released', 'freed', 'escaped', 'evadees'];
const BACK: ReadonlySet<string> = new Set(BACK_WORDS);
const FILLER = new Set(['sont', 'ont', 'are', 'have', 'were', 'came', 'come', 'et', 'and', 'who', 'qui', 'since', 'depuis', 'ete', 'been',
  // ("2 came back this morning and say", "3 sont revenues hier soir et disent": when they came back)
  'this', 'morning', 'today', 'yesterday', 'tonight', 'evening', 'night', 'last', 'later', 'ce', 'matin', 'hier', 'soir', 'aujourd', 'hui', 'nuit', 'plus', 'tard']);
const RAPED_WORDS = ['viole', 'violes', 'violee', 'violees', 'raped', 'rape', 'abusee', 'abusees', 'abused', 'viol', 'viols'];
const RAPED = oneOf(RAPED_WORDS);
const SAY_SAID = trigger(SAY_WORDS);
const BACK_SAID = trigger(BACK_WORDS);
const RAPED_SAID = trigger(RAPED_WORDS);

export function backAndSayRaped(tokens: readonly Token[], victims: Victims): void {
  // (the survivors set to all those taken, "took 5 women …, 2 came back this morning and say they were raped": those who say it; reports42)
  if ((victims.crsvSurvivors !== null && victims.crsvSurvivors !== victims.abducted) || !said(tokens, SAY_SAID) || !said(tokens, RAPED_SAID) || !said(tokens, BACK_SAID)) return;
  for (let i = 2; i < tokens.length; i++) {
    if (!SAY.has(tokens[i]!.norm)) continue;
    // the rape said after the saying: "disent avoir été violées", "say they were raped"
    let raped = false;
    for (let k = i + 1; k < tokens.length && k <= i + 5; k++) {
      if (tokens[k]!.breakBefore) break;
      if (RAPED.test(tokens[k]!.norm)) raped = true;
    }
    if (!raped) continue;
    // back over "3 sont revenues et", "3 came back and": a count, a return, the saying
    let k = i - 1;
    let back = false;
    while (k >= 0 && i - k <= 8 && !tokens[k + 1]!.breakBefore && (FILLER.has(tokens[k]!.norm) || BACK.has(tokens[k]!.norm))) {
      if (BACK.has(tokens[k]!.norm)) back = true;
      k--;
    }
    if (!back || k < 0) continue;
    const n = readNumber(tokens, k);
    if (n && !n.zero && !n.article && n.next === k + 1 && (victims.crsvSurvivors === null || n.value < victims.crsvSurvivors)) {
      victims.crsvSurvivors = n.value;
      return;
    }
  }
}
