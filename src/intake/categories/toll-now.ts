import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';

/**
 * Words that sound like an attack under way but tell of harm already done (pending reports40):
 *  - "now" said of a toll, a revised count: "maj: maintenant 5 blessés et 2 morts", "injured now 12", "toll now 6",
 *    "the dead are now 4", or the count itself going on, "bilan en cours" (reports44) — the count has grown, nothing says the attack goes on (C10 is about fighting said to go on);
 *  - people "caught in the crossfire", "pris entre deux feux" when the harm is told (someone killed or hurt): how they
 *    were hit, not people trapped now ("5 wounded after Mai-Mai attacked the FARDC position; civilians caught in the
 *    crossfire").
 * Look-alikes kept out: "fighting now in Kiwanja", "they are attacking now", "shooting right now" (no count beside the
 * time word), "civilians caught in the crossfire" with nobody hurt (trapped now, under way).
 */
const NOW = /^(now|maintenant|desormais|actuellement)$/;
const TOLL = /^(toll|bilan|injured|wounded|blesses?|blessees?|dead|killed|morts?|tues?|deaths?|casualties|victimes?|missing|disparus?|abducted|enleves?)$/;
const BETWEEN = /^(is|are|stands|at|de|a|est|sont|s|eleve|passe|to|rises|risen|up)$/;
const COUNTING = /^(bilan|toll|decompte|comptage|tally|count|headcount|denombrement|recensement)$/;
const CROSSFIRE = /^(crossfire|feux|cross)$/;

export function nowOfAToll(tokens: readonly Token[], at: number): boolean {
  // ("plusieurs morts, bilan en cours", "toll still being established": the count goes on, not the attack; reports44)
  if (COUNTING.test(tokens[at - 1]?.norm ?? '') || (COUNTING.test(tokens[at - 2]?.norm ?? '') && /^(provisoire|definitif|final|exact|still)$/.test(tokens[at - 1]?.norm ?? ''))) return !tokens[at]!.breakBefore;
  if (!NOW.test(tokens[at]?.norm ?? '')) return false;
  // ("injured now 12", "bilan maintenant de 6 morts", "toll now stands at 6")
  if (at > 0 && !tokens[at]!.breakBefore && TOLL.test(tokens[at - 1]!.norm)) return true;
  // ("maintenant 5 blessés et 2 morts", "now 4 dead")
  let k = at + 1;
  while (k < at + 4 && BETWEEN.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
  const n = readNumber(tokens, k);
  if (!n || n.article || tokens[k]!.breakBefore) return false;
  for (let j = n.next; j < n.next + 3 && j < tokens.length && !tokens[j]!.breakBefore; j++) if (TOLL.test(tokens[j]!.norm)) return true;
  return false;
}

/** "caught in the crossfire" once people were killed or hurt: how they were hit (`harmed`: a kill or injury told). */
export function crossfireOfHarm(tokens: readonly Token[], start: number, end: number, harmed: boolean): boolean {
  return harmed && tokens.slice(start, end).some((t) => CROSSFIRE.test(t.norm));
}
