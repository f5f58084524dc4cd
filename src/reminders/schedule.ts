import { statement as stmt, type Db } from '../store/db.js';
import { nextReminderAt, type ReminderPolicy, type ReminderState } from './policy.js';

/**
 * Call in the transaction of every change that restarts the follow-up clock (acknowledge, take
 * ownership, assign, update, response, reopen, close): records the activity, clears the missed
 * reminders and any snooze, and sets when the next reminder falls due.
 */
export function touchAlert(db: Db, alertId: number, at: number, policy: ReminderPolicy): void {
  stmt(db, 'UPDATE alerts SET last_activity_at = ?, reminder_count = 0, last_reminder_at = NULL, snoozed_until = NULL WHERE id = ?').run(at, alertId);
  rescheduleAlert(db, alertId, policy);
}

/** When a new alert's first reminder falls due: what touchAlert would set on it, for insertAlert to write with the row. */
export function firstReminderAt(priority: ReminderState['priority'], at: number, policy: ReminderPolicy): number | null {
  return nextReminderAt({ status: 'new', priority, owner: null, lastActivityAt: at, lastReminderAt: null, reminderCount: 0, snoozedUntil: null, dueAt: null }, policy);
}

/** Recomputes `next_reminder_at` from the alert's stored state (after a reminder, a snooze, a status or priority change). */
export function rescheduleAlert(db: Db, alertId: number, policy: ReminderPolicy): void {
  const state = reminderState(db, alertId);
  if (!state) return;
  stmt(db, 'UPDATE alerts SET next_reminder_at = ? WHERE id = ?').run(nextReminderAt(state, policy), alertId);
}

export interface StateRow {
  status: ReminderState['status'];
  priority: ReminderState['priority'];
  owner: string | null;
  last: number;
  last_reminder_at: number | null;
  reminder_count: number;
  snoozed_until: number | null;
  due_at: number | null;
}

function reminderState(db: Db, alertId: number): ReminderState | null {
  const row = stmt(
    db,
    'SELECT status, priority, owner, COALESCE(last_activity_at, created_at) AS last, last_reminder_at, reminder_count, snoozed_until, due_at FROM alerts WHERE id = ?',
  ).get(alertId) as StateRow | undefined;
  return row ? reminderStateOf(row) : null;
}

/** An alert row (with `last` = last activity, or creation) as the pure policy sees it. */
export function reminderStateOf(row: StateRow): ReminderState {
  return {
    status: row.status,
    priority: row.priority,
    owner: row.owner,
    lastActivityAt: row.last,
    lastReminderAt: row.last_reminder_at,
    reminderCount: row.reminder_count,
    snoozedUntil: row.snoozed_until,
    dueAt: row.due_at,
  };
}

/**
 * Call in the transaction that creates a follow-up task (or changes its due time): its owner is
 * reminded when it falls past due. Done tasks and tasks without a due time are never reminded.
 */
export function scheduleTask(db: Db, taskId: number): void {
  stmt(db, 'UPDATE tasks SET reminder_count = 0, next_reminder_at = CASE WHEN done_at IS NULL THEN due_at END WHERE id = ?').run(taskId);
}
