import type { ClosureReason, Status, Verification } from '../domain/alert.js';
import type { DelayReason, ResponseType } from '../domain/lifecycle.js';
import type { Db } from '../store/db.js';

/** SQL for the follow-up: owners, tasks, the response record. Flows decide; this stores and reads. */

export interface Task {
  id: number;
  alertId: number;
  owner: string;
  text: string;
  dueAt: number | null;
  createdAt: number;
  createdBy: string;
  doneAt: number | null;
}

export interface ResponseAction {
  id: number;
  alertId: number;
  type: ResponseType;
  unit: string | null;
  at: number;
  loggedAt: number;
  loggedBy: string;
  delayReason: DelayReason | null;
  outcome: string | null;
  outcomeAt: number | null;
}

/** The follow-up clock of an alert, beside the Alert record. */
export interface FollowupState {
  id: number;
  dueAt: number | null;
  lastActivityAt: number;
}

const TASK_COLUMNS = 'id, alert_id AS alertId, owner, text, due_at AS dueAt, created_at AS createdAt, created_by AS createdBy, done_at AS doneAt';
const RESPONSE_COLUMNS =
  'id, alert_id AS alertId, type, unit, at, logged_at AS loggedAt, logged_by AS loggedBy, delay_reason AS delayReason, outcome, outcome_at AS outcomeAt';

export function followupState(db: Db, alertId: number): FollowupState | null {
  return (
    (db.prepare('SELECT id, due_at AS dueAt, COALESCE(last_activity_at, created_at) AS lastActivityAt FROM alerts WHERE id = ?').get(alertId) as FollowupState | undefined) ??
    null
  );
}

export function followupStates(db: Db): Map<number, FollowupState> {
  const rows = db
    .prepare("SELECT id, due_at AS dueAt, COALESCE(last_activity_at, created_at) AS lastActivityAt FROM alerts WHERE status <> 'closed'")
    .all() as FollowupState[];
  return new Map(rows.map((r) => [r.id, r]));
}

/** Takes ownership only if no one has: the loser of a race changes nothing. Returns whether it won. */
export function claimOwnership(db: Db, alertId: number, owner: string, status: Status, at: number): boolean {
  const result = db
    .prepare("UPDATE alerts SET owner = ?, status = ?, due_at = NULL, updated_at = ? WHERE id = ? AND owner IS NULL AND status <> 'closed'")
    .run(owner, status, at, alertId);
  return result.changes === 1;
}

export function setOwner(db: Db, alertId: number, owner: string, status: Status, dueAt: number | null, at: number): void {
  db.prepare('UPDATE alerts SET owner = ?, status = ?, due_at = ?, updated_at = ? WHERE id = ?').run(owner, status, dueAt, at, alertId);
}

export function setStatus(db: Db, alertId: number, status: Status, at: number): void {
  db.prepare('UPDATE alerts SET status = ?, updated_at = ? WHERE id = ?').run(status, at, alertId);
}

export function setVerification(
  db: Db,
  alertId: number,
  input: { verification: Verification; reliability: string | null; credibility: number | null; sources: number | null },
  at: number,
): void {
  db.prepare('UPDATE alerts SET verification = ?, source_reliability = ?, source_credibility = ?, independent_sources = ?, updated_at = ? WHERE id = ?').run(
    input.verification,
    input.reliability,
    input.credibility,
    input.sources,
    at,
    alertId,
  );
}

export function closeWith(db: Db, alertId: number, reason: ClosureReason, duplicateOf: number | null, note: string | null, at: number): void {
  db.prepare("UPDATE alerts SET status = 'closed', closure_reason = ?, duplicate_of = ?, closure_note = ?, due_at = NULL, updated_at = ? WHERE id = ?").run(
    reason,
    duplicateOf,
    note,
    at,
    alertId,
  );
}

export function reopen(db: Db, alertId: number, status: Status, at: number): void {
  db.prepare('UPDATE alerts SET status = ?, closure_reason = NULL, duplicate_of = NULL, closure_note = NULL, updated_at = ? WHERE id = ?').run(status, at, alertId);
}

