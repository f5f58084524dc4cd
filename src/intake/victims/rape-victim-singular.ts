import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * "the victim of the rape", "la victime du viol", "the survivor of the rape reported yesterday": one survivor, said by a
 * singular noun with its article (C17 counts the survivor; pending reports38 "Correction on Kitutu: the victim of the rape
 * reported yesterday is 22, not a minor"). Only when no reader counted the survivors; "victims of the rapes", "les
 * victimes" (plural) say no number.
 */
const ARTICLE = /^(the|la|this|cette|sa|her)$/;
const VICTIM_WORDS = ['victim', 'victime', 'survivor', 'survivante', 'survivant'];
const VICTIM = oneOf(VICTIM_WORDS);
const OF = /^(of|du|de|d)$/;
const RAPE_WORDS = ['rape', 'viol', 'attack', 'agression', 'assault'];
const RAPE = oneOf(RAPE_WORDS);
const VICTIM_SAID = trigger(VICTIM_WORDS);
const RAPE_SAID = trigger(RAPE_WORDS);

export function rapeVictimSingular(tokens: readonly Token[], sexual: boolean, victims: Victims): void {
  if (!sexual || victims.crsvSurvivors !== null || !said(tokens, VICTIM_SAID) || !said(tokens, RAPE_SAID)) return;
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (!VICTIM.test(tokens[i]!.norm) || !ARTICLE.test(tokens[i - 1]!.norm)) continue;
    let k = i + 1;
    if (!OF.test(tokens[k]!.norm)) continue;
    k++;
    if (/^(the|l|le|la|this|ce)$/.test(tokens[k]?.norm ?? '')) k++;
    if (RAPE.test(tokens[k]?.norm ?? '') && !tokens.slice(i, k + 1).some((t) => t.breakBefore)) {
      victims.crsvSurvivors = 1;
      return;
    }
  }
}
