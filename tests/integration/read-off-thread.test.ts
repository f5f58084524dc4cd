import { afterEach, describe, expect, it } from 'vitest';
import { createVeilleClient } from '../../src/api/client.js';
import { createToken } from '../../src/api/tokens.js';
import { getAlert } from '../../src/alerts/service.js';
import { GENERAL_CHANNEL, PEOPLE } from '../../src/fake-slack/index.js';
import { startVeille, type Running } from './harness.js';
import { AUTH_TOKEN, PUBLIC_URL, messageOf, postSms, smsParams } from './twilio-sms.js';

/**
 * Production reads quick reports on a worker thread (src/reading/reader.ts); the rest of the suite reads
 * them inline. The same reports through both give the same answer to the reporter, the same stored alert
 * and the same cards.
 */
const REPORTS = [
  'Armed men attacked Kamango market this morning, 4 killed and 2 abducted, ADF suspected',
  "Deux enfants enlevés près de l'école de Mambasa, CODECO",
  '2 tues ds embuscade a Kasindi ce matin, pop deplacee',
  'Police officers beat two moto drivers at a checkpoint in Butembo for refusing to pay',
  'Une femme violée par des hommes armés à Kiwanja hier soir',
];

const running: Running[] = [];
afterEach(async () => {
  for (const veille of running.splice(0)) {
    expect(veille.fake.violations).toEqual([]);
    await veille.stop();
  }
});

async function logAll(readOffThread: boolean) {
  const veille = await startVeille({ readOffThread });
  running.push(veille);
  if (readOffThread) expect(await veille.runtime.reader!.whenReady()).toBe(true);
  const answers: string[] = [];
  for (const text of REPORTS) {
    const answer = await veille.driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, text });
    answers.push((answer.body as { text: string }).text);
  }
  await veille.settle();
  expect(veille.runtime.reader?.lastReadBy ?? 'here').toBe(readOffThread ? 'worker' : 'here');
  const alerts = REPORTS.map((_text, i) => {
    const { createdAt, updatedAt, ...alert } = getAlert(veille.db, i + 1)! as ReturnType<typeof getAlert> & { createdAt?: unknown; updatedAt?: unknown };
    return alert;
  });
  // what each section channel shows (its text and blocks; Slack's timestamps differ from run to run)
  const cards = veille.mission.sections.map((s) => veille.fake.messages(s.channel).map((m) => JSON.stringify({ text: (m as { text?: string }).text, blocks: (m as { blocks?: unknown }).blocks })));
  return { answers, alerts, cards };
}

describe('quick reports read on the worker thread, as in production', () => {
  it('give the reporter, the store and the section channels exactly what inline reading gives', async () => {
    const offThread = await logAll(true);
    const inline = await logAll(false);
    expect(offThread.answers[0]).toBe('A-1 logged — Attack on civilians · Kamango (Beni, North Kivu) · ADF · 4 killed, 2 abducted · priority high');
    expect(offThread.answers).toEqual(inline.answers);
    expect(offThread.alerts).toEqual(inline.alerts);
    expect(offThread.cards).toEqual(inline.cards);
    expect(offThread.alerts[4]).toMatchObject({ category: 'crsv', sensitivity: 'restricted' });
    expect(offThread.cards.flat().join('\n')).toContain('A-5 · Conflict-related sexual violence');
  });
});

/** The same reports by SMS (Twilio's webhook) and through the API: read before their transaction, on the worker when there is one. */
async function logByGateways(readOffThread: boolean) {
  const veille = await startVeille({ readOffThread, gateways: { publicUrl: PUBLIC_URL, twilioAuthToken: AUTH_TOKEN } });
  running.push(veille);
  if (readOffThread) expect(await veille.runtime.reader!.whenReady()).toBe(true);
  const made = createToken(veille.db, { name: 'hotline', scopes: ['alerts:write'], at: veille.clock.now(), actor: 'test' });
  if (!made.ok) throw new Error(made.reason);
  const client = createVeilleClient({ baseUrl: `http://127.0.0.1:${veille.runtime.port}`, token: made.token });
  const answers: string[] = [];
  for (const [i, text] of REPORTS.entries()) {
    const sms = await postSms(veille.runtime.port, smsParams(text, `SM${String(i + 1).padStart(32, '0')}`));
    expect(sms.status).toBe(200);
    answers.push(messageOf(sms.text));
    const { data, response } = await client.POST('/api/v1/alerts', { body: { description: text } });
    expect(response.status).toBe(201);
    answers.push(JSON.stringify({ ...data, createdAt: undefined, links: undefined }));
  }
  await veille.settle();
  expect(veille.runtime.reader?.lastReadBy ?? 'here').toBe(readOffThread ? 'worker' : 'here');
  const alerts = REPORTS.flatMap((_text, i) => [2 * i + 1, 2 * i + 2]).map((id) => {
    const { createdAt, updatedAt, ...alert } = getAlert(veille.db, id)! as ReturnType<typeof getAlert> & { createdAt?: unknown; updatedAt?: unknown };
    return alert;
  });
  return { answers, alerts };
}

describe('SMS and API reports read on the worker thread, as in production', () => {
  it('store the same alerts and answer the same as inline reading', async () => {
    const offThread = await logByGateways(true);
    const inline = await logByGateways(false);
    expect(offThread.answers[0]).toMatch(/^Veille A-1: Attack on civilians, Kamango/);
    expect(offThread.answers).toEqual(inline.answers);
    expect(offThread.alerts).toEqual(inline.alerts);
    expect(offThread.alerts[1]).toMatchObject({ reference: 'A-2', category: 'attack_on_civilians', placeId: 'kamango', reportedVia: 'api' });
    expect(offThread.alerts[9]).toMatchObject({ category: 'crsv', sensitivity: 'restricted' });
  });
});
