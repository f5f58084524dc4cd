import type Database from 'better-sqlite3';

/**
 * Group commit at the transaction level: the transactions of one event-loop turn (the requests that
 * arrived together) share one SQLite COMMIT, made when the turn ends. Each request's work runs in its
 * own savepoint inside the batch, so one that fails rolls back alone and its caller hears at once, as
 * before. Why: a commit writes every page it touched to the WAL, two `pwrite`s a page, and a report
 * touches ~25 pages (the alert, its eight indexes, routes, event, outbox rows) — measured at ~0.2 ms
 * of the event loop per report; fifteen reports in a batch share most of those pages (the
 * rightmost leaves of the same tables and indexes), so the batch writes a fraction of them.
 *
 * Nobody is told about a write before its batch is committed and fsynced: `durable(db)` waits for
 * the open batch's COMMIT, then for the fsync that covers it. If the COMMIT fails (a full disk),
 * the whole batch is rolled back and every `durable(db)` waiting on it rejects: each request in it
 * answers "nothing was logged", none "logged".
 *
 * Only for file databases in `group` durability mode (db.ts); in-memory databases (tests) and the
 * `each`/`none` controls commit each transaction as SQLite does.
 */

/** A turn that opens this many transactions commits them and starts a new batch: a bound on what one failure can undo. */
const MAX_TRANSACTIONS = 200;

interface OpenBatch {
  transactions: number;
  committed: Promise<void>;
  settle: { resolve(): void; reject(error: unknown): void };
}

export class CommitBatches {
  private open: OpenBatch | null = null;
  // better-sqlite3 runs a transaction's function synchronously, and a transaction begun inside it is
  // nested (a savepoint in a savepoint): the batch never commits while one is running.
  private depth = 0;
  /** What the batches held so far (the benchmark prints it: the window is measured, not guessed). */
  readonly committed = { batches: 0, transactions: 0 };

  /**
   * `diskBusy`: the fsync running now, if any. While the disk is busy, the turn's batch stays open and keeps taking the
   * next turns' transactions: whatever it holds waits for the next fsync anyway, so committing it now would only cost
   * one more COMMIT (WAL pages written twice over) and `pwrite`s stalled behind the fsync of the same file. It commits
   * when the fsync ends, and the next fsync covers all of it.
   */
  constructor(
    private readonly db: Database.Database,
    private readonly diskBusy: () => Promise<unknown> | null = () => null,
  ) {}

  // The batch already waits for the running fsync to end before it commits.
  private waiting = false;

  /**
   * Called before a transaction starts: opens this turn's batch (BEGIN IMMEDIATE, which waits for
   * another process's lock up to busy_timeout and throws as before if it cannot have it), or joins
   * the one already open, where the transaction runs as a savepoint. True when this call opened it:
   * the first transaction of a batch runs at its top level, without a savepoint (a savepoint inside a
   * transaction keeps a copy of every page it changes, which made the reminder sweep 2.7× slower).
   */
  join(): boolean {
    if (this.open && this.open.transactions >= MAX_TRANSACTIONS && this.depth === 0) this.commit();
    if (this.db.inTransaction) {
      if (this.open) this.open.transactions++;
      return false;
    }
    this.db.exec('BEGIN IMMEDIATE');
    let settle!: OpenBatch['settle'];
    const committed = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
    // A failure reaches whoever waits through durable(); a batch nobody waited on must not end the process.
    committed.catch(() => undefined);
    this.open = { transactions: 1, committed, settle };
    setImmediate(() => this.commitWhenDiskFree());
    return true;
  }

  /** At the end of the turn: commits now, or once the running fsync ends (then the batch holds the turns in between). */
  private commitWhenDiskFree(): void {
    const busy = this.diskBusy();
    if (!busy || !this.open) return this.commit();
    if (this.waiting) return;
    this.waiting = true;
    const after = () => {
      this.waiting = false;
      this.commitWhenDiskFree();
    };
    busy.then(after, after);
  }

  /** The transaction that opened the batch failed: the batch, which holds only its work, is rolled back. */
  abandon(): void {
    const batch = this.open;
    this.open = null;
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
    batch?.settle.resolve();
  }

  /** The open batch's COMMIT, once it is made; null when no batch is open. */
  get pending(): Promise<void> | null {
    return this.open?.committed ?? null;
  }

  /** Commits the open batch now (at the end of the turn, before closing, or when it is full). */
  commit(): void {
    const batch = this.open;
    if (!batch) return;
    this.open = null;
    try {
      this.db.exec('COMMIT');
      this.committed.batches++;
      this.committed.transactions += batch.transactions;
      batch.settle.resolve();
    } catch (error) {
      // SQLite leaves the transaction open after some failed COMMITs (SQLITE_FULL, I/O errors): end it.
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      batch.settle.reject(error);
    }
  }

  /** Commits the open batch unless a transaction's work is running (then it is part of the batch). */
  commitUnlessInside(): void {
    if (this.depth === 0) this.commit();
  }

  /** Runs a transaction (after `join`), counting how deep in savepoints the batch is. */
  within<T>(work: () => T): T {
    this.depth++;
    try {
      return work();
    } finally {
      this.depth--;
    }
  }
}
