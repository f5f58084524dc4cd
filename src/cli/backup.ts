import Database from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run backup [-- <file>]`: a consistent online copy of the database with SQLite's backup API,
 * safe while Veille runs (it copies pages under SQLite's own locking, WAL included).
 * `npm run restore -- <file>`: puts a backup back; Veille must be stopped.
 */

export async function backup(databasePath: string, target: string, onProgress?: (done: number, total: number) => void): Promise<{ pages: number }> {
  if (!existsSync(databasePath)) throw new Error(`no database at ${databasePath}`);
  mkdirSync(dirname(target), { recursive: true });
  const source = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    let pages = 0;
    await source.backup(target, {
      progress: ({ totalPages, remainingPages }) => {
        pages = totalPages;
        onProgress?.(totalPages - remainingPages, totalPages);
        return 256; // pages per step: small steps keep the running app responsive
      },
    });
    check(target);
    return { pages };
  } finally {
    source.close();
  }
}

export function restore(backupPath: string, databasePath: string): void {
  check(backupPath);
  const staging = `${databasePath}.restoring`;
  rmSync(staging, { force: true });
  const source = new Database(backupPath, { readonly: true, fileMustExist: true });
  try {
    source.exec(`VACUUM INTO '${staging.replace(/'/g, "''")}'`);
  } finally {
    source.close();
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${databasePath}${suffix}`, { force: true });
  renameSync(staging, databasePath);
}

/** A backup that fails SQLite's integrity check is no backup. */
function check(path: string): void {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`${path} fails the integrity check: ${String(result)}`);
    db.prepare('SELECT COUNT(*) FROM alerts').get();
  } finally {
    db.close();
  }
}

function stamp(date = new Date()): string {
  return date.toISOString().replace(/[:.]/g, '-').slice(0, 19);
}

async function main(): Promise<void> {
  const [command, file] = process.argv.slice(2);
  const databasePath = process.env.DATABASE_PATH || 'data/veille.db';
  try {
    if (command === 'backup') {
      const target = file ?? join('data', 'backups', `veille-${stamp()}.db`);
      const { pages } = await backup(databasePath, target, (done, total) => process.stderr.write(`\rcopying ${done}/${total} pages`));
      process.stderr.write('\n');
      console.log(`Backed up ${databasePath} to ${target} (${pages} pages, integrity ok)`);
    } else if (command === 'restore' && file) {
      restore(file, databasePath);
      console.log(`Restored ${file} to ${databasePath}. Start Veille again.`);
    } else {
      console.error('Usage: npm run backup [-- <file>]   |   npm run restore -- <backup file>   (DATABASE_PATH picks the database)');
      process.exit(64);
    }
  } catch (error) {
    console.error(`${command ?? 'backup'} failed: ${(error as Error).message}`);
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
