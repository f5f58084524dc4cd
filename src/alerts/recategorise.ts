import type { Alert } from '../domain/alert.js';
import type { CategoryId } from '../domain/taxonomy.js';
import type { Veille } from '../context.js';
import { recategorised } from './decide.js';
import { editAlert } from './flows.js';
import { getAlert, routesOf } from './service.js';

export type RecategoriseOutcome =
  | { ok: true; alert: Alert; routes: Array<{ sectionId: string; view: 'full' | 'stub' }>; changed: boolean }
  | { ok: false; reason: 'not_found' | 'not_reporter' | 'closed'; alert: Alert | null }
  | { ok: false; reason: 'changed_since'; alert: Alert };

/**
 * A one-tap alternative on the confirmation: the reporter says the category is `to`, having seen
 * `from`. It is an Edit of the category alone — the same decision (priority, restriction, HRDDP),
 * the same re-routing of cards and the same `edited` event, in one transaction. A second tap finds
 * the category already changed and changes nothing; a tap on an alert changed since is refused.
 */
export function recategoriseAlert(
  veille: Veille,
  choice: { alertId: number; from: CategoryId; to: CategoryId },
  actor: string,
  /** Who may still read it if the new category restricts it, asked of Slack before (`viewersAfter`). */
  viewers?: ReadonlySet<string>,
): RecategoriseOutcome {
  const { db } = veille;
  return db.transaction((): RecategoriseOutcome => {
    const alert = getAlert(db, choice.alertId);
    if (!alert) return { ok: false, reason: 'not_found', alert: null };
    if (alert.reportedBy !== actor) return { ok: false, reason: 'not_reporter', alert };
    if (alert.status === 'closed') return { ok: false, reason: 'closed', alert };
    if (alert.category === choice.to) return { ok: true, alert, routes: routesOf(db, alert.id), changed: false };
    if (alert.category !== choice.from) return { ok: false, reason: 'changed_since', alert };
    const outcome = editAlert(veille, alert.id, recategorised(alert, choice.to, veille.intake), actor, undefined, viewers, { via: 'one_tap' });
    if (!outcome.ok) return { ok: false, reason: outcome.reason === 'closed' ? 'closed' : 'not_found', alert };
    return { ok: true, alert: outcome.alert, routes: routesOf(db, alert.id), changed: true };
  })();
}
