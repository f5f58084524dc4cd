import Database from 'better-sqlite3';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { loadMission } from '../src/config/mission.js';
import { exampleWorkspace, FakeSlack, GENERAL_CHANNEL, PEOPLE, SlackDriver } from '../src/fake-slack/index.js';
import type { DurabilityMode } from '../src/store/durability.js';
import type { DrillResult } from './result.js';

/**
 * The power-cut drill: Veille's database sits on a disk that forgets whatever was never fsynced
 * (drills/power/volatile-disk.py, a FUSE pass-through whose "drive cache" is its own memory). Quick
 * reports arrive at `concurrency` at a time; mid-burst the power goes: the disk process and Veille are
 * killed at the same moment. The database left on the backing folder is then opened as after a
 * reboot, and every report the reporter was told was logged must be in it.
 *
 * `control: true` runs Veille without the durability barrier (synchronous = NORMAL, as before issue
 * 17): the same drill must then find acknowledged reports lost, or it could not find anything.
 */
const TOKEN = 'xoxb-durability-test';
const SECRET = 'power-drill-signing-secret';

export interface PowerDrillOptions {
  reports: number;
  concurrency: number;
  control?: boolean;
}

export async function powerDrill(options: PowerDrillOptions): Promise<DrillResult> {
  const name = options.control ? 'power (control: no durability barrier)' : 'power';
  const unavailable = whyNoVolatileDisk();
  if (unavailable) return { name, clean: false, figures: { error: unavailable } };

  const dir = mkdtempSync(join(tmpdir(), 'veille-power-'));
  const backing = join(dir, 'disk');
  const mount = join(dir, 'mnt');
  mkdirSync(backing);
  mkdirSync(mount);
  const fake = await FakeSlack.start({ botToken: TOKEN, ...exampleWorkspace(loadMission('data/mission.example.json')) });
  const disk = spawn('/usr/bin/python3', ['drills/power/volatile-disk.py', backing, mount], { stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    await mounted(mount, disk);
    const mode: DurabilityMode = options.control ? 'none' : 'group';
    const app = spawn(process.execPath, ['--import', 'tsx', 'drills/power/durable-app.ts', mode, join(mount, 'veille.db'), fake.url, SECRET], { stdio: ['ignore', 'pipe', 'inherit'] });
    const [, port] = await new Promise<string>((resolve, reject) => {
      createInterface({ input: app.stdout! }).once('line', resolve);
      app.once('exit', (code) => reject(new Error(`Veille exited with ${code} before listening`)));
    }).then((line) => line.split(' '));
    const driver = new SlackDriver({ fake, appUrl: `http://127.0.0.1:${port}/slack/events`, signingSecret: SECRET });

    const acknowledged = new Map<string, string>(); // marker → reference the reporter was told
    let sent = 0;
    let failed = 0;
    let cut = false;
    // SQLite's auto-checkpoint (every 1,000 WAL pages) syncs the WAL as a side effect, and once the WAL
    // is that long it runs after every commit; the control therefore cuts before the first one, where
    // synchronous = NORMAL has synced nothing, so that what it can lose is visible.
    const cutAt = options.control ? Math.min(60, Math.floor(options.reports * 0.6)) : Math.floor(options.reports * 0.6);
    const powerCut = () => {
      cut = true;
      disk.kill('SIGKILL');
      app.kill('SIGKILL');
    };
    const worker = async () => {
      while (!cut && sent < options.reports) {
        const i = sent++;
        if (i === cutAt) powerCut();
        const marker = `pwr${i}x`;
        try {
          const answer = await driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, text: `Armed men attacked Kamango market ${marker}, 2 injured` });
          const told = /^(A-\d+) (logged|enregistrée)/.exec(String((answer.body as { text?: string } | null)?.text ?? ''));
          if (answer.status === 200 && told) acknowledged.set(marker, told[1]!);
          else failed++;
        } catch {
          failed++; // the power was off: the reporter saw an error, nothing was acknowledged
        }
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    if (!cut) powerCut();
    await Promise.all([gone(app), gone(disk)]);
    spawnSync('fusermount3', ['-u', '-z', mount]);

    // The reboot: SQLite replays whatever WAL reached the disk.
    const db = new Database(join(backing, 'veille.db'));
    const stored = new Map<string, string>();
    // Without durability even the schema may never have reached the disk: then nothing survived.
    const hasAlerts = db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'alerts'").pluck().get() === 1;
    const rows = hasAlerts ? (db.prepare("SELECT reference, description FROM alerts WHERE description LIKE '%pwr%'").all() as Array<{ reference: string; description: string }>) : [];
    for (const row of rows) {
      const marker = /pwr\d+x/.exec(row.description)?.[0];
      if (marker) stored.set(marker, row.reference);
    }
    const integrity = db.pragma('integrity_check', { simple: true });
    db.close();
    const lost = [...acknowledged].filter(([marker, reference]) => stored.get(marker) !== reference);
    const clean = options.control ? lost.length > 0 : lost.length === 0 && integrity === 'ok';
    return {
      name,
      clean,
      figures: {
        reports_sent_before_the_cut: sent,
        acknowledged: acknowledged.size,
        refused_or_cut_off: failed,
        present_after_the_cut: acknowledged.size - lost.length,
        lost: lost.length,
        ...(lost.length > 0 && { lost_examples: lost.slice(0, 5).map(([m, r]) => `${r} (${m})`).join(', ') }),
        integrity: String(integrity),
        ...(options.control && { expected: 'losses (the control proves the drill can see them)' }),
      },
    };
  } finally {
    disk.kill('SIGKILL');
    spawnSync('fusermount3', ['-u', '-z', mount]);
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The drill needs FUSE and Debian's python3-fusepy; says what to install when they are missing. */
function whyNoVolatileDisk(): string | null {
  if (!existsSync('/dev/fuse')) return 'no /dev/fuse on this machine: the power-cut drill needs FUSE';
  const probe = spawnSync('/usr/bin/python3', ['-c', 'import fusepy'], { encoding: 'utf8' });
  if (probe.status !== 0) return 'needs Debian packages: apt-get install -y --no-install-recommends fuse3 python3-fusepy';
  return null;
}

function gone(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function mounted(mount: string, disk: ChildProcess): Promise<void> {
  let stderr = '';
  disk.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  const deadline = Date.now() + 10_000;
  while (spawnSync('mountpoint', ['-q', mount]).status !== 0) {
    if (disk.exitCode !== null) throw new Error(`the volatile disk did not mount: ${stderr.slice(-300)}`);
    if (Date.now() > deadline) throw new Error('the volatile disk did not mount within 10 s');
    await new Promise((r) => setTimeout(r, 50));
  }
}
