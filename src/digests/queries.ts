import type { Statement } from 'better-sqlite3';
import type { Mission } from '../config/mission.js';
import type { Status, Verification } from '../domain/alert.js';
import type { CategoryId, Priority } from '../domain/taxonomy.js';
import { durationMs } from '../reminders/policy.js';
import type { Db } from '../store/db.js';
import { DAY, TREND_DAYS } from './rules.js';

/**
 * The digest's SQL, for all sections at once. Each query reads the alerts it needs ONCE (a range on
 * created_at, the open set, the recently closed), each alert carrying the ids of the sections it
 * was routed to (`sections`, from alert_sections); compute.ts hands every row to each of its
 * sections. SQLite aggregates by sorting, so grouping the 35 days per alert-and-route-set costs a
 * sort of ~50k rows where grouping per route would sort ~200k: thirty sections cost what one does.
 * Rows out, no rules. Times are UTC ms; windows are [start, end). Withdrawn alerts (the reporter's
 * Undo) are not alerts and count nowhere.
 */

export interface AlertRow {
  /** The ids of the sections the alert was routed to, comma-separated (ids are slugs: no commas). */
  sections: string | null;
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
  sections: string | null;
  placeId: string | null;
  restricted: 0 | 1;
  day: number;
  count: number;
  inTime: number;
  judged: number;
}

export interface DigestRows {
  /** Alerts created in [start, end), most urgent first. */
  newAlerts: AlertRow[];
  /** The 35 days before the end, counted by route set, place, sensitivity and day (see `WindowRow`). */
  window: WindowRow[];
  /** Every open alert, the longest overdue first. */
  open: OpenRow[];
  /** Alerts closed in [start, end). */
  closed: ClosedRow[];
}

export interface DigestWindow {
  start: number;
  end: number;
  /** When open alerts are judged overdue. */
  now: number;
}

export const COLUMNS = `a.id, a.reference, a.created_at AS createdAt, a.priority, a.category, a.place_id AS placeId,
  a.verification, a.sensitivity, a.host_state AS hostState, a.status, a.owner`;
const SECTIONS = "(SELECT group_concat(s.section_id, ',') FROM alert_sections s WHERE s.alert_id = a.id)";
const NOT_WITHDRAWN = "a.closure_reason IS NOT 'withdrawn'";
const priorityWindow = (name: 'ack' | 'upd') =>
  `CASE a.priority WHEN 'critical' THEN @${name}Critical WHEN 'high' THEN @${name}High WHEN 'medium' THEN @${name}Medium ELSE @${name}Low END`;

/**
 * When an open alert is overdue: the reminder policy's clock from its last activity (the acknowledge
 * window while it is new or unowned, the update interval once owned), or its owner's due time when
 * one was given and is earlier.
 */
function overdueSince(hasDueAt: boolean): string {
  const policy = `COALESCE(a.last_activity_at, a.created_at) + MAX(1000, CASE WHEN a.status <> 'new' AND a.owner IS NOT NULL THEN ${priorityWindow('upd')} ELSE ${priorityWindow('ack')} END)`;
  return hasDueAt ? `MIN(${policy}, COALESCE(a.due_at, ${policy}))` : policy;
}

/** Closed when: the last closing event (by type, or a status change to closed), else updated_at. */
const CLOSED_AT = `COALESCE((SELECT MAX(e.at) FROM events e WHERE e.alert_id = a.id
    AND (e.type IN ('closed', 'alert_closed') OR json_extract(e.data, '$.status[1]') = 'closed')), a.updated_at)`;

