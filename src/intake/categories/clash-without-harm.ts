import type { Victims } from '../../domain/alert.js';
import type { CategoryId } from '../../domain/taxonomy.js';
import type { Signals } from './categories.js';

/**
 * C21 (reports28): fire between two armed sides, or an armed group's incursion, with nothing said of harm to civilians
 * is the movement of armed men, not an attack on civilians: "heavy shooting at Kibumba since 4am FARDC vs M23, still
 * going" (the shooting is the clash), "incursion CODECO à Kpandroma hier, pas de dégâts signalés" (the incursion harmed
 * nobody, said so). A harm told (a death, a wound, a taking, a burning), civilians named as hit or trapped keep the attack.
 */
const SHOOTING = /^(shooting|shootings|shots|gunfire|gunshots|tirs|tir|coups|detonations|fusillade|crepitements|exchange|echanges|risasi|firing|exchanged|echange|echangent|fire|feu|artillery|artillerie)$/;
const INCURSION = /^(incursion|incursions|infiltration|infiltrations)$/;
const NO_DAMAGE = /^(degats|degat|damage|damages|casualties|victime|victimes|victims|pertes|blesses|injuries|harm|incident)$/;
const NONE = /^(pas|no|aucun|aucune|sans|zero|nil|without|rien)$/;
const HARM = ['kill', 'injure', 'abduct', 'sexual', 'loot', 'torture', 'detention', 'displace', 'threat'] as const;
const HARMED: ReadonlyArray<keyof Victims> = ['killed', 'injured', 'abducted', 'crsvSurvivors', 'childrenAffected', 'displaced'];

export function clashWithoutHarmFirst<R extends { category: CategoryId }>(ranked: R[], s: Signals, victims: Victims): R[] {
  // ("no civilian hurt", "nobody hurt": a wound said of nobody is no harm, reports46)
  const told = (x: (typeof HARM)[number]): boolean => s.all(x).some((h) => !((x === 'injure' || x === 'kill') && [1, 2, 3].some((d) => /^(no|nobody|personne|aucun|aucune|pas|sans|none|noone)$/.test(s.tokens[h.start - d]?.norm ?? '') && !s.tokens.slice(h.start - d + 1, h.start + 1).some((y) => y.breakBefore))));
  if (ranked[0]?.category !== 'attack_on_civilians' || HARM.some(told) || HARMED.some((k) => (victims[k] ?? 0) > 0)) return ranked;
  const attacks = s.all('attack');
  const t = s.tokens;
  // ("exchanged artillery fire": fire traded is a clash too, reports46)
  const onlyShooting = (s.has('fighting') || t.some((x) => /^(exchanged|exchanging|echange|echangent|echangeaient)$/.test(x.norm))) && attacks.every((h) => SHOOTING.test(t[h.start]!.norm)) && !t.some((x, i) => /^(civilians?|civils?|population|pop|villagers?|habitants|residents)$/.test(x.norm) && !saidUnhurt(t, i));
  const noneHurt = attacks.every((h) => INCURSION.test(t[h.start]!.norm)) && s.has('armed') && t.some((x, i) => NO_DAMAGE.test(x.norm) && [1, 2].some((d) => NONE.test(t[i - d]?.norm ?? '')));
  if (!onlyShooting && !noneHurt) return ranked;
  const movement = ranked.find((r) => r.category === 'armed_group_movement');
  return movement ? [movement, ...ranked.filter((r) => r !== movement)] : [{ ...ranked[0]!, category: 'armed_group_movement', subType: null } as R, ...ranked];
}

// ("no civilian hurt", "aucun civil touché", "civilians unhurt": civilians named only as unharmed, reports46)
const UNHURT_AFTER = /^(hurt|harmed|injured|wounded|hit|touched|affected|unhurt|unharmed|touche|touches|blesse|blesses|indemnes?|atteints?)$/;
function saidUnhurt(t: Signals['tokens'], i: number): boolean {
  if (!NONE.test(t[i - 1]?.norm ?? '') && !/^(unhurt|unharmed|indemnes?|safe)$/.test(t[i + 1]?.norm ?? '')) return false;
  for (let k = i + 1; k <= i + 3 && k < t.length; k++) {
    if (t[k]!.breakBefore) return false;
    if (UNHURT_AFTER.test(t[k]!.norm)) return true;
  }
  return false;
}
