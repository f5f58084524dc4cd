import Database from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { highestAlertNumber, openDatabase, raiseAlertNumberFloor } from './db.js';
import { acquireInstanceLock, lockHolder } from './instance-lock.js';

/**
 * Backups and restores of the SQLite file.
 *
 * A backup is `VACUUM INTO`: one read transaction, a consistent snapshot that never restarts however
 * fast Veille writes meanwhile (SQLite's page-by-page backup API starts over at every write). The
 * copy is a single file in rollback-journal mode: no `-wal`/`-shm` beside it.
 *
 * A restore refuses while Veille (or another restore) holds the database, refuses to put an older
 * backup over a newer database unless forced, keeps the database it replaces beside it, and carries
 * over the highest reference ever issued so references are never handed out twice.
 */

export interface BackupResult {
  pages: number;
}

export async function backup(databasePath: string, target: string): Promise<BackupResult> {
  if (!existsSync(databasePath)) throw new Error(`no database at ${databasePath}`);
  if (existsSync(target)) throw new Error(`${target} already exists: choose another file name`);
  const holder = lockHolder(databasePath);
  if (holder?.role === 'restore') throw new Error(`a restore is under way on ${databasePath} (pid ${holder.pid}): back up once it has finished`);
  mkdirSync(dirname(target), { recursive: true });
  const source = new Database(databasePath, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    source.prepare('VACUUM INTO ?').run(target);
  } catch (error) {
    rmSync(target, { force: true });
    throw error;
  } finally {
    source.close();
  }
  return { pages: settle(target) };
}

/** Checks a copy and leaves it a single self-contained file (journal mode DELETE); returns its page count. */
function settle(path: string): number {
  const db = new Database(path, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`${path} fails the integrity check: ${String(result)}`);
    db.prepare('SELECT COUNT(*) FROM alerts').get();
    return db.pragma('page_count', { simple: true }) as number;
  } finally {
    db.close();
  }
}

export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefused';
  }
}

interface Freshness {
  latestEventAt: number | null;
  highestAlert: number;
}

function freshness(path: string): Freshness {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const has = (table: string) => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
    const latestEventAt = has('events') ? (db.prepare('SELECT MAX(at) FROM events').pluck().get() as number | null) : null;
    const alerts = has('alerts') ? ((db.prepare('SELECT MAX(id) FROM alerts').pluck().get() as number | null) ?? 0) : 0;
    const floor = has('veille_meta') ? ((db.prepare("SELECT value FROM veille_meta WHERE key = 'highest_alert_id'").pluck().get() as number | undefined) ?? 0) : 0;
    return { latestEventAt, highestAlert: Math.max(alerts, floor) };
  } finally {
    db.close();
  }
}

export interface RestoreResult {
  /** Where the replaced database was kept, or null when there was none. */
  keptAs: string | null;
  /** The highest alert number issued: the next alert is one more. */
  highestAlert: number;
  /** Posts that were pending in the backup: each is checked against Slack before it is sent. */
  postsToCheck: number;
}

const stamp = (date = new Date()) => date.toISOString().replace(/[:.]/g, '-').slice(0, 19);

export function restore(backupPath: string, databasePath: string, options: { force?: boolean } = {}): RestoreResult {
  if (!existsSync(backupPath)) throw new RestoreRefused(`no backup at ${backupPath}`);
  checkSound(backupPath);
  // Holding the lock keeps Veille from starting half-way through, and refuses while it runs.
  const lock = acquireInstanceLock(databasePath, 'restore');
  try {
    const current = existsSync(databasePath) ? freshness(databasePath) : null;
    const incoming = freshness(backupPath);
    if (current && !options.force) {
      const newerEvents = current.latestEventAt !== null && (incoming.latestEventAt === null || current.latestEventAt > incoming.latestEventAt);
      if (newerEvents || current.highestAlert > incoming.highestAlert) {
        const latest = current.latestEventAt === null ? '' : `, last change ${new Date(current.latestEventAt).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
        throw new RestoreRefused(
          `${databasePath} is newer than this backup (alerts up to number ${current.highestAlert}${latest}): restoring would drop what was recorded since. ` +
            'Add --force to restore anyway; the current database is then kept beside it, and new references continue after the highest ever issued.',
        );
      }
    }
    const staging = `${databasePath}.restoring`;
    rmSync(staging, { force: true });
    const source = new Database(backupPath, { readonly: true, fileMustExist: true });
    try {
      source.prepare('VACUUM INTO ?').run(staging);
    } finally {
      source.close();
    }
    let postsToCheck = 0;
    let highestAlert = 0;
    const db = openDatabase(staging); // brings an older backup's schema up to date
    try {
      db.transaction(() => {
        raiseAlertNumberFloor(db, Math.max(current?.highestAlert ?? 0, incoming.highestAlert));
        // A post pending in the backup may have gone out after it was taken: marked in flight, the
        // sender looks for it in Slack before posting, so it is not posted twice.
        postsToCheck = db.prepare("UPDATE outbox SET in_flight_at = COALESCE(in_flight_at, created_at), claimed_until = NULL WHERE status = 'pending'").run().changes;
      })();
      highestAlert = highestAlertNumber(db);
      db.pragma('journal_mode = DELETE');
    } finally {
      db.close();
    }
    let keptAs: string | null = null;
    if (current) {
      keptAs = `${databasePath}.before-restore-${stamp()}`;
      foldWal(databasePath);
      renameSync(databasePath, keptAs);
    }
    for (const suffix of ['-wal', '-shm']) rmSync(`${databasePath}${suffix}`, { force: true });
    renameSync(staging, databasePath);
    return { keptAs, highestAlert, postsToCheck };
  } finally {
    lock.release();
  }
}

/** Writes the WAL back into the main file, so the file alone is the whole database. */
function foldWal(path: string): void {
  const db = new Database(path, { fileMustExist: true });
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/** A backup that fails SQLite's integrity check is no backup. */
function checkSound(path: string): void {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(String(result));
    db.prepare('SELECT COUNT(*) FROM alerts').get();
  } catch (error) {
    throw new RestoreRefused(`${path} is not a sound Veille backup (${(error as Error).message})`);
  } finally {
    db?.close();
  }
}
