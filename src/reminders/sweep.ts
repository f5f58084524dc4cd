import type { Section } from '../config/mission.js';
import type { Veille } from '../context.js';
import { detailHolders } from '../domain/permissions.js';
import type { CategoryId } from '../domain/taxonomy.js';
import { recordEvent } from '../store/events.js';
import { enqueue, type OutboxMessage } from '../store/outbox.js';
import { inTransaction, statement as stmt, type Db } from '../store/db.js';
import type { Escalation, ReminderStep, ReminderSubject } from './facts.js';
import { dueStep, intervalMs, nextReminderAt, nextTaskReminderAt, taskDueStep, type ReminderState, type TaskReminderState } from './policy.js';
import { reminderStateOf } from './schedule.js';

/**
 * The reminder sweep: "send what is due as of now". It reads due rows through the partial indexes
 * on `next_reminder_at` (its cost follows what is due, not what is stored), and handles each row
 * atomically: it first CLAIMS the row — moves its `next_reminder_at` on only if it still holds the
 * value the sweep read — then writes the event and the outbox posts. A second sweep (another tick,
 * another process on the same file) that read the same row finds the claim gone and sends nothing;
 * a crash before the commit leaves the row due for the next sweep. Nothing is sent here: the
 * outbox sender posts after the commit, so a Slack failure delays a reminder and loses none.
 */

export type SweepDeps = Pick<Veille, 'db' | 'mission' | 'log'>;

export interface DueRow {
  id: number;
  dueAt: number;
}

export interface SweepResult {
  reminders: number;
  escalations: number;
  tasks: number;
}

/** Alerts whose reminder is due, earliest first, through `alerts_reminder_due`. */
export function dueAlerts(db: Db, now: number, limit: number): DueRow[] {
  return stmt(db, 'SELECT id, next_reminder_at AS dueAt FROM alerts WHERE next_reminder_at <= ? ORDER BY next_reminder_at, id LIMIT ?').all(now, limit) as DueRow[];
}

/** Tasks whose reminder is due, earliest first, through `tasks_reminder_due`. */
export function dueTasks(db: Db, now: number, limit: number): DueRow[] {
  return stmt(db, 'SELECT id, next_reminder_at AS dueAt FROM tasks WHERE next_reminder_at <= ? ORDER BY next_reminder_at, id LIMIT ?').all(now, limit) as DueRow[];
}

export function sweepReminders(deps: SweepDeps, now: number, batch = 100): SweepResult {
  const { db } = deps;
  const result: SweepResult = { reminders: 0, escalations: 0, tasks: 0 };
  // A batch is one write transaction (each row in its own savepoint): the due rows are read under
  // the write lock, so no other writer can take them between the read and the claim, and a commit
  // per batch rather than per row keeps a large catch-up cheap.
  const alerts = db.transaction(() => {
    // Set-based: the due rows with all the sweep reads of them, and their routes, in two queries.
    const rows = stmt(db, DUE_ALERT_ROWS).all(now, batch) as AlertRow[];
    const routes = routesOfDue(db, now, batch);
    for (const row of rows) {
      const due = { id: row.id, dueAt: row.next_reminder_at! };
      const sent = guarded(deps, 'alerts', due, now, () => remindRow(deps, row, routes.get(row.id) ?? [], due.dueAt, now));
      if (sent === 'reminder') result.reminders += 1;
      if (sent === 'escalation') result.escalations += 1;
    }
    return rows.length;
  });
  while (alerts.immediate() === batch);
  const tasks = db.transaction(() => {
    const rows = dueTasks(db, now, batch);
    for (const row of rows) if (guarded(deps, 'tasks', row, now, () => remindTask(deps, row, now))) result.tasks += 1;
    return rows.length;
  });
  while (tasks.immediate() === batch);
  if (result.reminders + result.escalations + result.tasks > 0) deps.log.info('reminders sent', { ...result });
  return result;
}

/**
 * One row that cannot be handled must not block the others (it would head every batch): its
 * savepoint is rolled back, it waits 5 minutes, and the error is logged.
 */
function guarded<T>(deps: SweepDeps, table: 'alerts' | 'tasks', row: DueRow, now: number, work: () => T): T | null {
  try {
    return work();
  } catch (error) {
    deps.log.error('reminder failed', { table, id: row.id, error: (error as Error).name, message: (error as Error).message });
    stmt(deps.db, `UPDATE ${table} SET next_reminder_at = ? WHERE id = ? AND next_reminder_at = ?`).run(now + 300_000, row.id, row.dueAt);
    return null;
  }
}

interface AlertRow {
  id: number;
  reference: string;
  category: CategoryId;
  place_id: string | null;
  location_text: string | null;
  sensitivity: 'standard' | 'restricted';
  priority: ReminderState['priority'];
  status: ReminderState['status'];
  owner: string | null;
  last: number;
  last_reminder_at: number | null;
  reminder_count: number;
  snoozed_until: number | null;
  due_at: number | null;
  next_reminder_at: number | null;
}

