import { statement, type Db } from './db.js';

export interface AlertEvent {
  id: number;
  alertId: number | null;
  at: number;
  actor: string;
  type: string;
  data: Record<string, unknown>;
}

/** Appends to the audit trail. Call inside the transaction that makes the change it records. */
export function recordEvent(db: Db, event: Omit<AlertEvent, 'id'>): number {
  const result = statement(db, 'INSERT INTO events (alert_id, at, actor, type, data) VALUES (?, ?, ?, ?, ?)')
    .run(event.alertId, event.at, event.actor, event.type, JSON.stringify(event.data));
  return Number(result.lastInsertRowid);
}

export function eventsOf(db: Db, alertId: number): AlertEvent[] {
  const rows = statement(db, 'SELECT id, alert_id, at, actor, type, data FROM events WHERE alert_id = ? ORDER BY id').all(alertId) as Array<{
    id: number;
    alert_id: number | null;
    at: number;
    actor: string;
    type: string;
    data: string;
  }>;
  return rows.map((r) => ({ id: r.id, alertId: r.alert_id, at: r.at, actor: r.actor, type: r.type, data: JSON.parse(r.data) }));
}