function sql(hasDueAt: boolean): Record<keyof DigestRows, string> {
  return {
    newAlerts: `SELECT ${SECTIONS} AS sections, ${COLUMNS} FROM alerts a
      WHERE a.created_at >= @start AND a.created_at < @end AND ${NOT_WITHDRAWN}
      ORDER BY CASE a.priority WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END, a.created_at, a.id`,
    // One pass serves the hotspots, quiet places, trend and response rate. In time: the first
    // response action came within the acknowledge window. Judged: in time, or the window has run
    // out by the end. Duplicates get no response of their own: not in the rate.
    window: `WITH w AS MATERIALIZED (
          SELECT ${SECTIONS} AS sections, a.place_id AS placeId, a.sensitivity = 'restricted' AS restricted, a.created_at AS createdAt,
            CASE WHEN a.created_at >= @d14 THEN CAST((@end - 1 - a.created_at) / ${DAY} AS INTEGER) WHEN a.created_at >= @d30 THEN 14 ELSE 15 END AS day,
            ${priorityWindow('ack')} AS win,
            CASE WHEN a.created_at >= @d30 AND a.closure_reason IS NOT 'duplicate'
                 THEN COALESCE((SELECT MIN(r.at) FROM response_actions r WHERE r.alert_id = a.id) - a.created_at <= ${priorityWindow('ack')}, 0) END AS inTime
          FROM alerts a
          WHERE a.created_at >= @d35 AND a.created_at < @end AND ${NOT_WITHDRAWN})
      SELECT sections, placeId, restricted, day, COUNT(*) AS count,
        TOTAL(inTime) AS inTime, TOTAL(inTime OR (inTime IS NOT NULL AND @end - createdAt > win)) AS judged
      FROM w GROUP BY 1, 2, 3, 4`,
    open: `SELECT ${SECTIONS} AS sections, ${COLUMNS}, ${overdueSince(hasDueAt)} AS overdueSince FROM alerts a
      WHERE a.status <> 'closed' ORDER BY overdueSince, a.id`,
    // Closing sets updated_at: candidates come from a range on it.
    closed: `WITH c AS MATERIALIZED (
          SELECT a.id, ${CLOSED_AT} AS closedAt FROM alerts a
          WHERE a.status = 'closed' AND a.updated_at >= @start AND ${NOT_WITHDRAWN})
      SELECT ${SECTIONS} AS sections, ${COLUMNS}, a.closure_reason AS closureReason, c.closedAt,
        (SELECT MIN(r.at) FROM response_actions r WHERE r.alert_id = a.id) AS firstResponseAt
      FROM c CROSS JOIN alerts a ON a.id = c.id
      WHERE c.closedAt >= @start AND c.closedAt < @end
      ORDER BY c.closedAt, a.id`,
  };
}

const cache = new WeakMap<Db, Map<string, Statement>>();

/** Prepared once per database: the digest runs every day, the benchmark thousands of times. */
function prepared(db: Db, key: string, text: () => string): Statement {
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
function hasColumn(db: Db, table: string, column: string): boolean {
  return prepared(db, `columns:${table}`, () => `SELECT name FROM pragma_table_info('${table}')`)
    .pluck()
    .all()
    .includes(column);
}

function policyParams(mission: Pick<Mission, 'reminderPolicy'>): Record<string, number> {
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

/** The raw aggregate queries alone (the benchmark's floor): every alert a digest of [start, end) reads. */
export function digestRows(db: Db, mission: Pick<Mission, 'reminderPolicy'>, w: DigestWindow): DigestRows {
  const hasDueAt = hasColumn(db, 'alerts', 'due_at');
  const texts = sql(hasDueAt);
  const params = {
    start: w.start,
    end: w.end,
    now: w.now,
    d14: w.end - TREND_DAYS * DAY,
    d30: w.end - 30 * DAY,
    d35: w.end - 35 * DAY,
    ...policyParams(mission),
  };
  const run = <K extends keyof DigestRows>(key: K): DigestRows[K] => query(db, `digest:${key}:${hasDueAt}`, texts[key], params) as DigestRows[K];
  return { newAlerts: run('newAlerts'), window: run('window'), open: run('open'), closed: run('closed') };
}
