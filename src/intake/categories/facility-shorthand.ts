import type { SignalHit } from './categories.js';
import type { PlaceTokenMatch } from '../places/gazetteer.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * A health centre in SMS shorthand, tied to its village: "cs de Kalonge pillé", "CS Kalonge", "Nioka HC occupied by
 * soldiers", "HC Nioka". keywords.ts reads "cs" only after a French article ("le cs", "au cs"), since an English "CS" is
 * the civil society ("CS Beni says"); a "cs"/"hc" joined to a place the gazetteer knows is the village's health
 * centre, a `hospital` hit for C13 (reports39). Look-alikes: "CS Beni reports 3 killed" (a place after a bare English
 * "CS" at the head of a report, followed by a telling verb), "escaped to the HC" (no place: the count stays, no facility).
 */
const SHORT_WORDS = ['cs', 'hc', 'csr'];
const SHORT: ReadonlySet<string> = new Set(SHORT_WORDS);
const SHORT_SAID = trigger(SHORT_WORDS);
const TELLS = /^(says?|said|reports?|reported|dit|signale|rapporte|denonce|denounces?|calls?|demande|asks?|:)$/;

export function facilityShorthandHits(tokens: readonly Token[], places: readonly PlaceTokenMatch[]): SignalHit[] {
  if (!said(tokens, SHORT_SAID)) return [];
  const out: SignalHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!SHORT.has(tokens[i]!.norm)) continue;
    const after = places.find((p) => p.start === i + 1 || (p.start === i + 2 && tokens[i + 1]!.norm === 'de'));
    const before = places.find((p) => p.end === i);
    if (after && !tokens[after.start]!.breakBefore) {
      // "CS Beni says…": the civil society of the place, telling
      if (tokens[i]!.norm === 'cs' && tokens[i + 1]!.norm !== 'de' && TELLS.test(tokens[after.end]?.norm ?? '')) continue;
      out.push({ value: { signal: 'hospital', subType: null }, start: i, end: i + 1 });
    } else if (before && tokens[i]!.norm === 'hc' && !tokens[i]!.breakBefore) out.push({ value: { signal: 'hospital', subType: null }, start: i, end: i + 1 });
  }
  return out;
}
