/**
 * The first ten minutes (issue 18): what a newcomer meets in the playground, in Chromium. Each test
 * starts from an empty workspace at 04:00 in Kinshasa.
 */
import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PEOPLE } from '../../src/fake-slack/index.js';
import { nextLocalTime } from '../../src/playground/clock-control.js';
import type { Playground } from '../../src/playground/playground.js';
import { card, go, launchBrowser, messages, openAs, see, send, startTestPlayground } from './browser.js';

let playground: Playground;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [playground, browser] = await Promise.all([startTestPlayground(), launchBrowser()]);
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
  await playground?.stop();
});
beforeEach(async () => {
  await playground.reset();
  playground.clock.advanceTo(nextLocalTime(playground.clock.now(), 'Africa/Kinshasa', 4, 0));
  await playground.runtime.tick();
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(playground.url);
});

/** A report of exactly `length` characters, made of a real one repeated. */
function longReport(length: number): string {
  const one = 'Armed men attacked Kamango market, 4 killed, ADF suspected. ';
  return one.repeat(Math.ceil(length / one.length)).slice(0, length).trimEnd().padEnd(length, '.');
}

describe('a long pasted report', () => {
  it('reaches Veille: 3,994 characters are logged, over 4,000 get Veille’s refusal with the text back', { timeout: 60_000 }, async () => {
    await openAs(page, playground, PEOPLE.focalPoint.real_name);
    await go(page, '# general');
    await send(page, `/alert ${longReport(3994)}`);
    await see(page, 'A-1 logged');

    const tooLong = longReport(4100);
    await send(page, `/alert ${tooLong}`);
    const refusal = await see(page, 'Nothing was logged: the report is 4,100 characters');
    expect((await refusal.innerText()).replace(/\s+/g, ' ')).toContain(tooLong.slice(-200).replace(/\s+/g, ' ').trim());
    expect(await page.locator('#toast').isVisible()).toBe(false);
    expect(await page.getByLabel('Message').inputValue()).toBe('');
  });
});

describe('the clock control is not downtime', () => {
  it('posts the morning digests on time after "Next morning 07:00", even the ones due an hour earlier in Goma', { timeout: 60_000 }, async () => {
    await openAs(page, playground, PEOPLE.focalPoint.real_name);
    await go(page, '# general');
    await send(page, '/alert Mai-Mai roadblock at Lubero, patrol denied access');
    await see(page, 'A-1 logged');
    await go(page, '# fo-beni-alerts');
    await page.getByRole('button', { name: 'Next morning 07:00' }).click();
    // Beni keeps Goma's time: its 07:00 digest fell due an hour before the clock landed.
    const digest = await see(page, /daily digest/);
    expect(await digest.innerText()).toContain('A-1');
    expect(await digest.innerText()).not.toContain('posted late');
  });
});

describe('the leadership digest', () => {
  it('is reached with "Next morning 08:00", past its 07:30, on time', { timeout: 60_000 }, async () => {
    await openAs(page, playground, PEOPLE.leadership.real_name);
    await go(page, '# smg-p-digest');
    await page.getByRole('button', { name: 'Next morning 07:00' }).click();
    await page.locator('#clock-now', { hasText: '07:00' }).waitFor();
    expect(await messages(page, 'leadership digest').count()).toBe(0);
    await page.getByRole('button', { name: 'Next morning 08:00' }).click();
    await page.locator('#clock-now', { hasText: '08:00' }).waitFor();
    const digest = await see(page, 'leadership digest');
    expect(await digest.innerText()).not.toContain('posted late');
  });
});

describe('"only visible to you" messages', () => {
  it('can be dismissed, and go when the page is reloaded, as in Slack', { timeout: 60_000 }, async () => {
    await openAs(page, playground, PEOPLE.focalPoint.real_name);
    await go(page, '# general');
    await send(page, '/alert Mai-Mai roadblock at Lubero, patrol denied access');
    const confirmation = await see(page, 'A-1 logged');
    await confirmation.getByRole('button', { name: 'Dismiss', exact: true }).click();
    await messages(page, 'A-1 logged').first().waitFor({ state: 'detached' });
    // Gone for good, not only from this screen.
    expect(playground.fake.ephemerals({ user: PEOPLE.focalPoint.id })).toHaveLength(0);

    await send(page, '/alert help');
    await see(page, 'Only visible to you');
    await send(page, 'Anyone heard from Lubero this morning?');
    await see(page, 'Anyone heard from Lubero');
    await page.reload();
    await see(page, 'Anyone heard from Lubero');
    expect(await messages(page, 'Only visible to you').count()).toBe(0);
    // A new one after the reload shows as usual.
    await send(page, '/alert help');
    await see(page, 'Only visible to you');
  });
});

