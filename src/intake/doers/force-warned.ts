import type { CategoryId } from '../../domain/taxonomy.js';
import type { Token } from '../normalize.js';

/**
 * C1/C2 in a threat: soldiers or police who came to someone and told him to stop, leave or keep quiet are who threatened
 * him (reports36): "journalist visited at night by 4 armed soldiers who told him to 'stop talking about the barriers'",
 * "des militaires armés sont venus la nuit chez un journaliste lui demander d'arrêter de parler des barrières", "policemen
 * ordered the pastor to stop preaching about the killings". Read only in a threat report with no other actor named, the
 * telling verb after the force word in its sentence and an order after it ("to …", "de …"). Look-alikes kept: the force
 * told to act ("asked the police to intervene", the force after the verb), the force itself told ("soldiers were told to
 * leave"), a force that only came ("soldiers came to secure the area").
 */
const TOLD = /^(told|tell|tells|telling|ordered|orders|ordering|warned|warns|warning|asked|asking|demanded|instructed|demander|demande|demandent|demandaient|ordonne|ordonner|ordonnent|intime|intimer|somme|sommer|averti|avertir|dit|dire|disent|enjoint|exige|exiger)$/;
const ORDER_NEXT = /^(to|not|de|d|que|qu)$/;
const OBJECT = /^(him|her|them|us|me|the|a|lui|leur|les|la|le|l|nous|me|m|his|their|people|residents|villagers|journalists?|pastor|chief|chef|habitants|population)$/;
const PASSIVE = /^(were|was|been|being|ete|sont|est|etaient|etait)$/;

export function forceWarnedSomeone(tokens: readonly Token[], i: number, category: CategoryId, otherActorNamed: boolean): boolean {
  if (category !== 'threat_intimidation' || otherActorNamed) return false;
  for (let k = i + 1; k < tokens.length && k <= i + 12; k++) {
    if (tokens[k]!.stopBefore) return false;
    if (!TOLD.test(tokens[k]!.norm)) continue;
    if (PASSIVE.test(tokens[k - 1]!.norm) && !/^(venus|venues|passes)$/.test(tokens[k - 1]!.norm)) return false;
    // ("told him to stop", "lui demander d'arrêter", "ordered the pastor to stop": an object, then the order)
    let j = k + 1;
    while (j <= k + 3 && OBJECT.test(tokens[j]?.norm ?? '') && !ORDER_NEXT.test(tokens[j]!.norm)) j++;
    if (ORDER_NEXT.test(tokens[j]?.norm ?? '') && j > k + 1) return true;
    // (French puts the pronoun before: "lui demander d'arrêter")
    if (OBJECT.test(tokens[k - 1]?.norm ?? '') && ORDER_NEXT.test(tokens[k + 1]?.norm ?? '')) return true;
    return false;
  }
  return false;
}
