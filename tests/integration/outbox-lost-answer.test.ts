import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GENERAL_CHANNEL, PEOPLE } from '../../src/fake-slack/index.js';
import { press, report } from './followup-helpers.js';
import { restartVeille, startVeille, type Running } from './harness.js';

/**
 * A post whose answer never came (the client gave up waiting) may still land in Slack after the
 * retry has looked for it. Here the fake Slack takes the post only when its slow answer completes,
 * 1 s after it was sent, while Veille gives up after 300 ms: the retry must not look (and post
 * again) before such a post has had time to land.
 */

const TIMEOUT_MS = 300;
const SLOW_ANSWER = { delayMs: 1_000 };
const CH = { poc: 'C0POC00001', hr: 'C0HR000001', beni: 'C0FOBENI01' };

const running: Running[] = [];
afterEach(async () => {
  for (const v of running.splice(0)) {
    expect(v.fake.violations).toEqual([]);
    await v.stop().catch(() => {});
  }
});

async function start(): Promise<Running> {
  const v = await startVeille({ slackTimeoutMs: TIMEOUT_MS });
  running.push(v);
  await v.settle();
  return v;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The retry comes at once (the clock moves, little real time passes), then real time passes too. */
async function retryAtOnceThenLetTimePass(v: Running): Promise<void> {
  v.clock.advance(10_000);
  await v.settle();
  for (let i = 0; i < 6; i++) {
    await sleep(400);
    v.clock.advance(10_000);
    await v.settle();
  }
}

const digestsIn = (v: Running, channel: string) => v.fake.messages(channel).filter((m) => /digest/i.test(m.text) && !m.files);
const chartsIn = (v: Running, channel: string) => v.fake.messages(channel).filter((m) => m.files?.length);
const outboxStatuses = (v: Running) => v.db.prepare('SELECT DISTINCT status FROM outbox').pluck().all();

describe('a post whose answer was lost is not posted twice', () => {
  it('a digest whose answer timed out is posted once, and its chart still follows it', async () => {
    const v = await start();
    v.fake.failNext('chat.postMessage', 1, SLOW_ANSWER);
    await v.driver.slashCommand({ user: PEOPLE.pocOfficer.id, channel: CH.poc, text: 'digest now' });
    await v.settle();
    await retryAtOnceThenLetTimePass(v);
    expect(digestsIn(v, CH.poc)).toHaveLength(1);
    // Found in the history, the digest is remembered where it landed: its chart follows it.
    expect(chartsIn(v, CH.poc)).toHaveLength(1);
    expect(outboxStatuses(v)).toEqual(['sent']);
  }, 30_000);

  it('a card whose answer timed out is posted once in each section', async () => {
    const v = await start();
    v.fake.failNext('chat.postMessage', 3, SLOW_ANSWER);
    const answer = await v.driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, text: 'Armed men attacked Kamango market, 4 killed, ADF suspected' });
    expect((answer.body as { text: string }).text).toMatch(/^A-1 logged/);
    await v.settle();
    await retryAtOnceThenLetTimePass(v);
    for (const channel of [CH.poc, CH.hr, CH.beni]) expect(v.fake.messages(channel).filter((m) => m.text.startsWith('A-1 ·')), channel).toHaveLength(1);
    // Edits go to the card that landed: the one Veille found, not a second one.
    const card = v.fake.messages(CH.poc)[0]!;
    expect(v.db.prepare('SELECT ts FROM alert_messages WHERE channel = ?').pluck().get(CH.poc)).toBe(card.ts);
    expect(outboxStatuses(v)).toEqual(['sent']);
  }, 30_000);

  it('a DM to the reporter whose answer timed out is sent once', async () => {
    const v = await start();
    await report(v, 'Armed men attacked Kamango market this morning, 4 killed, ADF suspected');
    // The acknowledgement's DM to the reporter (and anything else it posts) meets slow answers.
    v.fake.failNext('chat.postMessage', 3, SLOW_ANSWER);
    await press(v, PEOPLE.pocOfficer.id, 'poc', 'followup.acknowledge');
    await retryAtOnceThenLetTimePass(v);
    expect(v.fake.dms(PEOPLE.focalPoint.id).filter((m) => m.text.startsWith('✅ Your report A-1 was acknowledged'))).toHaveLength(1);
    const card = v.fake.messages(CH.poc)[0]!;
    const replies = v.fake.thread(CH.poc, card.ts!).map((m) => m.text);
    expect(replies.length).toBeGreaterThan(0);
    expect(new Set(replies).size).toBe(replies.length);
    expect(outboxStatuses(v)).toEqual(['sent']);
  }, 30_000);

  it('the "no chart this time" note whose answer timed out is posted once', async () => {
    const v = await start();
    let drawings = 0;
    v.slack.sender.renderChart = async () => {
      // The digest has landed; the note that says there is no chart meets the slow answer.
      if (drawings++ === 0) v.fake.failNext('chat.postMessage', 1, SLOW_ANSWER);
      throw new Error('no font could be loaded');
    };
    await v.driver.slashCommand({ user: PEOPLE.pocOfficer.id, channel: CH.poc, text: 'digest now' });
    await v.settle();
    await retryAtOnceThenLetTimePass(v);
    expect(digestsIn(v, CH.poc)).toHaveLength(1);
    expect(v.fake.messages(CH.poc).filter((m) => m.text.startsWith('📉 No chart this time'))).toHaveLength(1);
    expect(outboxStatuses(v)).toEqual(['sent']);
  }, 30_000);
});

