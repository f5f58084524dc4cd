import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * "continuing", "en cours", "ongoing" said of patrols (pending reports41): "Nyabiondo quiet, joint FARDC-Wazalendo
 * patrols continuing", "RAS à Masisi-centre, patrouilles FARDC et Wazalendo en cours", "patrols ongoing in Oicha". The
 * patrol goes on, no attack (C10): the `underway` hit is dropped, so a quiet day stays quiet. Only the patrol word,
 * the forces owning it and "and"/"et"/"joint"/"mixtes" may stand between. Kept: "fighting ongoing", "ADF attack
 * continuing near the FARDC patrol base" (another word between), "les patrouilles ont été attaquées, tirs en cours".
 */
const PATROL = /^(patrols?|patrolling|patrouilles?|patrouillent|ptls?|bouclages?|searches|fouilles?)$/;
const OWNERS = /^(joint|mixed|mixtes?|conjointes?|fardc|pnc|police|wazalendo|vdp|monusco|unpol|updf|and|et|&|de|des|du|la|les|the|of|army|armee|foot|night|pedestres?|nocturnes?|are|sont|still|toujours)$/;
const GOES_ON = /^(continuing|continue|continues|continuent|ongoing|cours|progress|underway)$/;

export function patrolGoesOn(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'underway' || !GOES_ON.test(tokens[h.end - 1]!.norm)) return false;
  for (let k = h.start - 1, n = 0; k >= 0 && n < 6; k--, n++) {
    if (tokens[k + 1]!.breakBefore) return false;
    const w = tokens[k]!.norm;
    if (PATROL.test(w)) return true;
    if (!OWNERS.test(w)) return false;
  }
  return false;
}
