import type { MissionFile } from '../config/mission.js';
import type { Priority } from '../domain/taxonomy.js';

/** Pure reminder rules (DESIGN.md "Follow-up, reminders, escalation"); no Slack, no SQL. */

/** `PT15M`, `PT30S`, `P1D`, `PT1H30M` → milliseconds. The config schema has already checked the form. */
export function durationMs(iso: string): number {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(iso);
  if (!m) throw new Error(`not an ISO-8601 duration: ${iso}`);
  const [, d = '0', h = '0', min = '0', s = '0'] = m;
  return ((Number(d) * 24 + Number(h)) * 60 + Number(min)) * 60_000 + Number(s) * 1000;
}

export interface ReminderState {
  status: 'new' | 'acknowledged' | 'responding' | 'monitoring' | 'closed';
  priority: Priority;
  owner: string | null;
  createdAt: number;
  /** Last acknowledgement, update, response or ownership change. */
  lastActivityAt: number;
  /** Reminders sent since the last activity. */
  reminderCount: number;
  snoozedUntil: number | null;
}

export type ReminderPolicy = MissionFile['reminderPolicy'];

/**
 * When the next reminder falls due, or null when none should (closed). Unacknowledged and unowned
 * alerts run on the acknowledge window; owned ones on the update interval. Each missed reminder
 * pushes the next one a further interval out; a snooze only ever delays.
 */
export function nextReminderAt(state: ReminderState, policy: ReminderPolicy): number | null {
  if (state.status === 'closed') return null;
  const rule = policy[state.priority];
  const waitingOnOwner = state.status !== 'new' && state.owner !== null;
  const interval = durationMs(waitingOnOwner ? rule.updateEvery : rule.acknowledgeWithin);
  const due = state.lastActivityAt + interval * (state.reminderCount + 1);
  return state.snoozedUntil !== null && state.snoozedUntil > due ? state.snoozedUntil : due;
}