describe('a post whose answer was lost before a restart', () => {
  // Veille gives up on the card after 1 s; the fake takes it only when its slow answer completes,
  // 2.5 s after it was sent. The attempt may land until 1 s + 3 × 1 s after it left: 4 s.
  const GIVE_UP_MS = 1_000;
  const LANDS_AFTER = { delayMs: 2_500 };

  it('is not looked for or posted again by the next process before it can no longer land, then found once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'veille-restart-'));
    const databasePath = join(dir, 'veille.db');
    const first = await startVeille({ databasePath, slackTimeoutMs: GIVE_UP_MS });
    try {
      first.fake.failNext('chat.postMessage', 1, LANDS_AFTER); // the first card: #poc
      const sent = first.clock.now();
      const answer = await first.driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, text: 'Armed men attacked Kamango market, 4 killed, ADF suspected' });
      expect((answer.body as { text: string }).text).toMatch(/^A-1 logged/);
      await first.settle(); // the card to #poc went unanswered; the two others landed
      const cards = () => [CH.poc, CH.hr, CH.beni].map((channel) => first.fake.messages(channel).filter((m) => m.text.startsWith('A-1 ·')).length);
      expect(cards()).toEqual([0, 1, 1]);

      // Veille is gone before it learnt anything more; the next one starts on the same database.
      const next = await restartVeille(first, databasePath, { slackTimeoutMs: GIVE_UP_MS });
      try {
        const lookups = () => next.fake.callsTo('conversations.history').filter((c) => (c.args as { channel?: string }).channel === CH.poc).length;
        const posts = () => next.fake.callsTo('chat.postMessage').filter((c) => (c.args as { channel?: string }).channel === CH.poc).length;
        // Its retry falls due (after 1 s) while the attempt may still land: it neither looks nor posts.
        next.clock.set(sent + 3_000);
        await next.settle();
        expect(lookups()).toBe(0);
        expect(cards()[0]).toBeLessThanOrEqual(1); // only the slow attempt, if it has landed yet
        // Meanwhile the slow attempt lands.
        await expect.poll(() => cards(), { timeout: 10_000, interval: 100 }).toEqual([1, 1, 1]);
        // Past 4 s after the attempt left: looked for, found, not posted again.
        next.clock.set(sent + 4_001);
        await next.settle();
        expect(lookups()).toBeGreaterThan(0);
        expect(posts()).toBe(1); // the attempt before the restart, answered late: never sent again
        expect(cards()).toEqual([1, 1, 1]);
        expect(next.db.prepare("SELECT status, posted_ts FROM outbox WHERE kind = 'card' AND lane = ?").get(CH.poc)).toEqual({ status: 'sent', posted_ts: first.fake.messages(CH.poc)[0]!.ts });
        expect(next.fake.violations).toEqual([]);
      } finally {
        await next.stop();
      }
    } finally {
      await first.fake.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
