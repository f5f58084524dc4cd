import { afterEach, describe, expect, it } from 'vitest';
import { createToken } from '../../src/api/tokens.js';
import { loadMission, type Mission } from '../../src/config/mission.js';
import { FakeSmsGateways } from '../../src/fake-gateways/sms.js';
import { PEOPLE } from '../../src/fake-slack/index.js';
import { twilioSignature } from '../../src/gateways/twilio/signature.js';
import type { Facts, Logger } from '../../src/log.js';
import { smsReplySettings } from '../../src/reporter/sms-send.js';
import { eventsOf } from '../../src/store/events.js';
import { startVeille, type Running } from './harness.js';
import { channelOf, command, openModal, press, submit } from './followup-helpers.js';

/**
 * SMS back to a community-alert-network member who reported by SMS (issue 19): only when the
 * mission says so, the step and the reference only, sent from the outbox through the gateway's own
 * API (the fake gateways record what would have been sent), once, through an outage.
 */
const AUTH_TOKEN = '12345678901234567890abcdefabcdef';
const PUBLIC_URL = 'https://veille.monusco.example.org';
const SENDER = '+243991234567';
const RAPIDPRO_SENDER = '+243998765432';
const { pocOfficer, pocLead } = PEOPLE;

let v: Running | null = null;
let sms: FakeSmsGateways | null = null;
const logged: string[] = [];
const log: Logger = {
  info: (m: string, f?: Facts) => void logged.push(`${m} ${JSON.stringify(f ?? {})}`),
  warn: (m: string, f?: Facts) => void logged.push(`${m} ${JSON.stringify(f ?? {})}`),
  error: (m: string, f?: Facts) => void logged.push(`${m} ${JSON.stringify(f ?? {})}`),
};

afterEach(async () => {
  if (v) {
    await v.settle();
    expect(v.fake.violations).toEqual([]);
    await v.stop();
  }
  await sms?.close();
  v = null;
  sms = null;
  logged.length = 0;
});

function missionWith(replyToReporter?: 'never' | 'acknowledged' | 'all'): Mission {
  const base = loadMission('data/mission.example.json');
  return replyToReporter ? { ...base, intake: { ...base.intake, replyToReporter } } : base;
}

async function start(replyToReporter?: 'never' | 'acknowledged' | 'all'): Promise<Running> {
  sms = await FakeSmsGateways.start();
  v = await startVeille({ mission: missionWith(replyToReporter), log, gateways: { publicUrl: PUBLIC_URL, twilioAuthToken: AUTH_TOKEN, replies: smsReplySettings(sms.env()) } });
  await v.fake.waitFor(() => v!.fake.callsTo('auth.test').length > 0, { what: 'auth.test' });
  return v;
}

