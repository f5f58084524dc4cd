import type { Token } from '../normalize.js';

/**
 * "Unknown" said of a thing, not of who did it (pending reports31): "shots heard 3 km N of TOB Mavivi. Origin unknown.",
 * "gunfire of unknown origin", "cause unknown", "source inconnue", "motif inconnu". The actor list's "unknown" (unnamed
 * armed men) is a doer only when it stands for people ("unknown gunmen", "des inconnus ont tiré", "hommes armés non
 * identifiés"); where it qualifies an origin, a cause or a reason nobody is named.
 */
const THING = new Set([
  'origin', 'origins', 'source', 'sources', 'cause', 'causes', 'reason', 'reasons', 'motive', 'motives', 'whereabouts', 'circumstances', 'direction',
  'origine', 'origines', 'provenance', 'motif', 'motifs', 'raison', 'raisons', 'circonstances', 'mobile',
]);
const LINK = new Set(['is', 'are', 'was', 'remains', 'still', 'yet', 'reste', 'restent', 'est', 'sont', 'encore', 'toujours', 'd', 'de', 'of']);

/** True when the "unknown" mention at start..end qualifies an origin, a cause or a reason. */
export function unknownOfThing(tokens: readonly Token[], start: number, end: number): boolean {
  // "origin unknown", "la cause reste inconnue", "origin is still unknown"
  let k = start - 1;
  while (k >= 0 && k >= start - 3 && LINK.has(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
  if (k >= 0 && THING.has(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) return true;
  // "unknown origin", "of unknown cause"
  const next = tokens[end];
  return next !== undefined && !next.breakBefore && THING.has(next.norm);
}