const ALERT_COLUMNS = `id, reference, category, place_id, location_text, sensitivity, priority, status, owner,
  COALESCE(last_activity_at, created_at) AS last, last_reminder_at, reminder_count, snoozed_until, due_at, next_reminder_at`;

const ALERT_SQL = `SELECT ${ALERT_COLUMNS} FROM alerts WHERE id = ?`;

/** The due alerts as `dueAlerts` finds them (same index, same order), with every column the sweep reads. */
const DUE_ALERT_ROWS = `SELECT ${ALERT_COLUMNS} FROM alerts WHERE next_reminder_at <= ? ORDER BY next_reminder_at, id LIMIT ?`;

type Routes = Array<{ sectionId: string; view: 'full' | 'stub' }>;

/** The sections that received each of those due alerts, in one query. */
function routesOfDue(db: Db, now: number, limit: number): Map<number, Routes> {
  const rows = stmt(
    db,
    'SELECT alert_id AS alertId, section_id AS sectionId, view FROM alert_sections WHERE alert_id IN (SELECT id FROM alerts WHERE next_reminder_at <= ? ORDER BY next_reminder_at, id LIMIT ?)',
  ).all(now, limit) as Array<{ alertId: number; sectionId: string; view: 'full' | 'stub' }>;
  const byAlert = new Map<number, Routes>();
  for (const { alertId, sectionId, view } of rows) {
    const routes = byAlert.get(alertId);
    if (routes) routes.push({ sectionId, view });
    else byAlert.set(alertId, [{ sectionId, view }]);
  }
  return byAlert;
}

const CLAIM_ALERT = 'UPDATE alerts SET reminder_count = ?, last_reminder_at = ?, next_reminder_at = ? WHERE id = ? AND next_reminder_at = ?';

const stateOf = (row: AlertRow): ReminderState => reminderStateOf(row);

/** Handles one due alert in one transaction; returns what was sent, or null when nothing was (claimed elsewhere, closed, not due). */
export function remindAlert(deps: SweepDeps, due: DueRow, now: number): 'reminder' | 'escalation' | null {
  const { db } = deps;
  return inTransaction(db, () => {
    const row = stmt(db, ALERT_SQL).get(due.id) as AlertRow | undefined;
    if (!row || row.next_reminder_at !== due.dueAt) return null; // another sweep claimed it, or someone acted
    return remindRow(deps, row, routesOf(db, row.id), due.dueAt, now);
  });
}

/**
 * One due alert already read (with its routes), in its own savepoint: claimed only if it still falls
 * due at `dueAt`, then its event and posts written.
 */
function remindRow(deps: SweepDeps, row: AlertRow, routes: Routes, dueAt: number, now: number): 'reminder' | 'escalation' | null {
  const { db, mission } = deps;
  const policy = mission.reminderPolicy;
  return inTransaction(db, (): 'reminder' | 'escalation' | null => {
    const state = stateOf(row);
    const step = dueStep(state, policy, now);
    if (!step) {
      // The stored time was stale (closed, or the policy changed since): put it right, send nothing.
      stmt(db, CLAIM_ALERT).run(row.reminder_count, row.last_reminder_at, nextReminderAt(state, policy), row.id, dueAt);
      return null;
    }
    const next = nextReminderAt({ ...state, reminderCount: step.count, lastReminderAt: step.standsFor }, policy);
    if (stmt(db, CLAIM_ALERT).run(step.count, step.standsFor, next, row.id, dueAt).changes !== 1) return null;

    const holders = holdersOf(deps, routes);
    const subject = subjectOf(deps, row, holders, now);
    // Only those who can act on it are reminded and asked: a stub channel can do nothing about a restricted alert.
    const acting = holders.filter((h) => h.view === 'full');
    const posts: OutboxMessage[] = [];
    if (step.step === 'escalation') {
      const escalation: Escalation = {
        kind: step.kind,
        reminders: policy.escalateAfter,
        escalationChannel: mission.escalationChannel,
        sections: acting.map((h) => h.section.id),
      };
      const leads = [...new Set(acting.flatMap((h) => h.section.leads))];
      posts.push({ kind: 'message', channel: mission.escalationChannel, fact: { about: 'escalation', to: 'channel', subject, escalation } });
      for (const lead of leads) posts.push({ kind: 'dm', user: lead, fact: { about: 'escalation', to: 'lead', subject, escalation } });
      for (const h of acting) posts.push({ kind: 'thread', channel: h.section.channel, fact: { about: 'escalation', to: 'thread', subject, escalation } });
      recordEvent(db, { alertId: row.id, at: now, actor: 'veille', type: 'escalated', data: { kind: step.kind, reminders: policy.escalateAfter, missed: step.missed, channel: mission.escalationChannel, leads } });
    } else {
      const facts: ReminderStep = {
        kind: step.kind,
        count: step.count,
        escalateAfter: policy.escalateAfter,
        intervalMs: intervalMs(state, policy),
        escalationChannel: mission.escalationChannel,
        missed: step.missed,
      };
      if (step.kind === 'no_update' && row.owner) posts.push({ kind: 'dm', user: row.owner, fact: { about: 'reminder_owner', subject, step: facts } });
      for (const h of acting) posts.push({ kind: 'thread', channel: h.section.channel, fact: { about: 'reminder', subject, step: facts, view: h.view, leads: [...h.section.leads] } });
      recordEvent(db, {
        alertId: row.id,
        at: now,
        actor: 'veille',
        type: 'reminded',
        data: { kind: step.kind, reminder: step.count, missed: step.missed, channels: acting.map((h) => h.section.channel), owner: step.kind === 'no_update' ? row.owner : null },
      });
    }
    for (const post of posts) enqueue(db, now, row.id, post);
    return step.step;
  });
}

