import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * One person taken, then said raped in the passive singular (pending reports24): "une femme enlevée par des hommes armés a été
 * violée avant d'être relâchée", "a woman abducted by armed men was raped before being released". The one taken is the one
 * survivor (C12: a freed hostage who tells of another harm is counted for both). Look-alikes kept out: the plural ("ont été
 * violées", "were raped": how many unsaid), a rape denied ("n'a pas été violée"), more than one taken.
 */
const AUX = /^(ete|was|been)$/;
const RAPED_WORDS = ['violee', 'raped', 'violentee', 'abusee'];
const RAPED = oneOf(RAPED_WORDS);
const RAPED_SAID = trigger(RAPED_WORDS);

export function takenThenRaped(tokens: readonly Token[], victims: Victims): void {
  if (victims.crsvSurvivors !== null || victims.abducted !== 1 || !said(tokens, RAPED_SAID)) return;
  for (let i = 1; i < tokens.length; i++) {
    if (!RAPED.test(tokens[i]!.norm) || !AUX.test(tokens[i - 1]!.norm) || tokens[i]!.breakBefore) continue;
    if (tokens.slice(Math.max(0, i - 4), i).some((t) => /^(pas|not|never|jamais)$/.test(t.norm))) return;
    victims.crsvSurvivors = 1;
    return;
  }
}
