import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * An aid agency named as where the hurt are cared for, "now at MSF", "taken to MSF", "treated by MSF", "soigné chez MSF",
 * "pris en charge par MSF", "évacué vers le CICR": the agency treats the victim and is not the one attacked (reports32:
 * "detainee … beaten w/ rifle butts, came out with wounds on his back, now at MSF"). Looked at only on a humanitarian
 * hit, so other reports pay nothing.
 */
const AT = new Set(['at', 'to', 'by', 'chez', 'par', 'a', 'au', 'vers', 'with', 'avec']);
const CARE = /^(now|taken|treated|admitted|evacuated|referred|transferred|rushed|receiving|being|soigne\w*|admis|admise|evacue\w*|refere\w*|transfere\w*|achemine\w*|emmene\w*|conduit\w*|recu\w*|charge|actuellement|hospitalis\w*|hospitaliz\w*|care)$/;
const AGENCY = /^(msf|icrc|cicr|alima|medair|heal|merlin|emergency|croix|cross)$/;

export function careAtAgency(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'humanitarian' || !AGENCY.test(tokens[h.start]!.norm)) return false;
  let k = h.start - 1;
  // ("chez la Croix-Rouge", "to the ICRC")
  if (/^(la|le|l|the)$/.test(tokens[k]?.norm ?? '') && !tokens[k + 1]!.breakBefore) k--;
  if (!AT.has(tokens[k]?.norm ?? '') || tokens[k + 1]!.breakBefore) return false;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    if (CARE.test(tokens[j]!.norm)) return true;
    if (tokens[j + 1]!.breakBefore) return false;
  }
  return false;
}
