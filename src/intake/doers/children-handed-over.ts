import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * Children who left an armed group and passed through a host force's hands on their way to child protection (pending
 * reports36): "6 children who escaped the ADF surrendered to FARDC and were handed over to MONUSCO CP", "captured by
 * FARDC during operations against ADF, handed to CP", "child soldier from a Wazalendo group arrested by FARDC at a
 * barrier, handed to MONUSCO CP", "enfant soldat … remis à la MONUSCO par les FARDC", "s'est échappé et a rejoint une
 * position FARDC; remis à la PE". The group that used them did the harm (C18); the force that caught, received or handed
 * them over answered it. The caller asks only when another actor is named. Look-alikes kept: the force harming them in
 * its own clause ("arrested by FARDC and beaten before being handed to CP"), no handover to child protection.
 */

const HANDED_WORDS = ['handed', 'hand', 'hands', 'remis', 'remise', 'remises', 'transferred', 'transfere', 'transferes', 'transferee', 'transferees', 'confie', 'confies', 'confiee', 'confiees', 'referred', 'refere', 'referes', 'referee', 'referees'];
const HANDED: ReadonlySet<string> = new Set(HANDED_WORDS);
const HANDED_SAID = trigger(HANDED_WORDS);
// Who receives them: child protection, UNICEF, MONUSCO, a transit centre.
const RECEIVER = /^(cp|pe|cpa|monusco|unicef|cte|cto|protection|child|caafag|transit|ong|ngo|partner|partenaire|partenaires|dcpe)$/;
// The child (or the combatants among whom a child) who left: "child soldier", "enfant soldat", "otage des ADF", "17-year-old".
const HARM = /^(beat\w*|battu\w*|batt\w*|tabass\w*|tortur\w*|fouett\w*|whipp\w*|kill\w*|tue|tues|tuee|rap\w*|viol\w*|abus\w*|shot|fusill\w*|execut\w*|recrut\w*|recruit\w*|used|utilis\w*|injur\w*|bless\w*|detained|detenu\w*|held|still)$/;

function handedToProtection(tokens: readonly Token[]): boolean {
  if (!said(tokens, HANDED_SAID)) return false;
  for (let i = 0; i < tokens.length; i++) {
    if (!HANDED.has(tokens[i]!.norm)) continue;
    for (let k = i + 1; k <= i + 5 && k < tokens.length; k++) if (RECEIVER.test(tokens[k]!.norm)) return true;
  }
  return false;
}

/** The host force named at [start, end) only caught, received or handed over children on their way to child protection. */
export function childrenHandedOver(tokens: readonly Token[], start: number, end: number): boolean {
  if (!handedToProtection(tokens)) return false;
  let from = start;
  while (from > 0 && !tokens[from]!.breakBefore && !tokens[from]!.stopBefore) from--;
  let to = end;
  while (to < tokens.length && !tokens[to]!.breakBefore && !tokens[to]!.stopBefore) to++;
  for (let k = from; k < to; k++) if (HARM.test(tokens[k]!.norm)) return false;
  return true;
}
