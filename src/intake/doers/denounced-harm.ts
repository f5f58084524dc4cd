import type { Token } from '../normalize.js';

/**
 * Police or soldiers named only in the harm a threatened or targeted person had denounced (C26, pending reports41): "la
 * présidente d'une association de femmes menacée après avoir dénoncé des viols commis par des militaires", "journalist
 * threatened for exposing extortion by police at Kasindi", "menacé pour avoir dénoncé les tracasseries des policiers".
 * What was denounced is why the person was targeted (doers/staff-titles.ts reads the same for actors of the list); who
 * threatened is not said. The force word is checked back to the denouncing verb, within its clause; a doer of the report's
 * own harm ("menacé par des militaires après avoir dénoncé…") is read at its own word.
 */
const DENOUNCE = /^(denounc\w*|denonc\w*|critici[sz]\w*|critiqu\w*|condemn\w*|condamn\w*|exposing|exposed|expose|reporting|reported|signale|signaler|documented|documente|documenting)$/;
const BECAUSE = /^(after|for|pour|apres|since|having|avoir|ayant|over)$/;

export function forceInDenouncedHarm(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    if (DENOUNCE.test(tokens[k]!.norm)) return BECAUSE.test(tokens[k - 1]?.norm ?? '') || BECAUSE.test(tokens[k - 2]?.norm ?? '');
  }
  return false;
}
