import { afterEach, describe, expect, it } from 'vitest';
import { createToken } from '../../src/api/tokens.js';
import { getAlert } from '../../src/alerts/service.js';
import { eventsOf } from '../../src/store/events.js';
import { addMember } from '../../src/gateways/network/members.js';
import { parseCsvStrict } from '../api/csv-parse.js';
import { startVeille, textOf, type Running } from './harness.js';
import { AUTH_TOKEN, PATH, PUBLIC_URL, SENDER, messageOf, postSms, smsParams, twilioSigns } from './twilio-sms.js';

/** Twilio's Messaging webhook as Twilio sends it (./twilio-sms.ts signs it apart from Veille's own code). */

// The sender's number as digits: no post may show it.
const SENDER_DIGITS = '991234567';

let v: Running | null = null;
afterEach(async () => {
  if (!v) return;
  await v.settle();
  expect(v.fake.violations).toEqual([]);
  await v.stop();
  v = null;
});

async function start(gateways: { publicUrl?: string; twilioAuthToken?: string; intakeHashKey?: string } = { publicUrl: PUBLIC_URL, twilioAuthToken: AUTH_TOKEN }): Promise<Running> {
  v = await startVeille({ gateways });
  await v.fake.waitFor(() => v!.fake.callsTo('auth.test').length > 0, { what: 'auth.test' });
  return v;
}

const post = (params: Array<[string, string]>, options?: Parameters<typeof postSms>[2]) => postSms(v!.runtime.port, params, options);

const channelOf = (id: string) => v!.mission.sections.find((s) => s.id === id)!.channel;
const count = (table: string) => v!.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;

