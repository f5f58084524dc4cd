import type { Victims } from '../../domain/alert.js';
import type { Signals } from './categories.js';

/**
 * People taken and someone beaten in the same incident (pending reports24): "the chief was taken from his home by armed men, his
 * wife was beaten", "des hommes armés ont enlevé le chef, sa femme a été battue". The abduction names the report (high), the
 * beaten stay counted as injured — as C12 reads a freed hostage who was whipped ("le chef enlevé est relâché, il a été fouetté"
 * → abduction, 1 injured). Look-alikes kept out: beaten in custody of the state (a detention, no abduction signal), a taking
 * denied, goods carried off beside the beating ("ont tabassé un commerçant puis emporté ses marchandises": a theft).
 */
export function takenAndBeaten(s: Signals, victims: Victims): boolean {
  return (victims.abducted ?? 0) > 0 && (s.has('abduct') || s.has('armed')) && !s.has('detention') && !s.has('loot');
}
