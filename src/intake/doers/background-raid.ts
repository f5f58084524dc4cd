import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * A group named only in the cause of what another actor did (pending reports38): "Police arrested 3 youths in Beni after
 * the Mai-Mai raid on the market", "les FARDC ont arrêté 5 jeunes après l'attaque des ADF contre Oicha", "soldiers beat
 * traders following the ADF killings". The earlier attack is background; the doer of this report is named before it.
 * background-clash.ts reads the same with a post attacked ("a day after M23 attacked their position"); here the group
 * names the attack itself. Kept: nobody named before "after" ("3 killed after the ADF raid": ADF), or the same group.
 */
const AFTER_WORDS = ['after', 'apres', 'following', 'suite', 'lendemain'];
const AFTER: ReadonlySet<string> = new Set(AFTER_WORDS);
const AFTER_SAID = trigger(AFTER_WORDS);
const BETWEEN = /^(the|a|an|la|le|l|les|de|des|d|du|au|aux|une|un|last|recent|yesterday|yesterdays|monday|tuesday|wednesday|thursday|friday|saturday|sunday|nights?|weeks?|s)$/;
const ATTACK_WORDS = ['raid', 'raids', 'attack', 'attacks', 'attaque', 'attaques', 'incursion', 'incursions', 'killings', 'killing', 'tueries', 'massacre', 'massacres', 'ambush', 'embuscade', 'assault', 'offensive'];
const ATTACK = oneOf(ATTACK_WORDS);
const ATTACK_SAID = trigger(ATTACK_WORDS);
// Whoever did this report's harm, named before "after": a listed actor, or the host forces said as a common noun (C1, C2).
const FORCE_WORDS = /^(police|policemen|policiers?|soldiers|soldats|militaires|army|armee|troops|fardc|pnc|agents)$/;

const HARM_VERB = /^(arrested|arrest|arrete\w*|detained|detenu\w*|beat|tabass\w*|frapp\w*|fouett\w*|whipped|shot|killed|tue|tues|tuee|abducted|enleve\w*|kidnapped|raped|viole\w*|looted|pille\w*|burned|burnt|brule\w*|tortured|torture\w*|rounded|rafle\w*|extorted|rackette\w*|fined|amende\w*|inflige\w*|imposed|impose\w*|threatened|menace\w*)$/; // ("M23 fined the village $500 after a Wazalendo attack", "a infligé une amende … après une attaque Wazalendo": reports47)

export function backgroundRaid(tokens: readonly Token[], start: number, end: number, actorBefore: (k: number) => boolean): boolean {
  if (!said(tokens, AFTER_SAID) || !said(tokens, ATTACK_SAID)) return false;
  let k = start - 1;
  // "the Mai-Mai raid" / "l'attaque des ADF": the attack word either side of the name
  let attackBefore = false;
  while (k >= 0 && start - k <= 4 && (BETWEEN.test(tokens[k]!.norm) || ATTACK.test(tokens[k]!.norm)) && !tokens[k + 1]!.stopBefore) {
    if (ATTACK.test(tokens[k]!.norm)) attackBefore = true;
    k--;
  }
  if (k < 1 || !AFTER.has(tokens[k]!.norm) || tokens[k + 1]!.stopBefore) return false;
  const attackAfter = ATTACK.test(tokens[end]?.norm ?? '') && !tokens[end]!.breakBefore;
  if (!attackBefore && !attackAfter) return false;
  // the doer named before, with its own harm verb between it and "after" (not "FARDC evacuated 30 wounded after the ADF attack")
  let harm = false;
  for (let j = k - 1; j >= 0; j--) {
    if (HARM_VERB.test(tokens[j]!.norm)) harm = true;
    if (harm && (actorBefore(j) || FORCE_WORDS.test(tokens[j]!.norm))) return true;
    if (tokens[j + 1]!.stopBefore) break;
  }
  return false;
}
