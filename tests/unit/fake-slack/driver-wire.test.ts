import { createHmac } from 'node:crypto';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeSlack, SlackDriver } from '../../../src/fake-slack/index.js';
import { ALERTS, ALICE, clientFor, startFake } from './fixture.js';

const SIGNING_SECRET = 'shh-signing-secret';

interface Received {
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A stand-in app that records what Slack (the driver) sent and checks the signature itself. */
let received: Received[] = [];
let app: Server;
let fake: FakeSlack;
let driver: SlackDriver;

function validSignature(r: Received): boolean {
  const ts = String(r.headers['x-slack-request-timestamp']);
  const expected = `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${ts}:${r.body}`).digest('hex')}`;
  return r.headers['x-slack-signature'] === expected;
}

function last(): Received {
  const r = received[received.length - 1];
  if (!r) throw new Error('nothing received');
  return r;
}

function lastPayload(): Record<string, unknown> {
  return JSON.parse(new URLSearchParams(last().body).get('payload') as string) as Record<string, unknown>;
}

beforeAll(async () => {
  fake = await startFake();
  app = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ response_type: 'ephemeral', text: 'ack' }));
    });
  });
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  const { port } = app.address() as AddressInfo;
  driver = new SlackDriver({ fake, appUrl: `http://127.0.0.1:${port}/slack/events`, signingSecret: SIGNING_SECRET });
});
afterAll(async () => {
  await fake.close();
  await new Promise((resolve) => app.close(resolve));
});
beforeEach(() => {
  received = [];
  fake.reset();
});

describe('SlackDriver on the wire', () => {
  it('sends a signed slash command form with a response_url and trigger_id from the fake', async () => {
    const result = await driver.slashCommand({ user: ALICE, channel: ALERTS, text: 'Kiwanja P1' });
    expect(result).toMatchObject({ status: 200, body: { text: 'ack' } });
    expect(validSignature(last())).toBe(true);
    const form = Object.fromEntries(new URLSearchParams(last().body));
    expect(form).toMatchObject({
      command: '/alert', text: 'Kiwanja P1', user_id: ALICE, user_name: 'alice', channel_id: ALERTS, channel_name: 'poc-alerts',
      team_id: fake.teamId, api_app_id: fake.apiAppId, response_url: result.responseUrl, trigger_id: result.triggerId,
    });
    expect(result.responseUrl.startsWith(`${fake.baseUrl}/response/`)).toBe(true);
  });

  it('records what the app posts to the response_url and shows it as an ephemeral', async () => {
    const { responseUrl } = await driver.slashCommand({ user: ALICE, channel: ALERTS, text: '' });
    await fetch(responseUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'Travail…' }) });
    await fetch(responseUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'Fait', replace_original: true }) });
    expect(fake.responses({ user: ALICE }).map((r) => [r.body.text, r.replace_original])).toEqual([['Travail…', false], ['Fait', true]]);
    expect(fake.ephemerals({ user: ALICE, channel: ALERTS }).map((e) => e.text)).toEqual(['ack', 'Fait']);
  });

  it('forges requests on demand', async () => {
    await driver.slashCommand({ user: ALICE, channel: ALERTS, forge: 'bad-signature' });
    expect(validSignature(last())).toBe(false);

    await driver.slashCommand({ user: ALICE, channel: ALERTS, forge: 'stale-timestamp' });
    expect(validSignature(last())).toBe(true);
    expect(Number(last().headers['x-slack-request-timestamp'])).toBeLessThan(Date.now() / 1000 - 5 * 60);

    await driver.slashCommand({ user: ALICE, channel: ALERTS, forge: 'no-signature' });
    expect(last().headers['x-slack-signature']).toBeUndefined();

    await driver.event({ type: 'app_home_opened', user: ALICE }, { forge: 'tampered-body' });
    expect(validSignature(last())).toBe(false);
    expect(JSON.parse(last().body)).toMatchObject({ type: 'event_callback', event: { type: 'app_home_opened', tab: 'home' } });
  });

  it('clicks a button the app posted, with the stored message, block_id and value', async () => {
    const posted = await clientFor(fake).chat.postMessage({
      channel: ALERTS,
      text: 'Alerte',
      blocks: [{ type: 'actions', block_id: 'alert_actions', elements: [{ type: 'button', action_id: 'take', value: 'alert:42', text: { type: 'plain_text', text: 'Prendre' } }] }],
    });
    const result = await driver.clickButton({ user: ALICE, channel: ALERTS, ts: posted.ts as string, actionId: 'take' });
    const payload = lastPayload();
    expect(validSignature(last())).toBe(true);
    expect(payload).toMatchObject({
      type: 'block_actions',
      user: { id: ALICE, username: 'alice' },
      container: { type: 'message', message_ts: posted.ts, channel_id: ALERTS, is_ephemeral: false },
      channel: { id: ALERTS, name: 'poc-alerts' },
      message: { ts: posted.ts, text: 'Alerte' },
      response_url: result.responseUrl,
      trigger_id: result.triggerId,
      actions: [{ type: 'button', action_id: 'take', block_id: 'alert_actions', value: 'alert:42' }],
    });
    await expect(driver.clickButton({ user: ALICE, channel: ALERTS, ts: posted.ts as string, actionId: 'nope' })).rejects.toThrow(/available: take/);
  });

  it('answers url_verification and wraps events in the Events API envelope', async () => {
    await driver.urlVerification('abc');
    expect(JSON.parse(last().body)).toMatchObject({ type: 'url_verification', challenge: 'abc' });
    const { envelope } = await driver.event({ type: 'app_home_opened', user: ALICE });
    expect(envelope).toMatchObject({ type: 'event_callback', team_id: fake.teamId, api_app_id: fake.apiAppId, event: { user: ALICE, channel: fake.dmChannelId(ALICE) } });
  });

  it('lets the app replace an ephemeral it was clicked in, through the response_url', async () => {
    await clientFor(fake).chat.postEphemeral({
      channel: ALERTS, user: ALICE, text: 'Confirmer ?',
      blocks: [{ type: 'actions', elements: [{ type: 'button', action_id: 'confirm', text: { type: 'plain_text', text: 'Oui' } }] }],
    });
    const [ephemeral] = fake.ephemerals({ user: ALICE });
    const click = await driver.clickButton({ user: ALICE, channel: ALERTS, ts: ephemeral?.ts as string, actionId: 'confirm' });
    expect(lastPayload()).toMatchObject({ container: { is_ephemeral: true } });
    expect(lastPayload()).not.toHaveProperty('message');
    await fetch(click.responseUrl as string, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ replace_original: true, text: 'Confirmé' }) });
    expect(fake.ephemerals({ user: ALICE }).map((e) => e.text)).toEqual(['Confirmé']);
  });

  it('faults response URLs like Web API methods', async () => {
    const { responseUrl } = await driver.slashCommand({ user: ALICE, channel: ALERTS });
    fake.failNext('response_url', 1, { httpStatus: 500 });
    const post = () => fetch(responseUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"text":"x"}' });
    expect((await post()).status).toBe(500);
    expect((await post()).status).toBe(200);
    expect(fake.callsTo('response_url').map((c) => c.ok)).toEqual([false, true]);
    expect(fake.responses()).toHaveLength(1);
  });
});
