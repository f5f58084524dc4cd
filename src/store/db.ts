import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { attachDurability, commitBatchOf, synchronousPragma, type DurabilityMode } from './durability.js';

export type Db = Database.Database;

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * Opens (creating if needed) the SQLite file in WAL mode and applies pending numbered migrations.
 * Commits reach the disk through `durable(db)` before anyone is told (see durability.ts).
 */
export function openDatabase(path: string, options: { durability?: DurabilityMode } = {}): Db {
  const mode = options.durability ?? 'group';
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma(synchronousPragma(mode));
  db.pragma(`wal_autocheckpoint = ${CHECKPOINT_PAGES}`);
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // A transaction joining the turn's batch runs as a savepoint, which keeps a copy of every page it
  // changes until it ends (to roll back alone). Past 64 KiB, a report's ~20 pages, SQLite spilled
  // those copies to a temporary file: ~40 writes to /var/tmp per report, measured with strace. In memory
  // they cost a copy each. Only rollback uses them; what reaches the disk (the WAL) is unchanged.
  db.pragma('temp_store = MEMORY');
  beginImmediately(db);
  migrate(db);
  attachDurability(db, path, mode);
  return db;
}

/**
 * SQLite copies the WAL back into the database (a checkpoint, on the committing request's turn) once
 * it holds this many pages. Each checkpoint costs two fsyncs whatever its size, and a report writes
 * about 19 pages: measured on the 2-core machine, every 1,000 pages (SQLite's default) took ~14 ms
 * each, 0.5 ms per report; every ~9,000 pages ~45 ms each, 0.14 ms per report. A WAL of up to
 * ~40 MB is the price; durability does not change (the WAL is fsynced before anyone is told).
 */
const CHECKPOINT_PAGES = 10_000;

/** How long a write waits for another process's write lock (a backup, the token command) before failing. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * Every `db.transaction(fn)()` begins IMMEDIATE: it takes the write lock at BEGIN, where SQLite
 * waits up to busy_timeout for it. A deferred transaction would read first and then fail at once
 * (SQLITE_BUSY, no waiting) on its first write if another process held the lock meanwhile — a report
 * refused for a lock held a second. Nested calls still become savepoints.
 */
function beginImmediately(db: Db): void {
  // One better-sqlite3 transaction for the connection, handed the work each time: its
  // db.transaction(fn) builds four wrapped versions of fn and their properties on every call, which
  // cost more than the statements of a small transaction (measured in the sweep: ~5 % of its time).
  const run = db.transaction((fn: (...args: never[]) => unknown, args: never[]) => fn(...args));
  // With group commit on (durability.ts), a transaction joins the turn's batch and runs as a savepoint in
  // it; the one that opens the batch runs directly in it, and failing, rolls it back (only its own work).
  const within = <T>(begin: () => T, direct: () => T): T => {
    const batch = commitBatchOf(db);
    if (!batch) return begin();
    if (!batch.join()) return batch.within(begin);
    try {
      return batch.within(direct);
    } catch (error) {
      batch.abandon();
      throw error;
    }
  };
  db.transaction = ((fn: (...args: never[]) => unknown) => {
    const immediate = (...args: never[]) => within(() => run.immediate(fn, args), () => fn(...args));
    return Object.assign(immediate, {
      default: immediate,
      deferred: (...args: never[]) => within(() => run.deferred(fn, args), () => fn(...args)),
      immediate,
      exclusive: (...args: never[]) => within(() => run.exclusive(fn, args), () => fn(...args)),
      database: db,
    });
  }) as unknown as Db['transaction'];
}

const runners = new WeakMap<Db, (work: () => unknown) => unknown>();

/**
 * Runs `work` in a transaction begun IMMEDIATE, or in a savepoint when one is already open, like
 * `db.transaction(work)()` but without building a transaction function per call: for hot loops
 * (the reminder sweep's savepoint per due alert).
 */
export function inTransaction<T>(db: Db, work: () => T): T {
  let run = runners.get(db);
  if (!run) runners.set(db, (run = db.transaction((w: () => unknown) => w())));
  return run(work) as T;
}

/**
 * Runs `fn` without waiting for a lock held by another process: it throws SQLITE_BUSY at once
 * instead. For the outbox sender, which must leave the event loop free and can try again later.
 */
function withoutWaiting<T>(db: Db, fn: () => T): T {
  // Prepared once per connection (db.pragma prepares on every call: three of them cost more than the
  // write itself, several times per report); the timeout set at open is the one restored.
  statement(db, 'PRAGMA busy_timeout = 0').run();
  try {
    return fn();
  } finally {
    statement(db, `PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`).run();
  }
}

/**
 * A write that must not freeze the process while another process holds the lock (the outbox
 * sender's bookkeeping): tried without waiting, then again after short asynchronous pauses,
 * for up to `withinMs`; still busy after that, the SQLITE_BUSY error is thrown.
 */
export async function writeWhenFree<T>(db: Db, fn: () => T, withinMs = 30_000): Promise<T> {
  const deadline = performance.now() + withinMs;
  for (let pause = 10; ; pause = Math.min(pause * 2, 1000)) {
    try {
      return withoutWaiting(db, fn);
    } catch (error) {
      if (!isBusy(error) || performance.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/**
 * The highest alert number ever issued here: the alerts' own, or the floor a restore carried over
 * from the database it replaced. The next alert takes the one after it, so a reference already
 * handed to a reporter is never handed out again.
 */
export function highestAlertNumber(db: Db): number {
  return statement(db, "SELECT MAX(COALESCE((SELECT MAX(id) FROM alerts), 0), COALESCE((SELECT value FROM veille_meta WHERE key = 'highest_alert_id'), 0))").pluck().get() as number;
}

export function raiseAlertNumberFloor(db: Db, atLeast: number): void {
  statement(db, "INSERT INTO veille_meta (key, value) VALUES ('highest_alert_id', ?) ON CONFLICT (key) DO UPDATE SET value = MAX(value, excluded.value)").run(atLeast);
}

export function migrate(db: Db): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d+_.+\.sql$/.test(f))
    .sort();
  for (const file of files) {
    const version = Number(file.split('_')[0]);
    if (applied.has(version)) continue;
    const sql = readFileSync(join(MIGRATIONS_DIR, file), 'utf8');
    // A table rebuild (SQLite's way to change a constraint) runs with foreign keys off, then checks them.
    const rebuild = sql.startsWith('-- foreign_keys: off');
    if (rebuild) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        db.exec(sql);
        if (rebuild && (db.pragma('foreign_key_check') as unknown[]).length > 0) throw new Error(`Migration ${file} broke a foreign key; nothing was changed.`);
        db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(version, file, new Date().toISOString());
      })();
    } finally {
      if (rebuild) db.pragma('foreign_keys = ON');
    }
  }
}

const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/** A prepared statement, prepared once per connection: preparing costs more than running a small query. */
export function statement(db: Db, sql: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let prepared = cache.get(sql);
  if (!prepared) cache.set(sql, (prepared = db.prepare(sql)));
  return prepared;
}
