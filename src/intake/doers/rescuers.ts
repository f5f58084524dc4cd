import type { Token } from '../normalize.js';

/**
 * A force named as the one that freed the hostages or ran the operation against the group that did it (reports23):
 * "les FARDC ont libéré 6 otages des ADF", "FARDC rescued 7 hostages", "UPDF and FARDC joint ops destroyed an ADF
 * camp, 7 hostages freed". The group that held them did the harm; the force answered it. (An armed group that frees
 * people with no other actor named held them, C12: the caller asks only when another actor is named.)
 */

const FREED = /^(freed|free|frees|rescued|rescue|rescues|liberated|libere|liberent|liberes|liberee|liberees|liberer|delivre\w*|secouru\w*|extracted|exfiltre\w*|recovered|recupere\w*|wameokoa|wameachilia)$/;
const HOSTAGES = /^(\d+|hostages?|otages?|captives?|captifs?|abductees|kidnapped|enleves?|victims?|victimes?|the|les|des|a|an|un|une|two|three|four|five|six|seven|deux|trois|quatre|cinq|sept|several|plusieurs|all|tous|toutes)$/;
const OPS = /^(ops|op|operation|operations|offensive|offensives|assault|raid|raids|strike|strikes|frappes?|bombardements?)$/;
const JOINT = /^(joint|conjointe|conjointes|conjoint|combined|mixed|mixte|mixtes|military|militaire|militaires|special|speciale|new|nouvelle)$/;
const AUX = /^(have|has|had|ont|a|also|aussi|reportedly|then|ensuite)$/;

/** After the actor ending at `end`: "(and FARDC) (have) freed 6 hostages", "(and FARDC) joint ops". */
export function rescuedOrOperated(tokens: readonly Token[], end: number, actorAt: (k: number) => boolean): boolean {
  let k = end;
  // "UPDF and FARDC joint ops": another force shares the words that follow
  const art = /^(l|la|les|the)$/.test(tokens[k + 1]?.norm ?? '') ? 1 : 0;
  if (/^(and|et|&)$/.test(tokens[k]?.norm ?? '') && actorAt(k + 1 + art)) {
    k += 1 + art;
    while (k < end + 5 && actorAt(k)) k++;
  }
  while (k < end + 6 && AUX.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
  const w = tokens[k];
  if (!w || w.breakBefore) return false;
  if (FREED.test(w.norm)) return HOSTAGES.test(tokens[k + 1]?.norm ?? '') && !tokens[k + 1]!.breakBefore;
  if (JOINT.test(w.norm) && OPS.test(tokens[k + 1]?.norm ?? '') && !tokens[k + 1]!.breakBefore) return true;
  return OPS.test(w.norm);
}

/** "Opération conjointe FARDC et UPDF: …", "joint FARDC-UPDF operation": the force named inside the operation's name. */
export function namedInOperation(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - 4; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    if (OPS.test(tokens[k]!.norm)) return true;
  }
  return false;
}
