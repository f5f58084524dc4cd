import type { Place } from '../config/mission.js';
import type { Alert } from './alert.js';

/**
 * Outside the restricted sections a restricted alert's place is never finer than its territory.
 * A filter finer than a territory (a locality) that matched a restricted alert would confirm its
 * village to whoever searched: such a filter matches only the restricted alerts the searcher may
 * read in full. Filters on a territory or province say no more than the stub does.
 */
export function placeFilterMayMatch(filterLevel: Place['level'], alert: Pick<Alert, 'sensitivity'>, mayReadDetails: boolean): boolean {
  return alert.sensitivity === 'standard' || mayReadDetails || filterLevel !== 'locality';
}
