import type { Victims } from '../domain/alert.js';
import type { CategoryId } from '../domain/taxonomy.js';
import type { CategoryReading, Signals } from './categories.js';

/**
 * Everyday traffic (reports16): readings the precedence gets wrong, set right after `rerankTune15`. Each rule moves
 * one reading first only in the construction it names.
 */
export function rerankTune16(ranked: CategoryReading[], s: Signals, victims: Victims): CategoryReading[] {
  const top = ranked[0]?.category;
  if ((top === 'attack_on_civilians' || top === 'torture_ill_treatment' || top === 'looting_destruction') && quarrelTurnedRough(s, victims)) return first(ranked, 'intercommunal_tension');
  return ranked;
}

function first(ranked: CategoryReading[], category: CategoryId): CategoryReading[] {
  const had = ranked.find((r) => r.category === category);
  return [had ?? { category, subType: null }, ...ranked.filter((r) => r.category !== category)];
}

// "land dispute btw 2 clans turned into stone throwing, 3 injured", "quarrel over fields, machetes out", "Wahema
// wanalalamika … mashamba yao, tension iko juu": a quarrel between people over land, cattle or water that came to
// blows or to taking crops, with no armed group and nobody killed, is the tension.
function quarrelTurnedRough(s: Signals, victims: Victims): boolean {
  if (!s.all('tension').some((h) => h.value.subType === 'quarrel')) return false;
  if ((victims.killed ?? 0) > 0 || (['armed', 'kill', 'sexual', 'abduct', 'explosive'] as const).some((x) => s.has(x))) return false;
  return true;
}
