import type { Token } from '../normalize.js';
import { affiliationSuspected } from './suspected-affiliation.js';

/**
 * "PNC arrested a suspect", "la police a interpellé deux présumés auteurs", "FARDC arrested the suspected killers of
 * the chief", "police arrested the alleged rapists": a force arresting those suspected of the crime answers it; it did
 * not do it (C1/C2). One reading for every rule that asks (doers/actors.ts, force-subject.ts, host-forces.ts).
 * "FARDC arrested 4 men suspected of being ADF collaborators" is not one: an affiliation suspected is the arrest
 * reported, the classic arbitrary arrest, and the force did it.
 */
const ARREST = /^(arrest\w*|arret\w*|interpell\w*|apprehend\w*|detain\w*|picked)$/;
const CULPRIT =
  /^(meneurs?|ringleaders?|instigat\w*|fauteurs?|troublemakers?|agitat\w*|suspects?|suspected|alleged|auteurs?|authors?|perpetrators?|presumed|presumes?|presumees?|coupables?|culprits?|killers?|meurtriers?|assassins?|rapists?|violeurs?|thie(f|ves)|voleurs?|bandits?|criminals?|criminels?|assailants?|assaillants?|attackers?)$/;

/** True when the arrest verb at `verb` takes, within its clause, those suspected of the crime as its object. */
export function suspectsArrested(tokens: readonly Token[], verb: number): boolean {
  if (!ARREST.test(tokens[verb]!.norm)) return false;
  for (let j = verb + 1; j <= verb + 4 && j < tokens.length && !tokens[j]!.breakBefore; j++) if (CULPRIT.test(tokens[j]!.norm)) return !affiliationSuspected(tokens, j);
  return false;
}
