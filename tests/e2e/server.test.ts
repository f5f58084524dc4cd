/**
 * The playground server without a browser: `npm start` with no Slack variables, loopback only,
 * its own database file kept across restarts, reset, and requests from anywhere else refused.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PEOPLE } from '../../src/fake-slack/index.js';
import { loadMission } from '../../src/config/mission.js';
import { startTestPlayground } from './browser.js';

const dir = mkdtempSync(join(tmpdir(), 'veille-playground-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const mission = loadMission('data/mission.example.json');
const poc = mission.sections.find((s) => s.id === 'poc')!.channel;
const crsv = mission.sections.find((s) => s.id === 'crsv')!.channel;

function startProcess(env: Record<string, string>): { child: ChildProcess; line: Promise<string> } {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('SLACK_')));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: { ...clean, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const line = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = output.split('\n').find((l) => l.startsWith('Veille playground:'));
      if (found) resolve(found);
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
  return { child, line };
}

/** A GET naming another host, as a DNS-rebinding page would (fetch will not set Host). */
function getWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { Host: host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.once('error', reject);
    req.end();
  });
}

describe('npm start with no Slack variables', () => {
  it('serves the playground on loopback only, says so, and keeps its data in its own file', { timeout: 30_000 }, async () => {
    const database = join(dir, 'started.db');
    const { child, line } = startProcess({ PORT: '0', DATABASE_PATH: database });
    try {
      const said = await line;
      expect(said).toMatch(/^Veille playground: http:\/\/localhost:\d+ \(listening on 127\.0\.0\.1 only/);
      const port = Number(said.match(/localhost:(\d+)/)![1]);
      const page = await fetch(`http://localhost:${port}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>Veille playground</title>');
      expect(existsSync(database)).toBe(true);
      // Reachable from this machine only: another address of the machine finds nothing listening.
      const outside = Object.values(networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
      if (outside) await expect(fetch(`http://${outside.address}:${port}/`)).rejects.toThrow();
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });
});

describe('the playground server', () => {
  it('starts from the example data once, keeps it across a restart, and resets to it', { timeout: 30_000 }, async () => {
    const databasePath = join(dir, 'kept.db');
    const count = (p: { veille: { db: { prepare(sql: string): { pluck(): { get(): unknown } } } } }) => p.veille.db.prepare('SELECT COUNT(*) FROM alerts').pluck().get();
    const first = await startTestPlayground({ seed: true, databasePath });
    await first.fake.waitFor(() => first.fake.messages(poc).length === 3, { what: 'the example cards' });
    await first.driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: poc, text: 'Mai-Mai threaten Mangina market' });
    await first.fake.waitFor(() => first.fake.messages(poc).length === 4, { what: 'the fourth card' });
    await first.stop();

    const again = await startTestPlayground({ seed: true, databasePath });
    try {
      expect(count(again)).toBe(4);
      expect(again.fake.messages(poc).map((m) => m.text.split(' · ')[0])).toEqual(['A-1', 'A-2', 'A-3', 'A-4']);
      await again.reset();
      expect(count(again)).toBe(3);
      await again.fake.waitFor(() => again.fake.messages(poc).length === 3, { what: 'the example cards again' });
      expect(again.fake.messages(poc).map((m) => m.text.split(' · ')[0])).toEqual(['A-1', 'A-2', 'A-3']);
    } finally {
      await again.stop();
    }
  });

  it('answers only its own page on this machine, and only for what the person could do in Slack', { timeout: 30_000 }, async () => {
    const playground = await startTestPlayground({ seed: true });
    try {
      const url = playground.url;
      await playground.fake.waitFor(() => playground.fake.messages(crsv).length === 1, { what: 'the CRSV card' });
      const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
        fetch(`${url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

      expect(await getWithHost(`${url}/`, 'attacker.example')).toBe(403);
      expect(await getWithHost(`${url}/playground/state?user=${PEOPLE.crsvAdviser.id}`, 'attacker.example:80')).toBe(403);
      expect((await post('/playground/clock', { minutes: 60 }, { Origin: 'http://attacker.example' })).status).toBe(403);
      expect((await fetch(`${url}/playground/clock`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{"minutes":60}' })).status).toBe(415);
      expect(playground.clock.offset).toBe(0);
      expect((await fetch(`${url}/playground/state?user=U0NOBODY1`)).status).toBe(404);

      // The PoC officer cannot press a button on the restricted card: they are not in that channel.
      const card = playground.fake.messages(crsv)[0]!;
      const refused = await post('/playground/action', { user: PEOPLE.pocOfficer.id, channel: crsv, ts: card.ts, blockId: 'x', actionId: 'alert.take_ownership' });
      expect(refused.status).toBe(400);
      expect(await refused.json()).toEqual({ error: 'You are not in that channel.' });
      const typed = await post('/playground/send', { user: PEOPLE.pocOfficer.id, channel: crsv, text: '/alert show A-3' });
      expect(typed.status).toBe(400);

      // Dismissing an "only visible to you" message works on one's own only.
      const theirs = playground.fake.ephemerals({ user: PEOPLE.focalPoint.id })[0]!;
      expect((await post('/playground/dismiss', { user: PEOPLE.pocOfficer.id, ts: theirs.ts })).status).toBe(200);
      expect(playground.fake.ephemerals({ user: PEOPLE.focalPoint.id }).map((e) => e.ts)).toContain(theirs.ts);

      const page = await fetch(`${url}/`);
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      const unknown = await post('/playground/send', { user: PEOPLE.pocOfficer.id, channel: poc, text: '/remind me' });
      expect(await unknown.json()).toEqual({ error: '/remind is not a command here. Try /alert (e.g. /alert help).' });
    } finally {
      await playground.stop();
    }
  });
});

describe('back to real time', () => {
  const tsMs = (ts: string) => Number(ts.split('.')[0]) * 1000;
  const nearNow = (ms: number) => Math.abs(ms - Date.now()) < 60_000;

  it('"Reset to example data" posts the example cards at real time, not where the clock had been moved', { timeout: 30_000 }, async () => {
    const playground = await startTestPlayground({ seed: true });
    try {
      await playground.fake.waitFor(() => playground.fake.messages(poc).length === 3, { what: 'the example cards' });
      playground.clock.advance(9 * 3_600_000);
      await playground.driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: poc, text: 'Mai-Mai threaten Mangina market' });
      await playground.fake.waitFor(() => playground.fake.messages(poc).length === 4, { what: 'the fourth card' });
      await playground.reset();
      await playground.fake.waitFor(() => playground.fake.messages(poc).length === 3, { what: 'the example cards again' });
      expect(playground.clock.offset).toBe(0);
      for (const message of playground.fake.messages(poc)) expect(nearNow(tsMs(message.ts)), `card posted at ${new Date(tsMs(message.ts)).toISOString()}`).toBe(true);
    } finally {
      await playground.stop();
    }
  });

  it('a restart after the clock was moved starts from the example data at real time', { timeout: 30_000 }, async () => {
    const databasePath = join(dir, 'moved.db');
    const first = await startTestPlayground({ seed: true, databasePath });
    await first.fake.waitFor(() => first.fake.messages(poc).length === 3, { what: 'the example cards' });
    first.clock.advance(9 * 3_600_000);
    await first.driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: poc, text: 'Mai-Mai threaten Mangina market' });
    await first.fake.waitFor(() => first.fake.messages(poc).length === 4, { what: 'the fourth card' });
    await first.stop();

    const again = await startTestPlayground({ seed: true, databasePath });
    try {
      expect(again.clock.offset).toBe(0);
      await again.fake.waitFor(() => again.fake.messages(poc).length === 3, { what: 'the example cards again' });
      for (const message of again.fake.messages(poc)) expect(nearNow(tsMs(message.ts)), `card posted at ${new Date(tsMs(message.ts)).toISOString()}`).toBe(true);
      const created = again.veille.db.prepare('SELECT MAX(created_at) FROM alerts').pluck().get() as number;
      expect(nearNow(created)).toBe(true);
    } finally {
      await again.stop();
    }
  });
});
