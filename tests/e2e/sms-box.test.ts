/**
 * The playground's "Send an SMS" box in Chromium: the playground plays Twilio (a signed Messaging
 * webhook to Veille's SMS endpoint), the page shows the TwiML reply the sender would get, and the
 * card appears in the section channels as for any other alert. Under the sender's number, its phone
 * shows the SMS Veille texts back later, through the (fake) gateway's API, as the alert moves on.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getAlert } from '../../src/alerts/service.js';
import { PEOPLE } from '../../src/fake-slack/index.js';
import type { Playground } from '../../src/playground/playground.js';
import { card, go, launchBrowser, openAs, see, send, startTestPlayground } from './browser.js';

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
  await page.goto(playground.url);
});

async function sendSms(from: RegExp, text: string): Promise<string> {
  const box = page.getByRole('form', { name: 'Send an SMS' });
  const select = box.getByLabel('SMS from');
  const option = (await select.locator('option').allInnerTexts()).find((label) => from.test(label));
  if (!option) throw new Error(`no sender ${from}`);
  await select.selectOption({ label: option });
  await box.getByLabel('SMS text').fill(text);
  // The bubble (hidden until the first reply) holds the last reply: wait for the new one.
  const bubble = page.locator('#sms-reply-text');
  const before = await bubble.textContent();
  await box.getByRole('button', { name: 'Send SMS' }).click();
  await expect.poll(async () => ((await bubble.isVisible()) ? await bubble.textContent() : before), { timeout: 5000 }).not.toBe(before);
  return box.getByRole('status', { name: 'SMS reply' }).innerText();
}

describe('the "Send an SMS" box', () => {
  it('sends a known network member’s SMS as Twilio would: the TwiML reply shows, the card appears with the member’s place', { timeout: 60_000 }, async () => {
    await openAs(page, playground, PEOPLE.focalPoint.real_name);
    const reply = await sendSms(/known network member/, 'Des hommes armés ont attaqué le marché ce matin, 2 morts');
    expect(reply).toBe('Veille A-1 : Attaque contre des civils, Kamango, 2 tués, priorité haute. Message enregistré, merci.');
    const twiml = await page.getByLabel('TwiML').innerText();
    expect(twiml).toBe(`<?xml version="1.0" encoding="UTF-8"?><Response><Message>${reply}</Message></Response>`);
    // Through the real endpoint: the alert came by SMS, from a known member, with the member's place.
    expect(getAlert(playground.veille.db, 1)).toMatchObject({ reportedVia: 'sms', reportedBy: 'twilio:member', placeId: 'kamango' });

    await openAs(page, playground, PEOPLE.pocLead.real_name);
    await go(page, '# poc-alerts');
    await card(page, 'A-1').waitFor({ timeout: 5000 });
    const shown = await card(page, 'A-1').innerText();
    expect(shown).toContain('Came by SMS (Twilio) from a known community alert network member');
    expect(shown).toContain('Kamango (Beni, North Kivu)');
    expect(shown).toContain('2 killed');
    // The sender's number is a source identity: it is on no card.
    expect(shown).not.toMatch(/812\s?345\s?678|CAN Kamango/);
  });

  it('logs an unknown number as an unverified source, and answers an empty SMS without logging anything', { timeout: 60_000 }, async () => {
    await openAs(page, playground, PEOPLE.pocLead.real_name);
    const reply = await sendSms(/unknown number/i, 'Armed men burned houses in Mbau last night');
    expect(reply).toMatch(/^Veille A-1: Looting or destruction, Mbau, priority medium\. Received, thank you\.$/);
    await go(page, '# poc-alerts');
    await card(page, 'A-1').waitFor({ timeout: 5000 });
    expect(await card(page, 'A-1').innerText()).toContain('Came by SMS (Twilio) from an unverified source');

    const empty = await sendSms(/unknown number/i, '   ');
    expect(empty).toBe('Veille: your message was empty. Nothing logged. Say what happened, where and when.');
    expect(playground.veille.db.prepare('SELECT COUNT(*) FROM alerts').pluck().get()).toBe(1);
  });

  it('shows, under the sender’s number, the SMS Veille texts back as the alert is acknowledged and closed', { timeout: 60_000 }, async () => {
    await openAs(page, playground, PEOPLE.pocLead.real_name);
    await sendSms(/known network member/, 'Des hommes armés ont pillé des maisons à Kamango hier soir');
    const phone = page.getByRole('log', { name: "SMS on the sender's phone" });
    await expect.poll(() => phone.locator('.sms-msg').count(), { timeout: 5000 }).toBe(2);
    // The page says why a real mission sends none by default.
    expect(await page.locator('#sms-replies-note').innerText()).toContain("A real mission's default is never: an SMS on an informant's phone can expose them.");

    await go(page, '# poc-alerts');
    await card(page, 'A-1').waitFor({ timeout: 5000 });
    await card(page, 'A-1').getByRole('button', { name: 'Acknowledge' }).click();
    const acknowledged = 'Veille A-1 : votre message est bien arrivé et il est suivi. Merci.';
    await phone.locator('.sms-msg.received', { hasText: acknowledged }).waitFor({ timeout: 5000 });

    await send(page, '/alert close A-1 resolved la patrouille a sécurisé le quartier');
    const closed = 'Veille A-1 : le suivi de votre message est terminé. Merci.';
    await phone.locator('.sms-msg.received', { hasText: closed }).waitFor({ timeout: 5000 });
    // The phone, oldest first: what was texted, the TwiML reply, then the two SMS through Twilio's API — nothing of what was done.
    const bubbles = await phone.locator('.sms-msg').evaluateAll((nodes) => nodes.map((n) => [n.className, n.querySelector('.sms-bubble')?.textContent ?? '', n.querySelector('.sms-meta')?.textContent ?? '']));
    expect(bubbles.map(([kind, text]) => [kind, text])).toEqual([
      ['sms-msg sent', 'Des hommes armés ont pillé des maisons à Kamango hier soir'],
      ['sms-msg received', expect.stringMatching(/^Veille A-1 : .*Message enregistré, merci\.$/)],
      ['sms-msg received', acknowledged],
      ['sms-msg received', closed],
    ]);
    expect(bubbles[2]![2]).toMatch(/Twilio's Messages API$/);
    expect(playground.smsGateways.sent).toEqual([
      { gateway: 'twilio', to: '+243812345678', text: acknowledged, from: playground.smsGateways.twilio.from },
      { gateway: 'twilio', to: '+243812345678', text: closed, from: playground.smsGateways.twilio.from },
    ]);

    // The other sender's phone got none of it.
    await page.getByLabel('SMS from').selectOption({ index: 1 });
    await expect.poll(() => page.locator('#sms-phone-number').innerText(), { timeout: 5000 }).toContain('+243997654321');
    expect(await phone.innerText()).toBe('No SMS yet.');
  });

  it('shows a Slack reporter the DMs telling them what was done with their report', { timeout: 60_000 }, async () => {
    await openAs(page, playground, PEOPLE.focalPoint.real_name);
    await go(page, '# poc-alerts');
    await send(page, '/alert Armed men attacked Mavivi market this morning, 2 killed');
    await see(page, /A-1 logged/);
    await openAs(page, playground, PEOPLE.pocLead.real_name);
    await go(page, '# poc-alerts');
    await card(page, 'A-1').getByRole('button', { name: 'Acknowledge' }).click();
    await card(page, 'A-1').filter({ hasText: 'Acknowledged' }).waitFor({ timeout: 5000 });

    await openAs(page, playground, PEOPLE.focalPoint.real_name);
    await go(page, '💬 Veille · Messages');
    const notice = await see(page, /Your report A-1 was acknowledged by/);
    expect(await notice.innerText()).toContain(`acknowledged by @${PEOPLE.pocLead.name}`);
    expect(await notice.innerText()).toContain('/alert notify off');
  });
});
