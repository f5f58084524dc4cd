import type { Alert } from '../domain/alert.js';
import { detailHolders, isReporter } from '../domain/permissions.js';
import type { Veille } from '../context.js';
import { routesOf } from './service.js';

export type MembershipCheck = (channel: string, user: string) => Promise<boolean>;

/** May this user see the restricted details of this alert? (standard alerts: all but the source identity are open) */
export async function mayViewRestricted(veille: Veille, isMember: MembershipCheck, alert: Alert, user: string): Promise<boolean> {
  if (isReporter(alert, user)) return true;
  const holders = detailHolders(routesOf(veille.db, alert.id), veille.mission.sections);
  for (const section of holders) {
    if (await isMember(section.channel, user)) return true;
  }
  return false;
}

/**
 * How much of a restricted alert's follow-up this user reads: `member` (a standard alert, or a
 * member of a restricted section holding it: everything), `reporter` (its reporter outside those
 * sections: what they reported and the steps, but not who works the case nor what was added to
 * it, as their notices say), `none` (a stub). Who works a restricted case is its sections' to say.
 */
export type Reading = 'member' | 'reporter' | 'none';

export async function readingOf(veille: Veille, isMember: MembershipCheck, alert: Alert, user: string): Promise<Reading> {
  if (alert.sensitivity === 'standard') return 'member';
  const holders = detailHolders(routesOf(veille.db, alert.id), veille.mission.sections);
  for (const section of holders) {
    if (await isMember(section.channel, user)) return 'member';
  }
  return isReporter(alert, user) ? 'reporter' : 'none';
}
