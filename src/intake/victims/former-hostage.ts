import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';

/**
 * A former hostage telling what was done to them is one abducted (C7, C12; pending reports31): "un ancien otage des M23
 * raconte avoir été ligoté…", "a former hostage of the ADF says…", "two ex-hostages released last week describe…".
 * Fills abducted only where no reader counted it. Look-alikes kept: hostages without "former" (read by the victim words),
 * "former" before anything else ("a former soldier").
 */
const FORMER = new Set(['ancien', 'anciens', 'ancienne', 'anciennes', 'former', 'ex']);
const HOSTAGE = new Set(['otage', 'otages', 'hostage', 'hostages', 'captive', 'captives']);

export function formerHostage(tokens: readonly Token[], victims: Victims): void {
  if (victims.abducted !== null) return;
  for (let i = 1; i < tokens.length; i++) {
    if (!HOSTAGE.has(tokens[i]!.norm) || !FORMER.has(tokens[i - 1]!.norm) || tokens[i]!.breakBefore) continue;
    const n = i >= 2 ? readNumber(tokens, i - 2) : null;
    if (n && !n.zero && n.next === i - 1) victims.abducted = n.value;
    else if (!tokens[i]!.norm.endsWith('s')) victims.abducted = 1;
    return;
  }
}
