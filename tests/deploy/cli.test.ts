import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runTokenCli } from '../../src/cli/token.js';
import { ManualClock } from '../../src/clock.js';
import { acquireInstanceLock } from '../../src/store/instance-lock.js';
import { openDatabase } from '../../src/store/db.js';
import { findToken } from '../../src/api/tokens.js';

const run = promisify(execFile);
const clock = new ManualClock(Date.UTC(2026, 10, 22, 6));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
}

describe('npm run token and the database it writes to', () => {
  it('says it wrote to the running Veille\'s database', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'veille-cli-')), 'veille.db');
    const running = acquireInstanceLock(path);
    const { err, io, out } = capture();
    try {
      expect(runTokenCli(['create', '--name', 'kobo', '--scopes', 'alerts:write'], { DATABASE_PATH: path }, clock, io)).toBe(0);
    } finally {
      running.release();
    }
    expect(err.at(-1)).toBe(`Written to ${path}, the database of the running Veille (pid ${process.pid}): it applies now.`);
    const db = openDatabase(path);
    expect(findToken(db, out[0]!, clock.now())).toMatchObject({ name: 'kobo' });
    db.close();
  });

  it('warns when no Veille runs on that database, naming the one that does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'veille-cli-'));
    const running = acquireInstanceLock(join(dir, 'veille.db'));
    const { err, io } = capture();
    try {
      expect(runTokenCli(['create', '--name', 'kobo', '--scopes', 'alerts:read'], { DATABASE_PATH: join(dir, 'other.db') }, clock, io)).toBe(0);
    } finally {
      running.release();
    }
    expect(err.at(-1)).toBe(
      `Written to ${join(dir, 'other.db')}. Warning: no Veille is running on this database, but one is running on ${join(dir, 'veille.db')}. If Veille uses another DATABASE_PATH, run this command again with that DATABASE_PATH.`,
    );
  });

  it('answers --help without touching a database, and names an unknown command', () => {
    const help = capture();
    expect(runTokenCli(['--help'], { DATABASE_PATH: '/nonexistent/dir/veille.db' }, clock, help.io)).toBe(0);
    expect(help.out[0]).toMatch(/^Usage:\n {2}npm run token -- create --name <name>/);
    const unknown = capture();
    expect(runTokenCli(['rotate'], { DATABASE_PATH: '/nonexistent/dir/veille.db' }, clock, unknown.io)).toBe(2);
    expect(unknown.err[0]).toMatch(/^Unknown command rotate\.\nUsage:/);
  });
});

describe('every command answers --help and refuses what it does not know', () => {
  const commands: Array<[string, string[], RegExp]> = [
    ['src/cli/token.ts', [], /^Usage:\n {2}npm run token/],
    ['src/cli/can.ts', [], /^Usage:\n {2}npm run can/],
    ['src/cli/export.ts', [], /^Usage: npm run export/],
    ['src/cli/backup.ts', ['backup'], /^Usage: npm run backup/],
    ['src/cli/backup.ts', ['restore'], /^Usage: npm run restore/],
    ['commands/manifest.ts', [], /^Usage:\n {2}npm run manifest/],
    ['bench/run.ts', [], /^Usage: npm run bench/],
    ['drills/run.ts', [], /^Usage: npm run drill/],
  ];
  for (const [file, before, usage] of commands) {
    const name = [file, ...before].join(' ');
    it(`${name}: --help prints the usage and exits 0; an unknown option is refused with a clear line`, async () => {
      const help = await run(process.execPath, ['--import', 'tsx', file, ...before, '--help'], { env: { ...process.env, DATABASE_PATH: '/nonexistent/veille.db' } });
      expect(help.stdout).toMatch(usage);
      const refused = await run(process.execPath, ['--import', 'tsx', file, ...before, '--frobnicate'], { env: { ...process.env, DATABASE_PATH: '/nonexistent/veille.db' } }).then(
        () => null,
        (error: { code: number; stderr: string }) => error,
      );
      expect(refused?.code).toBeGreaterThan(0);
      expect(refused?.stderr).toMatch(/Unknown option '--frobnicate'/);
    }, 30_000);
  }
});
