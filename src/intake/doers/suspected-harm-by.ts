import type { Token } from '../normalize.js';

/**
 * A harm suspected and its agent after "par/by" (pending reports40): "on soupçonne un enlèvement par les ADF", "residents
 * suspect an abduction by ADF", "ils soupçonnent une attaque par des CODECO". The actor after "par/by" is who is suspected
 * of the harm, a doer, not a group someone is "accused of being" (actors.ts accused). `k`: the verb of suspecting,
 * `start`: the actor. Look-alikes kept out: "soupçonné de collaborer avec les ADF" (no "par/by": the charge), "accusé
 * par des miliciens" (read by actors.ts as the accuser).
 */
const VERB = /^(soupconne|soupconnent|suspect|suspects|suspected|suspectent|accuse|accusent|craint|craignent|fear|fears|feared)$/;
const BY = /^(par|by)$/;

export function suspectedHarmBy(tokens: readonly Token[], k: number, start: number): boolean {
  if (!VERB.test(tokens[k]?.norm ?? '')) return false;
  const between = tokens.slice(k + 1, start);
  return between.some((t) => BY.test(t.norm)) && !between.some((t) => /^(etre|being|collaborer|collaborating|avec|with)$/.test(t.norm));
}
