import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireInstanceLock, DatabaseInUseError, lockHolder, lockPathOf } from '../../../src/store/instance-lock.js';

const fresh = () => join(mkdtempSync(join(tmpdir(), 'veille-lock-')), 'veille.db');

/** A pid that surely belongs to no running process: a child that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

describe('one Veille per database', () => {
  it('refuses a second holder with a line naming the first, and lets go on release', () => {
    const path = fresh();
    const first = acquireInstanceLock(path);
    let refusal: unknown;
    try {
      acquireInstanceLock(path);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DatabaseInUseError);
    expect((refusal as Error).message).toBe(
      `${path} is in use by another Veille (pid ${process.pid} on ${hostname()}, since ${JSON.parse(readFileSync(lockPathOf(path), 'utf8')).startedAt}); stop it first, or point DATABASE_PATH at another file`,
    );
    first.release();
    expect(existsSync(lockPathOf(path))).toBe(false);
    acquireInstanceLock(path).release();
  });

  it('takes over a lock left by a process that died', async () => {
    const path = fresh();
    const pid = await deadPid();
    writeFileSync(lockPathOf(path), JSON.stringify({ pid, host: hostname(), startedAt: '2026-11-22T06:00:00.000Z', role: 'veille' }));
    expect(lockHolder(path)).toBeNull();
    const lock = acquireInstanceLock(path);
    expect(JSON.parse(readFileSync(lockPathOf(path), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('counts a lock from another host as held: its process cannot be checked from here', () => {
    const path = fresh();
    writeFileSync(lockPathOf(path), JSON.stringify({ pid: 1, host: 'other-server', startedAt: '2026-11-22T06:00:00.000Z', role: 'veille' }));
    expect(() => acquireInstanceLock(path)).toThrow(/in use by another Veille \(pid 1 on other-server/);
  });

  it('names a running restore as the holder', () => {
    const path = fresh();
    const lock = acquireInstanceLock(path, 'restore');
    expect(() => acquireInstanceLock(path)).toThrow(/in use by npm run restore/);
    lock.release();
  });
});

describe('the lock on a first start', () => {
  it('creates the database folder when it does not exist yet', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'veille-lock-')), 'srv', 'veille', 'veille.db');
    const lock = acquireInstanceLock(path);
    expect(existsSync(lockPathOf(path))).toBe(true);
    lock.release();
  });
});

describe('a lock from before the last reboot', () => {
  it('is stale even when its pid is alive again (pids are reused after a reboot)', () => {
    const path = fresh();
    const held = acquireInstanceLock(path);
    const lock = JSON.parse(readFileSync(lockPathOf(path), 'utf8'));
    expect(lockHolder(path)).toMatchObject({ pid: process.pid }); // this boot: held
    held.release();
    writeFileSync(lockPathOf(path), JSON.stringify({ ...lock, boot: 'an-earlier-boot' }));
    expect(lockHolder(path)).toBeNull();
    acquireInstanceLock(path).release();
  });
});
