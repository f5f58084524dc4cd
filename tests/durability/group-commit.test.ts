import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Count the fsyncs the barrier asks for (and hold each one until the test lets it finish).
const pending: Array<() => void> = [];
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    fsync: (fd: number, callback: (error: NodeJS.ErrnoException | null) => void) => {
      pending.push(() => fs.fsync(fd, callback));
    },
  };
});

const { openDatabase } = await import('../../src/store/db.js');
const { durable } = await import('../../src/store/durability.js');

let dir: string;
let db: ReturnType<typeof openDatabase>;
const write = () => db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'probe', 'now')").run(Math.floor(Math.random() * 1e9) + 1000);
const flush = async () => {
  while (pending.length > 0) pending.shift()!();
  await new Promise((resolve) => setTimeout(resolve, 20));
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'veille-group-commit-'));
  db = openDatabase(join(dir, 'veille.db'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('group commit', () => {
  it('answers at once when nothing was written since the last sync', async () => {
    await expect(durable(db)).resolves.toBeUndefined();
    expect(pending).toHaveLength(0);
  });

  it('holds an answer until the fsync covering its commit has returned', async () => {
    write();
    let answered = false;
    const waiting = durable(db).then(() => (answered = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered).toBe(false);
    expect(pending).toHaveLength(1);
    await flush();
    await waiting;
    expect(answered).toBe(true);
  });

  it('lets commits made together share one fsync, and those made during it share the next', async () => {
    write();
    const first = [durable(db), durable(db), durable(db)];
    expect(pending).toHaveLength(1); // three answers, one fsync running
    write(); // lands after that fsync began: it must wait for another
    const second = [durable(db), durable(db)];
    expect(pending).toHaveLength(1);
    await flush(); // the first fsync returns; the second starts for everyone who came meanwhile
    await Promise.all(first);
    expect(pending).toHaveLength(1);
    await flush();
    await Promise.all(second);
    expect(pending).toHaveLength(0);
  });

  it('costs nothing for an in-memory database', async () => {
    const memory = openDatabase(':memory:');
    memory.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'x', 'now')").run();
    await durable(memory);
    expect(pending).toHaveLength(0);
    memory.close();
  });
});
