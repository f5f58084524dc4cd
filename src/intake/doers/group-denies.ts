import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * A group that denies the harm is not named its doer on its own word (reports23): "2 killed by unidentified assailants;
 * a CODECO spokesman denies his group was involved", "Les Wazalendo nient toute implication et parlent de bandits
 * armés". When residents, victims or the reporter accuse it, it stays the doer ("residents accuse M23, who deny it",
 * the writer's reading of C9): only a denial with no accusation in the report clears it.
 */

const DENY = /^(deny|denies|denied|denying|nie|nient|niait|niaient|dement|dementent|dementi|dementait|rejette|rejettent|rejects?|rejected|refute\w*|rejet)$/;
const DENY_SAID = trigger(['deny', 'denies', 'denied', 'denying', 'nie', 'nient', 'niait', 'niaient', 'dement', 'dementent', 'dementi', 'dementait', 'rejette', 'rejettent', 'reject', 'rejects', 'rejected', 'refute*', 'rejet']);
// Who speaks for the group: "a CODECO spokesman denies", "le porte-parole des Wazalendo nie"
const SPEAKER = /^(spokesman|spokesperson|spokeswoman|porte|parole|leader|leaders|chef|chefs|commander|commandant|representative|representant|officials?|responsables?|cadres?)$/;
const AUX = /^(have|has|had|ont|a|ont|also|aussi|formally|formellement|categoriquement|strongly|fermement|all|tous|toute|immediately|quickly|vite|rapidement)$/;
const ACCESS = /^(access|acces|entry|entree|passage|permission|autorisation|visits?|visites?|aid|aide|assistance)$/;
// An accusation anywhere: then the group stays the doer.
const ACCUSE = /^(accuse\w*|blame\w*|soupconn\w*|suspect\w*|pointe\w*|incrimin\w*|designe\w*|identifi\w*|recogni[sz]ed|reconnu\w*|attribu\w*|imput\w*)$/;

/** The actor at [start, end) is the subject of a denial ("X nie", "X spokesman denies") and nobody accuses anyone. */
export function groupDenies(tokens: readonly Token[], start: number, end: number): boolean {
  if (!said(tokens, DENY_SAID)) return false;
  let k = end;
  while (k < end + 3 && k < tokens.length && !tokens[k]!.breakBefore && (SPEAKER.test(tokens[k]!.norm) || AUX.test(tokens[k]!.norm))) k++;
  const verb = tokens[k];
  if (!verb || verb.breakBefore || !DENY.test(verb.norm)) {
    // "le porte-parole des Wazalendo nie", "a spokesman for CODECO denied"
    if (!(SPEAKER.test(tokens[start - 2]?.norm ?? '') && /^(des|du|de|of|for|d)$/.test(tokens[start - 1]?.norm ?? ''))) return false;
    const after = tokens[end];
    if (!after || after.breakBefore || !DENY.test((AUX.test(after.norm) ? tokens[end + 1] : after)?.norm ?? '')) return false;
  }
  // ("M23 denied our team access to Kishishe": access refused, the harm itself)
  for (let j = end; j < end + 9 && j < tokens.length; j++) if (ACCESS.test(tokens[j]!.norm)) return false;
  return !tokens.some((t) => ACCUSE.test(t.norm));
}
