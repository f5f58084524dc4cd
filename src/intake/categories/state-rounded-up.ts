import type { Token } from '../normalize.js';

/**
 * C23 (reports37): the police or the army ROUNDING UP people is an arrest, a detention, not an abduction: "soldiers
 * rounded up 3 Lendu youths from the nearby village", "police rounded up 20 moto drivers in Beni", "les militaires ont
 * raflé 10 jeunes", "la PNC a ramassé 15 jeunes dans une rafle". The active voice with the force as subject (the passive
 * "rounded up by police" is read by taken-by-state.ts). Look-alikes kept out: an armed group rounding people up
 * ("ADF rounded up 6 farmers": abduction), cattle rounded up, a force rounding up "suspects" after a crime (still a
 * detention, fine).
 */
const STATE = /^(police|policemen|policiers?|pnc|fardc|militaires?|soldiers?|soldats?|troops|army|armee|anr|demiap|agents?)$/;
const AUX = /^(ont|a|have|has|had|avaient|avait|reportedly|allegedly|also|then)$/;
const ROUNDED = /^(rounded|rounding|round|rafle|raflent|raflaient|ramasse|ramassent|ramassaient)$/;
const PEOPLE_NEXT = /^(\d+|un|une|les|des|deux|trois|quatre|cinq|dix|vingt|a|an|the|two|three|four|five|ten|twenty|several|plusieurs|dozens|dizaines?|many|some|young|youths?|jeunes|men|hommes|people|personnes|villagers|villageois)$/;

/** Where the force named just before rounds people up ("FARDC rounded up 10 youths"), or false. */
export function stateRoundedUpAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!ROUNDED.test(t.norm) || t.breakBefore) return false;
  let k = i - 1;
  while (k > i - 3 && AUX.test(tokens[k]?.norm ?? '') && !tokens[k + 1]!.breakBefore) k--;
  if (!STATE.test(tokens[k]?.norm ?? '') || tokens[k + 1]!.breakBefore) return false;
  let n = i + 1;
  if (tokens[n]?.norm === 'up' && !tokens[n]!.breakBefore) n++;
  return PEOPLE_NEXT.test(tokens[n]?.norm ?? '') && !tokens[n]!.breakBefore;
}

// ("3 jeunes emmenés au camp par les militaires", "taken to the camp by soldiers": the place, then the force as agent)
const TAKEN = /^(taken|emmenes?|emmenee?s?|amenes?|amenee?s?|conduits?|ramasses?|embarques?)$/;
const TO = /^(to|au|aux|a|vers|dans|into)$/;
const SKIP = /^(the|la|le|l|les|leur|their|its|son|sa|ses|un|une|a|an|military|militaire|army)$/;
const PLACE = /^(camp|camps|base|bases|position|positions|barracks|caserne)$/;
const BY = /^(by|par|pr)$/;
/** People taken to a camp or base BY the state's force named after it. */
export function takenToCampBy(tokens: readonly Token[], i: number): boolean {
  if (!TAKEN.test(tokens[i]!.norm)) return false;
  let k = i + 1;
  if (!TO.test(tokens[k]?.norm ?? '') || tokens[k]!.breakBefore) return false;
  k++;
  while (k < i + 5 && SKIP.test(tokens[k]?.norm ?? '')) k++;
  if (!PLACE.test(tokens[k]?.norm ?? '') || tokens[k]!.breakBefore) return false;
  k++;
  if (!BY.test(tokens[k]?.norm ?? '') || tokens[k]!.breakBefore) return false;
  k++;
  while (k < i + 9 && SKIP.test(tokens[k]?.norm ?? '')) k++;
  return STATE.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore;
}
