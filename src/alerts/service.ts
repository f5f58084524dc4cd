import { formatReference, type Alert, type AlertDraft, type ClosureReason, type Perpetrator, type Sensitivity, type Status, type Verification } from '../domain/alert.js';
import type { Route } from '../domain/routing.js';
import type { CategoryId, Language, Priority, SourceType } from '../domain/taxonomy.js';
import { highestAlertNumber, statement, type Db } from '../store/db.js';

/** SQL for alerts: rows in, Alerts out. No rules here; flows decide, this stores. */

/** An `alerts` row as SQLite gives it (`SELECT a.*`): every query of whole alerts reads this and maps it with rowToAlert. */
export interface AlertRow {
  id: number;
  reference: string;
  created_at: number;
  updated_at: number;
  reported_by: string;
  reported_via: Alert['reportedVia'];
  occurred_at: number | null;
  place_id: string | null;
  location_text: string | null;
  category: CategoryId;
  sub_type: string | null;
  perpetrators: string;
  host_state: number;
  killed: number | null;
  injured: number | null;
  abducted: number | null;
  crsv_survivors: number | null;
  children_affected: number | null;
  displaced: number | null;
  priority: Priority;
  priority_overridden: number;
  source_type: SourceType | null;
  source_detail: string | null;
  verification: Verification;
  status: Status;
  closure_reason: ClosureReason | null;
  duplicate_of: number | null;
  sensitivity: Sensitivity;
  owner: string | null;
  description: string;
  language: Language;
}

export function rowToAlert(row: AlertRow): Alert {
  return {
    id: row.id,
    reference: row.reference,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    reportedBy: row.reported_by,
    reportedVia: row.reported_via,
    occurredAt: row.occurred_at,
    placeId: row.place_id,
    locationText: row.location_text,
    category: row.category,
    subType: row.sub_type,
    perpetrators: JSON.parse(row.perpetrators) as Perpetrator[],
    hostState: row.host_state === 1,
    victims: {
      killed: row.killed,
      injured: row.injured,
      abducted: row.abducted,
      crsvSurvivors: row.crsv_survivors,
      childrenAffected: row.children_affected,
      displaced: row.displaced,
    },
    priority: row.priority,
    priorityOverridden: row.priority_overridden === 1,
    sourceType: row.source_type,
    sourceDetail: row.source_detail,
    verification: row.verification,
    status: row.status,
    closureReason: row.closure_reason,
    duplicateOf: row.duplicate_of,
    sensitivity: row.sensitivity,
    owner: row.owner,
    description: row.description,
    language: row.language,
  };
}

/** The columns a draft fills. */
type DraftColumns = Omit<AlertRow, 'id' | 'reference' | 'created_at' | 'updated_at' | 'reported_by' | 'reported_via' | 'verification' | 'status' | 'closure_reason' | 'duplicate_of' | 'owner'>;

function draftColumns(draft: AlertDraft, hostState: boolean): DraftColumns {
  return {
    occurred_at: draft.occurredAt,
    place_id: draft.placeId,
    location_text: draft.locationText,
    category: draft.category,
    sub_type: draft.subType,
    perpetrators: JSON.stringify(draft.perpetrators),
    host_state: hostState ? 1 : 0,
    killed: draft.victims.killed,
    injured: draft.victims.injured,
    abducted: draft.victims.abducted,
    crsv_survivors: draft.victims.crsvSurvivors,
    children_affected: draft.victims.childrenAffected,
    displaced: draft.victims.displaced,
    priority: draft.priority,
    priority_overridden: draft.priorityOverridden ? 1 : 0,
    source_type: draft.sourceType,
    source_detail: draft.sourceDetail,
    sensitivity: draft.sensitivity,
    description: draft.description,
    language: draft.language,
  };
}

/** The columns insertAlert writes, in its statement's order. */
const INSERTED = [
  'id', 'reference', 'created_at', 'updated_at', 'reported_by', 'reported_via',
  'occurred_at', 'place_id', 'location_text', 'category', 'sub_type', 'perpetrators', 'host_state',
  'killed', 'injured', 'abducted', 'crsv_survivors', 'children_affected', 'displaced',
  'priority', 'priority_overridden', 'source_type', 'source_detail', 'sensitivity', 'description', 'language',
  'last_activity_at', 'next_reminder_at',
] as const;
const INSERT_ALERT = `INSERT INTO alerts (${INSERTED.join(', ')}) VALUES (${INSERTED.map(() => '?').join(', ')})`;

