import { afterEach, describe, expect, it } from 'vitest';
import { createToken, type Scope } from '../../src/api/tokens.js';
import { getAlert } from '../../src/alerts/service.js';
import { eventsOf } from '../../src/store/events.js';
import { startVeille, textOf, type Running } from './harness.js';

/**
 * RapidPro / TextIt "Call webhook" requests as a flow posts them: the flow editor's default body
 * (contact, flow, results), and the fuller body a flow gets by adding input and run.
 */
const PATH = '/api/v1/intake/sms/rapidpro';
const URN = 'tel:+243998765432';
const DIGITS = '998765432';

let v: Running | null = null;
afterEach(async () => {
  if (!v) return;
  await v.settle();
  expect(v.fake.violations).toEqual([]);
  await v.stop();
  v = null;
});

async function start(): Promise<Running> {
  v = await startVeille();
  await v.fake.waitFor(() => v!.fake.callsTo('auth.test').length > 0, { what: 'auth.test' });
  return v;
}

function token(name: string, scopes: Scope[]): string {
  const made = createToken(v!.db, { name, scopes, at: v!.clock.now(), actor: 'test' });
  if (!made.ok) throw new Error(made.reason);
  return made.token;
}

/** The body of the editor's default "Call webhook" POST, as RapidPro evaluates it. */
function defaultBody(answer: string) {
  return {
    contact: { uuid: '2a7b5c4e-1f0d-4e8b-9a3c-6d5e4f3a2b1c', name: 'Kahindo', urn: URN },
    flow: { uuid: 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b', name: 'Alerte CAN' },
    results: {
      what_happened: { value: answer, category: 'All Responses' },
    },
  };
}

/** With the message and the run added, as the README suggests. */
function fullBody(text: string, msg = '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d') {
  return {
    contact: { uuid: '2a7b5c4e-1f0d-4e8b-9a3c-6d5e4f3a2b1c', name: 'Kahindo', urn: URN },
    flow: { uuid: 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b', name: 'Alerte CAN' },
    run: { uuid: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', created_on: '2026-11-22T06:00:00.000000Z' },
    input: { uuid: msg, type: 'msg', text, channel: { uuid: 'c0c0c0c0-0000-4000-8000-000000000000', name: 'Airtel' }, urn: URN, attachments: [] },
    results: {},
  };
}

async function post(body: unknown, bearer: string | null, contentType = 'application/json') {
  const response = await fetch(`http://127.0.0.1:${v!.runtime.port}${PATH}`, {
    method: 'POST',
    headers: { 'content-type': contentType, 'user-agent': 'RapidPro', ...(bearer !== null && { authorization: `Bearer ${bearer}` }) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

const channelOf = (id: string) => v!.mission.sections.find((s) => s.id === id)!.channel;
const count = (table: string) => v!.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;

describe('POST /api/v1/intake/sms/rapidpro', () => {
  it("logs the default Call webhook body's results as an alert and answers the reference and a reply for the flow", async () => {
    await start();
    const answer = await post(defaultBody('Des hommes armés ont enlevé 4 personnes à Eringeti cette nuit'), token('can-rapidpro', ['alerts:write']));
    expect(answer.status).toBe(201);
    expect(answer.json).toEqual({ reference: 'A-1', reply: 'Veille A-1 : Enlèvement, Eringeti, 4 enlevés, priorité haute. Message enregistré, merci.', replayed: false });
    const alert = getAlert(v!.db, 1)!;
    expect(alert).toMatchObject({ reportedVia: 'sms', reportedBy: 'rapidpro:unverified', placeId: 'eringeti', category: 'abduction', sourceDetail: `RapidPro: +243998765432 · unverified source` });
    expect(eventsOf(v!.db, 1)[0]).toMatchObject({ type: 'logged', actor: 'rapidpro:unverified', data: { via: 'sms', gateway: 'rapidpro', token: 'can-rapidpro' } });
    await v!.settle();
    const card = v!.fake.messages(channelOf('poc'))[0];
    expect(textOf(card)).toContain('Came by SMS (RapidPro) from an unverified source');
    for (const section of v!.mission.sections) for (const m of v!.fake.messages(section.channel)) expect(textOf(m)).not.toContain(DIGITS);
  });

  it('reads input.text and is idempotent on the message id: the same message twice is one alert, answered alike (200)', async () => {
    await start();
    const bearer = token('can-rapidpro', ['alerts:write']);
    const first = await post(fullBody('Armed men burned houses in Mbau this morning'), bearer);
    const again = await post(fullBody('Armed men burned houses in Mbau this morning'), bearer);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.json).toEqual({ ...first.json, replayed: true });
    expect(count('alerts')).toBe(1);
    const next = await post(fullBody('Armed men burned houses in Mbau this morning', 'another-message-uuid'), bearer);
    expect(next.json.reference).toBe('A-2');
  });

  it('the default body posted twice unchanged is one alert', async () => {
    await start();
    const bearer = token('can-rapidpro', ['alerts:write']);
    await post(defaultBody('Armed men seen near Oicha'), bearer);
    const again = await post(defaultBody('Armed men seen near Oicha'), bearer);
    expect(again).toMatchObject({ status: 200, json: { reference: 'A-1', replayed: true } });
    expect(count('alerts')).toBe(1);
  });

  it('refuses a missing or unknown token (401) and a token without alerts:write (403), storing nothing', async () => {
    await start();
    const missing = await post(fullBody('Armed men attacked Kamango'), null);
    const unknown = await post(fullBody('Armed men attacked Kamango'), 'vt_not-a-token');
    const readOnly = await post(fullBody('Armed men attacked Kamango'), token('dashboard', ['alerts:read']));
    expect([missing.status, unknown.status, readOnly.status]).toEqual([401, 401, 403]);
    expect(missing.json).toEqual({ error: { code: 'unauthorized', message: 'Send a token: Authorization: Bearer <token> (npm run token -- create).', field: 'Authorization' } });
    expect(readOnly.json).toMatchObject({ error: { code: 'forbidden', message: 'The token "dashboard" lacks the scope alerts:write.' } });
    expect([count('alerts'), count('gateway_intake')]).toEqual([0, 0]);
  });

  it.each([
    ['no text at all', { contact: { uuid: 'x', name: 'K', urn: URN }, flow: { uuid: 'f', name: 'F' }, results: {} }, 'empty', 'Veille: your message was empty. Nothing logged. Say what happened, where and when.'],
    ['emoji only', fullBody('🚨🚨🚨'), 'no_words', 'Veille: your message has no words. Nothing logged. Say what happened, where and when.'],
    ['4,001 characters', fullBody('a'.repeat(4001)), 'too_long', 'Veille: your message is too long (4000 characters at most). Nothing logged. Send it in parts.'],
  ])('answers %s with 422, a reply for the flow, and stores nothing', async (_name, body, code, reply) => {
    await start();
    const answer = await post(body, token('can-rapidpro', ['alerts:write']));
    expect(answer.status).toBe(422);
    expect(answer.json).toMatchObject({ error: { code }, reference: null, reply });
    // The token's own creation is an event; nothing about an alert is.
    expect([count('alerts'), count('events WHERE alert_id IS NOT NULL'), count('outbox'), count('gateway_intake')]).toEqual([0, 0, 0, 0]);
  });

  it('answers a body that is not JSON, or not an object, with a JSON error', async () => {
    await start();
    const bearer = token('can-rapidpro', ['alerts:write']);
    const broken = await post('{"contact": ', bearer);
    const list = await post('[1, 2]', bearer);
    expect(broken).toMatchObject({ status: 400, json: { error: { code: 'malformed_json' } } });
    expect(list).toMatchObject({ status: 422, json: { error: { code: 'invalid' } } });
    expect(count('alerts')).toBe(0);
  });

  it("replies in the language of the message, or in the contact's language when the flow sends it", async () => {
    await start();
    const bearer = token('can-rapidpro', ['alerts:write']);
    const english = await post(fullBody('Armed men attacked Kamango, 2 killed'), bearer);
    expect(english.json.reply).toMatch(/^Veille A-1: Attack on civilians, Kamango, 2 killed/);
    const body = { ...fullBody('Armed men attacked Mbau, 2 killed', 'm2'), contact: { uuid: 'c', name: 'K', urn: URN, language: 'fra' } };
    const french = await post(body, bearer);
    expect(french.json.reply).toMatch(/^Veille A-2 : Attaque contre des civils, Mbau, 2 tués/);
  });
});
