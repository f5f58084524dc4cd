import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Db } from '../store/db.js';
import { invalid } from './errors.js';

/** Idempotency keys: a retried POST gets the first answer again, never a second alert. */

export interface StoredKey {
  requestHash: string;
  alertId: number;
  receipt: unknown;
}

const KEY = /^[\x21-\x7e]{1,200}$/;

/** The Idempotency-Key header, if any: 1–200 visible ASCII characters (a UUID fits). */
export function idempotencyKeyOf(req: IncomingMessage): string | null {
  const raw = req.headers['idempotency-key'];
  if (raw === undefined) return null;
  const key = Array.isArray(raw) ? raw.join(',') : raw;
  if (!KEY.test(key)) throw invalid('Idempotency-Key', 'Idempotency-Key: 1 to 200 visible ASCII characters, such as a UUID.');
  return key;
}

/** Same JSON, same hash: key order and white space do not make a different request. */
export function requestHash(body: unknown): string {
  return createHash('sha256').update(canonical(body)).digest('hex');
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function findKey(db: Db, tokenName: string, key: string): StoredKey | null {
  const row = db.prepare('SELECT request_hash, alert_id, receipt FROM api_idempotency WHERE token_name = ? AND key = ?').get(tokenName, key) as
    | { request_hash: string; alert_id: number; receipt: string }
    | undefined;
  return row ? { requestHash: row.request_hash, alertId: row.alert_id, receipt: JSON.parse(row.receipt) } : null;
}

/** Call in the transaction that logs the alert. */
export function saveKey(db: Db, input: { tokenName: string; key: string; requestHash: string; alertId: number; receipt: unknown; at: number }): void {
  db.prepare('INSERT INTO api_idempotency (token_name, key, request_hash, alert_id, receipt, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    input.tokenName,
    input.key,
    input.requestHash,
    input.alertId,
    JSON.stringify(input.receipt),
    input.at,
  );
}
