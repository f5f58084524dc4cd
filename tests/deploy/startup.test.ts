import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMission } from '../../src/config/mission.js';
import { exampleWorkspace, FakeSlack, GENERAL_CHANNEL, PEOPLE, SlackDriver } from '../../src/fake-slack/index.js';
import { lockPathOf } from '../../src/store/instance-lock.js';
import { freePort } from '../../drills/app-process.js';
import { cleanupList, freshDatabase, startConnectProxy, startVeilleProcess } from './veille-process.js';

const BOT = 'xoxb-process-test';
const APP = 'xapp-1-process-test';
const mission = loadMission('data/mission.example.json');
const database = freshDatabase;

const cleanups = cleanupList();
afterEach(() => cleanups.stopAll());
const track = cleanups.track;
async function fakeSlack(options: { appToken?: string } = {}) {
  const fake = await FakeSlack.start({ botToken: BOT, ...exampleWorkspace(mission), ...options });
  cleanups.add(() => fake.close());
  return fake;
}

describe('Veille in Socket Mode behind a proxy', () => {
  it('reaches Slack only through HTTPS_PROXY (Web API, apps.connections.open and the WebSocket), is ready once connected, works, and stops on SIGTERM', async () => {
    const fake = await fakeSlack({ appToken: APP });
    const proxy = await startConnectProxy();
    cleanups.add(() => proxy.close());
    const path = database();
    const veille = track(await startVeilleProcess({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_SIGNING_SECRET: '', SLACK_API_URL: fake.url, HTTPS_PROXY: proxy.url, DATABASE_PATH: path }));
    await veille.waitForOutput(/Veille is running \(Socket Mode, connected\)/);
    expect(veille.output()).toContain(`starting (Socket Mode): Slack at ${fake.url} through the proxy ${proxy.url}`);
    expect(await veille.get('/readyz')).toEqual({ status: 200, text: 'ready' });

    const driver = new SlackDriver({ fake, appUrl: '', signingSecret: '', socket: fake.socketMode });
    const answer = await driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, text: 'Armed men attacked Kamango market this morning, 4 killed, ADF suspected' });
    expect((answer.body as { text: string }).text).toMatch(/^A-1 logged/);
    const poc = mission.sections.find((s) => s.id === 'poc')!.channel;
    await fake.waitFor(() => fake.messages(poc).length === 1, { what: 'the card in PoC', timeoutMs: 10_000 });

    expect(proxy.seen).toEqual(expect.arrayContaining(['POST /api/auth.test HTTP/1.1', 'POST /api/apps.connections.open HTTP/1.1', 'POST /api/chat.postMessage HTTP/1.1']));
    expect(proxy.seen.some((line) => /^GET \/socket-mode\?ticket=ticket-\d+ HTTP\/1\.1$/.test(line))).toBe(true);
    // Every call the fake received came through the proxy: none went around it. A post the proxy has
    // passed on may still be on its way to the fake, so wait for the two counts to meet; a call that
    // went around the proxy would leave the fake's count above the proxy's for good.
    const postsAtFake = () => fake.calls.filter((c) => c.method === 'chat.postMessage').length;
    const postsThroughProxy = () => proxy.seen.filter((l) => l.includes('/api/chat.postMessage')).length;
    await fake.waitFor(() => postsAtFake() === postsThroughProxy(), { what: 'every post at the fake to have come through the proxy', timeoutMs: 10_000 });
    expect(postsAtFake()).toBeGreaterThan(0);

    expect(await veille.stop()).toBe(0);
    expect(veille.output()).toMatch(/stopping[\s\S]*stopped/);
    expect(existsSync(lockPathOf(path))).toBe(false);
  }, 30_000);

  it('goes around the proxy for hosts in NO_PROXY', async () => {
    const fake = await fakeSlack({ appToken: APP });
    const proxy = await startConnectProxy();
    cleanups.add(() => proxy.close());
    const veille = track(await startVeilleProcess({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: fake.url, HTTPS_PROXY: proxy.url, NO_PROXY: '127.0.0.1', DATABASE_PATH: database() }));
    await veille.waitForOutput(/Veille is running/);
    expect(proxy.seen).toEqual([]);
  }, 30_000);
});

