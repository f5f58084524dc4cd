import type { Alert } from '../domain/alert.js';
import { detailHolders, isReporter } from '../domain/permissions.js';
import type { Veille } from '../context.js';
import { routesOf } from './service.js';

export type MembershipCheck = (channel: string, user: string) => Promise<boolean>;

/** May this user see the restricted details of this alert? (standard alerts: all but the source identity are open) */
export async function mayViewRestricted(veille: Veille, isMember: MembershipCheck, alert: Alert, user: string): Promise<boolean> {
  if (isReporter(alert, user)) return true;
  const holders = detailHolders(alert, routesOf(veille.db, alert.id), veille.mission.sections);
  for (const section of holders) {
    if (await isMember(section.channel, user)) return true;
  }
  return false;
}
