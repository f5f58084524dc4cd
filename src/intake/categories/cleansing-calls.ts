import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * Calls to "clean" a town of a people, or to cleanse, wipe out or exterminate them, are incitement (reports34;
 * vocabulary/incitement-calls.ts reads "chase them out"): "WhatsApp messages calling Hema youth to 'clean' the Lendu out
 * of Bunia", "messages audio appelant les jeunes à nettoyer la ville des Hema", "tracts exhortant à exterminer les Lendu",
 * "songs urging youths to wipe out the Nande". A call (messages, leaflets, calling, urging, appelant) and the cleaning verb
 * next to a people named. Look-alikes: "youths cleaned the market after the Hema-Lendu brawl" (no call), "appel au calme
 * entre Hema et Lendu" (no cleansing verb).
 */
const CLEAN = /^(clean|cleanse|cleansing|nettoyer|nettoyez|nettoyons|nettoyage|purger|purgez|purifier|debarrasser|debarrassez|exterminer|exterminez|exterminate|extermination|wipe|eliminer|eliminez|eradicate|eradiquer)$/;
const CALL = /^(calling|call|calls|urging|urges|urge|appel|appels|appelant|appellent|appelle|exhort\w*|incit\w*|messages?|msgs?|tracts?|leaflets?|audios?|vocaux|slogans?|chants?|songs?|chansons?|posts?)$/;

export function cleansingCallHits(tokens: readonly Token[], hits: readonly SignalHit[]): SignalHit[] {
  const people = hits.filter((h) => h.value.signal === 'community');
  if (people.length === 0) return [];
  for (let i = 0; i < tokens.length; i++) {
    if (!CLEAN.test(tokens[i]!.norm)) continue;
    if (!people.some((h) => Math.abs(h.start - i) <= 6)) continue;
    if (!tokens.slice(0, i).some((t) => CALL.test(t.norm))) continue;
    return [{ value: { signal: 'hate', subType: null }, start: i, end: i + 1 }];
  }
  return [];
}
