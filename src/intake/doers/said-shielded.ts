import type { Token } from '../normalize.js';

/**
 * A group named in a rumour or an accusation as the one someone else hides, protects or arms did nothing here: "stones
 * thrown at TOB Fataki by youths after rumours the UN 'hides' CODECO", "manifestation contre la MONUSCO accusée de
 * protéger les ADF", "youths accuse the mission of supporting M23". The group is the object of the verb of shielding (an
 * article or a quote between), and a rumour or an accusation is said. Look-alikes kept out: a group that hides or
 * shelters in a place ("ADF hiding in the forest": the group is the subject), no rumour or accusation said.
 */
const SHIELD = /^(hides|hide|hiding|hid|protects|protect|protecting|protected|supports|support|supporting|supported|shelters|sheltering|harbours|harbors|harbouring|harboring|arms|arming|cache|cachent|cacher|protege|protegent|proteger|soutient|soutiennent|soutenir|abrite|abritent|abriter|heberge|hebergent|arme|armer|arment|equipe|equiper|equipent)$/;
const SAID = /^(rumou?rs?|rumeurs?|accus\w*|alleg\w*|claim\w*|pretend\w*|suspect\w*|soupconn\w*|selon|saying|disant|believe|croient|croyant)$/;
const BETWEEN = /^(the|les|le|la|l|des|de|du|d)$/;

export function saidShielded(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  while (k > 0 && BETWEEN.test(tokens[k]!.norm)) k--;
  if (!SHIELD.test(tokens[k]?.norm ?? '')) return false;
  for (let j = k - 1; j >= 0 && j >= k - 8 && !tokens[j + 1]!.stopBefore; j--) if (SAID.test(tokens[j]!.norm)) return true;
  return false;
}