describe('POST /api/v1/intake/sms/twilio', () => {
  it('logs a signed SMS as an alert, posts its cards saying it came by SMS without the number, and answers TwiML with the reference', async () => {
    await start();
    const answer = await post(smsParams('Les ADF ont attaqué Kamango ce matin, 3 tués et 2 enlevés'));
    expect(answer.status).toBe(200);
    expect(answer.type).toMatch(/^text\/xml/);
    const reply = messageOf(answer.text);
    expect(reply).toBe('Veille A-1 : Attaque contre des civils, Kamango, 3 tués, 2 enlevés, priorité haute. Message enregistré, merci.');
    expect(reply.length).toBeLessThanOrEqual(160);

    const alert = getAlert(v!.db, 1)!;
    expect(alert).toMatchObject({ reportedVia: 'sms', reportedBy: 'twilio:unverified', placeId: 'kamango', category: 'attack_on_civilians', language: 'fr', sourceDetail: `Twilio: ${SENDER} · unverified source` });
    expect(alert.victims).toMatchObject({ killed: 3, abducted: 2 });
    expect(eventsOf(v!.db, 1)[0]).toMatchObject({ type: 'logged', actor: 'twilio:unverified', data: { via: 'sms', gateway: 'twilio', externalId: 'SM8a4b2c9d0e1f23456789abcdef012345', source: 'unverified' } });

    await v!.settle();
    const cards = v!.fake.messages(channelOf('poc'));
    expect(cards).toHaveLength(1);
    expect(textOf(cards[0])).toContain('Came by SMS (Twilio) from an unverified source');
    expect(textOf(cards[0])).toContain('Kamango');
    for (const section of v!.mission.sections) for (const m of v!.fake.messages(section.channel)) expect(textOf(m)).not.toContain(SENDER_DIGITS);
  });

  it('logs the same MessageSid once and answers the same reference again', async () => {
    await start();
    const params = smsParams('Armed men looted shops in Eringeti last night');
    const first = await post(params);
    const again = await post(params);
    expect(messageOf(first.text)).toMatch(/^Veille A-1: Looting or destruction, Eringeti/);
    expect(messageOf(again.text)).toBe(messageOf(first.text));
    expect(count('alerts')).toBe(1);
    await v!.settle();
    expect(v!.fake.messages(channelOf('poc'))).toHaveLength(1);
  });

  it('answers a restricted case with its reference only, and posts no detail outside the restricted sections', async () => {
    await start();
    const answer = await post(smsParams('Two women raped by armed men near Mbau yesterday'));
    expect(messageOf(answer.text)).toBe('Veille A-1: received. It is handled confidentially. Thank you.');
    expect(getAlert(v!.db, 1)).toMatchObject({ sensitivity: 'restricted', reportedVia: 'sms' });
    await v!.settle();
    expect(textOf(v!.fake.messages(channelOf('poc')))).not.toContain('raped');
    expect(textOf(v!.fake.messages(channelOf('crsv')))).toContain('Came by SMS (Twilio)');
  });

  it('refuses a request with no signature, a wrong one, or one signed with another token: 403, nothing stored', async () => {
    await start();
    const params = smsParams('Armed men attacked Kamango');
    const unsigned = await post(params, { signature: null });
    const wrong = await post(params, { signature: 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=' });
    const otherToken = await post(params, { signature: twilioSigns(PUBLIC_URL + PATH, params, 'another-auth-token-0000000000000') });
    const otherUrl = await post(params, { signature: twilioSigns(`https://attacker.example.org${PATH}`, params) });
    const tampered = await post([...params.slice(0, -2), ['From', '+243990000000'], params.at(-1)!], { signature: twilioSigns(PUBLIC_URL + PATH, params) });
    for (const answer of [unsigned, wrong, otherToken, otherUrl, tampered]) {
      expect(answer.status).toBe(403);
      expect(answer.text).toContain('X-Twilio-Signature is missing or wrong');
    }
    expect([count('alerts'), count('events'), count('outbox')]).toEqual([0, 0, 0]);
  });

  it('without PUBLIC_URL checks the signature over the request’s own host and path', async () => {
    await start({ twilioAuthToken: AUTH_TOKEN });
    const url = `http://127.0.0.1:${v!.runtime.port}${PATH}`;
    const answer = await post(smsParams('Armed men attacked Kamango'), { url });
    expect(answer.status).toBe(200);
    expect(messageOf(answer.text)).toMatch(/^Veille A-1/);
    const behindProxy = await post(smsParams('Armed men attacked Kamango', 'SM2'), { url: `https://veille.example.org${PATH}`, headers: { host: 'veille.example.org', 'x-forwarded-proto': 'https' } });
    expect(messageOf(behindProxy.text)).toMatch(/^Veille A-2/);
  });

  it('is off, saying so, when TWILIO_AUTH_TOKEN is unset', async () => {
    await start({});
    const answer = await post(smsParams('Armed men attacked Kamango'));
    expect(answer.status).toBe(503);
    expect(answer.text).toContain('set TWILIO_AUTH_TOKEN');
    expect(count('alerts')).toBe(0);
  });

  it.each([
    ['an empty body', '', "Veille: your message was empty. Nothing logged. Say what happened, where and when."],
    ['emoji only', '🔥🔥😱🙏', 'Veille: your message has no words. Nothing logged. Say what happened, where and when.'],
  ])('answers %s with a TwiML message and stores nothing', async (_name, body, reply) => {
    await start();
    const answer = await post(smsParams(body));
    expect(answer.status).toBe(200);
    expect(messageOf(answer.text)).toBe(reply);
    expect([count('alerts'), count('events'), count('outbox'), count('gateway_intake')]).toEqual([0, 0, 0, 0]);
  });

  it('takes a 2,000-character SMS whole and still replies in one SMS', async () => {
    await start();
    const body = `Attack on Kamango, 2 killed. ${'People are fleeing towards Beni on foot & by road <all night>. '.repeat(40)}`.slice(0, 2000);
    const answer = await post(smsParams(body));
    const reply = messageOf(answer.text);
    expect(reply).toMatch(/^Veille A-1: Attack on civilians, Kamango/);
    expect(reply.length).toBeLessThanOrEqual(160);
    expect(getAlert(v!.db, 1)!.description).toBe(body.trim());
  });

  it('escapes what the sender wrote when it comes back in the TwiML', async () => {
    await start();
    const answer = await post(smsParams('Attaque à <Kamango> & "Mbau" : 2 tués'));
    expect(answer.text).not.toMatch(/<Kamango>/);
    expect(messageOf(answer.text)).toMatch(/^Veille A-1 : /);
  });

  it('masks the sender in the API and the CSV export without restricted:read, and shows it with it', async () => {
    await start();
    await post(smsParams('Armed men attacked Kamango, 1 killed'));
    const tokens = Object.fromEntries(
      (['dashboard', 'mission-db'] as const).map((name) => {
        const made = createToken(v!.db, { name, scopes: name === 'dashboard' ? ['alerts:read'] : ['alerts:read', 'restricted:read'], at: v!.clock.now(), actor: 'test' });
        if (!made.ok) throw new Error(made.reason);
        return [name, made.token];
      }),
    );
    const get = async (path: string, token: string) => (await fetch(`http://127.0.0.1:${v!.runtime.port}${path}`, { headers: { authorization: `Bearer ${token}` } })).text();
    const dashboardView = await get('/api/v1/alerts/A-1', tokens.dashboard!);
    expect(JSON.parse(dashboardView).alert).toMatchObject({ reference: 'A-1', reportedVia: 'sms', reportedBy: 'twilio:unverified' });
    expect(dashboardView).not.toContain(SENDER_DIGITS);
    const dashboardCsv = await get('/api/v1/export.csv', tokens.dashboard!);
    expect(dashboardCsv).not.toContain(SENDER_DIGITS);
    const [header, , row] = parseCsvStrict(dashboardCsv);
    expect(row![header!.indexOf('reported_via')]).toBe('sms');
    expect(row![header!.indexOf('source_detail')]).toBe('');

    expect(JSON.parse(await get('/api/v1/alerts/A-1', tokens['mission-db']!)).alert.sourceDetail).toBe(`Twilio: ${SENDER} · unverified source`);
    const fullCsv = parseCsvStrict(await get('/api/v1/export.csv', tokens['mission-db']!));
    expect(fullCsv[2]![header!.indexOf('source_detail')]).toBe(`Twilio: ${SENDER} · unverified source`);
  });

  it("gives a known network member's SMS their village when the text names none, and the card says a known member sent it, never who", async () => {
    const intakeHashKey = 'a-long-enough-intake-hash-key-0001';
    await start({ publicUrl: PUBLIC_URL, twilioAuthToken: AUTH_TOKEN, intakeHashKey });
    expect(addMember(v!.db, intakeHashKey, { phone: SENDER, name: 'CAN Kamango', placeId: 'kamango', at: v!.clock.now(), actor: 'test' })).toMatchObject({ ok: true });
    const answer = await post(smsParams('Armed men seen moving toward the village tonight'));
    expect(messageOf(answer.text)).toMatch(/^Veille A-1: Armed group movement, Kamango/);
    expect(getAlert(v!.db, 1)).toMatchObject({ placeId: 'kamango', reportedBy: 'twilio:member', sourceType: 'community_alert_network', sourceDetail: `Twilio: ${SENDER} · known network member: CAN Kamango` });
    expect(eventsOf(v!.db, 1)[0]!.data).toMatchObject({ source: 'member', placeFrom: 'known_member' });
    await v!.settle();
    const posted = v!.mission.sections.flatMap((s) => v!.fake.messages(s.channel)).map(textOf).join('\n');
    expect(posted).toContain('Came by SMS (Twilio) from a known community alert network member');
    expect(posted).not.toContain('CAN Kamango');
    expect(posted).not.toContain(SENDER_DIGITS);
  });
});