/** An SMS as Twilio posts it to Veille, signed with the auth token. */
async function textIn(body: string, sid = 'SM8a4b2c9d0e1f23456789abcdef012345'): Promise<void> {
  const params: Array<[string, string]> = [
    ['MessageSid', sid],
    ['AccountSid', 'AC11111111111111111111111111111111'],
    ['From', SENDER],
    ['To', '+243820000000'],
    ['Body', body],
    ['NumMedia', '0'],
  ];
  const path = '/api/v1/intake/sms/twilio';
  const response = await fetch(`http://127.0.0.1:${v!.runtime.port}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(AUTH_TOKEN, PUBLIC_URL + path, params) },
    body: new URLSearchParams(params).toString(),
  });
  expect(response.status).toBe(200);
  await v!.settle();
}

/** The three steps, by the people who take them. */
async function followUp(): Promise<void> {
  await press(v!, pocOfficer.id, 'poc', 'followup.acknowledge');
  const view = await openModal(v!, pocOfficer.id, 'poc', 'followup.respond');
  expect(await submit(v!, pocOfficer.id, view, { type: 'patrol', unit: 'NEPBATT Coy B' })).toEqual({});
  await command(v!, 'close A-1 resolved Patrol found the attackers gone; Mr Kambale gave a statement', pocLead.id, channelOf(v!, 'poc'));
}

const KAMANGO = 'Hommes armés ont attaqué le marché de Kamango ce matin, 4 tués';
const told = () => eventsOf(v!.db, 1).filter((e) => e.type === 'told_reporter').map((e) => e.data);

describe('SMS replies to a reporter who wrote by SMS', () => {
  it('sends none with replyToReporter never (the default), whatever happens to the alert', async () => {
    await start();
    expect(v!.mission.intake?.replyToReporter ?? 'never').toBe('never');
    await textIn(KAMANGO);
    await followUp();
    expect(sms!.sent).toEqual([]);
    expect(sms!.requests).toEqual([]);
    expect(told()).toEqual([]);
  });

  it('with all: exactly one SMS per step, in the reporter’s language, the step and reference only, to the number that wrote', async () => {
    await start('all');
    await textIn(KAMANGO);
    await followUp();
    expect(sms!.sent).toEqual([
      { gateway: 'twilio', to: SENDER, from: '+243820000000', text: 'Veille A-1 : votre message est bien arrivé et il est suivi. Merci.' },
      { gateway: 'twilio', to: SENDER, from: '+243820000000', text: 'Veille A-1 : une action est en cours suite à votre message. Merci.' },
      { gateway: 'twilio', to: SENDER, from: '+243820000000', text: 'Veille A-1 : le suivi de votre message est terminé. Merci.' },
    ]);
    for (const m of sms!.sent) expect(m.text.length).toBeLessThanOrEqual(160);
    expect(told()).toEqual([
      { step: 'acknowledged', via: 'sms', outbox: expect.any(Number) },
      { step: 'responded', via: 'sms', outbox: expect.any(Number) },
      { step: 'closed', via: 'sms', outbox: expect.any(Number) },
    ]);
    // The number lives only in the alert's source identity: not in the outbox, not in the log.
    const outbox = (v!.db.prepare("SELECT payload FROM outbox WHERE kind = 'sms'").pluck().all() as string[]).join('\n');
    expect(outbox).not.toContain('991234567');
    expect(logged.join('\n')).not.toContain('991234567');
  });

  it('with acknowledged: only the acknowledgement', async () => {
    await start('acknowledged');
    await textIn(KAMANGO);
    await followUp();
    expect(sms!.sent.map((m) => m.text)).toEqual(['Veille A-1 : votre message est bien arrivé et il est suivi. Merci.']);
  });

  it('a gateway outage (500, then 201) delays the SMS without losing or repeating it', async () => {
    await start('all');
    await textIn(KAMANGO);
    sms!.failNext(2, 500);
    await press(v!, pocOfficer.id, 'poc', 'followup.acknowledge');
    expect(sms!.sent).toEqual([]);
    expect(v!.db.prepare("SELECT status, last_error FROM outbox WHERE kind = 'sms'").get()).toEqual({ status: 'pending', last_error: 'twilio_500' });
    for (let i = 0; i < 4; i++) {
      v!.clock.advance(10_000);
      await v!.settle();
    }
    expect(sms!.sent.map((m) => m.text)).toEqual(['Veille A-1 : votre message est bien arrivé et il est suivi. Merci.']);
    expect(sms!.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([500, 500, 201]);
    expect(v!.db.prepare("SELECT status FROM outbox WHERE kind = 'sms'").pluck().get()).toBe('sent');
  });

  it('an SMS whose answer was lost is looked for before it is sent again: one SMS, not two', async () => {
    await start('all');
    await textIn(KAMANGO);
    sms!.loseNextAnswer();
    await press(v!, pocOfficer.id, 'poc', 'followup.acknowledge');
    for (let i = 0; i < 3; i++) {
      v!.clock.advance(10_000);
      await v!.settle();
    }
    expect(sms!.sent).toHaveLength(1);
    expect(v!.db.prepare("SELECT status FROM outbox WHERE kind = 'sms'").pluck().get()).toBe('sent');
    expect(sms!.requests.filter((r) => r.method === 'GET')).toHaveLength(1);
  });

  it('answers a RapidPro reporter through RapidPro’s broadcasts API', async () => {
    await start('all');
    const made = createToken(v!.db, { name: 'can-rapidpro', scopes: ['alerts:write'], at: v!.clock.now(), actor: 'test' });
    if (!made.ok) throw new Error(made.reason);
    const response = await fetch(`http://127.0.0.1:${v!.runtime.port}/api/v1/intake/sms/rapidpro`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${made.token}` },
      body: JSON.stringify({ contact: { urn: `tel:${RAPIDPRO_SENDER}`, name: 'Kahindo' }, results: { what_happened: { value: 'Armed men attacked Kamango market, 4 killed' } } }),
    });
    expect(response.status).toBe(201);
    await v!.settle();
    await press(v!, pocOfficer.id, 'poc', 'followup.acknowledge');
    expect(sms!.sent).toEqual([{ gateway: 'rapidpro', to: RAPIDPRO_SENDER, from: null, text: 'Veille A-1: your message was received and is being followed up. Thank you.' }]);
  });
});
