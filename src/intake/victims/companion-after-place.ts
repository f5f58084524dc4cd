import type { Token } from '../normalize.js';
import { companionAt } from './victim-companions.js';

/**
 * The companion named after where it happened: "abducted near Boga with his driver", "enlevé près de Boga avec son
 * chauffeur", "killed in Mavivi yesterday together with his son" — the same people as "abducted with his driver near
 * Boga". Only a short place or time phrase (a place word then up to four words, no clause break) is passed over, so a
 * "with" further on ("arrived at Beni with their goods", another clause) is not taken for a companion.
 */
const PLACE_WORD = /^(near|at|in|on|around|outside|inside|behind|a|au|aux|pres|vers|dans|sur|autour|yesterday|hier|today|aujourd|last|cette|ce|this|tonight|overnight)$/;
const WITH = /^(with|avec|together|along|ainsi)$/;

export function companionAfterPlace(tokens: readonly Token[], end: number, skip?: Uint8Array): { value: number; child: boolean; next: number } | null {
  if (!PLACE_WORD.test(tokens[end]?.norm ?? '') || tokens[end]!.breakBefore) return null;
  for (let k = end + 1; k < tokens.length && k <= end + 5; k++) {
    if (tokens[k]!.breakBefore) return null;
    if (WITH.test(tokens[k]!.norm)) return companionAt(tokens, k, skip);
  }
  return null;
}
