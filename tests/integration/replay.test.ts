import { describe, expect, it } from 'vitest';
import { GENERAL_CHANNEL, PEOPLE, signRequest, type Forgery } from '../../src/fake-slack/index.js';
import { SIGNING_SECRET, type Running } from './harness.js';
import { startVeilleForEachTest } from './each-test.js';
import { card, channelOf } from './followup-helpers.js';

/**
 * Replays: a request captured on the wire and sent again while its signature is still within
 * Bolt's five-minute window. Each is answered as the first was and processed once.
 */

const { focalPoint, pocOfficer } = PEOPLE;
const REPORT = 'Armed men attacked Kamango market this morning, 4 killed, ADF suspected';

let v: Running;
startVeilleForEachTest((running) => (v = running));

const alertCount = () => v.db.prepare('SELECT COUNT(*) FROM alerts').pluck().get() as number;

describe('replayed requests', () => {
  it('a slash command sent three times, same bytes: one alert, one card per channel, three identical answers', async () => {
    const first = await v.driver.slashCommand({ user: focalPoint.id, channel: GENERAL_CHANNEL, text: REPORT });
    const second = await v.driver.replay(first.request);
    const third = await v.driver.replay(first.request);
    await v.settle();
    expect(alertCount()).toBe(1);
    expect(v.fake.messages(channelOf(v, 'poc'))).toHaveLength(1);
    expect(v.fake.messages(channelOf(v, 'fo-beni'))).toHaveLength(1);
    for (const again of [second, third]) {
      expect(again.status).toBe(first.status);
      expect(again.text).toBe(first.text);
    }
    expect(first.status).toBe(200);
    // Control: the same report typed again (a new request) is a new request.
    await v.driver.slashCommand({ user: focalPoint.id, channel: GENERAL_CHANNEL, text: REPORT });
    await v.settle();
    expect(alertCount()).toBe(2);
  });

  it('the same body signed again with another timestamp (same trigger_id) is processed once', async () => {
    const first = await v.driver.slashCommand({ user: focalPoint.id, channel: GENERAL_CHANNEL, text: REPORT });
    const later = Math.floor(Date.now() / 1000) + 30;
    const again = await v.driver.replay({ body: first.request.body, headers: { ...first.request.headers, ...signRequest(SIGNING_SECRET, first.request.body, later) } });
    await v.settle();
    expect(again.request.headers['X-Slack-Signature']).not.toBe(first.request.headers['X-Slack-Signature']);
    expect(again.status).toBe(200);
    expect(again.text).toBe(first.text);
    expect(alertCount()).toBe(1);
  });

  it('a button click replayed does its work once', async () => {
    await v.driver.slashCommand({ user: focalPoint.id, channel: GENERAL_CHANNEL, text: REPORT });
    await v.settle();
    const c = card(v, 'poc');
    const click = await v.driver.clickButton({ user: pocOfficer.id, channel: c.channel, ts: c.ts, actionId: 'followup.take_ownership' });
    await v.fake.waitFor(() => v.fake.responses({ user: pocOfficer.id }).length > 0, { what: 'the answer to Take ownership' });
    await v.settle();
    const answers = v.fake.responses({ user: pocOfficer.id }).length;
    const replayed = await v.driver.replay(click.request);
    await v.settle();
    expect(replayed.status).toBe(click.status);
    // Not handled again: no second answer to the presser ("you already own it"), no second event, no second reply.
    expect(v.fake.responses({ user: pocOfficer.id })).toHaveLength(answers);
    expect(v.db.prepare("SELECT COUNT(*) FROM events WHERE alert_id = 1 AND type = 'owner_assigned'").pluck().get()).toBe(1);
    expect(v.fake.thread(c.channel, c.ts)).toHaveLength(1);
  });

  it('a form submission replayed logs one alert', async () => {
    await v.driver.slashCommand({ user: pocOfficer.id, channel: GENERAL_CHANNEL, text: '' });
    await v.fake.waitFor(() => v.fake.openViews(pocOfficer.id).length > 0);
    const view = v.fake.openViews(pocOfficer.id)[0]!;
    const submitted = await v.driver.submitView({ user: pocOfficer.id, viewId: view.id as string, values: { description: 'Houses burned in Eringeti overnight', place: 'Eringeti', category: 'looting_destruction' } });
    const replayed = await v.driver.replay(submitted.request);
    await v.settle();
    expect(replayed.status).toBe(200);
    expect(replayed.text).toBe(submitted.text);
    expect(alertCount()).toBe(1);
  });

  it('a request dated more than five minutes ahead is refused and changes nothing; a few seconds ahead is fine', async () => {
    const ahead = await v.driver.slashCommand({ user: focalPoint.id, channel: GENERAL_CHANNEL, text: REPORT, forge: 'future-timestamp' });
    await v.settle();
    expect(ahead.status).toBe(401);
    expect(alertCount()).toBe(0);
    const slightly = await v.driver.slashCommand({ user: focalPoint.id, channel: GENERAL_CHANNEL, text: REPORT, timestampSeconds: Math.floor(Date.now() / 1000) + 20 });
    await v.settle();
    expect(slightly.status).toBe(200);
    expect(alertCount()).toBe(1);
  });

  it('forged requests (no signature, a wrong one, a changed body, a timestamp ten minutes old) are refused with 401 and change nothing', async () => {
    const first = await v.driver.slashCommand({ user: focalPoint.id, channel: GENERAL_CHANNEL, text: REPORT });
    await v.settle();
    const c = card(v, 'poc');
    const state = () => JSON.stringify(['alerts', 'events', 'outbox', 'alert_sections'].map((table) => v.db.prepare(`SELECT * FROM ${table}`).all()));
    const before = state();
    const calls = v.fake.calls.length;
    const forgeries: Forgery[] = ['no-signature', 'bad-signature', 'tampered-body', 'stale-timestamp'];
    for (const forge of forgeries) {
      expect((await v.driver.slashCommand({ user: focalPoint.id, channel: GENERAL_CHANNEL, text: `${REPORT} (${forge})`, forge })).status).toBe(401);
      expect((await v.driver.clickButton({ user: pocOfficer.id, channel: c.channel, ts: c.ts, actionId: 'followup.take_ownership', forge })).status).toBe(401);
      expect((await v.driver.event({ type: 'app_home_opened', user: focalPoint.id }, { forge })).status).toBe(401);
    }
    // Unsigned, Slack's SSL check is answered, and nothing riding along with it is run.
    const sslCheck = await v.driver.replay({ body: `ssl_check=1&${first.request.body}`, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    await v.settle();
    expect(sslCheck.status).toBe(200);
    expect(state()).toBe(before);
    expect(v.fake.calls.length).toBe(calls);
    // Control: the same click validly signed does its work.
    expect((await v.driver.clickButton({ user: pocOfficer.id, channel: c.channel, ts: c.ts, actionId: 'followup.take_ownership' })).status).toBe(200);
    await v.settle();
    expect(v.db.prepare("SELECT COUNT(*) FROM events WHERE alert_id = 1 AND type = 'owner_assigned'").pluck().get()).toBe(1);
  });
});
