import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PEOPLE } from '../../src/fake-slack/index.js';
import type { Playground } from '../../src/playground/playground.js';
import { card, go, launchBrowser, openAs, see, send, startTestPlayground } from './browser.js';

/** `npm start -- --socket`: the same playground, with the pretend Slack reaching Veille over Socket Mode. */
let playground: Playground;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  playground = await startTestPlayground({ transport: 'socket' });
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await playground?.stop();
});

describe('the playground over Socket Mode', () => {
  it('logs a report, posts its card and takes a click, all through the WebSocket', { timeout: 60_000 }, async () => {
    await openAs(page, playground, PEOPLE.focalPoint.real_name);
    await go(page, '# general');
    await send(page, '/alert Armed men attacked Kamango market, 4 killed, ADF suspected');
    await see(page, 'A-1 logged');
    await openAs(page, playground, PEOPLE.pocLead.real_name);
    await go(page, '# poc-alerts');
    await card(page, 'A-1').getByRole('button', { name: 'Take ownership' }).click();
    await card(page, 'A-1').filter({ hasText: '@olivier' }).waitFor();
    // Nothing came in over HTTP: every request went through the fake's Socket Mode connection.
    expect(playground.fake.socketMode!.delivered).toBeGreaterThanOrEqual(2);
  });
});
