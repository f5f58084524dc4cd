/**
 * The playground's "Send an SMS" box: the playground plays Twilio. It builds the Messaging webhook
 * Twilio would send for an incoming SMS (form-encoded, Twilio's parameter names), signs it with the
 * auth token this playground gave its Veille (X-Twilio-Signature), posts it to the real endpoint,
 * and hands the page the TwiML reply, which Twilio would text back to the sender.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { addMember } from '../gateways/network/members.js';
import { twilioSignature } from '../gateways/twilio/signature.js';
import { LOOPBACK } from './playground.js';
import { PageError } from './actions.js';
import type { Playground } from './playground.js';
import type { PhoneMessage } from './sms-phone.js';
import { pageTime } from './state.js';

/** The mission's number the network texts (a Congolese number, as Twilio would give it). */
const HOTLINE = '+243970000100';
const SMS_PATH = '/api/v1/intake/sms/twilio';

/** Who the box can send as: a registered network member, or a number Veille does not know. */
const SMS_SENDERS = {
  member: { phone: '+243812345678', label: 'known network member' },
  unknown: { phone: '+243997654321', label: 'unknown number' },
} as const;
export type SmsSender = keyof typeof SMS_SENDERS;

export const smsSchema = z.strictObject({ from: z.enum(['member', 'unknown']), text: z.string().max(5000) });

/** The network member the playground registers: "CAN <place>" at Kamango (or the gazetteer's first locality). */
export function registerExampleMember(playground: Pick<Playground, 'veille' | 'gateways' | 'clock'>): { name: string; placeId: string } | null {
  const { veille, gateways } = playground;
  const key = gateways.intakeHashKey;
  const { gazetteer } = veille.intake;
  const place = gazetteer.byId('kamango') ?? gazetteer.places.find((p) => p.level === 'locality');
  if (!key || !place) return null;
  const name = `CAN ${place.name}`;
  const added = addMember(veille.db, key, { phone: SMS_SENDERS.member.phone, name, placeId: place.id, at: playground.clock.now(), actor: 'playground' });
  return added.ok || added.reason === 'already_registered' ? { name, placeId: place.id } : null;
}

/** What the page shows beside the box: the two senders and, for the member, the place it stands for. */
export function smsSenders(playground: Playground): Array<{ id: SmsSender; phone: string; label: string }> {
  const member = playground.exampleMember;
  return [
    { id: 'member', phone: SMS_SENDERS.member.phone, label: member ? `${member.name}, ${SMS_SENDERS.member.label}` : SMS_SENDERS.member.label },
    { id: 'unknown', phone: SMS_SENDERS.unknown.phone, label: `An ${SMS_SENDERS.unknown.label}` },
  ];
}

/** Twilio's Messaging webhook parameters for an incoming SMS. */
function twilioParams(from: string, body: string, accountSid: string): Array<[string, string]> {
  const sid = `SM${randomBytes(16).toString('hex')}`;
  return [
    ['ToCountry', 'CD'],
    ['ToState', ''],
    ['SmsMessageSid', sid],
    ['NumMedia', '0'],
    ['ToCity', ''],
    ['FromZip', ''],
    ['SmsSid', sid],
    ['FromState', ''],
    ['SmsStatus', 'received'],
    ['FromCity', ''],
    ['Body', body],
    ['FromCountry', 'CD'],
    ['To', HOTLINE],
    ['ToZip', ''],
    ['NumSegments', String(Math.max(1, Math.ceil(body.length / 153)))],
    ['MessageSid', sid],
    ['AccountSid', accountSid],
    ['From', from],
    ['ApiVersion', '2010-04-01'],
  ];
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/** The text of TwiML's <Message>: what the sender's phone would show. */
function messageOf(twiml: string): string | null {
  const match = /<Message>([\s\S]*?)<\/Message>/.exec(twiml);
  return match ? match[1]!.replace(/&(amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e]!) : null;
}

export async function sendSms(playground: Playground, input: z.infer<typeof smsSchema>): Promise<{ status: number; twiml: string; reply: string | null }> {
  const token = playground.gateways.twilioAuthToken;
  if (!token) throw new PageError('The SMS gateway is off in this playground.');
  const url = `http://${LOOPBACK}:${playground.port}${SMS_PATH}`;
  const params = twilioParams(SMS_SENDERS[input.from].phone, input.text, playground.twilioAccountSid);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': twilioSignature(token, url, params),
      'i-twilio-idempotency-token': randomBytes(16).toString('hex'),
      'user-agent': 'TwilioProxy/1.1',
    },
    body: new URLSearchParams(params).toString(),
  });
  const twiml = await response.text();
  const reply = response.ok ? messageOf(twiml) : twiml;
  playground.phones.exchanged(SMS_SENDERS[input.from].phone, input.text, response.ok ? reply : null);
  return { status: response.status, twiml, reply };
}

/** One sender's phone as the page shows it under the box: the SMS it sent and those it received. */
export function smsPhone(playground: Playground, from: string): { phone: string; replyToReporter: string; messages: Array<PhoneMessage & { time: string }> } | null {
  if (from !== 'member' && from !== 'unknown') return null;
  const phone = SMS_SENDERS[from].phone;
  const { mission } = playground.veille;
  const messages = playground.phones.of(phone).map((m) => ({ ...m, time: pageTime(m.at, mission.timeZone) }));
  return { phone, replyToReporter: mission.intake?.replyToReporter ?? 'never', messages };
}
