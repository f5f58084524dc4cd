import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { verbAt } from './victim-words.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * A bare count opening its clause, then the harm in the passive, takes the count (reports35): "des APCLS ont arrêté 12
 * personnes…, 2 ont été fouettées en public", "arrested 12 people, 2 were whipped", "M23 forcing men to carry their
 * ammunition, 2 who refused were shot dead" (the people are those named before; C3 for the beaten). Only a harm whose
 * count is still unknown; look-alikes kept out: a count with its own people ("2 femmes ont été violées" is read
 * elsewhere), a number of days or money ("3 jours", "5000 FC"), and an active verb ("2 ont tué").
 */
const AUX = /^(ont|a|have|has|had|were|was|are|is|sont|est|ete|been|got|get|later|ensuite|then|also|aussi|allegedly)$/;
const PASSIVE_WORDS = ['ete', 'were', 'was', 'been', 'got', 'sont', 'are', 'is', 'est'];
const PASSIVE = oneOf(PASSIVE_WORDS);
const PASSIVE_SAID = trigger(PASSIVE_WORDS);
const WHO = /^(who|qui|that)$/;
const BEATEN = /^(fouett\w*|tabass\w*|bastonn\w*|chicott\w*|battu|battus|battue|battues|whipped|flogged|beaten|caned|tortured|tortures?|torturee?s?)$/;
const OPENER = /^(et|and|mais|but|dont|of|whom|parmi|among|them|eux)$/;

export function bareCountHarmed(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, PASSIVE_SAID)) return;
  for (let i = 1; i < tokens.length; i++) {
    if (!/^\d+$|^(two|three|four|five|deux|trois|quatre|cinq)$/.test(tokens[i]!.norm)) continue;
    if (!tokens[i]!.breakBefore && !OPENER.test(tokens[i - 1]!.norm)) continue;
    const n = readNumber(tokens, i);
    if (!n || n.zero || n.article || n.value > 500) continue;
    let k = n.next;
    // "2 who refused", "2 qui ont refusé": a short relative clause
    if (WHO.test(tokens[k]?.norm ?? '')) {
      const end = Math.min(tokens.length, k + 5);
      let j = k + 1;
      while (j < end && !tokens[j]!.breakBefore && !PASSIVE.test(tokens[j]!.norm)) j++;
      if (j >= end || tokens[j]!.breakBefore) continue;
      k = j;
    }
    let passive = false;
    const start = k;
    while (k < tokens.length && k < start + 3 && AUX.test(tokens[k]!.norm) && !tokens[k]!.breakBefore) {
      if (PASSIVE.test(tokens[k]!.norm)) passive = true;
      k++;
    }
    if (!passive || tokens[k]?.breakBefore) continue;
    const w = tokens[k]?.norm ?? '';
    // (C3: beaten is injured; "shot dead", "gunned down" killed)
    const key = BEATEN.test(w) ? 'injured' : (w === 'shot' && tokens[k + 1]?.norm === 'dead') || (w === 'gunned' && tokens[k + 1]?.norm === 'down') ? 'killed' : verbAt(tokens, k);
    if ((key === 'killed' || key === 'injured') && victims[key] === null) victims[key] = n.value;
  }
}
