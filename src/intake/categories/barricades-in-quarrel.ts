import type { Victims } from '../../domain/alert.js';
import type { CategoryId } from '../../domain/taxonomy.js';
import type { Signals } from './categories.js';

/**
 * Barricades raised by the two sides of a communal quarrel (reports38): "conflit de limites entre deux groupements à
 * Nyangezi, les jeunes des deux côtés ont érigé des barricades, pas de blessé", "boundary dispute between two clans, youths
 * put up barricades on the road": the barricades are how the quarrel showed; nobody kept out the aid workers or the
 * mission, so the report is the intercommunal tension, not access denied. Look-alikes kept: barricades that stop a convoy,
 * an NGO or a patrol (access denial, C6), an armed group's barrier, anyone hurt or killed.
 */
export function barricadesInQuarrelFirst<R extends { category: CategoryId }>(ranked: R[], s: Signals, victims: Victims): R[] {
  if (ranked[0]?.category !== 'access_denial' || !s.has('tension') || !s.has('community')) return ranked;
  if ((victims.killed ?? 0) > 0 || (victims.injured ?? 0) > 0) return ranked;
  if ((['armed', 'kill', 'humanitarian', 'peacekeeper', 'unPersonnel', 'abduct', 'sexual'] as const).some((x) => s.has(x))) return ranked;
  if (!s.all('access').every((h) => h.value.subType === 'roadblock')) return ranked;
  const tension = ranked.find((r) => r.category === 'intercommunal_tension');
  return tension ? [tension, ...ranked.filter((r) => r !== tension)] : ranked;
}
