import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * Two ways field traffic names a group the actor list does not know (pending reports26), read as free text (C4, C5):
 * - a side of a fight said in Swahili, "vita kati ya Nyatura na APCLS" (war between Nyatura and APCLS), "mapigano kati ya
 *   NDC-R na APCLS": both sides are parties to it;
 * - an acronym's faction or wing: "abducted by an NDC-R faction", "une faction de la CODECO" (known), "a splinter FPIC wing".
 * Look-alikes kept out: "kati ya watu" (among people), a faction with no acronym ("a faction of the youths").
 */
const FIGHT = /^(vita|mapigano|mapambano|clash\w*|affront\w*|combats?|fighting)$/;
const FACTION_WORDS = ['faction', 'factions', 'wing', 'splinter', 'branch', 'aile', 'dissident', 'dissidents', 'dissidence'];
const FACTION = oneOf(FACTION_WORDS);
// ("kati ya": between; a faction word after an acronym)
const SIDES_OR_FACTION_SAID = trigger(['kati', ...FACTION_WORDS]);
const acronym = (t: Token | undefined): boolean => t !== undefined && /^[A-Z][A-Z0-9]{1,7}$/.test(t.text) && /[A-Z]{2}/.test(t.text);

function acronymEnd(tokens: readonly Token[], i: number): number {
  if (!acronym(tokens[i])) return i;
  let end = i + 1;
  while (end < tokens.length && tokens[end]!.hyphenBefore && /^[A-Z0-9]{1,4}$/.test(tokens[end]!.text)) end++;
  return end;
}

export function moreGroupNames(tokens: readonly Token[], taken: Uint8Array): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!said(tokens, SIDES_OR_FACTION_SAID)) return out;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    // "vita kati ya X na Y"
    if (w === 'kati' && tokens[i + 1]?.norm === 'ya' && FIGHT.test(tokens[i - 1]?.norm ?? '')) {
      let j = i + 2;
      const firstStart = j;
      while (taken[j] && j < tokens.length) j++;
      const firstEnd = j > firstStart ? j : acronymEnd(tokens, j);
      if (firstEnd === firstStart || tokens[firstEnd]?.norm !== 'na' || tokens[firstEnd]!.breakBefore) continue;
      const k = firstEnd + 1;
      const secondEnd = taken[k] ? k : acronymEnd(tokens, k);
      if (!taken[firstStart]) out.push([firstStart, firstEnd]);
      if (secondEnd > k) out.push([k, secondEnd]);
      continue;
    }
    // "an NDC-R faction", "a splinter FPIC wing"
    if (acronym(tokens[i]) && !taken[i] && !tokens[i]!.breakBefore && /^(an|a|un|une|the|la|le|splinter|dissident|dissidente)$/.test(tokens[i - 1]?.norm ?? '')) {
      const end = acronymEnd(tokens, i);
      if (FACTION.test(tokens[end]?.norm ?? '') && !tokens[end]!.breakBefore) out.push([i, end]);
    }
  }
  return out;
}
