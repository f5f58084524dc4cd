import type { Token } from '../normalize.js';

/**
 * An armed group named in a warning (C9): the group people fear or hear rumoured is named as the doer of the threat.
 * Two ways the mention used to be dropped as a responder or a force merely there (doers/actors.ts):
 * - "on dit les ADF arrivent", "they say Mai-Mai are arriving", "peur que les CODECO arrivent", "fearing M23 arrival"
 *   (reports27), "craignant l'arrivée des M23": a group SAID to be coming
 *   is the feared group, not a force that arrived to respond ("les FARDC sont arrivés", "Wazalendo came to help" stay out);
 * - "rumeurs d'attaque CODECO sur le site", "menace d'incursion des ADF sur le site": the group that names an attack
 *   aimed at a site is its author, "sur le site" is the target and not the scene a responder stands on.
 */
const SAID = /^(dit|disent|disant|say|says|said|saying|rumou?rs?|rumou?red|rumeurs?|peur|fear|fears|feared|fearing|craignant|redoutant|scared|afraid|crainte|craignent|craint|redoutent|inasemekana|wanasema|parait|annoncent|annonce)$/;
const HELP = /^(rescue|help|aid|secours|secourir|aide|aider|assist|protect|proteger|defend|defendre|renfort|reinforce|sauver|save)$/;
const ARTICLE = /^(les|des|de|d|du|la|l|le|the|an|a)$/;
// (reports37: the group's fire aimed at a site names its author too, "tirs de CODECO sur le site à l'aube")
const ATTACK_NOUN = /^(attaques?|attacks?|incursions?|raids?|offensives?|assauts?|assaults?|tirs?|shots|shooting|gunfire|bombardements?|bombardment|shelling|obus)$/;

/** The group starting at `start` (not the host state's, checked by the caller) is said or feared to be coming. */
export function saidToBeComing(tokens: readonly Token[], start: number, end: number): boolean {
  for (let j = end; j < tokens.length && j <= end + 4; j++) if (HELP.test(tokens[j]!.norm)) return false;
  for (let k = start - 1; k >= 0 && k >= start - 4; k--) {
    if (SAID.test(tokens[k]!.norm)) return true;
    if (tokens[k + 1]!.breakBefore) return false;
  }
  return false;
}

/** The group starting at `start` names an attack said just before it ("d'attaque CODECO", "incursion des ADF"). */
export function namesTheAttack(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  if (k >= 0 && ARTICLE.test(tokens[k]!.norm) && !tokens[start]!.breakBefore) k--;
  return k >= 0 && ATTACK_NOUN.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore;
}
