import type { Section } from '../config/mission.js';
import type { Alert } from './alert.js';

/**
 * Who may see restricted details (full restricted cards, source identities): the reporter and the
 * members of the restricted sections that hold the alert. Membership itself is Slack's to say.
 */
export function detailHolders(alert: Pick<Alert, 'sensitivity'>, routes: Array<{ sectionId: string; view: 'full' | 'stub' }>, sections: readonly Section[]): Section[] {
  const held = new Set(routes.filter((r) => r.view === 'full').map((r) => r.sectionId));
  return sections.filter((s) => s.restricted && held.has(s.id));
}

export function isReporter(alert: Pick<Alert, 'reportedBy'>, user: string): boolean {
  return alert.reportedBy === user;
}
