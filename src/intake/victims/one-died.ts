import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * One victim said by a pronoun to have died of the harm: "shot a moto driver…, he died on the way to hospital", "the
 * woman was stabbed, she later died", "il a succombé à ses blessures", "elle est décédée à l'hôpital". Killed 1 when no
 * other reading counted the dead. Look-alikes kept out: "he died of cholera" (an illness), "they died" (how many unsaid),
 * "until he passed out" (fainted).
 */
const HE_WORDS = ['he', 'she', 'il', 'elle'];
const HE = oneOf(HE_WORDS);
const HE_SAID = trigger(HE_WORDS);
const LATER = /^(later|then|eventually|subsequently|finally|also|ensuite|finalement|puis|malheureusement|sadly|has|had|a|est|is|was)$/;
const DIED_WORDS = ['died', 'dies', 'succumbed', 'succombe', 'decede', 'decedee', 'mort', 'morte', 'expired', 'passed'];
const DIED = oneOf(DIED_WORDS);
const DIED_SAID = trigger(DIED_WORDS);
const ILLNESS = /^(cholera|malaria|ebola|illness|disease|maladie|paludisme|rougeole|measles|hunger|faim|age)$/;

export function oneDiedCounted(tokens: readonly Token[], victims: Victims): void {
  if (victims.killed !== null || !said(tokens, HE_SAID) || !said(tokens, DIED_SAID)) return;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!HE.test(tokens[i]!.norm)) continue;
    let k = i + 1;
    while (k < i + 3 && LATER.test(tokens[k]?.norm ?? '')) k++;
    const verb = tokens[k];
    if (!verb || verb.breakBefore || !DIED.test(verb.norm)) continue;
    // ("beat a detainee until he passed out": fainting, no death; only "passed away" is one, reports27)
    if (verb.norm === 'passed' && tokens[k + 1]?.norm !== 'away') continue;
    if (tokens.slice(k + 1, k + 4).some((t) => ILLNESS.test(t.norm))) continue;
    victims.killed = 1;
    return;
  }
}
