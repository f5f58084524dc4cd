import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backup, restore, runBackupCommand } from '../../../src/cli/backup.js';
import { highestAlertNumber, openDatabase, type Db } from '../../../src/store/db.js';
import { acquireInstanceLock } from '../../../src/store/instance-lock.js';
import { enqueue, markSent } from '../../../src/store/outbox.js';
import { insertAlert as insertAlertRow } from '../../../src/alerts/service.js';
import { steadyWriter } from '../../deploy/sqlite-workers.js';

function insertAlert(db: Db, id: number, at = 0) {
  db.prepare(
    `INSERT INTO alerts (id, reference, created_at, updated_at, reported_by, reported_via, category, priority, sensitivity, description)
     VALUES (?, ?, ?, ?, 'U1', 'quick_report', 'other', 'low', 'standard', 'text')`,
  ).run(id, `A-${id}`, at, at);
  db.prepare("INSERT INTO events (alert_id, at, actor, type) VALUES (?, ?, 'U1', 'created')").run(id, at);
}

const draft = { reportedVia: 'quick_report', occurredAt: null, placeId: null, locationText: null, category: 'other', subType: null, perpetrators: [], victims: { killed: null, injured: null, abducted: null, crsvSurvivors: null, childrenAffected: null, displaced: null }, priority: 'low', priorityOverridden: false, sourceType: null, sourceDetail: null, sensitivity: 'standard', description: 'text', language: 'en' } as never;

const workspace = () => mkdtempSync(join(tmpdir(), 'veille-backup-'));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
}

