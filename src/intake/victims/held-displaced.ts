import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * Refugees or displaced people named as the object of an arrest, a holding or another harm are who it was done to, not
 * people fleeing now: "PNC holding 7 South Sudanese refugees at the commissariat", "la police a arrêté 5 déplacés
 * burundais", "soldiers detained 4 IDPs from Bulengo". The displaced count read from them goes. (The noun first, "8
 * personnes déplacées ont été arrêtées", is read by categories/land-quarrels.ts.) Look-alikes kept out: a count of
 * displaced people arriving or fleeing ("7 refugees arrived", "hosting 300 IDPs"), the verb naming no harm.
 */
const HARM_VERB_WORDS = ['holding', 'held', 'holds', 'detaining', 'detained', 'detain', 'detains', 'arrested', 'arresting', 'arrest', 'arrests', 'jailed', 'detient', 'detiennent', 'detenait', 'arrete', 'arretent', 'arreter', 'retient', 'retiennent', 'interpelle', 'kidnapped', 'abducted', 'killed', 'beat', 'beaten', 'beating', 'tabasse', 'tabassent', 'expelled', 'expulse', 'expulsent', 'rafle', 'raflent', 'whipped', 'fouette', 'fouettent'];
const HARM_VERB = oneOf(HARM_VERB_WORDS);
const HARM_VERB_SAID = trigger(HARM_VERB_WORDS);
const ARTICLE = /^(the|des|les|a|au|aux|some|environ|about|around|ont|a|has|have)$/;
const DISPLACED_NOUN = /^(refugees?|refugies?|refugiees?|idps?|deplaces?|deplacees?|pdi|pdis|displaced|demandeurs|asylum)$/;

export function heldDisplacedNotCounted(tokens: readonly Token[], victims: Victims): void {
  const n = victims.displaced;
  if (n === null || n === undefined || !said(tokens, HARM_VERB_SAID)) return;
  for (let i = 1; i < tokens.length; i++) {
    const count = readNumber(tokens, i);
    if (!count || count.value !== n) continue;
    // the displaced noun within three words after the count ("7 South Sudanese refugees")
    const noun = [0, 1, 2].some((d) => DISPLACED_NOUN.test(tokens[count.next + d]?.norm ?? '') && !tokens.slice(count.next, count.next + d + 1).some((t) => t.breakBefore));
    if (!noun) continue;
    let k = i - 1;
    while (k > 0 && ARTICLE.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
    if (HARM_VERB.test(tokens[k]?.norm ?? '') && !tokens[k + 1]!.breakBefore) victims.displaced = null;
    return;
  }
}
