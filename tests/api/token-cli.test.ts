import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findToken } from '../../src/api/tokens.js';
import { runTokenCommand } from '../../src/cli/token.js';
import { ManualClock } from '../../src/clock.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { MORNING } from '../integration/harness.js';

let db: Db;
const clock = new ManualClock(MORNING);
beforeEach(() => {
  db = openDatabase(':memory:');
});
afterEach(() => db.close());

function token(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runTokenCommand(argv, db, clock, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('npm run token', () => {
  it('creates a token shown once and stored only as its SHA-256', () => {
    const made = token('create', '--name', 'kobo', '--scopes', 'alerts:write');
    expect(made.code).toBe(0);
    expect(made.out).toHaveLength(1);
    const secret = made.out[0]!;
    expect(secret).toMatch(/^vt_[A-Za-z0-9_-]{43}$/);
    expect(made.err.join('')).toContain('shown this once');
    const rows = JSON.stringify(db.prepare('SELECT * FROM api_tokens').all()) + JSON.stringify(db.prepare('SELECT * FROM events').all());
    expect(rows).not.toContain(secret);
    expect(rows).toContain(createHash('sha256').update(secret).digest('hex'));
    expect(findToken(db, secret, clock.now())).toMatchObject({ name: 'kobo', scopes: ['alerts:write'] });
    expect(db.prepare("SELECT actor, data FROM events WHERE type = 'api_token_created'").get()).toEqual({ actor: 'cli', data: '{"token":"kobo","scopes":["alerts:write"]}' });
  });

  it('lists tokens with their scopes and state, never the token', () => {
    const { out: [secret] } = token('create', '--name', 'dashboard', '--scopes', 'alerts:read,restricted:read');
    token('create', '--name', 'kobo', '--scopes', 'alerts:write', '--scopes', 'alerts:read');
    token('revoke', '--name', 'kobo');
    const listed = token('list');
    expect(listed.code).toBe(0);
    expect(listed.out[0]).toBe('name\tscopes\tcreated (UTC)\tlast used (UTC)\tstate');
    expect(listed.out[1]).toBe('dashboard\talerts:read,restricted:read\t2026-11-22 06:00\t—\tlive');
    expect(listed.out[2]).toMatch(/^kobo\talerts:read,alerts:write\t2026-11-22 06:00\t—\trevoked 2026-11-22 06:00$/);
    expect(listed.out.join('\n')).not.toContain(secret!);
  });

  it('revokes by name: the token stops working, and the name may be used again', () => {
    const { out: [secret] } = token('create', '--name', 'kobo', '--scopes', 'alerts:write');
    expect(token('revoke', '--name', 'kobo')).toMatchObject({ code: 0, out: ['Token "kobo" revoked: requests with it now get 401.'] });
    expect(findToken(db, secret!, clock.now())).toBeNull();
    expect(token('revoke', '--name', 'kobo')).toMatchObject({ code: 1, err: ['No live token named "kobo".'] });
    expect(token('create', '--name', 'kobo', '--scopes', 'alerts:write').code).toBe(0);
  });

  it('refuses what it cannot do, saying why', () => {
    token('create', '--name', 'kobo', '--scopes', 'alerts:write');
    expect(token('create', '--name', 'kobo', '--scopes', 'alerts:read')).toMatchObject({ code: 1, err: [expect.stringContaining('already named "kobo"')] });
    expect(token('create', '--name', 'x', '--scopes', 'alerts:delete').err[0]).toContain('Unknown scope alerts:delete');
    expect(token('create', '--name', 'x').code).toBe(2);
    expect(token('create', '--name', 'no spaces', '--scopes', 'alerts:read').code).toBe(1);
    expect(token('revoke').code).toBe(2);
    expect(token('rotate', '--name', 'kobo').code).toBe(2);
    expect(token('create', '--nme', 'kobo').code).toBe(2);
    expect(db.prepare('SELECT COUNT(*) FROM api_tokens').pluck().get()).toBe(1);
  });

  it('runs as an npm script on the database of DATABASE_PATH', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'veille-token-'));
    try {
      const env = { ...process.env, DATABASE_PATH: join(dir, 'veille.db') };
      const { stdout, stderr } = await promisify(execFile)('npm', ['run', '-s', 'token', '--', 'create', '--name', 'hotline', '--scopes', 'alerts:write'], { env, timeout: 60_000 });
      expect(stderr).toContain('Token "hotline" created with alerts:write');
      const file = openDatabase(join(dir, 'veille.db'));
      expect(findToken(file, stdout.trim(), clock.now())).toMatchObject({ name: 'hotline' });
      file.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
