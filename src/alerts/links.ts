import { sectionById, type Veille } from '../context.js';
import type { Alert } from '../domain/alert.js';
import { routesOf } from './service.js';

/**
 * May a channel's readers be shown a link to this alert (closed as a duplicate of it, or the other
 * way)? They read a standard alert in full, and a restricted one only where it is held in full: a
 * link between a restricted alert and one the channel reads would tell it what the restricted one is about.
 */
export function readsInFull(veille: Veille, alert: Pick<Alert, 'id' | 'sensitivity'>, channel: string): boolean {
  if (alert.sensitivity === 'standard') return true;
  return routesOf(veille.db, alert.id).some((r) => r.view === 'full' && sectionById(veille, r.sectionId)?.channel === channel);
}
