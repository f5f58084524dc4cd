import type { Victims } from '../../domain/alert.js';
import type { CategoryId } from '../../domain/taxonomy.js';
import type { Signals } from './categories.js';

/**
 * C21: an armed group ambushing or attacking the army itself, with no civilian harmed said ("Zaire elms ambushed FARDC
 * vic. Largu at 1700B. No civ casualties reported; pop of Largu fled to Drodro", "embuscade des CODECO contre les FARDC
 * près de Fataki, pas de victime civile") is fighting between armed actors: people fleeing it are the displacement, else
 * the movement. Look-alikes kept out: civilians harmed, an attack on a village with the army only responding.
 */
const AMBUSH = /^(ambushed|ambush|ambushes|attacked|attack|attacks|embuscade|embuscades|attaque|attaquent|attaquee|tendu|tendent)$/;
const FORCE = /^(fardc|army|military|soldiers|soldats|militaires|troops)$/;
const LINK = /^(the|les|le|la|l|des|du|contre|against|on|an|a|une|un|de|d|position|convoy|convoi|patrol|patrouille)$/;

export function forceAmbushedFirst<R extends { category: CategoryId }>(ranked: R[], s: Signals, victims: Victims): R[] {
  if (ranked[0]?.category !== 'attack_on_civilians' || victims.killed !== 0 || victims.injured !== 0) return ranked;
  if (s.has('kill') || s.has('injure') || s.has('loot') || s.has('abduct') || s.has('sexual')) return ranked;
  const t = s.tokens;
  const onForce = s.all('attack').some((h) => {
    if (!AMBUSH.test(t[h.start]!.norm)) return false;
    let k = h.end;
    while (k < h.end + 3 && LINK.test(t[k]?.norm ?? '') && !t[k]!.breakBefore) k++;
    if (FORCE.test(t[k]?.norm ?? '') && !t[k]!.breakBefore) return true;
    // ("embuscade des CODECO contre les FARDC": the group between, then "contre/against" the force)
    for (let j = h.end; j < h.end + 5 && j < t.length && !t[j]!.breakBefore; j++) if (/^(contre|against)$/.test(t[j]!.norm)) return [1, 2].some((d) => FORCE.test(t[j + d]?.norm ?? ''));
    return false;
  });
  if (!onForce) return ranked;
  const want: CategoryId = s.has('displace') ? 'displacement' : 'armed_group_movement';
  const found = ranked.find((r) => r.category === want);
  return [found ?? ({ ...ranked[0], category: want, subType: want === 'armed_group_movement' ? 'fighting' : null } as R), ...ranked.filter((r) => r !== found)];
}
