import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../store/db.js';
import { recordEvent } from '../store/events.js';

/** What a token may do. restricted:read adds restricted details and source identities to what alerts:read shows. */
export const SCOPES = ['alerts:read', 'alerts:write', 'restricted:read'] as const;
export type Scope = (typeof SCOPES)[number];

export interface ApiToken {
  id: number;
  name: string;
  scopes: Scope[];
  createdAt: number;
  revokedAt: number | null;
  lastUsedAt: number | null;
}

const NAME = /^[a-z0-9][a-z0-9_.-]{0,39}$/i;
const PREFIX = 'vt_';

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}

function isTokenName(value: string): boolean {
  return NAME.test(value);
}

/** Tokens are kept only as this hash: a copy of the database does not give anyone API access. */
function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

interface Row {
  id: number;
  name: string;
  scopes: string;
  created_at: number;
  revoked_at: number | null;
  last_used_at: number | null;
}

function toToken(row: Row): ApiToken {
  return {
    id: row.id,
    name: row.name,
    scopes: row.scopes.split(' ').filter(isScope),
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
  };
}

export type CreateOutcome = { ok: true; token: string; record: ApiToken } | { ok: false; reason: 'bad_name' | 'no_scopes' | 'name_taken' };

/** Makes a token and returns it (the only time it exists in clear); the event names it, never its value. */
export function createToken(db: Db, input: { name: string; scopes: Scope[]; at: number; actor: string }): CreateOutcome {
  if (!isTokenName(input.name)) return { ok: false, reason: 'bad_name' };
  const scopes = SCOPES.filter((s) => input.scopes.includes(s));
  if (scopes.length === 0) return { ok: false, reason: 'no_scopes' };
  return db.transaction((): CreateOutcome => {
    if (liveToken(db, input.name)) return { ok: false, reason: 'name_taken' };
    const token = PREFIX + randomBytes(32).toString('base64url');
    const result = db
      .prepare('INSERT INTO api_tokens (name, hash, scopes, created_at) VALUES (?, ?, ?, ?)')
      .run(input.name, hashToken(token), scopes.join(' '), input.at);
    recordEvent(db, { alertId: null, at: input.at, actor: input.actor, type: 'api_token_created', data: { token: input.name, scopes } });
    const record = toToken(db.prepare('SELECT * FROM api_tokens WHERE id = ?').get(result.lastInsertRowid) as Row);
    return { ok: true, token, record };
  })();
}

export function listTokens(db: Db): ApiToken[] {
  return (db.prepare('SELECT * FROM api_tokens ORDER BY revoked_at IS NOT NULL, name, id').all() as Row[]).map(toToken);
}

function liveToken(db: Db, name: string): ApiToken | null {
  const row = db.prepare('SELECT * FROM api_tokens WHERE name = ? AND revoked_at IS NULL').get(name) as Row | undefined;
  return row ? toToken(row) : null;
}

/** Revokes the live token of that name; false when there is none. */
export function revokeToken(db: Db, name: string, at: number, actor: string): boolean {
  return db.transaction((): boolean => {
    const token = liveToken(db, name);
    if (!token) return false;
    db.prepare('UPDATE api_tokens SET revoked_at = ? WHERE id = ?').run(at, token.id);
    recordEvent(db, { alertId: null, at, actor, type: 'api_token_revoked', data: { token: name } });
    return true;
  })();
}

/** The live token a request presents, or null. Marks it used (at most once a minute: reads should not all write). */
export function findToken(db: Db, presented: string, at: number): ApiToken | null {
  const row = db.prepare('SELECT * FROM api_tokens WHERE hash = ? AND revoked_at IS NULL').get(hashToken(presented)) as Row | undefined;
  if (!row) return null;
  if (row.last_used_at === null || at - row.last_used_at >= 60_000) {
    db.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ?').run(at, row.id);
  }
  return toToken(row);
}
