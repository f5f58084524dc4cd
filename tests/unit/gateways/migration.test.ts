import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/store/db.js';

const DIR = 'src/store/migrations';

/** A database as an installation before the gateways had it: migrations up to 009, with an alert and its trail. */
function before010(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  for (const file of readdirSync(DIR).filter((f) => /^\d+_.+\.sql$/.test(f)).sort()) {
    const version = Number(file.split('_')[0]);
    if (version >= 10) continue;
    db.exec(readFileSync(`${DIR}/${file}`, 'utf8'));
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(version, file, 'then');
  }
  db.prepare("INSERT INTO alerts (id, reference, created_at, updated_at, reported_by, reported_via, category, priority, sensitivity, description, source_detail, redacted_at) VALUES (1, 'A-1', 1, 2, 'U1', 'api', 'abduction', 'high', 'standard', 'two taken', 'chief', NULL)").run();
  db.prepare("INSERT INTO alerts (id, reference, created_at, updated_at, reported_by, reported_via, category, priority, sensitivity, description, duplicate_of) VALUES (2, 'A-2', 3, 4, 'U1', 'form', 'abduction', 'high', 'standard', 'same', 1)").run();
  db.prepare("INSERT INTO events (alert_id, at, actor, type) VALUES (1, 1, 'U1', 'logged')").run();
  db.prepare("INSERT INTO alert_sections VALUES (1, 'poc', 'full')").run();
  return db;
}

describe('migration 010 (reported_via sms, gateway_intake)', () => {
  it('keeps every alert and its links, accepts sms, and still enforces the foreign keys', () => {
    const db = before010();
    migrate(db);
    expect(db.prepare('SELECT id, reference, reported_via, source_detail, duplicate_of FROM alerts ORDER BY id').all()).toEqual([
      { id: 1, reference: 'A-1', reported_via: 'api', source_detail: 'chief', duplicate_of: null },
      { id: 2, reference: 'A-2', reported_via: 'form', source_detail: null, duplicate_of: 1 },
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.prepare("INSERT INTO alerts (id, reference, created_at, updated_at, reported_by, reported_via, category, priority, sensitivity, description) VALUES (3, 'A-3', 5, 5, 'twilio:unverified', 'sms', 'other', 'low', 'standard', 'x')").run();
    expect(() => db.prepare("INSERT INTO alerts (id, reference, created_at, updated_at, reported_by, reported_via, category, priority, sensitivity, description) VALUES (4, 'A-4', 5, 5, 'x', 'fax', 'other', 'low', 'standard', 'x')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO events (alert_id, at, actor, type) VALUES (99, 1, 'U1', 'logged')").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO gateway_intake VALUES ('twilio', 'SM1', 99, 1)").run()).toThrow(/FOREIGN KEY/);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'alerts' AND sql IS NOT NULL ORDER BY name").pluck().all();
    expect(indexes).toEqual(['alerts_closed_updated', 'alerts_created', 'alerts_open', 'alerts_owner', 'alerts_place', 'alerts_reminder_due', 'alerts_to_redact']);
  });
});
