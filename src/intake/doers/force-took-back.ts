import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * The host army named only as taking a place back did no harm there: "about 1,200 people returned after FARDC regained
 * control of the area; many houses looted in their absence", "retour des déplacés après la reprise du contrôle par les
 * FARDC", "FARDC retook Kalengera, people returning". The force is the verb's subject (or the agent after "par/by" of the
 * noun), and nothing else is said of it. Look-alikes kept out: a clash that harmed civilians (C4: both sides), a non-state group taking a place ("M23 regained control of
 * Kibirizi, houses looted": it did the looting, the host force filter only), the force said to harm in another clause.
 */
const TOOK_BACK_WORDS = ['regained', 'regain', 'regains', 'regaining', 'retook', 'retaken', 'recaptured', 'recapture', 'reprise', 'repris', 'reprend', 'reprennent', 'reconquis', 'reconquete', 'liberated'];
const TOOK_BACK = oneOf(TOOK_BACK_WORDS);
const TOOK_BACK_SAID = trigger(TOOK_BACK_WORDS);
const FIGHT = /^(fighting|fights|clash|clashes|combats?|affrontements?|accrochages?|crossfire|shelling|bombardements?|exchange|echanges)$/;
const AUX = /^(have|has|had|ont|a|avaient|avait|finally|enfin|also|aussi)$/;
const AGENT = /^(par|by|des|of)$/;
const HARM_AFTER = /^(killed|shot|beat|beaten|looted|pillaged|arrested|raped|burned|burnt|tue|tues|tuent|pille|pillent|pillage|arrete|arretent|violent|viole|battu|battus|tabasse|brule|brulent|incendie|extorq\w*)$/;

export function forceTookPlaceBack(tokens: readonly Token[], start: number, end: number): boolean {
  if (!said(tokens, TOOK_BACK_SAID)) return false;
  let k = end;
  while (k < end + 2 && AUX.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
  const subject = TOOK_BACK.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore;
  // ("la reprise du contrôle par les FARDC", "the recapture of Kalengera by FARDC")
  const agent = !subject && [2, 3, 4, 5].some((d) => TOOK_BACK.test(tokens[start - d]?.norm ?? '') && tokens.slice(start - d + 1, start).some((t) => AGENT.test(t.norm)) && !tokens.slice(start - d + 1, start + 1).some((t) => t.stopBefore));
  if (!subject && !agent) return false;
  // (C4: a clash that harmed civilians names both sides: "FARDC recaptured Kalengera from M23, 3 civilians killed in the fighting")
  if (tokens.some((t) => FIGHT.test(t.norm))) return false;
  // the force said to do harm right after ("FARDC retook the village and looted shops") is a doer
  for (let j = end; j < tokens.length && j < end + 10 && !tokens[j]!.stopBefore; j++) if (HARM_AFTER.test(tokens[j]!.norm) && /^(and|et|then|puis)$/.test(tokens[j - 1]?.norm ?? '')) return false;
  return true;
}
