import type { Statement } from 'better-sqlite3';
import type { Mission } from '../config/mission.js';
import type { Status, Verification } from '../domain/alert.js';
import type { CategoryId, Priority } from '../domain/taxonomy.js';
import { durationMs } from '../reminders/policy.js';
import type { Db } from '../store/db.js';
import { DAY, TREND_DAYS } from './rules.js';

/**
 * The digest's SQL: a few aggregate queries for MANY sections at once (one pass over the recent
 * alerts joined to their routes, grouped by section), so thirty sections cost about what one does.
 * Rows out, no rules: compute.ts turns them into figures. Times are UTC ms; windows are [start, end).
 * Withdrawn alerts (the reporter's Undo) are not alerts and count nowhere.
 */

export interface AlertRow {
  sectionId: string;
  id: number;
  reference: string;
  createdAt: number;
  priority: Priority;
  category: CategoryId;
  placeId: string | null;
  verification: Verification;
  sensitivity: 'standard' | 'restricted';
  hostState: 0 | 1;
  status: Status;
  owner: string | null;
}

export interface OpenRow extends AlertRow {
  overdueSince: number;
}

export interface ClosedRow extends AlertRow {
  closureReason: string | null;
  closedAt: number;
  firstResponseAt: number | null;
}

/**
 * One group of the 35-day window. `day` is whole days before the end (0 = the digest's own 24 h)
 * up to 13; 14 stands for days 14–29 and 15 for days 30–34. `inTime` and `judged` count towards the
 * response rate (alerts of the last 30 days, duplicates left out).
 */
export interface WindowRow {
  sectionId: string;
  placeId: string | null;
  restricted: 0 | 1;
  day: number;
  count: number;
  inTime: number;
  judged: number;
}

export interface DigestRows {
  newAlerts: AlertRow[];
  /** The 35 days before the end, counted by section, place, sensitivity and day (see `WindowRow`). */
  window: WindowRow[];
  openCounts: Array<{ sectionId: string; total: number; unacknowledged: number; unassigned: number; overdue: number; restricted: number; restrictedOverdue: number }>;
  openItems: OpenRow[];
  closed: ClosedRow[];
}

export interface DigestQuery {
  sectionIds: string[];
  /** Sections whose digest shows restricted alerts in full (a restricted section's own channel). */
  fullSectionIds: string[];
  start: number;
  end: number;
  /** When open alerts are judged overdue. */
  now: number;
  /** How many open alerts to list per section. */
  openLimit: number;
}

export const COLUMNS = `a.id, a.reference, a.created_at AS createdAt, a.priority, a.category, a.place_id AS placeId,
  a.verification, a.sensitivity, a.host_state AS hostState, a.status, a.owner`;
// The unary + keeps the planner from probing the section index once per alert AND per section: the
// routes of an alert are read by their primary key (alert_id, …) and filtered.
const IN_SECTIONS = '+s.section_id IN (SELECT value FROM json_each(@sections))';
export const NOT_WITHDRAWN = "a.closure_reason IS NOT 'withdrawn'";
export const priorityWindow = (name: 'ack' | 'upd') =>
  `CASE a.priority WHEN 'critical' THEN @${name}Critical WHEN 'high' THEN @${name}High WHEN 'medium' THEN @${name}Medium ELSE @${name}Low END`;

/**
 * When an open alert is overdue: the reminder policy's clock from its last activity (the acknowledge
 * window while it is new or unowned, the update interval once owned), or its owner's due time when
 * one was given and is earlier.
 */
export function overdueSince(hasDueAt: boolean): string {
  const policy = `COALESCE(a.last_activity_at, a.created_at) + MAX(1000, CASE WHEN a.status <> 'new' AND a.owner IS NOT NULL THEN ${priorityWindow('upd')} ELSE ${priorityWindow('ack')} END)`;
  return hasDueAt ? `MIN(${policy}, COALESCE(a.due_at, ${policy}))` : policy;
}