describe('at phone width (390 px)', () => {
  it('keeps the sidebar behind ☰ and gives the messages the width of the screen', { timeout: 60_000 }, async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    const menu = page.getByRole('button', { name: 'Channels, people and clock' });
    await menu.waitFor();
    expect(await page.locator('#sidebar').isVisible()).toBe(false);
    await menu.click();
    await page.getByLabel('Viewing as').selectOption({ label: PEOPLE.focalPoint.real_name });
    await page.locator('#nav .nav-item').first().waitFor();
    await go(page, '# general');
    // Choosing a channel closes the drawer.
    await page.locator('#sidebar').waitFor({ state: 'hidden' });
    await send(page, '/alert Armed men attacked Kamango market, 4 killed, ADF suspected');
    await see(page, 'A-1 logged');
    await menu.click();
    await go(page, '# poc-alerts');
    await see(page, 'Kamango');
    // Measured in one go in the page (it redraws every second): the card's text column and headline.
    const layout = await page.evaluate(() => {
      const message = [...document.querySelectorAll('#content .msg')].find((m) => m.textContent!.includes('Kamango'))!;
      const header = message.querySelector('.bk-header')!;
      return {
        body: message.querySelector('.msg-body')!.getBoundingClientRect().width,
        headerLines: header.getBoundingClientRect().height / (parseFloat(getComputedStyle(header).lineHeight) || 22),
      };
    });
    expect(layout.body).toBeGreaterThanOrEqual(300);
    // No word broken a letter per line: the headline takes a line or two.
    expect(layout.headerLines).toBeLessThan(4);
    // Nothing sticks out sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

describe('priority colours and locks', () => {
  it('carry their word as a tooltip, and show it where no emoji font can draw them', { timeout: 60_000 }, async () => {
    const emojiFont = /emoji/i.test(execFileSync('fc-list', { encoding: 'utf8' }));
    await openAs(page, playground, PEOPLE.focalPoint.real_name);
    expect(await page.evaluate(() => !document.documentElement.classList.contains('no-emoji'))).toBe(emojiFont);
    await go(page, '# general');
    await send(page, '/alert Armed men attacked Kamango market, 4 killed, ADF suspected');
    await see(page, 'A-1 logged');
    await send(page, '/alert 3 femmes violées à Minova par des hommes armés non identifiés');
    await see(page, 'A-2 enregistrée');

    await go(page, '# poc-alerts');
    const standard = await see(page, 'Kamango');
    const priority = standard.locator('.bk-header [title]').first();
    expect(await priority.getAttribute('title')).toBe('high');
    expect(await priority.textContent()).toBe(emojiFont ? '🟠' : 'high');

    // The PoC section sees the restricted alert as a locked summary.
    const stub = card(page, 'A-2');
    await stub.waitFor();
    const lock = stub.locator('.bk-header [title="restricted"]');
    expect(await lock.textContent()).toBe(emojiFont ? '🔒' : 'restricted');
    if (!emojiFont) expect(await stub.locator('.bk-header').innerText()).toMatch(/^RESTRICTED A-2 · /);
    // Emoji that only decorate are left out rather than drawn as empty boxes.
    await page.getByRole('button', { name: 'Next morning 07:00' }).click();
    await see(page, 'daily digest');
    const boxes = /.{0,40}[\u{1F000}-\u{1FAFF}].{0,10}/gu;
    if (!emojiFont) {
      expect((await page.locator('#content').innerText()).match(boxes)).toBeNull();
      // The sidebar and the title too: their emoji are not drawn, a private channel is marked by a word.
      await openAs(page, playground, PEOPLE.crsvAdviser.real_name);
      await go(page, '🔒 crsv-alerts');
      const drawn = await page.evaluate(() =>
        [...document.querySelectorAll('#nav .deco, #title .deco')].filter((node) => node.getBoundingClientRect().width > 1).map((node) => node.textContent),
      );
      expect(drawn).toEqual([]);
      const word = await page.locator('#title .deco-word').evaluate((node) => getComputedStyle(node, '::before').content);
      expect(word).toBe('"private"');
    }
  });
});
