import type { Token } from '../normalize.js';

/**
 * "A joint FARDC-MONUSCO patrol was ambushed by CODECO", "patrouille conjointe FARDC-MONUSCO prise en embuscade par les
 * ADF", "FARDC/PNC position attacked by M23": a host force named with its partner in a joint unit that was attacked is
 * the target, not a doer (doers/actors.ts attackedBy reads the force alone: "FARDC patrol ambushed by…").
 */
const PARTNER = /^(monusco|fib|unpol|pnc|fardc|police|casques|bleus|and|et|&|joint|conjointe|conjointes|conjoint)$/;
const UNIT = /^(patrol|patrols|patrouille|patrouilles|position|positions|post|poste|convoy|convoi|base|camp|team|equipe|elements|troops|soldiers|escort|escorte)$/;
const FILLER = /^(was|were|has|have|been|is|a|ont|ete|est|sont|reportedly|pris|prise|prises|en|pour|cible|tombee|tombe)$/;
const ATTACKED = /^(ambushed|attacked|attaquee|attaquees|attaque|attaques|shot|shelled|targeted|fired|embuscade|raided|assaulted|overrun|encerclee|encercles|harassed|harcelee)$/;

export function jointUnitAttacked(tokens: readonly Token[], start: number, end: number): boolean {
  let a = start;
  while (a > start - 3 && a > 0 && !tokens[a]!.breakBefore && PARTNER.test(tokens[a - 1]!.norm)) a--;
  let k = end;
  while (k < end + 3 && tokens[k] && !tokens[k]!.breakBefore && PARTNER.test(tokens[k]!.norm)) k++;
  if (a === start && k === end) return false;
  // the unit after the forces ("FARDC-MONUSCO patrol") or before them ("patrouille conjointe FARDC-MONUSCO")
  if (UNIT.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
  else if (!UNIT.test(tokens[a - 1]?.norm ?? '') || tokens[a]!.breakBefore) return false;
  while (k < end + 8 && tokens[k] && !tokens[k]!.breakBefore && FILLER.test(tokens[k]!.norm)) k++;
  const verb = tokens[k];
  if (!verb || verb.breakBefore || !ATTACKED.test(verb.norm)) return false;
  const by = tokens[k + 1]?.norm === 'at' ? k + 2 : k + 1;
  return /^(by|par)$/.test(tokens[by]?.norm ?? '');
}
