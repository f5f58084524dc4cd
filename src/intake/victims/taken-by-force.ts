import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { isPerson } from './victim-words.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * People counted, then led away "by force": "deux auraient été emmenés de force", "2 garçons amenés de force",
 * "two were reportedly taken by force", "3 youths forcibly taken". The verbs of leading ("emmené", "taken") are no
 * taking alone ("emmené à l'hôpital", "taken to hospital"); with "de force"/"by force" before or after them they are.
 * Abducted = the count, when no other reading counted the taken. Look-alikes kept out: "entrés de force" (a break-in),
 * "dispersés par la force", a count of things ("2 motos emmenées de force").
 */
const LED = /^(emmene|emmenes|emmenee|emmenees|amene|amenes|amenee|amenees|conduits?|conduites?|pris|prises?|taken|took|led|carried|marched)$/;
const FILLER = /^(ont|a|ete|auraient|aurait|seraient|serait|sont|est|were|was|been|have|has|had|reportedly|allegedly|also|aussi|egalement|apparently|later|ensuite|then|puis)$/;
const FORCIBLY_WORDS = ['forcibly', 'forcefully', 'forcement'];
const FORCIBLY = oneOf(FORCIBLY_WORDS);
// ("de/by/par force" or a FORCIBLY word)
const FORCE_SAID = trigger(['force', ...FORCIBLY_WORDS]);

export function takenByForceCount(tokens: readonly Token[], victims: Victims): void {
  if (victims.abducted !== null || !said(tokens, FORCE_SAID)) return;
  for (let i = 1; i < tokens.length; i++) {
    if (!LED.test(tokens[i]!.norm) || tokens[i]!.breakBefore) continue;
    const after = `${tokens[i + 1]?.norm ?? ''} ${tokens[i + 2]?.norm ?? ''}`;
    const byForce = (after === 'de force' || after === 'by force' || after === 'par force') && !tokens[i + 1]!.breakBefore;
    let k = i - 1;
    if (!byForce && !(FORCIBLY.test(tokens[k]?.norm ?? '') && !tokens[i]!.breakBefore)) continue;
    if (FORCIBLY.test(tokens[k]?.norm ?? '')) k--;
    while (k > 0 && FILLER.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
    const noun = isPerson(tokens[k]?.norm ?? '') && !tokens[k + 1]?.breakBefore ? k : -1;
    const at = noun >= 0 ? k - 1 : k;
    const n = readNumber(tokens, at);
    if (!n || n.zero || n.next !== at + 1 || (noun < 0 && tokens[at + 1] !== undefined && !FILLER.test(tokens[at + 1]!.norm) && at + 1 !== i)) continue;
    victims.abducted = n.value;
    return;
  }
}
