import type { Token } from '../normalize.js';

/**
 * The host force's post named as where something was found or done, when another actor is the doer (reports23):
 * "Leaflets signed ADF found at the FARDC checkpoint of Mavivi", "grenade thrown into a bar near the PNC commissariat,
 * attackers unknown", "tracts des ADF déposés devant le commissariat PNC". A landmark; force-responding.ts reads "near
 * the FARDC camp" already, this adds "at / au / devant" and the police's own posts (commissariat, station, office).
 * The caller asks only when another actor (or unknown attackers) did it: "at the FARDC checkpoint soldiers took 2000 FC"
 * keeps the soldiers (host-forces.ts reads them as doers).
 */
const POST = /^(position|positions|camp|base|poste|post|checkpoint|barriere|barrier|roadblock|caserne|barracks|commissariat|station|office|bureau|qg|hq|headquarters|sous-commissariat)$/;
const AT = /^(at|au|a|devant|in|inside|dans|outside|opposite|en face|near|nearby|close|pres|proche|vers|around|autour|beside|behind|derriere|from)$/;

export function forcePostAsLandmark(tokens: readonly Token[], start: number, end: number): boolean {
  const before = tokens[start - 1]?.norm ?? '';
  const after = tokens[end];
  // "the FARDC checkpoint", "the PNC commissariat": the post after the name, a place word before it
  if (after && !after.breakBefore && POST.test(after.norm) && atWithin(tokens, start - 3, start)) return true;
  // "au commissariat de la PNC", "at the camp of the FARDC"
  if (/^(la|l|the|les|des|du|de|d|of)$/.test(before)) {
    let k = start - 1;
    while (k > start - 4 && /^(la|l|the|les|des|du|de|d|of)$/.test(tokens[k]?.norm ?? '')) k--;
    if (POST.test(tokens[k]?.norm ?? '') && atWithin(tokens, k - 3, k)) return true;
  }
  return false;
}

function atWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) {
    if (tokens[k + 1]!.breakBefore) continue;
    if (AT.test(tokens[k]!.norm)) return true;
  }
  return false;
}
