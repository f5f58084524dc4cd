import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * Two sides exchanging threats are the tension, neither the doer of a harm (pending reports38): "Babembe youths and
 * Twirwaneho exchanging threats. No clash yet", "jeunes Babembe et Twirwaneho échangent des menaces", "s'échangent des
 * insultes", "mutual threats between Twirwaneho and Mai-Mai". As blame traded is (constructions/everyday-kivu.ts,
 * "trading threats"). Kept: one side threatening the other ("Twirwaneho threatened Babembe herders").
 */
const EXCHANGE_WORDS = ['exchanging', 'exchange', 'exchanged', 'exchanges', 'echangent', 'echangeant', 'echange', 'echangaient', 'swapping', 'mutual', 'reciproques', 'mutuelles'];
const EXCHANGE = oneOf(EXCHANGE_WORDS);
const WORDS_WORDS = ['threats', 'menaces', 'insults', 'insultes', 'warnings', 'injures', 'ultimatums'];
const WORDS = oneOf(WORDS_WORDS);
const EXCHANGE_SAID = trigger(EXCHANGE_WORDS);
const WORDS_SAID = trigger(WORDS_WORDS);
const LINK = /^(des|of|d|de|les|the|verbal|verbales)$/;

export function threatsExchanged(tokens: readonly Token[], start: number, end: number): boolean {
  if (!said(tokens, EXCHANGE_SAID) || !said(tokens, WORDS_SAID)) return false;
  for (let k = end; k < tokens.length && k <= end + 8; k++) {
    if (tokens[k]!.stopBefore) return false;
    if (!EXCHANGE.test(tokens[k]!.norm)) continue;
    let j = k + 1;
    while (j < tokens.length && j <= k + 3 && LINK.test(tokens[j]!.norm)) j++;
    if (WORDS.test(tokens[j]?.norm ?? '')) return true;
    // "menaces réciproques", "mutual threats between X and Y"
    if (WORDS.test(tokens[k - 1]?.norm ?? '')) return true;
  }
  // "mutual threats between Twirwaneho and Mai-Mai", "menaces réciproques entre…"
  for (let k = start - 1; k >= 0 && k >= start - 6; k--) {
    if (tokens[k + 1]!.stopBefore) return false;
    if (WORDS.test(tokens[k]!.norm) && (EXCHANGE.test(tokens[k - 1]?.norm ?? '') || EXCHANGE.test(tokens[k + 1]?.norm ?? ''))) return true;
  }
  return false;
}
