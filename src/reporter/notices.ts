import type { Veille } from '../context.js';
import type { Alert } from '../domain/alert.js';
import type { FollowupChange } from '../followup/facts.js';
import { readGatewayReporter } from '../gateways/source.js';
import { statement } from '../store/db.js';
import { recordEvent } from '../store/events.js';
import { enqueue, type OutboxMessage } from '../store/outbox.js';
import { isSlackUser, smsTells, stepOf, type ReporterNotice, type ReporterStep } from './facts.js';
import { notifies } from './settings.js';

/**
 * Called by every follow-up change, inside its transaction (src/followup/posts.ts `announce`): when
 * the change is a step the reporter hears of, their DM (or SMS) is written to the outbox with its
 * `told_reporter` event, so it goes out exactly once, retried, or not at all with the change.
 */
export function tellReporter(veille: Veille, alert: Alert, at: number, change: FollowupChange): void {
  const step = stepOf({ type: change.type, leftNew: leftNew(veille, alert.id), firstResponse: change.type === 'response' && responseCount(veille, alert.id) === 1 });
  if (!step) return;
  const message = messageFor(veille, alert, at, step, change);
  if (!message) return;
  const outbox = enqueue(veille.db, at, alert.id, message);
  recordEvent(veille.db, { alertId: alert.id, at, actor: 'veille', type: 'told_reporter', data: { step, via: message.kind, outbox } });
}

function messageFor(veille: Veille, alert: Alert, at: number, step: ReporterStep, change: FollowupChange): OutboxMessage | null {
  const reporter = alert.reportedBy;
  if (isSlackUser(reporter)) {
    // Never for their own actions, and not at all when they said so.
    if ('by' in change && change.by === reporter) return null;
    // Given their own report to follow up: the owner's DM tells them, with more.
    if (change.type === 'assigned' && change.to === reporter) return null;
    if (!notifies(veille.db, reporter)) return null;
    return { kind: 'dm', user: reporter, fact: notice(alert, at, step, change) };
  }
  const door = alert.reportedVia === 'sms' ? readGatewayReporter(reporter) : null;
  if (!door || door.gateway === 'kobo') return null;
  if (!smsTells(veille.mission.intake?.replyToReporter, step)) return null;
  return { kind: 'sms', gateway: door.gateway, reference: alert.reference, step };
}

function notice(alert: Alert, at: number, step: ReporterStep, change: FollowupChange): ReporterNotice {
  const by = 'by' in change ? change.by : '';
  const fact: ReporterNotice = { about: 'reporter_notice', reference: alert.reference, step, by, at };
  if (change.type === 'response') fact.response = { type: change.response, unit: change.unit, at: change.at };
  if (change.type === 'closed') fact.closure = { reason: change.reason, note: change.note };
  // Which alert it duplicates is not said: the other may be restricted.
  if (change.type === 'closed_duplicate') fact.closure = { reason: 'duplicate', note: null };
  return fact;
}

/** Did the change just recorded (the alert's last event) move it out of `new`? */
function leftNew(veille: Veille, alertId: number): boolean {
  const data = statement(veille.db, 'SELECT data FROM events WHERE alert_id = ? ORDER BY id DESC LIMIT 1').pluck().get(alertId) as string | undefined;
  const status = data ? (JSON.parse(data) as { status?: unknown }).status : undefined;
  return Array.isArray(status) && status[0] === 'new';
}

function responseCount(veille: Veille, alertId: number): number {
  return statement(veille.db, 'SELECT COUNT(*) FROM response_actions WHERE alert_id = ?').pluck().get(alertId) as number;
}