describe('stopping while Slack is gone', () => {
  it('in Socket Mode, mid-reconnection: SIGTERM still ends the process cleanly and releases the database', async () => {
    const fake = await FakeSlack.start({ botToken: BOT, appToken: APP, ...exampleWorkspace(mission) });
    const path = database();
    const veille = track(await startVeilleProcess({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: fake.url, DATABASE_PATH: path }));
    await veille.waitForOutput(/Veille is running/);
    await fake.close();
    await veille.waitForOutput(/Socket Mode connection lost; reconnecting/);
    expect((await veille.get('/readyz')).status).toBe(503);
    expect(await veille.stop()).toBe(0);
    // (Bolt may still log its reconnection attempts while it stops)
    expect(veille.output()).toMatch(/info stopping\n(.*\n)*?.*info stopped\n/);
    expect(existsSync(lockPathOf(path))).toBe(false);
  }, 40_000);
});

describe('honest start-up', () => {
  it('says in one line that Slack cannot be reached, retries with a growing wait, answers /healthz but not /readyz, and stops on SIGTERM', async () => {
    const closed = await freePort(); // nothing listens there
    const apiUrl = `http://127.0.0.1:${closed}/api/`;
    const veille = track(await startVeilleProcess({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 'process-signing-secret', SLACK_API_URL: apiUrl, DATABASE_PATH: database() }));
    await veille.waitForOutput(/trying again in 4 s/);
    const lines = veille.output().split('\n').filter((l) => l.includes('cannot reach Slack'));
    expect(lines.map((l) => l.replace(/^\S+ /, ''))).toEqual([`warn cannot reach Slack at ${apiUrl} (ECONNREFUSED); trying again in 2 s`, `warn cannot reach Slack at ${apiUrl} (ECONNREFUSED); trying again in 4 s`]);
    expect(await veille.get('/healthz')).toEqual({ status: 200, text: 'ok' });
    expect(await veille.get('/readyz')).toEqual({ status: 503, text: 'waiting for slack' });
    expect(veille.output()).not.toContain('Veille is running');
    expect(await veille.stop()).toBe(0);
  }, 30_000);

  it('stops at once with one line when Slack rejects the bot token', async () => {
    const fake = await fakeSlack();
    const veille = track(await startVeilleProcess({ SLACK_BOT_TOKEN: 'xoxb-wrong', SLACK_SIGNING_SECRET: 'process-signing-secret', SLACK_API_URL: fake.url, DATABASE_PATH: database() }));
    expect(await veille.exited).toBe(1);
    expect(veille.output().trim().split('\n').at(-1)).toBe("Veille cannot start: Slack rejected the bot token (SLACK_BOT_TOKEN): invalid_auth. Use the app's Bot User OAuth Token (xoxb-…), from its OAuth & Permissions page.");
  }, 30_000);

  it('stops at once with one line when Slack rejects the app-level token', async () => {
    const fake = await fakeSlack({ appToken: APP });
    const veille = track(await startVeilleProcess({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: 'xapp-1-wrong', SLACK_API_URL: fake.url, DATABASE_PATH: database() }));
    expect(await veille.exited).toBe(1);
    expect(veille.output().trim().split('\n').at(-1)).toBe("Veille cannot start: Slack rejected the app-level token (SLACK_APP_TOKEN): invalid_auth. Generate one with the connections:write scope on the app's Basic Information page.");
  }, 30_000);

  it('in HTTP mode, is ready once Slack answers and stops cleanly on SIGTERM', async () => {
    const fake = await fakeSlack();
    const path = database();
    const veille = track(await startVeilleProcess({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 'process-signing-secret', SLACK_API_URL: fake.url, DATABASE_PATH: path }));
    await veille.waitForOutput(/Veille is running \(HTTP\)/);
    expect(await veille.get('/readyz')).toEqual({ status: 200, text: 'ready' });
    expect(await veille.stop()).toBe(0);
    expect(existsSync(lockPathOf(path))).toBe(false);
  }, 30_000);
});
