import { mayViewRestricted, readingOf, type MembershipCheck } from '../alerts/access.js';
import { getAlert, routesOf } from '../alerts/service.js';
import type { Veille } from '../context.js';
import { workingSections } from '../domain/permissions.js';
import type { Assignee } from './flows.js';
import type { Actor } from './guard.js';
import { sectionZone } from './time.js';

/**
 * What Slack says of the people in a follow-up action, asked BEFORE the transaction (membership is
 * a Web API call; a transaction never waits on the network). The flows then decide on fresh state.
 */

/** The time zone of the section whose channel this is; the mission's for any other place (DM, Home, general). */
export function zoneOf(veille: Veille, channel: string | null | undefined): string {
  const section = channel ? veille.mission.sections.find((s) => s.channel === channel) : undefined;
  return sectionZone(section, veille.mission.timeZone);
}

export async function actorFacts(veille: Veille, isMember: MembershipCheck, alertId: number, user: string, channel?: string | null): Promise<Actor> {
  const working = workingSections(routesOf(veille.db, alertId), veille.mission.sections);
  let inWorkingSection = false;
  for (const section of working) {
    if (await isMember(section.channel, user)) {
      inWorkingSection = true;
      break;
    }
  }
  const alert = getAlert(veille.db, alertId);
  const mayView = !alert || alert.sensitivity === 'standard' || (await mayViewRestricted(veille, isMember, alert, user));
  const mayName = !alert || (await readingOf(veille, isMember, alert, user)) === 'member';
  return { user, inWorkingSection, zone: zoneOf(veille, channel), mayView, mayName };
}

export async function assigneeFacts(veille: Veille, isMember: MembershipCheck, alertId: number, user: string): Promise<Assignee> {
  const alert = getAlert(veille.db, alertId);
  return { user, mayView: alert ? await mayViewRestricted(veille, isMember, alert, user) : false };
}

/** May this user read this alert (any alert, e.g. the one another is a duplicate of)? True of a standard or missing one. */
export async function mayViewAlert(veille: Veille, isMember: MembershipCheck, alertId: number | null, user: string): Promise<boolean> {
  const alert = alertId === null ? null : getAlert(veille.db, alertId);
  return !alert || alert.sensitivity === 'standard' || mayViewRestricted(veille, isMember, alert, user);
}
