import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * The military register's word for being fired on: "INDBATT patrol engaged by unidentified armed elts", "our position
 * was engaged by ADF", "la patrouille a été accrochée par des éléments armés" (reports38). No keyword holds "engaged"
 * (it also says "engaged in talks", "FARDC engaged ADF", a clash the fighting words read), so only the passive with its
 * agent after it is an attack: "engaged by", "accroché(e)(s) par". Look-alikes kept: "engaged in dialogue", "engaged with
 * the chiefs", "les FARDC ont accroché les ADF" (the clash, left to the fighting words).
 */
const ENGAGED = new Set(['engaged', 'accroche', 'accrochee', 'accroches', 'accrochees']);
const BY = new Set(['by', 'par']);

export function engagedByHits(tokens: readonly Token[]): SignalHit[] {
  const out: SignalHit[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!ENGAGED.has(tokens[i]!.norm) || !BY.has(tokens[i + 1]!.norm) || tokens[i + 1]!.breakBefore) continue;
    out.push({ value: { signal: 'attack', subType: null }, start: i, end: i + 2 });
  }
  return out;
}
