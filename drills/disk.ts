import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GENERAL_CHANNEL, PEOPLE } from '../src/fake-slack/index.js';
import { startVeille } from '../tests/integration/harness.js';
import type { DrillResult } from './result.js';

/**
 * The disk drill: the database's disk fills up, then the database turns read-only, while Veille
 * runs. Reporters must get a clear "nothing was logged", never a false "logged"; what was stored
 * before must be intact. A real small tmpfs is used when this machine lets us mount one (root, as
 * here and in CI); otherwise SQLite's own page cap stands in for the full disk.
 */
export async function diskDrill(): Promise<DrillResult> {
  const base = mkdtempSync(join(tmpdir(), 'veille-disk-'));
  const mountPoint = join(base, 'small-disk');
  mkdirSync(mountPoint);
  let mounted = false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mountPoint], { stdio: 'ignore' });
    mounted = true;
  } catch {
    // no mount here: the page cap below plays the full disk
  }
  const veille = await startVeille({ databasePath: join(mountPoint, 'veille.db') });
  const report = (i: number) =>
    veille.driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, text: `Armed men attacked Kamango market, ${i % 9} killed [disk ${i}] ${'details '.repeat(40)}` });
  const told = { logged: 0, refused: 0, false_logged: 0, unclear: 0 };
  const classify = async (i: number) => {
    const answer = await report(i);
    const text = String((answer.body as { text?: string }).text ?? '');
    const stored = (veille.db.prepare('SELECT COUNT(*) FROM alerts WHERE description LIKE ?').pluck().get(`%[disk ${i}]%`) as number) > 0;
    if (/logged/.test(text) && !/Nothing was logged/.test(text)) {
      told.logged++;
      if (!stored) told.false_logged++;
    } else if (/Nothing was logged/.test(text)) told.refused++;
    else told.unclear++;
  };

  // Fill the disk: report until Veille says it cannot save (the WAL and the database share 2 MB).
  if (!mounted) veille.db.pragma('max_page_count = 200');
  else writeFileSync(join(mountPoint, 'filler'), Buffer.alloc(256 * 1024));
  let i = 0;
  while (told.refused === 0 && i < 5000) await classify(i++);
  const storedWhenFull = veille.db.prepare('SELECT COUNT(*) FROM alerts').pluck().get() as number;
  for (let k = 0; k < 20; k++) await classify(i++); // keep trying while full

  // Read-only: the database refuses every write.
  veille.db.pragma('query_only = ON');
  const refusedBefore = told.refused;
  for (let k = 0; k < 20; k++) await classify(i++);
  const readOnlyRefused = told.refused - refusedBefore;
  veille.db.pragma('query_only = OFF');

  const integrity = String(veille.db.pragma('integrity_check', { simple: true }));
  const storedAfter = veille.db.prepare('SELECT COUNT(*) FROM alerts').pluck().get() as number;
  const eventsMissing = veille.db.prepare("SELECT COUNT(*) FROM alerts a WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.alert_id = a.id AND e.type = 'logged')").pluck().get() as number;
  await veille.stop();
  if (mounted) execFileSync('umount', [mountPoint], { stdio: 'ignore' });
  rmSync(base, { recursive: true, force: true });
  return {
    name: 'disk',
    clean: told.false_logged === 0 && told.unclear === 0 && told.refused > 0 && readOnlyRefused === 20 && integrity === 'ok' && storedAfter === storedWhenFull && eventsMissing === 0,
    figures: {
      full_disk: mounted ? 'tmpfs of 2 MB' : 'SQLite page cap (no mount here)',
      reports_sent: i,
      told_logged: told.logged,
      told_nothing_logged: told.refused,
      false_logged: told.false_logged,
      unclear_answers: told.unclear,
      refused_while_read_only: readOnlyRefused,
      stored_before_full: storedWhenFull,
      stored_after: storedAfter,
      alerts_without_logged_event: eventsMissing,
      integrity,
    },
  };
}
