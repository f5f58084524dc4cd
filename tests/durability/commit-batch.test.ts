import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/store/db.js';
import { CommitBatches } from '../../src/store/commit-batch.js';
import { durable } from '../../src/store/durability.js';

// Group commit at the transaction level (src/store/commit-batch.ts): the transactions of one
// event-loop turn share one COMMIT; nobody is told before it is committed and fsynced.

let dir: string;
let db: Db;
let other: Database.Database; // another process's view of the file: it sees only what is committed
const path = () => join(dir, 'veille.db');
const note = (key: string) => db.transaction(() => db.prepare("INSERT INTO veille_meta (key, value) VALUES (?, 'x')").run(key))();
const seen = () => other.prepare("SELECT key FROM veille_meta WHERE key LIKE 'k%' ORDER BY key").pluck().all();
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'veille-commit-batch-'));
  db = openDatabase(path());
  other = new Database(path(), { readonly: true });
});
afterEach(() => {
  other.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('transactions of one turn share one commit', () => {
  it('nothing is visible outside before the turn ends; after durable() everything the turn wrote is', async () => {
    note('k1');
    note('k2');
    expect(seen()).toEqual([]);
    await durable(db);
    expect(seen()).toEqual(['k1', 'k2']);
  });

  it('a transaction that fails rolls back alone, its caller hears at once, the others are committed', async () => {
    note('k1');
    expect(() =>
      db.transaction(() => {
        db.prepare("INSERT INTO veille_meta (key, value) VALUES ('k2', 'x')").run();
        throw new Error('refused');
      })(),
    ).toThrow('refused');
    note('k3');
    await durable(db);
    expect(seen()).toEqual(['k1', 'k3']);
  });

  it('the transaction that opens a turn\'s batch runs without a savepoint; failing, it takes only itself back', async () => {
    expect(() =>
      db.transaction(() => {
        db.prepare("INSERT INTO veille_meta (key, value) VALUES ('k1', 'x')").run();
        throw new Error('refused');
      })(),
    ).toThrow('refused');
    note('k2');
    await durable(db);
    expect(seen()).toEqual(['k2']);
  });

  it('a commit the disk refuses rolls the batch back, and every durable() waiting on it rejects: nobody is told "logged"', async () => {
    note('k1');
    // A foreign key checked only at COMMIT stands in for a full disk refusing it.
    db.transaction(() => {
      db.pragma('defer_foreign_keys = ON');
      db.prepare("INSERT INTO events (alert_id, at, actor, type, data) VALUES (999999, 0, 'U1', 'logged', '{}')").run();
    })();
    const answers = await Promise.allSettled([durable(db), durable(db)]);
    expect(answers.map((a) => a.status)).toEqual(['rejected', 'rejected']);
    expect(String((answers[0] as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY/);
    expect(seen()).toEqual([]);
    // The next turn starts clean.
    note('k2');
    await durable(db);
    expect(seen()).toEqual(['k2']);
  });

  it('writes far fewer pages to the WAL than one commit per transaction (what it is for)', async () => {
    const walPages = () => (statSync(`${path()}-wal`).size - 32) / (4096 + 24);
    const report = (i: number) =>
      db.transaction(() => {
        db.prepare("INSERT INTO alerts (reference, created_at, updated_at, reported_by, reported_via, description, category, priority, sensitivity) VALUES (?, 0, 0, 'U1', 'quick_report', 'x', 'other', 'low', 'standard')").run(`T-${i}`);
        db.prepare("INSERT INTO events (alert_id, at, actor, type, data) VALUES (last_insert_rowid(), 0, 'U1', 'logged', '{}')").run();
      })();
    const before = walPages();
    for (let i = 0; i < 20; i++) {
      report(i);
      await nextTurn(); // one report a turn: twenty commits
    }
    const separate = walPages() - before;
    for (let i = 20; i < 40; i++) report(i); // twenty reports in one turn: one commit
    await durable(db);
    const together = walPages() - before - separate;
    expect(together).toBeGreaterThan(0);
    expect(together * 5).toBeLessThan(separate);
  });

  it('closing commits a batch still open rather than rolling it back', () => {
    note('k1');
    db.close();
    expect(seen()).toEqual(['k1']);
    db = openDatabase(path()); // for afterEach
  });
});

describe('pragmas', () => {
  it('a pragma commits the turn first: one that cannot run in a transaction works, and sees what came before', () => {
    note('k1');
    expect(() => db.pragma('wal_checkpoint(TRUNCATE)')).not.toThrow();
    expect(seen()).toEqual(['k1']);
  });
});

describe('while an fsync runs, the batch waits for it', () => {
  it('stays open across turns, takes their transactions, and commits once when the fsync ends', async () => {
    const file = join(dir, 'raw.db');
    const raw = new Database(file);
    raw.pragma('journal_mode = WAL');
    raw.exec('CREATE TABLE notes (key TEXT)');
    const outside = new Database(file, { readonly: true });
    const written = () => outside.prepare('SELECT key FROM notes ORDER BY key').pluck().all();
    let fsyncEnds!: () => void;
    let disk: Promise<void> | null = new Promise<void>((resolve) => (fsyncEnds = resolve));
    const batches = new CommitBatches(raw, () => disk);
    try {
      expect(batches.join()).toBe(true);
      raw.prepare("INSERT INTO notes VALUES ('k1')").run();
      await nextTurn();
      await nextTurn();
      expect(written()).toEqual([]); // the turn ended during the fsync: not committed yet
      expect(batches.join()).toBe(false); // the next turn's transaction joins the same batch
      raw.prepare("INSERT INTO notes VALUES ('k2')").run();
      const committed = batches.pending;
      fsyncEnds();
      disk = null;
      await committed;
      expect(written()).toEqual(['k1', 'k2']);
      expect(batches.committed).toEqual({ batches: 1, transactions: 2 });
    } finally {
      outside.close();
      raw.close();
    }
  });

  it('commits at the end of the turn when the disk is idle', async () => {
    const file = join(dir, 'idle.db');
    const raw = new Database(file);
    raw.pragma('journal_mode = WAL');
    raw.exec('CREATE TABLE notes (key TEXT)');
    const batches = new CommitBatches(raw, () => null);
    try {
      batches.join();
      raw.prepare("INSERT INTO notes VALUES ('k1')").run();
      await nextTurn();
      await nextTurn();
      expect(raw.inTransaction).toBe(false);
      expect(batches.committed).toEqual({ batches: 1, transactions: 1 });
    } finally {
      raw.close();
    }
  });
});
