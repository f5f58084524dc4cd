import type { Token } from '../normalize.js';
import type { CategoryId } from '../../domain/taxonomy.js';

/**
 * A host force named only as patrolling, in a report of calm or of people coming home, did no harm (C2 bystanders,
 * reports34): "patrouille conjointe FARDC-MONUSCO dans les champs, la population reprend les travaux agricoles",
 * "FARDC patrols in the fields, people back to farming", "les FARDC patrouillent, retour de la population". Look-alikes
 * keep the force: a patrol that did harm in its clause ("FARDC patrol beat 2 moto drivers", "patrouille FARDC a
 * arrêté 3 jeunes") and every other category.
 */
const PATROL = /^(patrol|patrols|patrolling|patrolled|patrouille|patrouilles|patrouillent|patrouillant|patrouillaient|patrouillé|patrouille)$/;
const JOINT = /^(conjointe|conjointes|conjoint|joint|mixte|mixtes|combined|de|des|du|la|les|the|a|une|monusco|pnc|fardc|and|et|&)$/;
const HARM = /^(beat|beaten|shot|shoot|fired|tir\w*|arrest\w*|arrete\w*|kill\w*|tue\w*|loot\w*|pill\w*|rap\w*|viol\w*|extort\w*|ranconn\w*|tabass\w*|fouett\w*|whip\w*|burn\w*|brul\w*|detain\w*|deten\w*|took|pris|prise|racket\w*|demand\w*|exig\w*|frapp\w*)$/;

export function onlyPatrolling(tokens: readonly Token[], start: number, end: number, category: CategoryId): boolean {
  if (category !== 'other' && category !== 'displacement') return false;
  let a = start;
  while (a > start - 4 && a > 0 && !tokens[a]!.breakBefore && (JOINT.test(tokens[a - 1]!.norm) || PATROL.test(tokens[a - 1]!.norm))) a--;
  let b = end;
  while (b < end + 3 && tokens[b] && !tokens[b]!.breakBefore && (JOINT.test(tokens[b]!.norm) || PATROL.test(tokens[b]!.norm))) b++;
  let patrol = false;
  for (let k = a; k < b; k++) if (PATROL.test(tokens[k]!.norm)) patrol = true;
  if (!patrol) return false;
  for (let k = b; k < tokens.length && !tokens[k]!.breakBefore; k++) if (HARM.test(tokens[k]!.norm)) return false;
  return true;
}
