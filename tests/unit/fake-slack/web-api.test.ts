import { ErrorCode, type WebAPIHTTPError, type WebAPIRateLimitedError, type WebClient } from '@slack/web-api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FakeSlack } from '../../../src/fake-slack/index.js';
import { ALERTS, ALICE, BOB, QUIET, SECRET, clientFor, slackError, startFake } from './fixture.js';

let fake: FakeSlack;
let client: WebClient;

beforeAll(async () => {
  fake = await startFake();
  client = clientFor(fake);
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const header = (text: string) => ({ type: 'header', text: { type: 'plain_text', text } });

describe('FakeSlack answering a real WebClient', () => {
  it('serves slackApiUrl ending in /api/ and answers auth.test as the bot', async () => {
    expect(fake.url).toBe(`${fake.baseUrl}/api/`);
    const me = await client.auth.test();
    expect(me).toMatchObject({ ok: true, user_id: fake.botUserId, bot_id: fake.botId, team_id: fake.teamId });
  });

  it('refuses a wrong token with invalid_auth', async () => {
    expect(await slackError(clientFor(fake, 'xoxb-wrong').auth.test())).toBe('invalid_auth');
  });

  it('stores a posted message with its blocks and records the call with arguments decoded', async () => {
    const blocks = [header('Alerte: Kiwanja'), { type: 'section', text: { type: 'mrkdwn', text: '*P1* armed group' } }];
    const posted = await client.chat.postMessage({ channel: ALERTS, text: 'Alerte', blocks });
    expect(posted.ts).toMatch(/^1700000000\.\d{6}$/);

    const [message] = fake.messages(ALERTS);
    expect(message).toMatchObject({ ts: posted.ts, text: 'Alerte', user: fake.botUserId, replies: [] });
    expect(message?.blocks?.[0]).toMatchObject(header('Alerte: Kiwanja'));
    expect(message?.blocks?.[0]?.block_id).toEqual(expect.any(String));

    const [call] = fake.callsTo('chat.postMessage');
    expect(call).toMatchObject({ ok: true, httpStatus: 200, args: { channel: ALERTS, text: 'Alerte', blocks } });
    expect(call?.args).not.toHaveProperty('token');
    expect(fake.violations).toEqual([]);
  });

  it('gives unique, increasing ts values while the clock stands still', async () => {
    const a = await client.chat.postMessage({ channel: ALERTS, text: 'one' });
    const b = await client.chat.postMessage({ channel: ALERTS, text: 'two' });
    expect(Number(b.ts)).toBeGreaterThan(Number(a.ts));
  });

  it('threads replies, edits and deletes messages', async () => {
    const parent = await client.chat.postMessage({ channel: ALERTS, text: 'alert' });
    await client.chat.postMessage({ channel: ALERTS, text: 'follow-up', thread_ts: parent.ts as string });
    expect(fake.thread(ALERTS, parent.ts as string).map((m) => m.text)).toEqual(['follow-up']);

    await client.chat.update({ channel: ALERTS, ts: parent.ts as string, text: 'alert (closed)' });
    expect(fake.message(ALERTS, parent.ts as string)).toMatchObject({ text: 'alert (closed)', edited: { user: fake.botUserId } });

    await client.chat.delete({ channel: ALERTS, ts: parent.ts as string });
    expect(fake.messages(ALERTS)).toEqual([]);
    expect(await slackError(client.chat.update({ channel: ALERTS, ts: '1.000001', text: 'x' }))).toBe('message_not_found');
  });

  it('answers invalid_arguments and records a violation when a required argument is missing', async () => {
    const error = await slackError(client.apiCall('chat.postMessage', { text: 'no channel' }));
    expect(error).toBe('invalid_arguments');
    expect(fake.violations).toEqual(['chat.postMessage: required argument "channel" is missing']);
    expect(fake.callsTo('chat.postMessage')[0]).toMatchObject({ ok: false, error: 'invalid_arguments' });
  });

  it('records a violation for a method Slack does not have', async () => {
    expect(await slackError(client.apiCall('chat.postMesage', { channel: ALERTS }))).toBe('invalid_arguments');
    expect(fake.violations[0]).toContain('chat.postMesage');
  });

  it('answers not_in_channel when the bot is not a member, until it joins', async () => {
    expect(await slackError(client.chat.postMessage({ channel: QUIET, text: 'hi' }))).toBe('not_in_channel');
    await client.conversations.join({ channel: QUIET });
    await client.chat.postMessage({ channel: QUIET, text: 'hi' });
    fake.setMember(ALERTS, fake.botUserId, false);
    expect(await slackError(client.chat.postMessage({ channel: ALERTS, text: 'hi' }))).toBe('not_in_channel');
  });

  it('hides private channels the bot is not in and unknown channels', async () => {
    expect(await slackError(client.chat.postMessage({ channel: SECRET, text: 'hi' }))).toBe('channel_not_found');
    expect(await slackError(client.conversations.info({ channel: 'C0NOPE' }))).toBe('channel_not_found');
    expect(await slackError(client.conversations.join({ channel: SECRET }))).toBe('channel_not_found');
  });

  it('surfaces an injected 429 as a rate-limited error with retryAfter, then recovers', async () => {
    fake.failNext('chat.postMessage', 1, { rateLimited: 7 });
    const failure = await client.chat.postMessage({ channel: ALERTS, text: 'x' }).catch((e: unknown) => e);
    expect((failure as WebAPIRateLimitedError).code).toBe(ErrorCode.RateLimitedError);
    expect((failure as WebAPIRateLimitedError).retryAfter).toBe(7);
    expect(fake.callsTo('chat.postMessage')[0]).toMatchObject({ ok: false, error: 'ratelimited', httpStatus: 429 });
    await client.chat.postMessage({ channel: ALERTS, text: 'x' });
    expect(fake.messages(ALERTS)).toHaveLength(1);
  });

  it('injects 5xx, Slack errors and delays', async () => {
    fake.failNext('chat.postMessage', 1, { httpStatus: 503 });
    const failure = await client.chat.postMessage({ channel: ALERTS, text: 'x' }).catch((e: unknown) => e);
    expect((failure as WebAPIHTTPError).statusCode).toBe(503);

    fake.failNext('chat.postMessage', 2, { error: 'fatal_error' });
    expect(await slackError(client.chat.postMessage({ channel: ALERTS, text: 'x' }))).toBe('fatal_error');
    expect(await slackError(client.chat.postMessage({ channel: ALERTS, text: 'x' }))).toBe('fatal_error');

    fake.failNext('chat.postMessage', 1, { delayMs: 30 });
    const started = Date.now();
    await client.chat.postMessage({ channel: ALERTS, text: 'slow' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    expect(fake.messages(ALERTS).map((m) => m.text)).toEqual(['slow']);
  });

  it('refuses an over-long header with invalid_blocks and records why', async () => {
    const error = await slackError(client.chat.postMessage({ channel: ALERTS, text: 'x', blocks: [header('h'.repeat(151))] }));
    expect(error).toBe('invalid_blocks');
    expect(fake.messages(ALERTS)).toEqual([]);
    expect(fake.violations).toEqual(['chat.postMessage: blocks[0].text.text: header text is 151 characters, over the limit of 150']);
  });

  it('keeps ephemerals per user and channel', async () => {
    await client.chat.postEphemeral({ channel: ALERTS, user: ALICE, text: 'only you' });
    expect(fake.ephemerals({ user: ALICE })).toMatchObject([{ channel: ALERTS, text: 'only you', via: 'chat.postEphemeral' }]);
    expect(fake.ephemerals({ user: BOB })).toEqual([]);
  });

  it('opens one stable DM per user and posts there', async () => {
    const first = await client.conversations.open({ users: ALICE });
    const again = await client.conversations.open({ users: ALICE });
    expect(first.channel?.id).toBe(again.channel?.id);
    expect(first.channel?.id).toMatch(/^D/);
    await client.chat.postMessage({ channel: first.channel?.id as string, text: 'reminder' });
    await client.chat.postMessage({ channel: ALICE, text: 'by user id' });
    expect(fake.dms(ALICE).map((m) => m.text)).toEqual(['reminder', 'by user id']);
  });

  it('answers users.info, conversations.info, members and permalinks', async () => {
    const { user } = await client.users.info({ user: ALICE });
    expect(user).toMatchObject({ id: ALICE, name: 'alice', real_name: 'Alice Martin', tz: 'Africa/Kinshasa', tz_offset: 3600 });
    expect(await slackError(client.users.info({ user: 'U0NOBODY' }))).toBe('user_not_found');

    const info = await client.conversations.info({ channel: ALERTS });
    expect(info.channel).toMatchObject({ id: ALERTS, name: 'poc-alerts', is_private: false, is_member: true });
    const { members } = await client.conversations.members({ channel: ALERTS });
    expect(members).toEqual(expect.arrayContaining([ALICE, BOB, fake.botUserId]));

    const posted = await client.chat.postMessage({ channel: ALERTS, text: 'x' });
    const link = await client.chat.getPermalink({ channel: ALERTS, message_ts: posted.ts as string });
    expect(link.permalink).toContain(`/archives/${ALERTS}/p${(posted.ts as string).replace('.', '')}`);
  });

  it('accepts JSON bodies with a Bearer token, as other clients send them', async () => {
    const response = await fetch(`${fake.url}chat.postMessage`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8', Authorization: 'Bearer xoxb-test-token' },
      body: JSON.stringify({ channel: ALERTS, text: 'json' }),
    });
    expect(await response.json()).toMatchObject({ ok: true, channel: ALERTS });
    expect(fake.messages(ALERTS)[0]?.text).toBe('json');
  });
});