describe('backup', () => {
  it('copies a database that is open and being written, as one file with no -wal or -shm beside it', async () => {
    const dir = workspace();
    const live = openDatabase(join(dir, 'veille.db'));
    for (let i = 1; i <= 500; i++) insertAlert(live, i, i);
    const copy = join(dir, 'backups', 'copy.db');
    const { pages } = await backup(join(dir, 'veille.db'), copy);
    expect(pages).toBeGreaterThan(0);
    insertAlert(live, 501, 501); // written after the backup: not in it
    live.close();
    expect(readdirSync(join(dir, 'backups'))).toEqual(['copy.db']);
    const copied = openDatabase(copy);
    expect(copied.prepare('SELECT COUNT(*) FROM alerts').pluck().get()).toBe(500);
    copied.close();
  });

  it('finishes while another process writes steadily (hundreds of writes a second)', async () => {
    const dir = workspace();
    const live = openDatabase(join(dir, 'veille.db'));
    // One transaction: the set-up is not what is tested, and 5,000 commits crawl on a busy machine.
    live.transaction(() => {
      for (let i = 1; i <= 5000; i++) insertAlert(live, i, i);
    })();
    live.close();
    const writer = steadyWriter(join(dir, 'veille.db'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await backup(join(dir, 'veille.db'), join(dir, 'copy.db'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const written = await writer.stop();
    expect(written).toBeGreaterThan(20); // the writer really was writing around the backup
    const copied = openDatabase(join(dir, 'copy.db'));
    expect(copied.prepare('SELECT COUNT(*) FROM alerts').pluck().get()).toBe(5000);
    copied.close();
  }, 30_000); // a steady writer and a page-by-page copy share two cores with the rest of the suite

  it('does not overwrite an existing file', async () => {
    const dir = workspace();
    openDatabase(join(dir, 'veille.db')).close();
    writeFileSync(join(dir, 'taken.db'), 'keep me');
    const { err, io } = capture();
    expect(await runBackupCommand('backup', [join(dir, 'taken.db')], { DATABASE_PATH: join(dir, 'veille.db') }, io)).toBe(1);
    expect(err).toEqual([`Backup failed: ${join(dir, 'taken.db')} already exists: choose another file name`]);
  });
});

describe('backup during a restore', () => {
  it('is refused: the file is being replaced', async () => {
    const dir = workspace();
    openDatabase(join(dir, 'veille.db')).close();
    const restoring = acquireInstanceLock(join(dir, 'veille.db'), 'restore');
    const { err, io } = capture();
    try {
      expect(await runBackupCommand('backup', [join(dir, 'copy.db')], { DATABASE_PATH: join(dir, 'veille.db') }, io)).toBe(1);
    } finally {
      restoring.release();
    }
    expect(err[0]).toBe(`Backup failed: a restore is under way on ${join(dir, 'veille.db')} (pid ${process.pid}): back up once it has finished`);
    expect(existsSync(join(dir, 'copy.db'))).toBe(false);
  });
});

describe('restore', () => {
  it('restores a backup over a database that has not moved on since', async () => {
    const dir = workspace();
    const live = openDatabase(join(dir, 'veille.db'));
    for (let i = 1; i <= 5; i++) insertAlert(live, i, i);
    await backup(join(dir, 'veille.db'), join(dir, 'copy.db'));
    live.prepare('DELETE FROM events').run(); // damage the live one
    live.close();
    const { out, io } = capture();
    expect(await runBackupCommand('restore', [join(dir, 'copy.db')], { DATABASE_PATH: join(dir, 'veille.db') }, io)).toBe(0);
    expect(out[0]).toMatch(/^Restored .*copy\.db to .*veille\.db\. The database it replaced is kept as .*veille\.db\.before-restore-/);
    expect(out[1]).toBe('The next alert will be number 6. Start Veille again.');
    const restored = openDatabase(join(dir, 'veille.db'));
    expect(restored.prepare('SELECT COUNT(*) FROM events').pluck().get()).toBe(5);
    restored.close();
  });

  it('refuses while Veille runs on that database, and changes nothing', async () => {
    const dir = workspace();
    const live = openDatabase(join(dir, 'veille.db'));
    insertAlert(live, 1, 1);
    await backup(join(dir, 'veille.db'), join(dir, 'copy.db'));
    const running = acquireInstanceLock(join(dir, 'veille.db'));
    const { err, io } = capture();
    try {
      expect(await runBackupCommand('restore', [join(dir, 'copy.db')], { DATABASE_PATH: join(dir, 'veille.db') }, io)).toBe(1);
    } finally {
      running.release();
    }
    expect(err[0]).toMatch(new RegExp(`^Restore refused: .*veille\\.db is in use by another Veille \\(pid ${process.pid} on `));
    expect(readdirSync(dir).filter((f) => f.includes('before-restore'))).toEqual([]);
    live.close();
  });

  it('refuses an older backup over a newer database unless forced; forced, references continue past the highest ever issued', async () => {
    const dir = workspace();
    const path = join(dir, 'veille.db');
    const live = openDatabase(path);
    for (let i = 1; i <= 3; i++) insertAlert(live, i, i);
    await backup(path, join(dir, 'old.db'));
    for (let i = 4; i <= 7; i++) insertAlert(live, i, i); // acknowledged to reporters after the backup
    live.close();

    const refused = capture();
    expect(await runBackupCommand('restore', [join(dir, 'old.db')], { DATABASE_PATH: path }, refused.io)).toBe(1);
    expect(refused.err).toEqual([
      `Restore refused: ${path} is newer than this backup (alerts up to number 7, last change 1970-01-01 00:00 UTC): restoring would drop what was recorded since. Add --force to restore anyway; the current database is then kept beside it, and new references continue after the highest ever issued.`,
    ]);
    const unchanged = openDatabase(path);
    expect(unchanged.prepare('SELECT COUNT(*) FROM alerts').pluck().get()).toBe(7);
    unchanged.close();

    const forced = capture();
    expect(await runBackupCommand('restore', ['--force', join(dir, 'old.db')], { DATABASE_PATH: path }, forced.io)).toBe(0);
    expect(forced.out[1]).toBe('The next alert will be number 8. Start Veille again.');
    const restored = openDatabase(path);
    expect(restored.prepare('SELECT reference FROM alerts ORDER BY id').pluck().all()).toEqual(['A-1', 'A-2', 'A-3']);
    expect(insertAlertRow(restored, { draft, hostState: false, reportedBy: 'U1', at: 10, prefix: 'A', nextReminderAt: null }).reference).toBe('A-8');
    restored.close();
    // What the restore replaced is kept, not lost.
    const kept = readdirSync(dir).find((f) => f.startsWith('veille.db.before-restore-'))!;
    const old = openDatabase(join(dir, kept));
    expect(old.prepare('SELECT COUNT(*) FROM alerts').pluck().get()).toBe(7);
    old.close();
  });

  it('marks posts pending in the backup for a check against Slack before they go out again', async () => {
    const dir = workspace();
    const path = join(dir, 'veille.db');
    const live = openDatabase(path);
    insertAlert(live, 1, 1);
    const pending = enqueue(live, 1, 1, { kind: 'message', channel: 'C1', text: 'hello' });
    const sent = enqueue(live, 1, 1, { kind: 'message', channel: 'C2', text: 'done' });
    markSent(live, sent, 2);
    await backup(path, join(dir, 'copy.db'));
    live.close();
    const { out, io } = capture();
    expect(await runBackupCommand('restore', [join(dir, 'copy.db')], { DATABASE_PATH: path }, io)).toBe(0);
    expect(out[1]).toBe('The next alert will be number 2. 1 pending post(s) will be checked against Slack before they are sent. Start Veille again.');
    const restored = openDatabase(path);
    expect(restored.prepare('SELECT id, in_flight_at FROM outbox WHERE status = ?').all('pending')).toEqual([{ id: pending, in_flight_at: 1 }]);
    expect(highestAlertNumber(restored)).toBe(1);
    restored.close();
  });

  it('refuses a file that is not a sound database, leaving the live one as it was', async () => {
    const dir = workspace();
    const live = openDatabase(join(dir, 'veille.db'));
    insertAlert(live, 1);
    live.close();
    writeFileSync(join(dir, 'garbage.db'), 'this is not SQLite'.repeat(100));
    expect(() => restore(join(dir, 'garbage.db'), join(dir, 'veille.db'))).toThrow(/garbage\.db is not a sound Veille backup/);
    const still = openDatabase(join(dir, 'veille.db'));
    expect(still.prepare('SELECT reference FROM alerts').pluck().all()).toEqual(['A-1']);
    still.close();
    expect(existsSync(join(dir, 'veille.db.lock'))).toBe(false);
  });
});

describe('the backup and restore commands', () => {
  it('answer --help with their usage', async () => {
    for (const command of ['backup', 'restore'] as const) {
      const { out, io } = capture();
      expect(await runBackupCommand(command, ['--help'], {}, io)).toBe(0);
      expect(out[0]).toMatch(new RegExp(`^Usage: npm run ${command}`));
    }
  });

  it('refuse unknown options and stray arguments with a clear line', async () => {
    const unknown = capture();
    expect(await runBackupCommand('backup', ['--fast'], {}, unknown.io)).toBe(64);
    expect(unknown.err[0]).toMatch(/^Unknown option '--fast'/);
    const stray = capture();
    expect(await runBackupCommand('restore', ['a.db', 'b.db'], {}, stray.io)).toBe(64);
    expect(stray.err[0]).toMatch(/^Unexpected argument b\.db\./);
    const missing = capture();
    expect(await runBackupCommand('restore', [], {}, missing.io)).toBe(64);
    expect(missing.err[0]).toMatch(/^Which backup\? Give its file\./);
  });
});
