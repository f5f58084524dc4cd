import type { Token } from '../normalize.js';

/**
 * "RAS côté MONUSCO", "RAS de notre côté", "RAS chez les casques bleus", "nothing to report on our side": nothing
 * to report FOR ONE SIDE says that side came out unharmed, after an attack the report tells; it is no quiet day
 * (reports32: "base des casques bleus visée par des tirs ADF cette nuit, riposte, RAS côté MONUSCO"). Checked only
 * at a calm word (quiet-days.ts), so reports without one pay nothing.
 */
const SIDE = new Set(['cote', 'chez', 'parmi', 'among', 'for', 'pour', 'on']);

export function calmForOneSide(tokens: readonly Token[], calm: number): boolean {
  const next = tokens[calm + 1];
  if (!next || next.breakBefore) return false;
  if (next.norm === 'cote') return true;
  // "RAS du côté de…", "RAS de notre côté", "RAS de leur côté"
  if (/^(du|de)$/.test(next.norm)) return tokens[calm + 2]?.norm === 'cote' || tokens[calm + 3]?.norm === 'cote';
  // "RAS chez les PK", "RAS parmi les casques bleus", "RAS for our troops", "RAS on our side"
  return SIDE.has(next.norm) && next.norm !== 'cote' && /^(les|nos|notre|our|the|la|le)$/.test(tokens[calm + 2]?.norm ?? '') && !!tokens[calm + 3] && !tokens[calm + 3]!.breakBefore && (next.norm !== 'on' || tokens[calm + 3]!.norm === 'side');
}
