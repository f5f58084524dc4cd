import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createToken } from '../../src/api/tokens.js';
import { getAlert } from '../../src/alerts/service.js';
import { addMember, removeMember } from '../../src/gateways/network/members.js';
import { eventsOf } from '../../src/store/events.js';
import { startVeille, textOf, type Running } from './harness.js';

/**
 * Known community-alert-network members (npm run can) as the SMS gateways meet them: a registered
 * number's SMS takes the member's place when its text names none, and its alert says it came from
 * a known member; any other number is logged as an unverified source.
 */
const AUTH_TOKEN = 'network-test-twilio-auth-token-0';
const HASH_KEY = 'network-test-intake-hash-key-0123456789';
const MEMBER = '+243812345678';
const STRANGER = '+243997654321';

let v: Running | null = null;
afterEach(async () => {
  if (!v) return;
  await v.settle();
  expect(v.fake.violations).toEqual([]);
  await v.stop();
  v = null;
});

async function start(intakeHashKey: string | null = HASH_KEY): Promise<Running> {
  v = await startVeille({ gateways: { twilioAuthToken: AUTH_TOKEN, intakeHashKey } });
  await v.fake.waitFor(() => v!.fake.callsTo('auth.test').length > 0, { what: 'auth.test' });
  // Registered as `npm run can -- add` does, with the key Veille runs with.
  const added = addMember(v.db, HASH_KEY, { phone: '+243 81 234 5678', name: 'CAN Kamango', placeId: 'kamango', at: v.clock.now(), actor: 'cli' });
  if (!added.ok) throw new Error(added.reason);
  return v;
}

/** An incoming SMS as Twilio posts it, signed as Twilio's security page describes. */
async function twilioSms(from: string, body: string, sid: string): Promise<string> {
  const url = `http://127.0.0.1:${v!.runtime.port}/api/v1/intake/sms/twilio`;
  const params: Array<[string, string]> = [['ToCountry', 'CD'], ['SmsMessageSid', sid], ['NumMedia', '0'], ['SmsSid', sid], ['SmsStatus', 'received'], ['Body', body], ['FromCountry', 'CD'], ['To', '+243970000100'], ['NumSegments', '1'], ['MessageSid', sid], ['AccountSid', 'AC11111111111111111111111111111111'], ['From', from], ['ApiVersion', '2010-04-01']];
  const signed = [...params].sort(([a], [b]) => (a < b ? -1 : 1)).reduce((data, [name, value]) => data + name + value, url);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': createHmac('sha1', AUTH_TOKEN).update(signed).digest('base64') },
    body: new URLSearchParams(params).toString(),
  });
  expect(response.status).toBe(200);
  return (await response.text()).replace(/^.*<Message>|<\/Message>.*$/g, '');
}

const channelOf = (id: string) => v!.mission.sections.find((s) => s.id === id)!.channel;

describe('an SMS from a known network member', () => {
  it("takes the member's place when the text names none, and says it came from a known member (never who)", async () => {
    await start();
    const reply = await twilioSms(MEMBER, 'Des hommes armés ont attaqué le marché ce matin, 2 morts', 'SM00000000000000000000000000000001');
    expect(reply).toBe('Veille A-1 : Attaque contre des civils, Kamango, 2 tués, priorité haute. Message enregistré, merci.');
    expect(getAlert(v!.db, 1)).toMatchObject({
      placeId: 'kamango',
      reportedBy: 'twilio:member',
      sourceType: 'community_alert_network',
      sourceDetail: `Twilio: ${MEMBER} · known network member: CAN Kamango`,
    });
    expect(eventsOf(v!.db, 1)[0]!.data).toMatchObject({ source: 'member', placeFrom: 'known_member' });
    await v!.settle();
    const card = textOf(v!.fake.messages(channelOf('fo-beni'))[0]);
    expect(card).toContain('Came by SMS (Twilio) from a known community alert network member');
    expect(card).toContain('Kamango');
    for (const section of v!.mission.sections) for (const m of v!.fake.messages(section.channel)) expect(textOf(m)).not.toMatch(/812345678|CAN Kamango/);
  });

  it('keeps the place the text names', async () => {
    await start();
    await twilioSms(MEMBER, 'Armed men attacked Oicha market, 1 killed', 'SM00000000000000000000000000000002');
    expect(getAlert(v!.db, 1)).toMatchObject({ placeId: 'oicha', reportedBy: 'twilio:member' });
    expect(eventsOf(v!.db, 1)[0]!.data).not.toHaveProperty('placeFrom');
  });

  it('is known by RapidPro too (urn tel:…)', async () => {
    await start();
    const made = createToken(v!.db, { name: 'rapidpro', scopes: ['alerts:write'], at: v!.clock.now(), actor: 'test' });
    if (!made.ok) throw new Error(made.reason);
    const response = await fetch(`http://127.0.0.1:${v!.runtime.port}/api/v1/intake/sms/rapidpro`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${made.token}` },
      body: JSON.stringify({
        contact: { uuid: '2a7b5c4e-1f0d-4e8b-9a3c-6d5e4f3a2b1c', name: 'Kahindo', urn: `tel:${MEMBER}` },
        flow: { uuid: 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b', name: 'Alerte CAN' },
        input: { uuid: '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', type: 'msg', text: 'Maisons brûlées cette nuit', urn: `tel:${MEMBER}`, attachments: [] },
        results: {},
      }),
    });
    expect(response.status).toBe(201);
    expect(getAlert(v!.db, 1)).toMatchObject({ placeId: 'kamango', reportedBy: 'rapidpro:member' });
  });
});

describe('an SMS from any other number', () => {
  it('is logged too, as an unverified source, with no place it does not name', async () => {
    await start();
    const reply = await twilioSms(STRANGER, 'Des hommes armés ont attaqué le marché ce matin, 2 morts', 'SM00000000000000000000000000000003');
    expect(reply).toMatch(/^Veille A-1 : Attaque contre des civils, lieu non compris/);
    expect(getAlert(v!.db, 1)).toMatchObject({ placeId: null, reportedBy: 'twilio:unverified', sourceDetail: `Twilio: ${STRANGER} · unverified source` });
    await v!.settle();
    expect(textOf(v!.fake.messages(channelOf('poc'))[0])).toContain('Came by SMS (Twilio) from an unverified source');
  });

  it('includes a member removed with npm run can -- remove', async () => {
    await start();
    removeMember(v!.db, HASH_KEY, { phone: MEMBER }, v!.clock.now(), 'cli');
    await twilioSms(MEMBER, 'Des hommes armés ont attaqué le marché ce matin', 'SM00000000000000000000000000000004');
    expect(getAlert(v!.db, 1)).toMatchObject({ placeId: null, reportedBy: 'twilio:unverified' });
  });

  it('includes every number when Veille runs without INTAKE_HASH_KEY (registry off)', async () => {
    await start(null);
    await twilioSms(MEMBER, 'Des hommes armés ont attaqué le marché ce matin', 'SM00000000000000000000000000000005');
    expect(getAlert(v!.db, 1)).toMatchObject({ placeId: null, reportedBy: 'twilio:unverified' });
  });
});
