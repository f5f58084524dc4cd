import type { Victims } from '../../domain/alert.js';
import type { CategoryId } from '../../domain/taxonomy.js';
import { killingReported } from './causes.js';
import type { Signals } from './categories.js';
import { takingAttempted } from './harm-attempted.js';

/**
 * People taken and someone wounded in the same incident, nobody killed (pending reports40): "armed men stopped a bus, shot
 * the driver in the leg and marched 5 passengers into the bush", "kidnapped a businessman, his guard was wounded", "ont
 * enlevé 2 femmes et blessé 1 homme", "chauffeur blessé, 6 passagers enlevés". The abduction is the graver harm (high; an
 * attack with injuries only is medium) and names the report, the wounded stay counted — as taken-and-beaten.ts reads a
 * beating beside a taking. Every main-corpus label of a taking with wounds and no death reads it so. Look-alikes kept
 * out: a killing beside the taking (the attack, C12's gravest harm), nobody taken ("0 abducted", "tried to kidnap a trader"), a taking with no abduction word (a count read from elsewhere).
 */
export function takenAndWoundedFirst<R extends { category: CategoryId }>(ranked: R[], s: Signals, victims: Victims): R[] {
  if (ranked[0]?.category !== 'attack_on_civilians' || (victims.abducted ?? 0) === 0 || !s.has('abduct')) return ranked;
  if ((victims.killed ?? 0) > 0 || (victims.killed === null && killingReported(s))) return ranked;
  if (s.all('abduct').every((h) => takingAttempted(h, s.tokens))) return ranked;
  const taken = ranked.find((r) => r.category === 'abduction');
  return taken ? [taken, ...ranked.filter((r) => r !== taken)] : ranked;
}
