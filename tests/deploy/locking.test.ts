import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GENERAL_CHANNEL, PEOPLE } from '../../src/fake-slack/index.js';
import { startVeille, type Running } from '../integration/harness.js';
import { enqueue } from '../../src/store/outbox.js';
import { holdWriteLock } from './sqlite-workers.js';

let veille: Running | null = null;
afterEach(async () => {
  await veille?.stop();
  veille = null;
});

describe('a write lock held by another process', () => {
  it('makes a report wait for it (up to busy_timeout) and then succeed, instead of failing at once', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'veille-lock-')), 'veille.db');
    veille = await startVeille({ databasePath: path });
    const held = await holdWriteLock(path, 1000);
    const answer = await veille.driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, text: 'Armed men attacked Kamango market this morning, 4 killed, ADF suspected' });
    await held.released;
    expect((answer.body as { text: string }).text).toMatch(/^A-1 logged — Attack on civilians · Kamango/);
    expect(veille.db.prepare('SELECT reference FROM alerts').pluck().all()).toEqual(['A-1']);
  });

  it('lets the outbox sender wait without holding up the app: posts go out once the lock is released', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'veille-lock-')), 'veille.db');
    veille = await startVeille({ databasePath: path });
    const poc = veille.mission.sections.find((s) => s.id === 'poc')!.channel;
    enqueue(veille.db, veille.clock.now(), null, { kind: 'message', channel: poc, text: 'Weekly protection meeting moved to 10:00' });
    const held = await holdWriteLock(path, 1000);
    // The sender meets the lock on its first bookkeeping write; meanwhile the app still answers.
    const sending = veille.slack.sender.kick();
    const health = fetch(veille.driver.appUrl.replace('/slack/events', '/healthz')).then((r) => r.text());
    const first = await Promise.race([health.then((text) => `the app answered ${text}`), held.released.then(() => 'the lock was released')]);
    expect(first).toBe('the app answered ok');
    await held.released;
    await sending;
    await veille.settle();
    expect(veille.fake.messages(poc).map((m) => m.text)).toEqual(['Weekly protection meeting moved to 10:00']);
  });
});