/**
 * Every query starts from the alerts (a range on created_at, the open set, the recently closed) and
 * only then joins their routes: CROSS JOIN fixes that order, so the cost follows the recent alerts,
 * not the whole history of a section. Per-alert subqueries sit in MATERIALIZED CTEs so each runs
 * once per alert, not once per route or per mention.
 */
function sql(hasDueAt: boolean): Record<keyof DigestRows, string> {
  const overdue = overdueSince(hasDueAt);
  const routed = 'CROSS JOIN alert_sections s ON s.alert_id = a.id';
  const open = `o AS MATERIALIZED (SELECT ${COLUMNS}, ${overdue} AS overdueSince FROM alerts a WHERE a.status <> 'closed')`;
  return {
    newAlerts: `SELECT s.section_id AS sectionId, ${COLUMNS}
      FROM alerts a ${routed}
      WHERE a.created_at >= @start AND a.created_at < @end AND ${NOT_WITHDRAWN} AND ${IN_SECTIONS}
      ORDER BY s.section_id, CASE a.priority WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END, a.created_at, a.id`,
    // One pass over the 35 days serves the hotspots, quiet places, trend and response rate. In time:
    // the first response action came within the acknowledge window. Judged: in time, or the window
    // has run out by the end. Duplicates get no response of their own: not in the rate.
    window: `WITH w AS MATERIALIZED (
          SELECT a.id, a.place_id AS placeId, a.sensitivity = 'restricted' AS restricted, a.created_at AS createdAt,
            CASE WHEN a.created_at >= @d14 THEN CAST((@end - 1 - a.created_at) / ${DAY} AS INTEGER) WHEN a.created_at >= @d30 THEN 14 ELSE 15 END AS day,
            ${priorityWindow('ack')} AS win,
            CASE WHEN a.created_at >= @d30 AND a.closure_reason IS NOT 'duplicate'
                 THEN COALESCE((SELECT MIN(r.at) FROM response_actions r WHERE r.alert_id = a.id) - a.created_at <= ${priorityWindow('ack')}, 0) END AS inTime
          FROM alerts a
          WHERE a.created_at >= @d35 AND a.created_at < @end AND ${NOT_WITHDRAWN})
      SELECT s.section_id AS sectionId, w.placeId, w.restricted, w.day, COUNT(*) AS count,
        TOTAL(w.inTime) AS inTime, TOTAL(w.inTime OR (w.inTime IS NOT NULL AND @end - w.createdAt > w.win)) AS judged
      FROM w CROSS JOIN alert_sections s ON s.alert_id = w.id
      WHERE ${IN_SECTIONS}
      GROUP BY 1, 2, 3, 4`,
    openCounts: `WITH ${open}
      SELECT s.section_id AS sectionId, COUNT(*) AS total, TOTAL(o.status = 'new') AS unacknowledged, TOTAL(o.owner IS NULL) AS unassigned,
        TOTAL(o.overdueSince <= @now) AS overdue, TOTAL(o.sensitivity = 'restricted') AS restricted,
        TOTAL(o.sensitivity = 'restricted' AND o.overdueSince <= @now) AS restrictedOverdue
      FROM o CROSS JOIN alert_sections s ON s.alert_id = o.id
      WHERE ${IN_SECTIONS}
      GROUP BY s.section_id`,
    // The longest overdue first, then those about to be; restricted ones only where shown in full.
    openItems: `WITH ${open}
      SELECT * FROM (
        SELECT s.section_id AS sectionId, o.*, ROW_NUMBER() OVER (PARTITION BY s.section_id ORDER BY o.overdueSince, o.id) AS rn
        FROM o CROSS JOIN alert_sections s ON s.alert_id = o.id
        WHERE ${IN_SECTIONS} AND (o.sensitivity = 'standard' OR +s.section_id IN (SELECT value FROM json_each(@fullSections))))
      WHERE rn <= @openLimit ORDER BY sectionId, rn`,
    // Closing sets updated_at, so candidates come from a range on it; when it was closed is the last
    // closing event (by type, or a status change to closed), else updated_at.
    closed: `WITH c AS MATERIALIZED (
          SELECT ${COLUMNS}, a.closure_reason AS closureReason,
            COALESCE((SELECT MAX(e.at) FROM events e WHERE e.alert_id = a.id
                        AND (e.type IN ('closed', 'alert_closed') OR json_extract(e.data, '$.status[1]') = 'closed')), a.updated_at) AS closedAt,
            (SELECT MIN(r.at) FROM response_actions r WHERE r.alert_id = a.id) AS firstResponseAt
          FROM alerts a
          WHERE a.status = 'closed' AND a.updated_at >= @start AND ${NOT_WITHDRAWN})
      SELECT s.section_id AS sectionId, c.* FROM c CROSS JOIN alert_sections s ON s.alert_id = c.id
      WHERE c.closedAt >= @start AND c.closedAt < @end AND ${IN_SECTIONS}
      ORDER BY sectionId, c.closedAt, c.id`,
  };
}

