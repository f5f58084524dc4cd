import { afterEach, describe, expect, it } from 'vitest';
import { GENERAL_CHANNEL, PEOPLE } from '../../src/fake-slack/index.js';
import { slashCommandForm } from '../../src/fake-slack/driver-payloads.js';
import { startVeille, type Running } from '../integration/harness.js';

let v: Running | null = null;
afterEach(async () => {
  await v?.stop();
  v = null;
});

describe('a command delivered twice with the same trigger_id', () => {
  it('is processed once: one alert, one reference; over HTTP the repeat is answered as the first was (the replay guard), elsewhere with an empty acknowledgement', async () => {
    v = await startVeille();
    const form = slashCommandForm(v.fake, {
      user: PEOPLE.focalPoint.id,
      channel: GENERAL_CHANNEL,
      command: '/alert',
      text: 'Armed men attacked Kamango market this morning, 4 killed, ADF suspected',
      responseUrl: v.fake.issueResponseUrl({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL }),
      triggerId: v.fake.issueTriggerId(PEOPLE.focalPoint.id),
    }).toString();
    const first = await v.driver.send(form, 'application/x-www-form-urlencoded');
    const repeat = await v.driver.send(form, 'application/x-www-form-urlencoded');
    expect((first.body as { text: string }).text).toMatch(/^A-1 logged/);
    expect(repeat.status).toBe(200);
    expect(repeat.text).toBe(first.text);
    await v.settle();
    expect(v.db.prepare('SELECT reference FROM alerts').pluck().all()).toEqual(['A-1']);
  });
});