export function verificationDetail(db: Db, alertId: number): { reliability: string | null; credibility: number | null; sources: number | null } {
  return db
    .prepare('SELECT source_reliability AS reliability, source_credibility AS credibility, independent_sources AS sources FROM alerts WHERE id = ?')
    .get(alertId) as { reliability: string | null; credibility: number | null; sources: number | null };
}

export function insertTask(db: Db, task: Omit<Task, 'id' | 'doneAt'>): Task {
  const result = db
    .prepare('INSERT INTO tasks (alert_id, owner, text, due_at, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)')
    .run(task.alertId, task.owner, task.text, task.dueAt, task.createdAt, task.createdBy);
  return getTask(db, Number(result.lastInsertRowid))!;
}

export function getTask(db: Db, id: number): Task | null {
  return (db.prepare(`SELECT ${TASK_COLUMNS} FROM tasks WHERE id = ?`).get(id) as Task | undefined) ?? null;
}

/** Marks a task done once: a second click changes nothing. Returns whether this call did it. */
export function completeTask(db: Db, id: number, at: number): boolean {
  return db.prepare('UPDATE tasks SET done_at = ?, next_reminder_at = NULL WHERE id = ? AND done_at IS NULL').run(at, id).changes === 1;
}

export function tasksOf(db: Db, alertId: number): Task[] {
  return db.prepare(`SELECT ${TASK_COLUMNS} FROM tasks WHERE alert_id = ? ORDER BY id`).all(alertId) as Task[];
}

/** A person's open tasks on open alerts, soonest due first (no due time last). */
export function openTasksOf(db: Db, owner: string): Task[] {
  return db
    .prepare(
      `SELECT ${TASK_COLUMNS.split(', ').map((c) => `t.${c}`).join(', ')} FROM tasks t JOIN alerts a ON a.id = t.alert_id
        WHERE t.owner = ? AND t.done_at IS NULL AND a.status <> 'closed'
        ORDER BY t.due_at IS NULL, t.due_at, t.id`,
    )
    .all(owner) as Task[];
}

export function openTaskAlertIds(db: Db, owner: string): Set<number> {
  return new Set(openTasksOf(db, owner).map((t) => t.alertId));
}

/** Alerts with an open task past due: overdue even when the alert's own clock is not. */
export function alertsWithOverdueTasks(db: Db, now: number): Set<number> {
  return new Set(db.prepare('SELECT DISTINCT alert_id FROM tasks WHERE done_at IS NULL AND due_at IS NOT NULL AND due_at <= ?').pluck().all(now) as number[]);
}

export function insertResponse(db: Db, response: Omit<ResponseAction, 'id'>): ResponseAction {
  const result = db
    .prepare('INSERT INTO response_actions (alert_id, type, unit, at, logged_at, logged_by, delay_reason, outcome, outcome_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(response.alertId, response.type, response.unit, response.at, response.loggedAt, response.loggedBy, response.delayReason, response.outcome, response.outcomeAt);
  return getResponse(db, Number(result.lastInsertRowid))!;
}

export function getResponse(db: Db, id: number): ResponseAction | null {
  return (db.prepare(`SELECT ${RESPONSE_COLUMNS} FROM response_actions WHERE id = ?`).get(id) as ResponseAction | undefined) ?? null;
}

export function responsesOf(db: Db, alertId: number): ResponseAction[] {
  return db.prepare(`SELECT ${RESPONSE_COLUMNS} FROM response_actions WHERE alert_id = ? ORDER BY at, id`).all(alertId) as ResponseAction[];
}

/** Records a response's outcome once; returns whether it was recorded (not already there). */
export function setOutcome(db: Db, responseId: number, outcome: string, at: number): boolean {
  return db.prepare('UPDATE response_actions SET outcome = ?, outcome_at = ? WHERE id = ? AND outcome IS NULL').run(outcome, at, responseId).changes === 1;
}
