import { afterEach, describe, expect, it } from 'vitest';
import { GENERAL_CHANNEL, PEOPLE } from '../../src/fake-slack/index.js';
import { startVeille, type Running } from '../integration/harness.js';

let v: Running | null = null;
afterEach(async () => {
  await v?.stop();
  v = null;
});

const HOUR = 3_600_000;

describe('the wall clock set back an hour', () => {
  it('does not stall a channel: a post waiting for a retry and the posts behind it go out', async () => {
    v = await startVeille();
    const poc = v.mission.sections.find((s) => s.id === 'poc')!.channel;
    // Slack hiccups on the first card: it waits a second for its retry, at the old time.
    v.fake.failNext('chat.postMessage', 1, { httpStatus: 503 });
    await v.driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, text: 'Armed men attacked Kamango market this morning, 4 killed, ADF suspected' });
    await v.settle();
    expect(v.db.prepare("SELECT COUNT(*) FROM outbox WHERE status = 'pending' AND last_error = 'http_503'").pluck().get()).toBe(1);

    v.clock.advance(-HOUR); // NTP corrects a clock that ran an hour fast
    await v.driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, text: 'Shooting at Kamango checkpoint, 2 injured' });
    await v.settle();
    const cards = v.fake.messages(poc).map((m) => JSON.stringify(m.blocks).match(/A-\d+/)![0]);
    expect(cards).toEqual(['A-1', 'A-2']);
    expect(v.db.prepare("SELECT COUNT(*) FROM outbox WHERE status = 'pending'").pluck().get()).toBe(0);
  });
});