/**
 * Stores a new alert and returns it as a read would. Its follow-up clock starts at creation
 * (`nextReminderAt`, decided by the caller). The row is not read back: the Alert is mapped from the
 * values written and the columns' defaults (a test holds it equal to `getAlert`).
 */
export function insertAlert(db: Db, input: { draft: AlertDraft; hostState: boolean; reportedBy: string; at: number; prefix: string; nextReminderAt: number | null }): Alert {
  const id = highestAlertNumber(db) + 1; // past any number issued before a restore, too
  const { draft, at } = input;
  const row: AlertRow = {
    id,
    reference: formatReference(input.prefix, id),
    created_at: at,
    updated_at: at,
    reported_by: input.reportedBy,
    reported_via: draft.reportedVia,
    ...draftColumns(draft, input.hostState),
    // the columns' defaults (migration 010)
    verification: 'alleged',
    status: 'new',
    closure_reason: null,
    duplicate_of: null,
    owner: null,
  };
  const written = { ...row, last_activity_at: at, next_reminder_at: input.nextReminderAt };
  statement(db, INSERT_ALERT).run(INSERTED.map((column) => written[column]));
  return rowToAlert(row);
}

/** Replaces the reporter-editable fields (Edit, or a place given later). */
export function updateDraftFields(db: Db, id: number, draft: AlertDraft, hostState: boolean, at: number): void {
  const columns = { ...draftColumns(draft, hostState), updated_at: at };
  const { reported_via: _ignored, ...rest } = columns as Record<string, unknown>;
  const names = Object.keys(rest);
  statement(db, `UPDATE alerts SET ${names.map((n) => `${n} = @${n}`).join(', ')} WHERE id = @id`).run({ ...rest, id });
}

export function closeAlert(db: Db, id: number, reason: ClosureReason, at: number, duplicateOf: number | null = null): void {
  statement(db, "UPDATE alerts SET status = 'closed', closure_reason = ?, duplicate_of = ?, updated_at = ? WHERE id = ?").run(reason, duplicateOf, at, id);
}

export function getAlert(db: Db, id: number): Alert | null {
  const row = statement(db, 'SELECT * FROM alerts WHERE id = ?').get(id) as AlertRow | undefined;
  return row ? rowToAlert(row) : null;
}

export interface ListFilter {
  open?: boolean;
  sectionIds?: string[];
  limit?: number;
}

/** Open alerts, most urgent first, then newest. */
export function listAlerts(db: Db, filter: ListFilter = {}): Alert[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.open) where.push("a.status <> 'closed'");
  if (filter.sectionIds) {
    where.push(`a.id IN (SELECT alert_id FROM alert_sections WHERE section_id IN (${filter.sectionIds.map(() => '?').join(', ') || "''"}))`);
    params.push(...filter.sectionIds);
  }
  const sql = `SELECT a.* FROM alerts a ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY CASE a.priority WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END, a.created_at DESC
    LIMIT ?`;
  return (statement(db, sql).all(...params, filter.limit ?? 50) as AlertRow[]).map(rowToAlert);
}

export function saveRoutes(db: Db, alertId: number, routes: Route[]): void {
  const insert = statement(db, 'INSERT INTO alert_sections (alert_id, section_id, view) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET view = excluded.view');
  for (const route of routes) insert.run(alertId, route.sectionId, route.view);
}

export function routesOf(db: Db, alertId: number): Array<{ sectionId: string; view: 'full' | 'stub' }> {
  return statement(db, 'SELECT section_id AS sectionId, view FROM alert_sections WHERE alert_id = ? ORDER BY section_id').all(alertId) as Array<{
    sectionId: string;
    view: 'full' | 'stub';
  }>;
}

export interface PostedCard {
  sectionId: string;
  channel: string;
  ts: string;
  view: 'full' | 'stub';
}

export function postedCard(db: Db, alertId: number, channel: string): PostedCard | null {
  return (
    (statement(db, 'SELECT section_id AS sectionId, channel, ts, view FROM alert_messages WHERE alert_id = ? AND channel = ?').get(alertId, channel) as
      | PostedCard
      | undefined) ?? null
  );
}

export function saveCardPosted(db: Db, alertId: number, card: PostedCard): void {
  statement(db, 'INSERT OR REPLACE INTO alert_messages (alert_id, section_id, channel, ts, view) VALUES (?, ?, ?, ?, ?)').run(
    alertId,
    card.sectionId,
    card.channel,
    card.ts,
    card.view,
  );
}

export function forgetCard(db: Db, alertId: number, channel: string): void {
  statement(db, 'DELETE FROM alert_messages WHERE alert_id = ? AND channel = ?').run(alertId, channel);
}
