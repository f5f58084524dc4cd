import type { Token } from '../normalize.js';

/**
 * A report that opens as a follow-up ("Update Largu:", "Mise à jour Largu:", "MAJ", "updt", "suite", "follow-up") tells more
 * of an incident already reported (reports34): a release bought told that way is the end of a kidnapping, not a fine
 * (categories/release-bought.ts asks who held them otherwise). "Mise à jour Largu: les 5 cultivateurs libérés après
 * paiement" → abduction, 5.
 */
const OPENERS = /^(update|updt|upd|maj|suite|suivi|followup|follow|rappel|complement)$/;

export function opensAsFollowUp(tokens: readonly Token[]): boolean {
  for (let i = 0; i < 3 && i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (i > 0 && tokens[i]!.breakBefore) return false;
    if (OPENERS.test(w)) return true;
    if (w === 'mise' && tokens[i + 1]?.norm === 'a' && tokens[i + 2]?.norm === 'jour') return true;
  }
  return false;
}
