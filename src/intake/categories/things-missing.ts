import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { GOODS_WORDS } from './keyword-families.js';
import { isPerson } from '../victims/victim-words.js';

/**
 * Things or animals gone missing are no people taken (reports23): "after a cow went missing", "3 goats missing since
 * Monday", "la moto du chef a disparu". An abduction hit of the "missing" family whose subject, just before it, is a
 * goods or animal word is set aside (a theft or a quarrel's cause, named by its other words). Set lookups only.
 */
const MISSING: ReadonlySet<string> = new Set(['missing', 'disparu', 'disparue', 'disparus', 'disparues', 'introuvable', 'introuvables']);
const THING: ReadonlySet<string> = new Set(['cow', 'goat', 'sheep', 'pig', 'chicken', 'vache', 'chevre', 'mouton', 'porc', 'poule', 'moto', 'motorbike', 'motorcycle', 'bike', 'velo', 'phone', 'telephone', 'money', 'argent', 'bull', 'taureau', 'cattle', 'calf', 'veau', 'bag', 'sac']);
const SMALL: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'une', 'un', 'la', 'le', 'l', 'sa', 'son', 'ses', 'leur', 'leurs', 'des', 'les', 'has', 'have', 'had', 'went', 'gone', 'go', 'were', 'was', 'are', 'is', 'a', 'ont', 'est', 'sont', 'ete', 'reported', 'still', 'toujours']);

export function thingsMissing(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'abduct' || !tokens.slice(h.start, h.end).some((t) => MISSING.has(t.norm))) return false;
  // ("le chef et sa moto ont disparu": a person gone with the thing is still missing)
  for (let k = h.start - 1; k >= 0 && k >= h.start - 6; k--) if (isPerson(tokens[k]!.norm) && !THING.has(tokens[k]!.norm)) return false;
  for (let k = h.end - 1; k >= 0 && k >= h.start - 4; k--) {
    const w = tokens[k]!.norm;
    if (THING.has(w) || GOODS_WORDS.has(w)) return true;
    if (k < h.start && !SMALL.has(w) && !/^\d+$/.test(w)) return false;
    if (tokens[k]!.breakBefore) return false;
  }
  return false;
}
