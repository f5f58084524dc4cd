import type { CategoryId } from '../../domain/taxonomy.js';
import type { Signals } from './categories.js';

/**
 * C6: a barrier where civilians are made to pay is their property taken by force (looting), even when the toll is told
 * after a time or a cause word that would leave it behind the barrier ("set up a barrier at the entrance of Bule market
 * since Monday: every trader pays 2000 FC or one chicken"). A barrier that holds aid workers or the mission stays access
 * denied (C6; categories/aid-kept-out.ts), and so does one said with no money.
 */
export function tollAtBarrierFirst<R extends { category: CategoryId }>(ranked: R[], s: Signals): R[] {
  if (ranked[0]?.category !== 'access_denial' || s.firstSubType('access') !== 'roadblock') return ranked;
  if (s.has('humanitarian') || s.has('peacekeeper') || !s.all('loot').some((h) => h.value.subType === 'extortion')) return ranked;
  const loot = ranked.find((r) => r.category === 'looting_destruction');
  return loot ? [loot, ...ranked.filter((r) => r !== loot)] : ranked;
}
