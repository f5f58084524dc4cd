/**
 * `npm run screenshot`: docs/playground.png, made with the e2e machinery — a section channel with
 * an alert card, a reminder in its thread and the morning digest, as the PoC section lead sees it —
 * docs/playground-phone.png, the same channel at phone width (390 px), and docs/digest-chart.png,
 * the morning digest and the chart that follows it, and docs/sms-box.png, the "Send an SMS" box with
 * the sender's phone after its alert was acknowledged.
 */
import { PEOPLE } from '../../src/fake-slack/index.js';
import { nextLocalTime } from '../../src/playground/clock-control.js';
import { card, go, launchBrowser, openAs, see, send, startTestPlayground } from './browser.js';

const OUT = 'docs/playground.png';
const PHONE = 'docs/playground-phone.png';
const CHART = 'docs/digest-chart.png';
const SMS = 'docs/sms-box.png';

const playground = await startTestPlayground();
const browser = await launchBrowser();
try {
  playground.clock.advanceTo(nextLocalTime(playground.clock.now(), 'Africa/Kinshasa', 4, 0));
  // What the jump made due (yesterday's digests, marked late) goes out before the story starts.
  await playground.runtime.tick();
  const page = await browser.newPage({ viewport: { width: 1440, height: 1060 }, deviceScaleFactor: 1 });
  await page.goto(playground.url);
  await openAs(page, playground, PEOPLE.focalPoint.real_name);
  await go(page, '# general');
  for (const report of [
    '3 femmes violées à Minova par des hommes armés non identifiés',
    'Mai-Mai roadblock at Lubero, patrol denied access',
    'Armed men attacked Kamango market, 4 killed, ADF suspected',
  ]) {
    await send(page, `/alert ${report}`);
    await see(page, /A-\d+ (logged|enregistrée)/);
  }
  await see(page, 'A-3 logged');
  await openAs(page, playground, PEOPLE.pocLead.real_name);
  await go(page, '# poc-alerts');
  await card(page, 'A-2').getByRole('button', { name: 'Take ownership' }).click();
  await card(page, 'A-2').filter({ hasText: '@olivier' }).waitFor();
  await page.getByRole('button', { name: '+1 hour' }).click();
  await page.getByRole('button', { name: 'Next morning 07:00' }).click();
  await see(page, 'daily digest');
  const replies = card(page, 'A-3').getByRole('button', { name: /repl/ });
  await replies.waitFor();
  await replies.click();
  await page.locator('#thread .msg', { hasText: 'not been acknowledged' }).first().waitFor();
  // The Kamango card, the digest below it.
  await card(page, 'A-3').evaluate((node) => node.scrollIntoView({ block: 'start' }));
  await page.mouse.move(5, 880);
  await page.waitForTimeout(300);
  await page.screenshot({ path: OUT });
  console.log(`Wrote ${OUT}`);

  // The digest and its chart, the message right after it (the thread closed for room).
  await page.keyboard.press('Escape');
  const chart = page.locator('#content .msg', { has: page.locator('img.file-image') }).last();
  await chart.locator('img.file-image').waitFor({ timeout: 30_000 });
  await chart.locator('img.file-image').evaluate((img) => (img as HTMLImageElement).decode());
  const digest = page.locator('#content .msg', { hasText: 'daily digest' }).last();
  await digest.evaluate((node) => node.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(300);
  const top = (await digest.boundingBox())!;
  const bottom = (await chart.boundingBox())!;
  await page.screenshot({ path: CHART, clip: { x: top.x, y: top.y, width: Math.max(top.width, bottom.width), height: Math.min(1060 - top.y, bottom.y + bottom.height - top.y) } });
  console.log(`Wrote ${CHART}`);

  // At phone width: the sidebar folds behind ☰, the card and its digest take the screen.
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  await phone.goto(playground.url);
  await phone.getByRole('button', { name: 'Channels, people and clock' }).click();
  await phone.getByLabel('Viewing as').selectOption({ label: PEOPLE.pocLead.real_name });
  await go(phone, '# poc-alerts');
  await phone.locator('#sidebar').waitFor({ state: 'hidden' });
  await card(phone, 'A-3').waitFor();
  await card(phone, 'A-3').evaluate((node) => node.scrollIntoView({ block: 'start' }));
  await phone.waitForTimeout(300);
  await phone.screenshot({ path: PHONE });
  console.log(`Wrote ${PHONE}`);

  // The SMS box: a network member texts the hotline, the PoC lead acknowledges the card, the phone gets the SMS back.
  const box = page.getByRole('form', { name: 'Send an SMS' });
  await box.getByLabel('SMS text').fill('Des hommes armés ont pillé des maisons à Kamango hier soir');
  await box.getByRole('button', { name: 'Send SMS' }).click();
  await page.locator('#sms-reply-text').filter({ hasText: 'A-4' }).waitFor();
  await card(page, 'A-4').getByRole('button', { name: 'Acknowledge' }).click();
  await box.locator('.sms-msg.received', { hasText: 'A-4 : votre message est bien arrivé' }).waitFor();
  await box.evaluate((node) => node.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(300);
  await box.screenshot({ path: SMS });
  console.log(`Wrote ${SMS}`);
} finally {
  await browser.close();
  await playground.stop();
}
