import { dirname, resolve } from 'node:path';
import { openDatabase, type Db } from '../store/db.js';
import { databasesInUse, lockHolder } from '../store/instance-lock.js';
import type { CliIo } from './io.js';

/**
 * After a command wrote to a database (a token, a network member): says whether the running Veille
 * uses that file, so a change made to the wrong DATABASE_PATH does not pass for applied.
 */
function tellWhereWritten(databasePath: string, io: CliIo): void {
  const holder = lockHolder(databasePath);
  if (holder?.role === 'veille') {
    io.err(`Written to ${databasePath}, the database of the running Veille (pid ${holder.pid}): it applies now.`);
    return;
  }
  const elsewhere = databasesInUse(dirname(resolve(databasePath))).filter((d) => d !== resolve(databasePath));
  io.err(`Written to ${databasePath}. Warning: no Veille is running on this database${elsewhere.length ? `, but one is running on ${elsewhere.join(', ')}` : ''}. If Veille uses another DATABASE_PATH, run this command again with that DATABASE_PATH.`);
}

/**
 * Runs a command on `databasePath`, closing it whatever happens; when it changed something (exit 0,
 * not a listing), says whether the running Veille uses that file.
 */
export function runOnDatabase(databasePath: string, changes: boolean, io: CliIo, run: (db: Db) => number): number {
  const db = openDatabase(databasePath);
  let code: number;
  try {
    code = run(db);
  } finally {
    db.close();
  }
  if (code === 0 && changes) tellWhereWritten(databasePath, io);
  return code;
}
