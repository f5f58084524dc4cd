import type { Token } from '../normalize.js';

/**
 * A group whose return is only feared did nothing in this report when another actor is the one who acted: "les wazalendo
 * ont quitté Kalengera, la population craint le retour des M23", "Wazalendo pulled out of Kibumba, people fear the return
 * of the M23", "redoute le retour des ADF" (reports20). Alone in a report the feared group stays named, as the older
 * labels read a group feared (C9: people who flee for fear of it name it): "la population craint le retour des ADF" → ADF.
 */
const RETURN = /^(retour|return|comeback|reviennent|revenir|return?s|returning)$/;
const FEAR = /^(crain\w*|redout\w*|fear\w*|afraid|peur|apprehend\w*|worried|inquiet\w*|dread\w*)$/;
const LINK = /^(le|du|des|de|d|la|l|les|of|the|a|an|possible|eventual|eventuel|probable|that|que)$/;

/** The actor named at `start` is only the object of a feared return. */
export function returnOnlyFeared(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  while (k >= 0 && k > start - 4 && LINK.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
  if (k < 0 || tokens[k + 1]!.breakBefore || !RETURN.test(tokens[k]!.norm)) return false;
  for (let f = k - 1; f >= 0 && f >= k - 4; f--) {
    if (tokens[f + 1]!.breakBefore) return false;
    if (FEAR.test(tokens[f]!.norm)) return true;
  }
  return false;
}
