import type { Victims } from '../../domain/alert.js';
import type { CategoryId } from '../../domain/taxonomy.js';
import type { Signals } from './categories.js';

/**
 * Ordnance found by children with nobody hurt is the explosive hazard, not a child violation (reports37): "Sange: a UXO
 * (mortar round) found by children in a compound, no one hurt, FARDC removed it", "obus découvert par des enfants à
 * Kibirizi, personne n'a été blessé", "grenade picked up by kids near the school, no casualties, UNMAS informed". The
 * "hurt" said absent still sat near the children word. Look-alikes kept out: a child hurt or killed ("1 enfant blessé"),
 * children recruited, used or taken, children counted as affected.
 */
export function ordnanceNobodyHurtFirst<R extends { category: CategoryId }>(ranked: R[], s: Signals, victims: Victims): R[] {
  if (ranked[0]?.category !== 'child_violation' || !s.has('explosive') || !s.has('child')) return ranked;
  if (victims.injured !== 0 || (victims.killed ?? 0) > 0 || (victims.childrenAffected ?? 0) > 0 || (victims.abducted ?? 0) > 0) return ranked;
  if ((['sexual', 'abduct', 'recruit', 'kill', 'detention', 'attack'] as const).some((x) => s.has(x))) return ranked;
  const hazard = ranked.find((r) => r.category === 'explosive_hazard');
  return [hazard ?? ({ ...ranked[0], category: 'explosive_hazard', subType: null } as unknown as R), ...ranked.filter((r) => r !== hazard)];
}