interface Holder {
  section: Section;
  view: 'full' | 'stub';
}

function routesOf(db: Db, alertId: number): Routes {
  return stmt(db, 'SELECT section_id AS sectionId, view FROM alert_sections WHERE alert_id = ?').all(alertId) as Routes;
}

/** The sections that received the alert, in the config's order, with the form each got. */
function holdersOf(deps: SweepDeps, routes: Routes): Holder[] {
  const views = new Map(routes.map((r) => [r.sectionId, r.view]));
  return deps.mission.sections.filter((s) => views.has(s.id)).map((section) => ({ section, view: views.get(section.id)! }));
}

function subjectOf(deps: SweepDeps, row: AlertRow, holders: Holder[], now: number): ReminderSubject {
  const restricted = row.sensitivity === 'restricted';
  const routes = holders.map((h) => ({ sectionId: h.section.id, view: h.view }));
  const heldBy = restricted ? detailHolders(routes, deps.mission.sections) : holders.map((h) => h.section);
  return {
    alertId: row.id,
    reference: row.reference,
    category: row.category,
    priority: row.priority,
    restricted,
    placeId: row.place_id,
    // A restricted alert's typed place never leaves its restricted sections: not even into the outbox fact.
    locationText: restricted ? null : row.location_text,
    owner: row.owner,
    waitedMs: now - row.last,
    heldBy: heldBy.map((s) => s.id),
  };
}

interface TaskRow {
  id: number;
  alert_id: number;
  owner: string;
  text: string;
  due_at: number | null;
  done_at: number | null;
  reminder_count: number;
  next_reminder_at: number | null;
}

const CLAIM_TASK = 'UPDATE tasks SET reminder_count = ?, next_reminder_at = ? WHERE id = ? AND next_reminder_at = ?';

/** Handles one due task in one transaction: a DM to its owner, unless it is done or its alert closed. */
function remindTask(deps: SweepDeps, due: DueRow, now: number): boolean {
  const { db, mission } = deps;
  const policy = mission.reminderPolicy;
  return db
    .transaction((): boolean => {
      const task = stmt(db, 'SELECT id, alert_id, owner, text, due_at, done_at, reminder_count, next_reminder_at FROM tasks WHERE id = ?').get(due.id) as TaskRow | undefined;
      if (!task || task.next_reminder_at !== due.dueAt) return false;
      const alert = stmt(db, ALERT_SQL).get(task.alert_id) as AlertRow;
      const state: TaskReminderState = { dueAt: task.due_at, doneAt: task.done_at, reminderCount: task.reminder_count, priority: alert.priority, alertClosed: alert.status === 'closed' };
      const step = taskDueStep(state, policy, now);
      if (!step) {
        stmt(db, CLAIM_TASK).run(task.reminder_count, nextTaskReminderAt(state, policy), task.id, due.dueAt);
        return false;
      }
      const next = nextTaskReminderAt({ ...state, reminderCount: step.count }, policy);
      if (stmt(db, CLAIM_TASK).run(step.count, next, task.id, due.dueAt).changes !== 1) return false;
      const subject = subjectOf(deps, alert, holdersOf(deps, routesOf(db, alert.id)), now);
      recordEvent(db, { alertId: alert.id, at: now, actor: 'veille', type: 'task_reminded', data: { task: task.id, owner: task.owner, reminder: step.count, missed: step.missed } });
      // A restricted alert's task text stays out of the DM (and so out of its facts).
      const text = subject.restricted ? '' : task.text;
      enqueue(db, now, alert.id, { kind: 'dm', user: task.owner, fact: { about: 'task_overdue', subject, task: { id: task.id, text, dueAt: task.due_at! } } });
      return true;
    })
    .immediate();
}
