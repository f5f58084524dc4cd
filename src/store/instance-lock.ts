import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * One Veille per database: a lock file beside DATABASE_PATH (`<database>.lock`) holding the pid of
 * the process that uses it. Two processes on one file would both send the outbox and both number
 * alerts. A lock left by a process that died (kill -9, a power cut) is found stale and taken over.
 */
export interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
  /** What holds it: 'veille' (the app) or a command ('restore'). */
  role: string;
  /** The machine's boot it was taken in (Linux), to tell a reused pid after a reboot. */
  boot?: string;
}

export interface InstanceLock {
  path: string;
  release(): void;
}

export class DatabaseInUseError extends Error {
  constructor(
    readonly databasePath: string,
    readonly holder: LockHolder,
  ) {
    const what = holder.role === 'veille' ? 'another Veille' : `npm run ${holder.role}`;
    super(`${databasePath} is in use by ${what} (pid ${holder.pid} on ${holder.host}, since ${holder.startedAt}); stop it first, or point DATABASE_PATH at another file`);
    this.name = 'DatabaseInUseError';
  }
}

export function lockPathOf(databasePath: string): string {
  return `${resolve(databasePath)}.lock`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}

/**
 * This boot of the machine (Linux's boot_id; none elsewhere). A lock written during an earlier boot
 * (a generator cut, then a restart) is stale even if its pid now belongs to some other process: pids
 * are reused after a reboot. No clock is involved, so a clock fixed after boot changes nothing.
 */
function bootId(): string | undefined {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

function fromEarlierBoot(holder: LockHolder): boolean {
  const now = bootId();
  return holder.boot !== undefined && now !== undefined && holder.boot !== now;
}

/**
 * Who holds the database now, or null. A lock written on another host (a shared disk) cannot be
 * checked from here and counts as held; one from a dead pid on this host does not.
 */
export function lockHolder(databasePath: string): LockHolder | null {
  if (databasePath === ':memory:') return null;
  let holder: LockHolder;
  try {
    holder = JSON.parse(readFileSync(lockPathOf(databasePath), 'utf8')) as LockHolder;
  } catch {
    return null; // no lock, or a half-written one from a crash at that very moment
  }
  if (typeof holder.pid !== 'number') return null;
  if (holder.host === hostname() && (!alive(holder.pid) || fromEarlierBoot(holder))) return null;
  return holder;
}

/** Takes the lock or throws DatabaseInUseError naming the holder. Released on `release()` and at exit. */
export function acquireInstanceLock(databasePath: string, role = 'veille'): InstanceLock {
  const path = lockPathOf(databasePath);
  if (databasePath === ':memory:') return { path, release: () => {} };
  const boot = bootId();
  const me: LockHolder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), role, ...(boot ? { boot } : {}) };
  mkdirSync(dirname(path), { recursive: true }); // a first start: the database's folder may not exist yet
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx'); // fails if the file exists: the create is the lock
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        // Only our own lock: never delete one another process took over.
        if (lockHolderRaw(path)?.pid === process.pid) rmSync(path, { force: true });
      };
      process.on('exit', release);
      return { path, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = lockHolder(databasePath);
      if (holder) throw new DatabaseInUseError(databasePath, holder);
      rmSync(path, { force: true }); // stale: its process is gone
    }
  }
  throw new Error(`could not take the lock ${path}`);
}

function lockHolderRaw(path: string): LockHolder | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockHolder;
  } catch {
    return null;
  }
}

/** Databases in `dir` that a live Veille holds now (from their lock files), for "did you mean…". */
export function databasesInUse(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.lock'))
    .map((name) => join(dir, name.slice(0, -'.lock'.length)))
    .filter((database) => lockHolder(database)?.role === 'veille');
}
