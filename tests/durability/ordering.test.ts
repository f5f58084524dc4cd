import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMission } from '../../src/config/mission.js';
import { exampleWorkspace, FakeSlack, PEOPLE, SlackDriver, GENERAL_CHANNEL } from '../../src/fake-slack/index.js';
import type { DurabilityMode } from '../../src/store/durability.js';
import { readTrace, unsynced } from './strace.js';

/**
 * "Logged" means on disk: Veille runs under strace while it takes a burst of concurrent reports, and
 * for every acknowledged report an fsync of the database's WAL must have started after the request
 * was read and returned before the answer was written. The control (`none`: synchronous = NORMAL and
 * no barrier, as before issue 17) must fail the same check, so the check can fail.
 */
const SECRET = 'durability-signing-secret';
const BURST = 24;
const dirs: string[] = [];
let fake: FakeSlack;

beforeAll(async () => {
  fake = await FakeSlack.start({ botToken: 'xoxb-durability-test', ...exampleWorkspace(loadMission('data/mission.example.json')) });
});
afterAll(async () => {
  await fake.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function burstUnderStrace(mode: DurabilityMode) {
  const dir = mkdtempSync(join(tmpdir(), 'veille-durability-'));
  dirs.push(dir);
  const database = join(dir, 'veille.db');
  const traceFile = join(dir, 'trace.txt');
  const child = spawn(
    'strace',
    ['-f', '-ttt', '-T', '-s', '65535', '-o', traceFile, '-e', 'trace=openat,read,recvfrom,write,writev,sendto,fsync,fdatasync', process.execPath, '--import', 'tsx', 'drills/power/durable-app.ts', mode, database, fake.url, SECRET],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const [pid, port] = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`durable-app.ts exited with ${code} before listening`)));
  }).then((line) => line.split(' '));
  const driver = new SlackDriver({ fake, appUrl: `http://127.0.0.1:${port}/slack/events`, signingSecret: SECRET });
  const probes = Array.from({ length: BURST }, (_, i) => `probe${mode}${String(i).padStart(3, '0')}x`);
  const answers = await Promise.all(
    probes.map((probe, i) => driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, text: `Armed men attacked Kamango market ${probe}, ${i + 1} injured` })),
  );
  process.kill(Number(pid), 'SIGTERM');
  await exited;
  const trace = readTrace(readFileSync(traceFile, 'utf8'), `${database}-wal`, probes);
  return { answers, trace, missing: unsynced(trace) };
}

describe('durable acknowledgements (strace)', () => {
  it('acknowledges every report of a burst only after an fsync of the WAL that covers it', async () => {
    const { answers, trace, missing } = await burstUnderStrace('group');
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.text).toMatch(/A-\d+/);
    }
    expect(trace.probes.size).toBe(BURST);
    expect(missing).toEqual([]);
  }, 120_000);

  it('control: without the barrier (synchronous = NORMAL) the same check finds unsynced answers', async () => {
    const { answers, missing } = await burstUnderStrace('none');
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(missing.length).toBeGreaterThan(0);
  }, 120_000);
});
