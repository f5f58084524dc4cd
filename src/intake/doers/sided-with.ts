import type { Token } from '../normalize.js';

/**
 * The side people are warned not to take is no doer: "warned that anyone who joins Wazalendo will be treated as enemy",
 * "quiconque parle aux FARDC sera puni", "ceux qui collaborent avec les M23 seront tués". The group named after who
 * joins, talks to or helps it is what the threat is about; whoever warned did it. Look-alikes kept out: "M23 joined by
 * Twirwaneho attacked" (joined BY: both did it), "Mai-Mai who joined the ADF attack" (no "anyone/whoever" before).
 */
const WHOEVER = /^(anyone|anybody|whoever|those|quiconque|ceux|celles|celui|celle|tout|toute)$/;
const WHO = /^(who|qui|that)$/;
const SIDE = /^(joins?|joined|joining|rejoin\w*|rejoint|rejoignent|rejoindra|parle|parlent|parlera|parler|talks?|talking|speaks?|speaking|collabor\w*|helps?|helping|aide|aident|aidera|aider|supports?|supporting|soutien\w*|soutient|soutenir|informs?|informing|renseign\w*|feeds?|feeding|works?|working|travaille\w*|hosts?|hosting|heberge\w*|cache\w*|hides?|hiding)$/;
const LINK = /^(to|with|for|aux|au|avec|les|la|le|l|the|a|des|du|de|d|pour)$/;

/** True when the actor named at `start` is the side that "anyone who joins/talks to/helps" it is warned about. */
export function sidedWith(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  while (k >= 0 && k >= start - 3 && LINK.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
  if (k < 1 || tokens[k + 1]!.breakBefore || !SIDE.test(tokens[k]!.norm)) return false;
  const before = tokens[k - 1]!.norm;
  return WHOEVER.test(before) || (WHO.test(before) && WHOEVER.test(tokens[k - 2]?.norm ?? ''));
}
