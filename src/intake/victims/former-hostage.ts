import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';

/**
 * A former hostage telling what was done to them is one abducted (C7, C12; pending reports31): "un ancien otage des M23
 * raconte avoir été ligoté…", "a former hostage of the ADF says…", "two ex-hostages released last week describe…".
 * Fills abducted only where no reader counted it. Look-alikes kept: hostages without "former" (read by the victim words),
 * "former" before anything else ("a former soldier").
 */
const FORMER_WORDS = ['ancien', 'anciens', 'ancienne', 'anciennes', 'former', 'ex'];
const FORMER: ReadonlySet<string> = new Set(FORMER_WORDS);
const HOSTAGE_WORDS = ['otage', 'otages', 'hostage', 'hostages', 'captive', 'captives'];
const HOSTAGE: ReadonlySet<string> = new Set(HOSTAGE_WORDS);
const FORMER_SAID = trigger(FORMER_WORDS);
const HOSTAGE_SAID = trigger(HOSTAGE_WORDS);

export function formerHostage(tokens: readonly Token[], victims: Victims): void {
  if (victims.abducted !== null || !said(tokens, FORMER_SAID) || !said(tokens, HOSTAGE_SAID)) return;
  for (let i = 1; i < tokens.length; i++) {
    if (!HOSTAGE.has(tokens[i]!.norm) || !FORMER.has(tokens[i - 1]!.norm) || tokens[i]!.breakBefore) continue;
    const n = i >= 2 ? readNumber(tokens, i - 2) : null;
    if (n && !n.zero && n.next === i - 1) victims.abducted = n.value;
    else if (!tokens[i]!.norm.endsWith('s')) victims.abducted = 1;
    return;
  }
}
