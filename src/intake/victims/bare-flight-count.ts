import type { Victims } from '../../domain/alert.js';
import type { Signals } from '../categories/categories.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';

/**
 * A head count of people in flight said with no people noun, the flight told in the report (reports29): "ppl fleeing
 * Kipese since yesterday, more than 1500 arrived in Lubero centre", "les déplacés quittent le site, environ 3000 partis",
 * "3,000 have fled so far", "quelque 2000 ont fui vers Kibua". The number right before a verb of leaving or arriving
 * counts the displaced; a count of the dead, the hurt or the taken said anywhere leaves it to its own reading, and a
 * number of vehicles, hours or francs is no head count.
 */
const FLED_WORDS = ['arrived', 'arrives', 'arriving', 'arrive', 'partis', 'parties', 'fled', 'fui', 'fuient', 'left', 'quitte', 'quittent', 'reached', 'fleeing', 'wamekimbia', 'wamefika'];
const FLED: ReadonlySet<string> = new Set(FLED_WORDS);
const FLED_SAID = trigger(FLED_WORDS);
const TIME_BEFORE = new Set(['since', 'depuis', 'at', 'from', 'until', 'till', 'vers', 'a', 'au', 'des', 'by', 'avant', 'apres', 'after', 'before']);
const AUX = new Set(['ont', 'sont', 'se', 'have', 'had', 'has', 'are', 'were', 'already', 'deja', 'reportedly', 'so', 'now']);

export function bareFlightCount(tokens: readonly Token[], s: Signals, victims: Victims): void {
  if (victims.displaced !== null || !s.has('displace') || !said(tokens, FLED_SAID)) return;
  if (s.has('kill') || s.has('injure') || s.has('abduct') || s.has('sexual') || (victims.killed ?? 0) > 0 || (victims.injured ?? 0) > 0 || (victims.abducted ?? 0) > 0) return;
  for (let i = 0; i < tokens.length; i++) {
    const c = tokens[i]!.norm.charCodeAt(0);
    if (c < 49 || c > 57 || TIME_BEFORE.has(tokens[i - 1]?.norm ?? '')) continue; // ("since 0500", "à 1500": an hour)
    if (/^\d/.test(tokens[i - 1]?.norm ?? '') || /^(h|hrs?|heures?|hours?|km|fc|usd|dollars?|ans|years?)$/.test(tokens[i + 1]?.norm ?? '')) continue; // (a date "05/12", an hour, a distance, a sum, an age)
    const n = readNumber(tokens, i);
    if (!n || n.article || n.zero || n.value < 10) continue;
    let k = n.next;
    while (k < tokens.length && k <= n.next + 2 && AUX.has(tokens[k]!.norm) && !tokens[k]!.breakBefore) k++;
    if (k >= tokens.length || tokens[n.next]?.breakBefore || !FLED.has(tokens[k]!.norm)) continue;
    // ("500 displaced households", "1200 arrived families": households are no head count, C8)
    if (/^(households?|hh|menages?|familles?|families|family|maisons|houses)$/.test(tokens[k + 1]?.norm ?? '')) continue;
    victims.displaced = n.value;
    return;
  }
}
