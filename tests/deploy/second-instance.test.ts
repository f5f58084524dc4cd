import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireInstanceLock } from '../../src/store/instance-lock.js';

/** `npm start` as a process: exit code and what it printed. */
function runVeille(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
}

describe('a second Veille on the same database', () => {
  it('is refused at start with one line naming the one already running', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'veille-second-')), 'veille.db');
    const first = acquireInstanceLock(path); // this test process plays the running Veille
    try {
      const second = await runVeille({ SLACK_BOT_TOKEN: 'xoxb-second', SLACK_SIGNING_SECRET: 'second-signing-secret', SLACK_APP_TOKEN: '', DATABASE_PATH: path, PORT: '0' });
      expect(second.code).toBe(1);
      expect(second.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^Veille cannot start: .*veille\\.db is in use by another Veille \\(pid ${process.pid} on ${hostname()}, since `))]);
    } finally {
      first.release();
    }
  });
});
