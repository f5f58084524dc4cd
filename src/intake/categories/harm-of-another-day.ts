import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * A killing named by its day after "after" or "since" is one told before, the cause of this report, not news (pending
 * reports38): "watu wametulia kidogo after last week killings", "people calmer after last week's killings", "market
 * reopened since Monday's killings", "calme depuis les tueries de la semaine dernière". The hit itself is set aside; any
 * other harm told stays ("3 more killed at Mutwanga after last week's killings": the "killed" is news).
 */
const AFTER = /^(after|since|following|apres|depuis|suite)$/;
const HARM = new Set(['kill', 'attack', 'fighting', 'abduct']);
const DAY = /^(week|weeks|weekend|night|month|yesterday|yesterdays|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)$/;
const LINK = /^(the|last|past|recent|s|le|la|les|l|de|des)$/;

export function harmOfAnotherDay(h: SignalHit, tokens: readonly Token[]): boolean {
  if (!HARM.has(h.value.signal)) return false;
  let day = false;
  for (let k = h.start - 1; k >= 0 && k >= h.start - 5; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    const w = tokens[k]!.norm;
    if (AFTER.test(w)) return day;
    if (DAY.test(w)) day = true;
    else if (!LINK.test(w)) return false;
  }
  return false;
}
