import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GENERAL_CHANNEL, PEOPLE } from '../../src/fake-slack/index.js';
import { startVeille, type Running } from './harness.js';

// On a file database the reports of one event-loop turn share one COMMIT (src/store/commit-batch.ts).
// When the disk refuses that COMMIT, the reporter reads "nothing was logged", never "logged".

let veille: Running;
let dir: string;
afterEach(async () => {
  expect(veille.fake.violations).toEqual([]);
  await veille.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Veille on a file database whose next COMMIT the disk refuses (SQLITE_FULL), as a full disk would. */
async function startRefusingNextCommit(): Promise<void> {
  dir = mkdtempSync(join(tmpdir(), 'veille-commit-refused-'));
  veille = await startVeille({ databasePath: join(dir, 'veille.db') });
  await veille.settle();
  const exec = veille.db.exec.bind(veille.db);
  let refuse = true;
  veille.db.exec = (sql: string) => {
    if (sql === 'COMMIT' && refuse) {
      refuse = false;
      throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    }
    return exec(sql);
  };
}

describe('a batch commit the disk refuses', () => {
  it('tells the reporter nothing was logged, stores nothing, and the next report is logged', async () => {
    await startRefusingNextCommit();
    const report = (text: string) => veille.driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, text });
    const count = () => veille.db.prepare('SELECT COUNT(*) FROM alerts').pluck().get();

    const refused = await report('Armed men attacked Kamango market, 4 killed');
    expect(String((refused.body as { text?: string }).text)).toMatch(/Nothing was logged/);
    expect(count()).toBe(0);

    const logged = await report('Armed men attacked Kamango market, 4 killed');
    expect(String((logged.body as { text?: string }).text)).toMatch(/logged/);
    expect(String((logged.body as { text?: string }).text)).not.toMatch(/Nothing was logged/);
    expect(count()).toBe(1);
  });

  it('keeps the form open with "nothing was logged" under the description, and stores nothing', async () => {
    await startRefusingNextCommit();
    const user = PEOPLE.pocOfficer.id;
    await veille.driver.slashCommand({ user, channel: GENERAL_CHANNEL, text: '' });
    await veille.fake.waitFor(() => veille.fake.openViews(user).length > 0);
    const view = veille.fake.openViews(user)[0]!;
    const result = await veille.driver.submitView({ user, viewId: view.id as string, values: { description: 'Houses burned in Eringeti overnight', place: 'Eringeti', category: 'looting_destruction' } });
    expect(result.body).toMatchObject({ response_action: 'errors', errors: { description: expect.stringMatching(/^Nothing was logged: Veille could not save this just now/) } });
    expect(veille.db.prepare('SELECT COUNT(*) FROM alerts').pluck().get()).toBe(0);
  });
});
