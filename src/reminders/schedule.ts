import type { Db } from '../store/db.js';
import { nextReminderAt, type ReminderPolicy } from './policy.js';

/**
 * Call in the transaction of every change that restarts the follow-up clock (acknowledge, take
 * ownership, assign, update, response, reopen, close): records the activity, clears the missed
 * reminders and sets when the next one falls due.
 */
export function touchAlert(db: Db, alertId: number, at: number, policy: ReminderPolicy): void {
  db.prepare('UPDATE alerts SET last_activity_at = ?, reminder_count = 0, snoozed_until = NULL WHERE id = ?').run(at, alertId);
  rescheduleAlert(db, alertId, policy);
}

/** Recomputes `next_reminder_at` from the alert's stored state (after a reminder, a snooze, a status change). */
export function rescheduleAlert(db: Db, alertId: number, policy: ReminderPolicy): void {
  const row = db
    .prepare('SELECT status, priority, owner, created_at, COALESCE(last_activity_at, created_at) AS last, reminder_count, snoozed_until FROM alerts WHERE id = ?')
    .get(alertId) as
    | { status: 'new'; priority: 'low'; owner: string | null; created_at: number; last: number; reminder_count: number; snoozed_until: number | null }
    | undefined;
  if (!row) return;
  const next = nextReminderAt(
    { status: row.status, priority: row.priority, owner: row.owner, createdAt: row.created_at, lastActivityAt: row.last, reminderCount: row.reminder_count, snoozedUntil: row.snoozed_until },
    policy,
  );
  db.prepare('UPDATE alerts SET next_reminder_at = ? WHERE id = ?').run(next, alertId);
}
