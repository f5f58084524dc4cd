import type { Token } from '../normalize.js';

/**
 * C23 for armed groups the actor list does not know (C5): "des APCLS ont arrêté 12 personnes", "arrested by NDC-R
 * fighters", "les Imbonerakure ont arrêté 3 pêcheurs" are abductions as for a listed group (reports35). Read by
 * categories/group-arrests.ts through read-signals.ts: the name as the verb's agent, before or after it. Only the
 * non-state groups the README names as free text (C5), by their usual names; the state's services (ANR, DEMIAP, DGM)
 * and foreign armies are not here (their arrests stay detentions).
 */
const UNLISTED = new Set(['apcls', 'fpic', 'crp', 'frpi', 'cnrd', 'imbonerakure', 'gumino', 'ngumino', 'tabara', 'yakutumba', 'bishambuke', 'kifuafua', 'kyandenga', 'ndcr', 'fpp', 'mapi']);

/** An unlisted non-state group's name starts at i ("APCLS", "NDC-R", "Red Tabara"). */
export function unlistedGroupAt(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]?.norm ?? '';
  if (w === 'ndc') return true;
  if (w === 'red') return tokens[i + 1]?.norm === 'tabara';
  return UNLISTED.has(w) && w !== 'tabara';
}

/** An unlisted non-state group's name ends right before i. */
export function unlistedGroupEndsAt(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i - 1]?.norm ?? '';
  if (w === 'r') return tokens[i - 2]?.norm === 'ndc';
  return UNLISTED.has(w) || w === 'ndc';
}
