import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Another writer on the same SQLite file, in a worker thread: its locks are real file locks the
 * main thread meets, and it keeps running while the main thread is busy (as another process would).
 */
const betterSqlite = createRequire(import.meta.url).resolve('better-sqlite3');

function worker(body: string, data: unknown): Worker {
  return new Worker(`const { parentPort, workerData } = require('node:worker_threads'); const Database = require(${JSON.stringify(betterSqlite)}); ${body}`, { eval: true, workerData: data });
}

/** Holds the write lock (BEGIN IMMEDIATE) for `ms`, then commits. Resolves once the lock is held. */
export async function holdWriteLock(path: string, ms: number): Promise<{ released: Promise<void> }> {
  const w = worker(
    `const db = new Database(workerData.path); db.exec('BEGIN IMMEDIATE'); parentPort.postMessage('locked');
     Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.ms); db.exec('COMMIT'); db.close(); parentPort.postMessage('released');`,
    { path, ms },
  );
  const released = new Promise<void>((resolve, reject) => {
    w.on('message', (m) => m === 'released' && resolve());
    w.once('error', reject);
  });
  await new Promise<void>((resolve, reject) => {
    w.on('message', (m) => m === 'locked' && resolve());
    w.once('error', reject);
  });
  return { released };
}

/** Writes an event every few milliseconds until stopped; resolves with how many it wrote. */
export function steadyWriter(path: string): { stop(): Promise<number> } {
  const stopFlag = new Int32Array(new SharedArrayBuffer(4));
  const w = worker(
    `const db = new Database(workerData.path); db.pragma('busy_timeout = 5000'); let n = 0;
     const insert = db.prepare("INSERT INTO events (alert_id, at, actor, type) VALUES (NULL, ?, 'writer', 'tick')");
     while (Atomics.load(workerData.stop, 0) === 0) { insert.run(Date.now()); n++; Atomics.wait(workerData.stop, 0, 0, 2); }
     db.close(); parentPort.postMessage(n);`,
    { path, stop: stopFlag },
  );
  const written = new Promise<number>((resolve, reject) => {
    w.once('message', resolve);
    w.once('error', reject);
  });
  return {
    stop: () => {
      Atomics.store(stopFlag, 0, 1);
      Atomics.notify(stopFlag, 0);
      return written;
    },
  };
}
