import type { Victims } from '../../domain/alert.js';
import type { CategoryId } from '../../domain/taxonomy.js';
import type { Signals } from './categories.js';

/**
 * Children killed or maimed by ordnance are a child violation (killing and maiming), high, even when adults are hurt with
 * them (reports27: "Des enfants jouaient avec un obus non explosé à Kalengera: 3 blessés dont deux enfants"); every
 * main-corpus label of a child hurt by ERW reads it so (explosive hazard accepted beside it, C17). The rule "children
 * among others name no child violation" (categories.ts childVictims) is for attacks, where the attack names the
 * report. Look-alikes kept out: ordnance found where children play with nobody hurt (explosive hazard), a grenade thrown
 * at people (an attack), children counted but nobody killed or hurt, a child among many hurt ("a mine under a truck, 4
 * injured incl. 1 child": the hazard).
 */
export function ordnanceHurtChildrenFirst<R extends { category: CategoryId; subType: string | null }>(ranked: R[], s: Signals, victims: Victims): R[] {
  // (two children or more: one child hurt is read by categories.ts as before, "a boy lost his fingers when a detonator
  // he found exploded" stays the hazard as field-classes7-tuneA says)
  if (ranked[0]?.category !== 'explosive_hazard' || (victims.childrenAffected ?? 0) < 2) return ranked;
  const harmed = (victims.killed ?? 0) + (victims.injured ?? 0);
  // (children at least half of those hurt: "une mine sous un camion, 4 blessés dont 1 enfant" stays the hazard)
  if (harmed === 0 || (victims.childrenAffected ?? 0) * 2 < harmed || s.all('explosive').some((h) => h.value.subType === 'grenade_attack')) return ranked;
  const child = ranked.find((r) => r.category === 'child_violation') ?? ({ ...ranked[0], category: 'child_violation', subType: (victims.killed ?? 0) > 0 ? 'killing' : 'maiming' } as R);
  return [child, ...ranked.filter((r) => r !== child)];
}
