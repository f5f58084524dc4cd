/**
 * The playground in a real browser (Debian's Chromium): a person's day with Veille, clicked and
 * typed through the page, against the real app. One browser and one playground for the file; each
 * test starts from an empty workspace at 04:00 in Kinshasa.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PEOPLE } from '../../src/fake-slack/index.js';
import { nextLocalTime } from '../../src/playground/clock-control.js';
import type { Playground } from '../../src/playground/playground.js';
import { card as cardOf, go, launchBrowser, messages, openAs, see, send, startTestPlayground } from './browser.js';

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
  // 04:00 in Kinshasa (05:00 in Goma): before every digest, so the morning is the clock control's.
  playground.clock.advanceTo(nextLocalTime(playground.clock.now(), 'Africa/Kinshasa', 4, 0));
  // What the jump made due (yesterday's digests, marked late) goes out before each test starts.
  await playground.runtime.tick();
  await page.goto(playground.url);
});

const card = (ref: string) => cardOf(page, ref);
async function visibleCard(ref: string) {
  await card(ref).waitFor({ timeout: 5000 });
  return card(ref);
}

describe('a focal point logs an alert and the section follows it up', () => {
  it('posts the card in the sections that receive it, takes ownership, reminds, and digests in the morning', { timeout: 60_000 }, async () => {
    await openAs(page, playground, PEOPLE.focalPoint.real_name);
    await go(page, '# general');
    await send(page, '/alert Armed men attacked Kamango market, 4 killed, ADF suspected');
    const confirmation = await see(page, 'A-1 logged');
    expect(await confirmation.innerText()).toContain('Only visible to you');
    expect(await confirmation.innerText()).toContain('Sent to: Protection of Civilians, Human Rights (UNJHRO), Field Office Beni');
    await send(page, '/alert Armed men abducted 3 farmers near Oicha, ADF suspected');
    await see(page, 'A-2 logged');

    for (const channel of ['# poc-alerts', '# hr-alerts', '# fo-beni-alerts']) {
      await go(page, channel);
      const shown = await (await visibleCard('A-1')).innerText();
      expect(shown).toContain('Kamango (Beni, North Kivu)');
      expect(shown).toContain('4 killed');
    }
    for (const channel of ['# fo-goma-alerts', '# fo-bunia-alerts']) {
      await go(page, channel);
      expect(await card('A-1').count()).toBe(0);
    }

    // The PoC section lead takes ownership from the card in the section channel.
    await openAs(page, playground, PEOPLE.pocLead.real_name);
    await go(page, '# poc-alerts');
    await (await visibleCard('A-1')).getByRole('button', { name: 'Take ownership' }).click();
    await card('A-1').filter({ hasText: '@olivier' }).waitFor();
    expect(await card('A-1').innerText()).toMatch(/Owner\s+@olivier/);

    // An hour later the abduction nobody acknowledged gets a reminder in its thread, for the lead.
    await page.getByRole('button', { name: '+1 hour' }).click();
    const replies = card('A-2').getByRole('button', { name: /repl/ });
    await replies.waitFor();
    await replies.click();
    const thread = page.locator('#thread');
    await thread.locator('.msg', { hasText: 'not been acknowledged' }).waitFor();
    expect(await thread.innerText()).toContain('@olivier');
    // The alert the lead owns is acknowledged: no such reminder in its thread.
    await card('A-1').getByRole('button', { name: /repl/ }).click();
    await thread.locator('.msg').first().waitFor();
    expect(await thread.innerText()).not.toContain('not been acknowledged');

    // At 07:00 the section's daily digest is in the channel.
    await page.getByRole('button', { name: 'Next morning 07:00' }).click();
    const digest = await see(page, /daily digest[\s\S]*A-2/);
    const text = await digest.innerText();
    expect(text).toContain('Protection of Civilians');
    expect(text).toContain('A-2');

    // Still no update from the owner six hours after taking it (11:00): Veille writes to them directly.
    for (let i = 0; i < 4; i += 1) await page.getByRole('button', { name: '+1 hour' }).click();
    await go(page, '💬 Veille · Messages');
    const nudge = await see(page, 'no update');
    expect(await nudge.innerText()).toContain('A-1');
  });
});

describe('restricted alerts', () => {
  it('shows a CRSV report in full to the restricted section and never its details to anyone else', { timeout: 60_000 }, async () => {
    await openAs(page, playground, PEOPLE.focalPoint.real_name);
    await go(page, '# general');
    await send(page, '/alert 3 femmes violées à Minova par des hommes armés non identifiés');
    await see(page, 'A-1 enregistrée');

    await openAs(page, playground, PEOPLE.pocOfficer.real_name);
    await go(page, '# poc-alerts');
    const stub = await (await visibleCard('A-1')).innerText();
    expect(stub).toContain('Kalehe');
    const names = await page.locator('#nav .nav-item').allInnerTexts();
    expect(names.join('\n')).not.toContain('crsv-alerts');
    for (const name of names) {
      await go(page, name.trim());
      if (name.includes('Home')) await page.locator('#content .bk').first().waitFor();
      const everything = await page.locator('body').innerText();
      expect(everything, `${name} shows restricted details`).not.toContain('femmes');
      expect(everything, `${name} shows the locality`).not.toContain('Minova (');
    }
    // Not only the screen: what the page is sent for this person holds none of it either.
    const sent = await page.evaluate(async (user) => (await fetch(`/playground/state?user=${user}`)).text(), PEOPLE.pocOfficer.id);
    expect(sent).toContain('A-1');
    expect(sent).not.toContain('femmes');

    await openAs(page, playground, PEOPLE.crsvAdviser.real_name);
    await go(page, '🔒 crsv-alerts');
    const full = await (await visibleCard('A-1')).innerText();
    expect(full).toContain('3 femmes violées à Minova');
    expect(full).toContain('Minova (Kalehe, South Kivu)');
  });
});

describe('forms, shortcuts and reset', () => {
  it('opens the form, shows errors under their fields, and logs what was typed', { timeout: 30_000 }, async () => {
    await openAs(page, playground, PEOPLE.focalPoint.real_name);
    await go(page, '# general');
    await send(page, '/alert');
    const form = page.getByRole('dialog', { name: 'Log an alert' });
    await form.waitFor();
    await form.getByRole('button', { name: 'Log alert' }).click();
    expect(await form.locator('.bk-error').allInnerTexts()).toEqual(['Please complete this required field.']);

    await form.getByLabel('What happened?').fill('Looting of the health centre by armed men');
    await form.getByLabel('Place', { exact: true }).fill('Oicha');
    await form.getByLabel('Category').selectOption({ label: 'Looting or destruction' });
    await form.getByLabel('Killed').fill('several');
    await form.getByLabel('Date it happened').fill('2026-11-20');
    await form.getByRole('button', { name: 'Log alert' }).click();
    await form.locator('.bk-error', { hasText: 'A whole number' }).waitFor();
    expect(await form.getByLabel('What happened?').inputValue()).toBe('Looting of the health centre by armed men');

    await form.getByLabel('Killed').fill('2');
    await form.getByText('Restricted: details only to restricted sections').click();
    await form.getByRole('button', { name: 'Log alert' }).click();
    await form.waitFor({ state: 'detached' });
    const confirmation = await (await see(page, 'A-1 logged')).innerText();
    expect(confirmation).toContain('Oicha');
    expect(confirmation).toContain('2 killed');
    await go(page, '# poc-alerts');
    expect(await (await visibleCard('A-1')).innerText()).toContain('Restricted');
  });

  it('assigns an alert to someone picked in a users select', { timeout: 30_000 }, async () => {
    await openAs(page, playground, PEOPLE.focalPoint.real_name);
    await go(page, '# general');
    await send(page, '/alert Mai-Mai roadblock at Lubero, patrol denied access');
    await see(page, 'A-1 logged');
    await openAs(page, playground, PEOPLE.pocLead.real_name);
    await go(page, '# poc-alerts');
    await (await visibleCard('A-1')).getByRole('button', { name: 'Assign…' }).click();
    const form = page.getByRole('dialog', { name: 'Assign A-1' });
    await form.getByLabel('Owner').selectOption({ label: PEOPLE.hrOfficer.real_name });
    await form.getByRole('button', { name: 'Assign' }).click();
    await form.waitFor({ state: 'detached' });
    await card('A-1').filter({ hasText: '@jean' }).waitFor();
    expect(await card('A-1').innerText()).toMatch(/Owner\s+@jean/);
  });

  it('turns a message into an alert draft with the "Log as alert" shortcut', { timeout: 30_000 }, async () => {
    await openAs(page, playground, PEOPLE.hrOfficer.real_name);
    await go(page, '# general');
    await send(page, 'Heard from Mambasa: CODECO men abducted two traders on the road, <b>today</b>');
    const message = await see(page, 'two traders');
    expect(await message.innerText()).toContain('<b>today</b>');
    await message.hover();
    await message.getByLabel('More actions').selectOption({ label: 'Log as alert' });
    const form = page.getByRole('dialog', { name: 'Log as alert' });
    await form.waitFor();
    expect(await form.getByLabel('What happened?').inputValue()).toContain('CODECO men abducted two traders');
    await form.getByRole('button', { name: 'Log alert' }).click();
    await form.waitFor({ state: 'detached' });
    await see(page, 'A-1 logged');
  });

  it('resets to the example data and real time', { timeout: 30_000 }, async () => {
    await openAs(page, playground, PEOPLE.focalPoint.real_name);
    await go(page, '# general');
    await send(page, '/alert Mai-Mai roadblock at Lubero, patrol denied access');
    await see(page, 'A-1 logged');
    await page.getByRole('button', { name: 'Reset to example data' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Reset' }).click();
    await page.locator('#clock-offset', { hasText: 'real time' }).waitFor();
    await go(page, '# poc-alerts');
    await page.locator('#content .empty').waitFor();
    expect(await messages(page, 'A-1').count()).toBe(0);
  });
});

describe('the page draws Slack mrkdwn safely', () => {
  it('renders bold, italics, strike, code, line breaks, mentions, channels and links, and never HTML', async () => {
    await openAs(page, playground, PEOPLE.pocOfficer.real_name);
    // A string, not a function: the test runner would rewrite a dynamic import() inside a function.
    const html = await page.evaluate<[boolean, ...string[]]>(`(async () => {
      const { renderMrkdwn } = await import('/playground/mrkdwn.js');
      const names = { people: { U0POCLEAD1: { name: 'olivier', real_name: 'Olivier Ndaye' } }, channels: { C0POC00001: 'poc-alerts' } };
      const draw = (text) => {
        const box = document.createElement('div');
        box.append(renderMrkdwn(text, names));
        return box.innerHTML;
      };
      return [
        document.documentElement.classList.contains('no-emoji'),
        draw('*Owner*\\n<@U0POCLEAD1> _soon_ ~old~ \`A-1\`'),
        draw('see <#C0POC00001> and <#G0CRSV0001|crsv-alerts>, <https://example.org/a?b=1&amp;c=2|the report>'),
        draw('&lt;img src=x onerror=alert(1)&gt; <javascript:alert(1)|click> 3*4*5 snake_case_name'),
      ];
    })()`);
    // Without an emoji font (the no-emoji class) the lock of a private channel is left out.
    const lock = html[0] ? '' : '🔒 ';
    expect(html.slice(1)).toEqual([
      '<strong>Owner</strong><br><span class="mention" title="Olivier Ndaye">@olivier</span> <em>soon</em> <s>old</s> <code>A-1</code>',
      `see <span class="mention channel">#poc-alerts</span> and <span class="mention channel">${lock}private channel</span>, <a class="link" href="https://example.org/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">the report</a>`,
      '&lt;img src=x onerror=alert(1)&gt; click 3*4*5 snake_case_name',
    ]);
  });
});
