import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * An IDP site named only as what lies near the harm (reports31): "CODECO attack under way on Drodro, heavy gunfire, IDP
 * site nearby", "women collecting firewood outside the site were attacked", "tirs entendus, site de déplacés à
 * proximité", "agressées hors du site". The site is where the danger is close to, not what was attacked (DESIGN's
 * critical for an attack on a site): its hit is set aside. "attack on Rhoe site", "inside the site" keep theirs.
 * Set lookups on the words beside the hit only.
 */
const NEARBY_AFTER: ReadonlySet<string> = new Set(['nearby', 'close', 'voisin', 'voisins', 'proche', 'proches']);
const OUTSIDE_BEFORE: ReadonlySet<string> = new Set(['outside', 'hors', 'dehors']);
const GAP: ReadonlySet<string> = new Set(['the', 'du', 'de', 'des', 'of', 'la', 'le', 'l', 'd', 'en']);

export function siteOnlyNearby(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'idpSite') return false;
  const after = tokens[h.end];
  if (after && !after.breakBefore && (NEARBY_AFTER.has(after.norm) || (after.norm === 'a' && tokens[h.end + 1]?.norm === 'proximite'))) return true;
  for (let k = h.start - 1; k >= 0 && k >= h.start - 3; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    if (OUTSIDE_BEFORE.has(tokens[k]!.norm)) return true;
    if (!GAP.has(tokens[k]!.norm)) return false;
  }
  return false;
}