const cache = new WeakMap<Db, Map<string, Statement>>();

/** Prepared once per database: the digest runs every day, the benchmark thousands of times. */
export function prepared(db: Db, key: string, text: () => string): Statement {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map()));
  let statement = statements.get(key);
  if (!statement) statements.set(key, (statement = db.prepare(text())));
  return statement;
}

/** Runs a cached statement with the named parameters its text uses (better-sqlite3 refuses unused ones). */
export function query<T>(db: Db, key: string, text: string, params: Record<string, unknown>): T[] {
  const statement = prepared(db, key, () => text);
  const wanted = Object.fromEntries(Object.entries(params).filter(([name]) => new RegExp(`@${name}\\b`).test(text)));
  return statement.all(wanted) as T[];
}

/** Migration 003 adds the owner's due time; the digest works with or without it. */
export function hasColumn(db: Db, table: string, column: string): boolean {
  return prepared(db, `columns:${table}`, () => `SELECT name FROM pragma_table_info('${table}')`)
    .pluck()
    .all()
    .includes(column);
}

export function policyParams(mission: Pick<Mission, 'reminderPolicy'>): Record<string, number> {
  const p = mission.reminderPolicy;
  return {
    ackCritical: durationMs(p.critical.acknowledgeWithin),
    ackHigh: durationMs(p.high.acknowledgeWithin),
    ackMedium: durationMs(p.medium.acknowledgeWithin),
    ackLow: durationMs(p.low.acknowledgeWithin),
    updCritical: durationMs(p.critical.updateEvery),
    updHigh: durationMs(p.high.updateEvery),
    updMedium: durationMs(p.medium.updateEvery),
    updLow: durationMs(p.low.updateEvery),
  };
}

/** The raw aggregate queries alone (the benchmark's floor). */
export function digestRows(db: Db, mission: Pick<Mission, 'reminderPolicy'>, q: DigestQuery): DigestRows {
  const hasDueAt = hasColumn(db, 'alerts', 'due_at');
  const texts = sql(hasDueAt);
  const params = {
    sections: JSON.stringify(q.sectionIds),
    fullSections: JSON.stringify(q.fullSectionIds),
    start: q.start,
    end: q.end,
    now: q.now,
    openLimit: q.openLimit,
    d7: q.end - 7 * DAY,
    d14: q.end - TREND_DAYS * DAY,
    d30: q.end - 30 * DAY,
    d35: q.end - 35 * DAY,
    ...policyParams(mission),
  };
  const run = <K extends keyof DigestRows>(key: K): DigestRows[K] => query(db, `digest:${key}:${hasDueAt}`, texts[key], params) as DigestRows[K];
  return {
    newAlerts: run('newAlerts'),
    window: run('window'),
    openCounts: run('openCounts'),
    openItems: run('openItems'),
    closed: run('closed'),
  };
}
