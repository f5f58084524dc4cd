import type { Token } from '../normalize.js';
import type { SignalHit } from './categories.js';

/**
 * C26 said with a verb of threatening before the rape (reports28): "Nyatura menacent de violer les filles qui refusent
 * de les épouser", "threaten to rape the girls", "ont menacé de violer les femmes", "wanatishia kubaka". The rape is
 * the threat's content, not a rape done: the sexual hit is set aside and a threat read in its place (still restricted:
 * parser.ts reads the rape term, rape-threatened.ts). A rape done after a threat ("threatened then raped") stays.
 */
const THREATEN = /^(menace\w*|threat\w*|menacent|menacait|menacaient|wanatishia|walitishia|wametishia|promis\w*|promised|vowed|jure\w*|swore)$/;
const LINK = /^(de|d|to|of|la|les|them|with|avec|kuwa)$/;

export function rapeOnlyThreatened(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'sexual') return false;
  let k = h.start - 1;
  while (k >= 0 && k >= h.start - 3 && LINK.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
  return k >= 0 && k < h.start - 1 && THREATEN.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore;
}

/** A threat hit for each rape only threatened. */
export function rapeThreatHits(hits: readonly SignalHit[], tokens: readonly Token[]): SignalHit[] {
  return hits.filter((h) => rapeOnlyThreatened(h, tokens)).map((h) => ({ value: { signal: 'threat' as const, subType: null }, start: h.start, end: h.end }));
}
