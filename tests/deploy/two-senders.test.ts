import { WebClient } from '@slack/web-api';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GENERAL_CHANNEL, PEOPLE } from '../../src/fake-slack/index.js';
import { OutboxSender } from '../../src/slack/outbox-sender.js';
import { openDatabase } from '../../src/store/db.js';
import { BOT_TOKEN, startVeille, type Running } from '../integration/harness.js';

let veille: Running | null = null;
afterEach(async () => {
  await veille?.stop();
  veille = null;
});

const REPORTS = [
  'Armed men attacked Kamango market this morning, 4 killed, ADF suspected',
  'Two girls abducted near Mambasa school yesterday, CODECO',
  'Houses burned in Oicha last night, 300 families displaced',
  'Shooting at Eringeti checkpoint, 2 injured',
  'Armed men looted the health centre in Kamango, no casualties',
  'Attack on Mambasa village at dawn, 3 killed',
];

describe('two senders on one database file', () => {
  it('never post one row twice, even when Slack is slow', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'veille-senders-')), 'veille.db');
    veille = await startVeille({ databasePath: path });
    // Slack answers each post slowly: a second sender sees the first one's posts still pending.
    veille.fake.failNext('chat.postMessage', 200, { delayMs: 150 });
    for (const text of REPORTS) await veille.driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, text });

    const secondDb = openDatabase(path);
    const second = new OutboxSender({ ...veille.veille, db: secondDb }, new WebClient(BOT_TOKEN, { slackApiUrl: veille.fake.url, retryConfig: { retries: 0 } }), 0);
    await Promise.all([veille.slack.sender.kick(), second.kick(), veille.slack.sender.kick(), second.kick()]);
    await Promise.all([veille.slack.sender.idle(), second.idle()]);
    await veille.settle();
    await second.kick();
    await second.idle();
    second.stop();
    secondDb.close();

    const sent = veille.db.prepare("SELECT lane, COUNT(*) AS n FROM outbox WHERE kind = 'card' AND status = 'sent' GROUP BY lane").all() as Array<{ lane: string; n: number }>;
    expect(sent.reduce((sum, r) => sum + r.n, 0)).toBeGreaterThanOrEqual(REPORTS.length);
    expect(veille.db.prepare("SELECT COUNT(*) FROM outbox WHERE status <> 'sent'").pluck().get()).toBe(0);
    for (const { lane, n } of sent) {
      const cards = veille.fake.messages(lane).map((m) => JSON.stringify(m.blocks).match(/A-\d+/)![0]);
      expect(cards, lane).toHaveLength(n);
      expect(new Set(cards).size, lane).toBe(cards.length); // each alert's card once in each channel
    }
  });
});
