import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * "Nyatura threaten to kidnap anyone who has not paid the 'contribution'", "les Nyatura menacent d'enlever les
 * commerçants", "threatening to abduct the chief" (pending reports40): the keyword table reads "threaten to" as a group
 * preparing (fear) and the taking after it is set aside as only threatened, which left no category at all (other, low).
 * The threat of a harm is a threat (threat_intimidation, medium), as "menacent de tuer" and "threaten to burn" already
 * read. A threat hit is added on "threaten to"/"menacent de" when a harm keyword starts right after it. Look-alikes kept
 * out: rape threatened (C26, rape-threatened.ts reads it), "threaten" with no harm after it (read as before).
 */
const THREAT_WORD = /^(threat|menac)/;
const HARMS = new Set(['abduct', 'kill', 'attack', 'loot', 'injure', 'torture', 'detention']);

export function threatenedHarmHits(signalHits: readonly SignalHit[], tokens: readonly Token[]): SignalHit[] {
  const out: SignalHit[] = [];
  for (const h of signalHits) {
    if (h.value.signal !== 'fear' || !THREAT_WORD.test(tokens[h.start]?.norm ?? '')) continue;
    const harm = signalHits.find((x) => HARMS.has(x.value.signal) && x.start === h.end && !tokens[x.start]!.breakBefore);
    if (harm) out.push({ value: { signal: 'threat', subType: harm.value.signal === 'kill' ? 'death_threat' : null }, start: h.start, end: h.end });
  }
  return out;
}
