import type { Token } from '../normalize.js';

/**
 * The group named as the agent of a taking, in the passive, is the taker even when the next verb tells the rescue
 * (reports34): "2 women abducted by CODECO were rescued by FARDC", "2 femmes enlevées par les CODECO ont été récupérées par
 * les FARDC", "the children kidnapped by ADF were recovered in Eringeti". "were rescued" follows the group's name but its
 * subject is the people taken (doers/actors.ts otherwise reads a force word after a name as that actor's response).
 */
const TAKEN = /^(abducted|kidnapped|taken|seized|captured|held|enlevee?s?|enleves?|kidnappee?s?|kidnappes?|capturee?s?|captures?|prise?s?|emmenee?s?|emmenes?|retenue?s?|detenue?s?)$/;
const ART = /^(les|la|le|l|des|the)$/;

export function agentOfTaking(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  if (ART.test(tokens[k]?.norm ?? '') && !tokens[k + 1]!.breakBefore) k--;
  if (k < 1 || tokens[k + 1]!.breakBefore || !/^(by|par)$/.test(tokens[k]!.norm) || tokens[k]!.breakBefore) return false;
  return TAKEN.test(tokens[k - 1]!.norm);
}
