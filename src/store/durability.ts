import { closeSync, fsync, fsyncSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import { CommitBatches } from './commit-batch.js';

/**
 * How a commit reaches stable storage before anyone is told about it ("logged" means on disk).
 *
 * - `group` (the default): the transactions of one event-loop turn share one COMMIT (commit-batch.ts);
 *   SQLite commits in WAL mode with `synchronous = NORMAL` (no fsync of its own per commit), and
 *   `durable(db)` fsyncs the WAL file once for every commit made before it: requests that commit while
 *   an fsync is running share the next one (group commit). The fsync runs on libuv's thread pool, so
 *   the event loop keeps taking requests while the disk works.
 * - `each`: `synchronous = FULL`; SQLite fsyncs the WAL inside every COMMIT, on the event loop.
 *   Durable, one fsync per transaction: the comparison point for the benchmark.
 * - `none`: `synchronous = NORMAL` and no barrier: a commit may be lost on power loss. Only for the
 *   benchmark's and the ordering test's controls; never used by `npm start`.
 */
export type DurabilityMode = 'group' | 'each' | 'none';

interface Barrier {
  sync(): Promise<void>;
  close(): void;
}

const barriers = new WeakMap<Database.Database, Barrier>();
const batches = new WeakMap<Database.Database, CommitBatches>();

/** Commits the turn's batch now, for synchronous code that measures what a commit costs (the benchmarks). */
export function commitNow(db: Database.Database): void {
  batches.get(db)?.commit();
}

/** The connection's commit batches when group commit is on (db.ts's transactions join them). */
export function commitBatchOf(db: Database.Database): CommitBatches | undefined {
  return batches.get(db);
}

/** The pragma SQLite needs for the mode; `group` and `none` leave syncing to us. */
export function synchronousPragma(mode: DurabilityMode): string {
  return mode === 'each' ? 'synchronous = FULL' : 'synchronous = NORMAL';
}

/**
 * Resolves once every commit this connection made before the call is on stable storage. Call it
 * after the transaction and before the answer leaves (acknowledgement, API response, Slack post).
 * Costs nothing when nothing was written since the last sync, and for in-memory databases.
 */
export function durable(db: Database.Database): Promise<void> {
  // A batch still open holds writes not yet committed: first its COMMIT, then the fsync covering it.
  const open = batches.get(db)?.pending;
  if (open) return open.then(() => durable(db));
  return barriers.get(db)?.sync() ?? Promise.resolve();
}

/** Sets up group commit for a file database already in WAL mode. */
export function attachDurability(db: Database.Database, path: string, mode: DurabilityMode): void {
  if (path === ':memory:' || mode !== 'group') return;
  const walPath = `${path}-wal`;
  // The WAL file exists once WAL mode is on; make its directory entry durable once, here.
  const dir = openSync(dirname(walPath), 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
  const barrier = new WalBarrier(db, openSync(walPath, 'r'));
  barriers.set(db, barrier);
  const batch = new CommitBatches(db, () => barrier.busy());
  batches.set(db, batch);
  // Our descriptor on the WAL goes when the database does (a held file keeps a disk busy); a batch
  // still open is committed first (closing would roll it back).
  // A pragma may not run inside a transaction (journal_mode, wal_checkpoint) or expects what came
  // before it to be committed (query_only, integrity_check): the turn's batch is committed first,
  // unless a transaction's own work is running the pragma (defer_foreign_keys).
  const pragma = db.pragma.bind(db);
  db.pragma = ((source: string, options?: Database.PragmaOptions) => {
    batch.commitUnlessInside();
    return pragma(source, options);
  }) as typeof db.pragma;
  const close = db.close.bind(db);
  db.close = () => {
    batch.commit();
    batches.delete(db);
    barriers.delete(db);
    barrier.close();
    return close();
  };
}

/**
 * One fsync at a time. A caller whose commit is already covered by a finished fsync returns at once;
 * one whose commit may have landed after the running fsync began waits for the next, which serves
 * everyone who arrived meanwhile. `total_changes()` (rows changed by this connection since it opened)
 * tells which commits an fsync covers: SQLite writes a commit's frames to the WAL before returning.
 */
class WalBarrier implements Barrier {
  private synced: number;
  private running: { covers: number; done: Promise<void> } | null = null;
  private queued: Promise<void> | null = null;
  private wanted = 0;
  private readonly changes: () => number;

  constructor(
    db: Database.Database,
    private readonly fd: number,
  ) {
    const statement = db.prepare('SELECT total_changes()').pluck();
    this.changes = () => statement.get() as number;
    fsyncSync(fd); // what the migrations wrote
    this.synced = this.changes();
  }

  // Called only when no commit batch is open (durable() waits for it first): every change counted
  // by total_changes() then is committed, and what a caller asks to cover is exactly that.
  sync(): Promise<void> {
    const now = this.changes();
    if (now <= this.synced) return Promise.resolve();
    if (this.running && this.running.covers >= now) return this.running.done;
    if (!this.running) return this.start(now);
    this.wanted = Math.max(this.wanted, now);
    return (this.queued ??= this.running.done.then(
      () => this.next(),
      () => this.next(),
    ));
  }

  close(): void {
    closeSync(this.fd);
  }

  /** The fsync running now, if any (the commit batch waits for it before committing). */
  busy(): Promise<void> | null {
    return this.running?.done ?? null;
  }

  private next(): Promise<void> {
    this.queued = null;
    // What the callers who queued asked for, not total_changes() now: a batch opened meanwhile holds
    // changes not yet committed, which this fsync must not be counted as covering.
    return this.start(this.wanted);
  }

  private start(covers: number): Promise<void> {
    const done = new Promise<void>((resolve, reject) => fsync(this.fd, (error) => (error ? reject(error) : resolve()))).then(
      () => {
        this.synced = Math.max(this.synced, covers);
        this.running = null;
      },
      (error: unknown) => {
        this.running = null;
        throw error;
      },
    );
    this.running = { covers, done };
    return done;
  }
}
