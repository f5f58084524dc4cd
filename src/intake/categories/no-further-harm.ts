import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * A follow-up saying no further harm came (pending reports38): "Pas de nouveau décès", "no new deaths", "no further
 * casualties", "aucun nouvel enlèvement", "no more killings". The harm word is negated: it tells of no killing (the earlier
 * one is the report's subject, counted as the text gives it). Look-alikes kept: "a new death reported" (no negation), "no
 * one hurt but 2 killed" (the killing stands), "3 new deaths" (a count).
 */
const NO = new Set(['no', 'pas', 'aucun', 'aucune', 'sans', 'nil', 'neither']);
const FURTHER = new Set(['new', 'further', 'more', 'other', 'additional', 'nouveau', 'nouvel', 'nouvelle', 'nouveaux', 'nouvelles', 'autre', 'autres', 'supplementaire', 'supplementaires']);
const HARM = new Set(['kill', 'injure', 'abduct']);

export function noFurtherHarm(h: SignalHit, tokens: readonly Token[]): boolean {
  if (!HARM.has(h.value.signal)) return false;
  let k = h.start - 1;
  if (!FURTHER.has(tokens[k]?.norm ?? '') || tokens[k + 1]!.breakBefore) return false;
  k--;
  if (/^(de|d)$/.test(tokens[k]?.norm ?? '') && !tokens[k + 1]!.breakBefore) k--;
  return NO.has(tokens[k]?.norm ?? '') && !tokens[k + 1]!.breakBefore;
}
