import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * A barrier "held by" a group is the group's barrier, nobody held (C6, pending reports41): "Illegal barrier held by
 * Wazalendo at Kalengera: 2000 FC per moto", "checkpoint kept by Mai-Mai on the Lemera road", "roadblock held by CODECO
 * since Monday". The detention hit of "held by"/"kept by" right after a barrier word is set aside; the levy (looting, C6) or
 * the people held until they pay (arbitrary detention, C6's last case) are read from their own words. Kept: "3 moto
 * drivers held by Wazalendo at the barrier until they pay" (people before "held").
 */
const BARRIER = /^(barriers?|barrieres?|checkpoints?|roadblocks?|barrages?|barricades?|post|poste|péage|peage|tolls?|cp)$/;
const HELD = /^(held|kept|manned|run|tenue|tenues|tenu|tenus|gardee|gardees|garde|gardes|controlled|controlee|controle)$/;
const FILL = /^(illegal|illegale|illegales|illicite|illicites|fake|new|nouvelle|the|la|le|l|a|an|une|un|is|est|still|toujours|being)$/;

export function barrierHeldBy(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'detention' || !HELD.test(tokens[h.start]!.norm)) return false;
  for (let k = h.start - 1; k >= 0 && k >= h.start - 3; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    if (BARRIER.test(tokens[k]!.norm)) return true;
    if (!FILL.test(tokens[k]!.norm)) return false;
  }
  return false;
}
