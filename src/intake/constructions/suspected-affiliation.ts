import type { Token } from '../normalize.js';

/**
 * "suspected of being ADF collaborators", "soupçonnés de collaboration avec les Mai-Mai", "suspected of links with M23":
 * civilians arrested for an affiliation suspected are the classic arbitrary arrest (a detention, the force its doer),
 * not a thief or a killer caught (whom the police or army arrest as a response, C1/C2). True when the culprit word at
 * `k` is followed, in its clause, by such an affiliation.
 */
const AFFILIATION = /^(links?|ties|liens?|collaborat\w*|complic\w*|connivence|intelligence|accointances?|appartenance|membership|members?|membres?|supporting|support|soutien|soutenir|sympathi\w*|spying|espionnage|espions?|spies|informants?|informateurs?)$/;

export function affiliationSuspected(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j <= k + 4 && j < tokens.length; j++) {
    if (tokens[j]!.breakBefore) return false;
    const w = tokens[j]!.norm;
    if (AFFILIATION.test(w)) return true;
    // "suspected of being ADF", "soupçonnés d'être des Maï-Maï"
    if ((w === 'being' || w === 'etre') && j + 1 < tokens.length && !tokens[j + 1]!.breakBefore) return true;
  }
  return false;
}
