import { isReminderChannelPost, isReminderDm, type ReminderChannelPost } from '../reminders/answered.js';
import { statement, type Db } from './db.js';
import { enqueue, type OutboxMessage } from './outbox.js';

/**
 * DM copies of a card: the DM Veille sends whoever is given an alert or a task on it carries the
 * card, so it is kept current like the channel cards. Call `refreshDmCopies` in the transaction of
 * any change of the alert; the sender re-renders each copy from the alert as it is then.
 * Reminder and escalation DMs (an owner's "no update", a lead's escalation, an overdue task) ride
 * the same rails: each change looks at them again, and one that asks for nothing any more is edited
 * down to a short line (src/reminders/answered.ts).
 */

/**
 * The posts kept current: DM card copies, the reminder and escalation DMs that ask something, and
 * the reminders and escalations in channels (threads, the escalation channel).
 */
const KEPT_CURRENT_SQL = `((o.kind = 'dm' AND (json_extract(o.payload, '$.fact.about') IN ('followup_dm', 'reminder_owner', 'task_overdue')
  OR (json_extract(o.payload, '$.fact.about') = 'escalation' AND json_extract(o.payload, '$.fact.to') = 'lead')))
  OR (o.kind IN ('thread', 'message') AND json_extract(o.payload, '$.fact.about') IN ('reminder', 'escalation')))`;

export interface DmCopy {
  id: number;
  lane: string;
  status: 'pending' | 'sent' | 'failed';
  message: Extract<OutboxMessage, { kind: 'dm' }>;
}

/** A DM row, if it still is a card copy: a retraction or a redaction rewrote its payload to words. */
export function dmCopy(db: Db, id: number): DmCopy | null {
  const row = statement(db, "SELECT id, lane, status, payload FROM outbox WHERE id = ? AND kind = 'dm'").get(id) as
    | { id: number; lane: string; status: DmCopy['status']; payload: string }
    | undefined;
  if (!row) return null;
  const message = JSON.parse(row.payload) as DmCopy['message'];
  return message.fact?.about === 'followup_dm' || isReminderDm(message.fact) ? { id: row.id, lane: row.lane, status: row.status, message } : null;
}

/** A reminder or escalation posted in a channel, while it still is one (a retraction or a redaction rewrote its payload to words). */
export interface ReminderChannelPostRow {
  id: number;
  createdAt: number;
  message: { kind: 'thread' | 'message'; channel: string; fact: ReminderChannelPost };
}

export function reminderChannelPost(db: Db, id: number): ReminderChannelPostRow | null {
  const row = statement(db, "SELECT id, created_at AS createdAt, payload FROM outbox WHERE id = ? AND kind IN ('thread', 'message')").get(id) as
    | { id: number; createdAt: number; payload: string }
    | undefined;
  if (!row) return null;
  const message = JSON.parse(row.payload) as ReminderChannelPostRow['message'];
  return isReminderChannelPost(message.fact) ? { id: row.id, createdAt: row.createdAt, message } : null;
}

/**
 * Was this reminder DM edited down to its short line already? The update that did it recorded where
 * its edit landed; once edited down, a reminder DM is never drawn with its buttons again.
 */
export function editedDown(db: Db, alertId: number, id: number): boolean {
  const sql = "SELECT 1 FROM outbox WHERE alert_id = ? AND kind = 'dm_copy_update' AND status = 'sent' AND posted_ts IS NOT NULL AND json_extract(payload, '$.of') = ? LIMIT 1";
  return statement(db, sql).pluck().get(alertId, id) !== undefined;
}

/** Was this DM edited down (a restriction's notice)? Then it is never drawn as a card again. */
export function wasRetracted(db: Db, alertId: number, id: number): boolean {
  return statement(db, "SELECT 1 FROM outbox WHERE alert_id = ? AND kind = 'retract_post' AND json_extract(payload, '$.of') = ? LIMIT 1").pluck().get(alertId, id) !== undefined;
}

/**
 * Queues an update of every DM copy of the alert that has left (or may have: claimed, in flight).
 * One still waiting is drawn when it leaves, and one update already waiting covers any number of
 * changes (it renders when sent), so a change touching five channels edits each DM once.
 */
export function refreshDmCopies(db: Db, alertId: number, at: number): number {
  const copies = statement(
    db,
    `SELECT o.id, o.lane, o.status, o.claimed_until, o.in_flight_at, json_extract(o.payload, '$.fact.about') AS about FROM outbox o
      WHERE o.alert_id = ? AND o.kind IN ('dm', 'thread', 'message') AND o.status <> 'failed' AND ${KEPT_CURRENT_SQL}
        AND NOT EXISTS (SELECT 1 FROM outbox r WHERE r.alert_id = o.alert_id AND r.kind = 'retract_post' AND json_extract(r.payload, '$.of') = o.id)
      ORDER BY o.id`,
  ).all(alertId) as Array<{ id: number; lane: string; status: DmCopy['status']; claimed_until: number | null; in_flight_at: number | null; about: string }>;
  let queued = 0;
  for (const copy of copies) {
    // A card copy still waiting is drawn from the alert when it leaves; a reminder says what it was
    // decided with, so it is looked at again after it lands (same lane: never before it).
    if (copy.status === 'pending' && untouched(copy, at) && copy.about === 'followup_dm') continue;
    const waiting = statement(
      db,
      "SELECT claimed_until, in_flight_at FROM outbox WHERE kind = 'dm_copy_update' AND status = 'pending' AND lane = ? AND json_extract(payload, '$.of') = ?",
    ).all(copy.lane, copy.id) as Array<{ claimed_until: number | null; in_flight_at: number | null }>;
    if (waiting.some((w) => untouched(w, at))) continue;
    enqueue(db, at, alertId, { kind: 'dm_copy_update', lane: copy.lane, of: copy.id });
    queued += 1;
  }
  return queued;
}

/** Not taken by a sender yet: whatever it sends will be drawn from the state being written now. */
function untouched(row: { claimed_until: number | null; in_flight_at: number | null }, at: number): boolean {
  return row.in_flight_at === null && (row.claimed_until === null || row.claimed_until <= at);
}
