import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * An actor named only as what was hit or threatened is not who did it (C4: "a party named only as the target is not"):
 * - its positions shelled or attacked, "bombardements M23 sur les positions FARDC/wazalendo", "M23 shelling of Wazalendo
 *   positions", "tirs sur la base des FARDC";
 * - its families or kin threatened, "told the chiefs that families of wazalendo will be 'dealt with'", "menaces contre
 *   les familles des Wazalendo" (reports32).
 * Checked per mention (a few per report), with Set lookups of the words right around it.
 */
const POSITION_WORDS = ['positions', 'position', 'pos', 'base', 'bases', 'camp', 'camps', 'post', 'posts', 'poste', 'postes', 'bastion', 'bastions', 'stronghold', 'strongholds'];
const POSITION: ReadonlySet<string> = new Set(POSITION_WORDS);
const ON = new Set(['sur', 'on', 'of', 'against', 'contre', 'at', 'vers', 'toward', 'towards']);
const ARTICLE = new Set(['les', 'la', 'le', 'l', 'des', 'du', 'de', 'd', 'the', 'their', 'leurs', 'leur']);
// (not wives: "forced to live as 'wives' of Raia Mutomboki fighters" names the doers)
const KIN_WORDS = ['families', 'family', 'familles', 'famille', 'relatives', 'proches', 'kin'];
const KIN: ReadonlySet<string> = new Set(KIN_WORDS);
// (a position word, or kin)
const TARGET_SAID = trigger([...POSITION_WORDS, ...KIN_WORDS]);
// The positions are a target only when fire or an attack is told just before ("bombardements M23 sur les positions…");
// "forced to dig trenches on M23 positions" is work done where the group holds ground, and the group did it.
const FIRE = /^(bombard\w*|shell\w*|pilonn\w*|attack\w*|attaqu\w*|tirs?|fire|fired|firing|strikes?|frappes?|obus|mortars?|mortiers?|rockets?|roquettes?|assaut|assault\w*|raid\w*|drone|drones)$/;
function fireBefore(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k >= 0 && k >= from - 5; k--) if (FIRE.test(tokens[k]!.norm)) return true;
  return false;
}

// The verb of the attack right before the positions (reports41): "M23 attacking FARDC and Wazalendo positions", "le M23
// attaque les positions FARDC/Wazalendo" (no "on"/"sur" between).
const FIRE_VERB = /^(attack(s|ed|ing)?|attaqu(e|ent|ait|aient|ant|ee|ees)|shell(s|ed|ing)|bombard(e|ent|ait|aient|ant|s|ed|ing)?|pilonn(e|ent|ait|aient|ant)|assaulting|assaulted|overran|overrun|took|prend|prennent|pris)$/;

export function namedAsTarget(tokens: readonly Token[], start: number, end: number, joinedBefore: (k: number) => number): boolean {
  if (!said(tokens, TARGET_SAID)) return false;
  // "sur les positions FARDC/wazalendo": the position word before the name (or before the name it is joined to by a slash)
  const first = joinedBefore(start);
  // ("sur les positions des wazalendo": an article between)
  const at = ARTICLE.has(tokens[first - 1]?.norm ?? '') && POSITION.has(tokens[first - 2]?.norm ?? '') ? first - 1 : first;
  const before = tokens[at - 1];
  if (before && !tokens[at]!.breakBefore && !tokens[first]!.breakBefore && POSITION.has(before.norm)) {
    let k = at - 2;
    if (ARTICLE.has(tokens[k]?.norm ?? '')) k--;
    if ((ON.has(tokens[k]?.norm ?? '') && fireBefore(tokens, k - 1)) || FIRE_VERB.test(tokens[k]?.norm ?? '')) return true;
  }
  // "shelling of Wazalendo positions", "attack on M23 positions": the position word after the name
  const after = tokens[end];
  if (after && !after.breakBefore && POSITION.has(after.norm)) {
    let k = first - 1;
    if (ARTICLE.has(tokens[k]?.norm ?? '')) k--;
    if ((ON.has(tokens[k]?.norm ?? '') && tokens[k]!.norm !== 'at' && fireBefore(tokens, k - 1)) || FIRE_VERB.test(tokens[k]?.norm ?? '')) return true;
  }
  // "families of wazalendo", "les familles des Wazalendo"
  let k = first - 1;
  if (ARTICLE.has(tokens[k]?.norm ?? '') || tokens[k]?.norm === 'of') k--;
  if ((tokens[k + 1]?.norm === 'of' || ARTICLE.has(tokens[k + 1]?.norm ?? '')) && KIN.has(tokens[k]?.norm ?? '') && !tokens[k + 1]!.breakBefore) return true;
  return false;
}
