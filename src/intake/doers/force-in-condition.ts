import type { Token } from '../normalize.js';

/**
 * A force named in the condition of another's threat is not a doer (pending reports40, "FARDC read in excess"): "a letter
 * signed 'ADF' warns the village will be attacked if the FARDC stay", "Mai-Mai threaten to burn the village if the FARDC
 * stay", "les CODECO menacent d'attaquer si les FARDC ne partent pas", "unless the army leaves", "tant que les militaires
 * restent". The force opens the clause of "if/si/unless/tant que/as long as" (articles only between); another doer is
 * named (the caller asks). Look-alikes kept out: the force doing the harm before the condition ("FARDC beat him as if he
 * were a thief"), a force named as a doer elsewhere in the report (its own mention stays).
 */
const IF = /^(if|si|unless|until|tant|long|lest)$/;
const BETWEEN = /^(the|les|la|le|l|des|que|qu|as|a|an)$/;

export function forceInCondition(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - 3; k--) {
    if (tokens[k + 1]!.breakBefore && k + 1 < start) return false;
    const w = tokens[k]!.norm;
    if (IF.test(w)) return w !== 'long' || tokens[k - 1]?.norm === 'as';
    if (!BETWEEN.test(w)) return false;
  }
  return false;
}
