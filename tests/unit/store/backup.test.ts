import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backup, restore } from '../../../src/cli/backup.js';
import { openDatabase } from '../../../src/store/db.js';

function insertAlert(db: ReturnType<typeof openDatabase>, id: number) {
  db.prepare(
    `INSERT INTO alerts (id, reference, created_at, updated_at, reported_by, reported_via, category, priority, sensitivity, description)
     VALUES (?, ?, 0, 0, 'U1', 'quick_report', 'other', 'low', 'standard', 'text')`,
  ).run(id, `A-${id}`);
}

describe('backup and restore', () => {
  it('copies a database that is open and being written, and restores it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'veille-backup-'));
    const live = openDatabase(join(dir, 'veille.db'));
    for (let i = 1; i <= 500; i++) insertAlert(live, i);
    const copy = join(dir, 'backups', 'copy.db');
    const { pages } = await backup(join(dir, 'veille.db'), copy);
    expect(pages).toBeGreaterThan(0);
    insertAlert(live, 501); // written after the backup: not in it
    live.close();

    restore(copy, join(dir, 'veille.db'));
    const restored = openDatabase(join(dir, 'veille.db'));
    expect(restored.prepare('SELECT COUNT(*) FROM alerts').pluck().get()).toBe(500);
    restored.close();
  });

  it('refuses to restore a file that is not a sound database, leaving the live one as it was', () => {
    const dir = mkdtempSync(join(tmpdir(), 'veille-backup-'));
    const live = openDatabase(join(dir, 'veille.db'));
    insertAlert(live, 1);
    live.close();
    writeFileSync(join(dir, 'garbage.db'), 'this is not SQLite'.repeat(100));
    expect(() => restore(join(dir, 'garbage.db'), join(dir, 'veille.db'))).toThrow();
    const still = openDatabase(join(dir, 'veille.db'));
    expect(still.prepare('SELECT reference FROM alerts').pluck().all()).toEqual(['A-1']);
    still.close();
  });
});
