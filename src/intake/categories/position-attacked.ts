import type { CategoryId } from '../../domain/taxonomy.js';
import type { Signals } from './categories.js';
import type { Token } from '../normalize.js';
import { civilianObject, civilianSubject, combatantsOnlyHarmed } from '../constructions/everyday-traffic-1.js';
import { civiliansFleeing } from './civilians-fleeing.js';

/**
 * C21/C4: an armed group attacking an army or police position ("ADF attacked fardc position mamove, repelled, 2 soldiers
 * dead", "les CODECO ont tenté de déloger les FARDC de leur poste") is fighting between armed actors: with no civilian harmed
 * it is `armed_group_movement` (the attackers are the doers, the force is the target). Look-alikes kept out: civilians
 * killed in the crossfire ("2 civilians caught in crossfire killed": an attack on civilians), a civilian beaten at the
 * position (ill-treatment, read elsewhere), an ambush on a convoy on the road (no position).
 */
// ("FARDC pos IVO Tchabi": sitrep shorthand, reports26)
const POSITION = /^(position|positions|pos|psn|poste|postes|post|posts|base|bases|camp|cantonment|cantonnement|trenches|tranchees|barracks|caserne|garrison)$/;
const FORCE = /^(fardc|army|military|militaire|militaires|soldiers|soldats|pnc|police|their|leur|leurs|gov|govt)$/;
// A police post is a position fought over only when the police are said to have fought or fallen, or the group to have
// tried to take it ("CODECO ont tenté de prendre le poste de la PNC, un policier est tombé"); police killed in an attack on
// their post are law enforcement attacked, an attack on civilians as the labels read a police officer killed at a barrier
// (reports33: "Two PNC officers killed by ADF during a night attack on the Komanda police post").
const POLICE = /^(pnc|police)$/;
const FOUGHT = /^(tombe|tombes|tombee|tombees|fell|fallen|repelled|repousse|repousses|repoussee|riposte|ripostent|riposted|fought|returned|prendre|take|taking|capture|captured|seize|seized|deloger|dislodge|overrun|tenu|held|resisted|resiste)$/;
const FALLEN = /^(militaires?|soldats?|policiers?|elements?|combattants?|fardc|tombee?s?|killed|fell|fallen)$/;
// (people no fighter is called: "bombs fired at FARDC positions fell on houses: 1 child killed, 3 adults injured"; reports45)
const CIVILIAN = /^(civilians?|civils?|civs?|civz|villagers?|villageois|residents?|habitants?|population|pop|people|ppl|personnes|child|children|enfants?|kids?|boys?|girls?|garcons?|fillettes?|women|woman|femmes?|adults?|adultes?|elderly|vieillards?|babies|baby|bebes?|pupils|eleves|students|etudiants)$/;

export function positionAttackedFirst<R extends { category: CategoryId; subType: string | null }>(ranked: R[], s: Signals, tokens: readonly Token[]): R[] {
  // ("un militaire est tombé": the dead said fallen are soldiers)
  // ("ADF elements killed 2 farmers near the FARDC position": the dead after the verb are civilians)
  // ("2 farmers killed near the FARDC camp": the dead before the verb are civilians)
  const fallenOnly = s.has('kill') && s.all('kill').every((h) => FALLEN.test(tokens[h.start]!.norm) && !civilianObject(tokens, h.start) && !civilianSubject(tokens, h.start));
  if (ranked[0]?.category !== 'attack_on_civilians' || !(s.has('attack') || fallenOnly)) return ranked;
  let position = false;
  for (let i = 0; i < tokens.length && !position; i++) {
    if (!POSITION.test(tokens[i]!.norm)) continue;
    position = [-2, -1, 1, 2, 3].some((d) => FORCE.test(tokens[i + d]?.norm ?? '') && !tokens[Math.max(i, i + d)]!.breakBefore && (!POLICE.test(tokens[i + d]!.norm) || tokens.some((t) => FOUGHT.test(t.norm))));
  }
  // (civilians said only as fleeing are not harmed: "pop of Alimbongo fleeing to Lubero-centre", civilians-fleeing.ts)
  if (!position || tokens.some((t, i) => CIVILIAN.test(t.norm) && !civiliansFleeing(tokens, i)) || !(fallenOnly || combatantsOnlyHarmed(tokens))) return ranked;
  const fighting = ranked.find((r) => r.category === 'armed_group_movement');
  return [fighting ?? ({ ...ranked[0], category: 'armed_group_movement', subType: 'fighting' } as R), ...ranked.filter((r) => r !== fighting)];
}
