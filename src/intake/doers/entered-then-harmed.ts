import type { Token } from '../normalize.js';

/**
 * C2/C1 (reports37): soldiers or police who ENTERED a place and then did harm in the next clause of the same sentence
 * are its doers: "un groupe de militaires ivres est entré dans le site, a pillé une vingtaine d'abris", "drunk soldiers
 * entered the camp, looted shelters and beat 2 women", "des policiers ont fait irruption dans le quartier et ont
 * arrêté 10 jeunes". French "sont entrés" is no passive, and the harm verb sits past a comma, so doerAfter
 * (doers/host-forces.ts) stopped at the entry. Look-alikes kept out: a force that entered and secured, searched for
 * the attackers or evacuated (no harm verb), a new sentence, a negation.
 */
const FILLER = /^(drunk|drunken|ivres?|indisciplines?|undisciplined|armed|armes|en|uniforme|uniform|de|du|des|la|le|l|the|a|an|fardc|pnc)$/;
const AUX = /^(sont|est|etaient|etait|ont|a|have|has|had|were|was)$/;
const ENTERED = /^(entered|entre|entres|entree|entrees|penetre|penetres|penetree|stormed|broke|raided|irruption|infiltre|infiltres|descendus|descendu|debarque|debarques)$/;
const LINK = /^(ont|a|and|et|then|puis|avant|before|ensuite|y|les|l|leur|lui|them|have|has|had)$/;
const NEGATION = /^(ne|n|pas|jamais|not|never|no)$/;

/** The force word at `i` entered somewhere and then, in the same sentence, did the harm `harmVerb` tells. */
export function enteredThenHarmed(tokens: readonly Token[], i: number, harmVerb: (n: string) => boolean): boolean {
  let k = i + 1;
  while (k < i + 4 && FILLER.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
  if (AUX.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
  if (tokens[k]?.norm === 'fait' && !tokens[k]!.breakBefore) k++;
  if (!ENTERED.test(tokens[k]?.norm ?? '') || tokens[k]!.breakBefore) return false;
  let breaks = 0;
  for (let j = k + 1; j < tokens.length && j <= k + 12; j++) {
    const t = tokens[j]!;
    if (t.stopBefore) return false;
    if (t.breakBefore && ++breaks > 1) return false;
    if (NEGATION.test(t.norm)) return false;
    // the harm right after a comma, "and/et", or "ont/a" opening the next clause
    if (harmVerb(t.norm) && (t.breakBefore || LINK.test(tokens[j - 1]!.norm))) return true;
  }
  return false;
}
