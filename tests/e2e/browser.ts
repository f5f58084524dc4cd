/**
 * The e2e machinery: Debian's Chromium driven by playwright-core (no browser download), and the
 * playground started in-process on a free loopback port with an in-memory database.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadMission } from '../../src/config/mission.js';
import { silentLogger } from '../../src/log.js';
import { startPlayground, type Playground } from '../../src/playground/playground.js';

const CHROMIUM = '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`The e2e tests need Debian's Chromium at ${CHROMIUM}: apt-get install -y --no-install-recommends chromium`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export function startTestPlayground(options: { seed?: boolean; databasePath?: string; transport?: 'http' | 'socket' } = {}): Promise<Playground> {
  return startPlayground({
    mission: loadMission('data/mission.example.json'),
    port: 0,
    databasePath: options.databasePath ?? ':memory:',
    log: silentLogger,
    seed: options.seed ?? false,
    // No cron: the tests move the clock with the page's clock control.
    schedule: false,
    transport: options.transport ?? 'http',
  });
}

/** Opens the playground as `user` (the switcher's choice is remembered per browser context). */
export async function openAs(page: Page, playground: Playground, userRealName: string): Promise<void> {
  if (!page.url().startsWith(playground.url)) await page.goto(playground.url);
  await page.getByLabel('Viewing as').selectOption({ label: userRealName });
  await page.locator('#nav .nav-item').first().waitFor();
}

/** Types into the message box and sends it, as a person would (Enter). */
export async function send(page: Page, text: string): Promise<void> {
  await page.getByLabel('Message').fill(text);
  await page.getByLabel('Message').press('Enter');
}

/** Opens a channel, Home or the app's DMs from the sidebar by its exact name. */
export async function go(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  await page.locator('#title').filter({ hasText: name }).waitFor();
}

/** The messages on screen (channel pane) that contain `text`. */
export function messages(page: Page, text: string | RegExp) {
  return page.locator('#content .msg', { hasText: text });
}

/** Waits until a message containing `text` is on screen (the page polls every second). */
export async function see(page: Page, text: string | RegExp, timeout = 5000) {
  const found = messages(page, text).first();
  await found.waitFor({ timeout });
  return found;
}

/** The alert card (or stub) of `reference` on screen: the message whose header names it. */
export function card(page: Page, reference: string) {
  return page.locator('#content .msg', { has: page.locator('.bk-header', { hasText: new RegExp(`\\b${reference} · `) }) });
}
