import type { Priority } from '../domain/taxonomy.js';
import { durationMs, type ReminderPolicy } from '../reminders/policy.js';

/**
 * How fast an alert was followed up, derived from its events and response actions: nothing here is
 * stored twice. Pure functions over rows; all times are UTC milliseconds, so day boundaries and
 * section time zones cannot bend the arithmetic (display converts, computation never does).
 */

export interface MetricEvent {
  at: number;
  type: string;
  data: Record<string, unknown>;
}

export interface MetricResponse {
  at: number;
}

export interface MetricAlert {
  createdAt: number;
  status: string;
  priority: Priority;
}

/** Events that change the status carry `status: [from, to]`. */
function statusChange(event: MetricEvent): [string, string] | null {
  const s = event.data.status;
  return Array.isArray(s) && s.length === 2 ? [String(s[0]), String(s[1])] : null;
}

/** When the alert was first taken up: the first event that moved it out of `new`. */
function acknowledgedAt(events: readonly MetricEvent[]): number | null {
  for (const event of events) if (statusChange(event)?.[0] === 'new') return event.at;
  return null;
}

/** When the alert was last closed, if it is closed now (a reopened alert is not closed). */
function closedAt(alert: Pick<MetricAlert, 'status'>, events: readonly MetricEvent[]): number | null {
  if (alert.status !== 'closed') return null;
  let at: number | null = null;
  for (const event of events) if (statusChange(event)?.[1] === 'closed' || event.type === 'withdrawn') at = event.at;
  return at;
}

/** The earliest response, by when it happened (not when it was logged). */
function firstResponseAt(responses: readonly MetricResponse[]): number | null {
  return responses.reduce<number | null>((min, r) => (min === null || r.at < min ? r.at : min), null);
}

export interface FollowupTimes {
  toAcknowledge: number | null;
  /** A response already under way when the alert was logged counts as 0, not as negative. */
  toFirstResponse: number | null;
  toClose: number | null;
}

export function followupTimes(alert: MetricAlert, events: readonly MetricEvent[], responses: readonly MetricResponse[]): FollowupTimes {
  const since = (at: number | null) => (at === null ? null : Math.max(0, at - alert.createdAt));
  return {
    toAcknowledge: since(acknowledgedAt(events)),
    toFirstResponse: since(firstResponseAt(responses)),
    toClose: since(closedAt(alert, events)),
  };
}

/** Did a response come within the priority's acknowledge window? Null while none has come and the window is open. */
export function respondedInTime(alert: MetricAlert, responses: readonly MetricResponse[], policy: ReminderPolicy, now: number): boolean | null {
  const window = durationMs(policy[alert.priority].acknowledgeWithin);
  const first = firstResponseAt(responses);
  if (first !== null) return first - alert.createdAt <= window;
  return now - alert.createdAt > window ? false : null;
}

export interface DueFacts {
  status: string;
  priority: Priority;
  owner: string | null;
  /** Last acknowledgement, update, response or ownership change. */
  lastActivityAt: number;
  /** The due time an assigner gave, if any. */
  dueAt: number | null;
}

/**
 * When the alert next needs something from someone: an acknowledgement (new or unowned), an update
 * (owned), or the due time its assigner gave, whichever comes first. Null when closed.
 */
export function followupDueAt(alert: DueFacts, policy: ReminderPolicy): number | null {
  if (alert.status === 'closed') return null;
  const rule = policy[alert.priority];
  const waitingOnOwner = alert.status !== 'new' && alert.owner !== null;
  const byPolicy = alert.lastActivityAt + durationMs(waitingOnOwner ? rule.updateEvery : rule.acknowledgeWithin);
  return alert.dueAt !== null ? Math.min(alert.dueAt, byPolicy) : byPolicy;
}

export function isOverdue(alert: DueFacts, policy: ReminderPolicy, now: number): boolean {
  const due = followupDueAt(alert, policy);
  return due !== null && due <= now;
}
