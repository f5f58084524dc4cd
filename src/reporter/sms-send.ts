import { getAlert } from '../alerts/service.js';
import type { Veille } from '../context.js';
import { LATE_LANDING_FACTOR } from '../slack/late-landing.js';
import type { Outcome } from '../slack/outbox-errors.js';
import { durable } from '../store/durability.js';
import { writeWhenFree } from '../store/db.js';
import { markInFlight, type OutboxRow } from '../store/outbox.js';
import type { ReporterSms } from './facts.js';
import { reporterNumber, smsText } from './sms.js';

/**
 * Sends an SMS back to a reporter from the outbox, through the gateway they wrote to: Twilio's
 * Messages API or RapidPro's broadcasts API. A gateway that fails or cannot be reached delays the
 * SMS (backing off, like a Slack post); one whose answer was lost is asked whether it took the SMS
 * before it is sent again, so a reporter never gets it twice. The number is read from the alert now
 * and is never logged: errors name the gateway and its HTTP status only.
 */

export interface SmsReplySettings {
  /** TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM_NUMBER (a number, or a Messaging Service SID MG…); TWILIO_API_URL for a test double. */
  twilio?: { apiUrl: string; accountSid: string; authToken: string; from: string };
  /** RAPIDPRO_API_URL (the server, e.g. https://textit.com) and RAPIDPRO_API_TOKEN. */
  rapidpro?: { apiUrl: string; token: string };
}

export interface SmsEnv {
  TWILIO_ACCOUNT_SID?: string;
  TWILIO_AUTH_TOKEN?: string;
  TWILIO_FROM_NUMBER?: string;
  TWILIO_API_URL?: string;
  RAPIDPRO_API_URL?: string;
  RAPIDPRO_API_TOKEN?: string;
}

const bare = (url: string) => url.replace(/\/+$/, '');

/** What the environment gives; a gateway with a variable missing is not configured (its SMS wait). */
export function smsReplySettings(env: SmsEnv): SmsReplySettings {
  const settings: SmsReplySettings = {};
  if (env.TWILIO_ACCOUNT_SID && env.TWILIO_AUTH_TOKEN && env.TWILIO_FROM_NUMBER) {
    settings.twilio = { apiUrl: bare(env.TWILIO_API_URL || 'https://api.twilio.com'), accountSid: env.TWILIO_ACCOUNT_SID, authToken: env.TWILIO_AUTH_TOKEN, from: env.TWILIO_FROM_NUMBER };
  }
  if (env.RAPIDPRO_API_URL && env.RAPIDPRO_API_TOKEN) settings.rapidpro = { apiUrl: bare(env.RAPIDPRO_API_URL).replace(/\/api\/v2$/, ''), token: env.RAPIDPRO_API_TOKEN };
  return settings;
}

/** Said at start-up: SMS replies are on, but a gateway's outbound variables are missing (its replies would wait). */
export function replyWarnings(replyToReporter: string | undefined, settings: SmsReplySettings): string[] {
  if (!replyToReporter || replyToReporter === 'never') return [];
  const missing: string[] = [];
  if (!settings.twilio) missing.push('Twilio (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM_NUMBER)');
  if (!settings.rapidpro) missing.push('RapidPro (RAPIDPRO_API_URL, RAPIDPRO_API_TOKEN)');
  return missing.map((gateway) => `intake.replyToReporter is ${replyToReporter}, but ${gateway} is not set: SMS replies through it will wait until it is`);
}

const TIMEOUT_MS = 10_000;
const backoff = (attempts: number) => Math.min(300_000, 1000 * 2 ** Math.min(attempts, 9));

export async function deliverSms(veille: Veille, settings: SmsReplySettings, row: OutboxRow, sms: ReporterSms): Promise<Outcome> {
  const alert = row.alertId !== null ? getAlert(veille.db, row.alertId) : null;
  if (!alert) return { ok: true };
  const to = reporterNumber(alert.sourceDetail, sms.gateway);
  // No number (anonymous, or retention removed it): nothing can ever be sent; the row says so.
  if (!to) return { ok: false, permanent: true, error: 'no_number' };
  const gateway = gatewayFor(settings, sms.gateway);
  if (!gateway) return { ok: false, retryInMs: backoff(row.attempts), error: `${sms.gateway}_not_configured` };
  const text = smsText(alert, sms);
  if (row.inFlightAt !== null) {
    // An earlier attempt may have reached the gateway before its answer was lost: look first.
    const landed = await gateway.sent(to, text, row.createdAt).catch(() => 'unknown' as const);
    if (landed === 'yes') return { ok: true };
    if (landed === 'unknown') return { ok: false, retryInMs: backoff(row.attempts), error: `${sms.gateway}_unreachable` };
  }
  await writeWhenFree(veille.db, () => markInFlight(veille.db, row.id, veille.clock.now()));
  await durable(veille.db);
  let status: number;
  let retryAfter: string | null = null;
  try {
    const response = await gateway.send(to, text);
    status = response.status;
    retryAfter = response.headers.get('retry-after');
    await response.body?.cancel().catch(() => undefined);
  } catch (error) {
    // Given up waiting (our time-out): the gateway may still take the SMS, so the retry does not
    // ask it (and send again) before it no longer can (src/slack/late-landing.ts).
    const gaveUp = (error as Error)?.name === 'TimeoutError';
    return { ok: false, retryInMs: backoff(row.attempts), error: `${sms.gateway}_unreachable`, ...(gaveUp && { mayStillLandWithinMs: LATE_LANDING_FACTOR * TIMEOUT_MS }) };
  }
  if (status >= 200 && status < 300) return { ok: true };
  // Wrong or revoked credentials are fixed by an admin, not by the SMS: it waits for them.
  if (status === 429 || status >= 500 || status === 401 || status === 403) {
    const seconds = Number(retryAfter);
    return { ok: false, retryInMs: Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds * 1000, 300_000) : backoff(row.attempts), error: `${sms.gateway}_${status}` };
  }
  // Refused (a number the gateway will not text): trying again will not change it.
  return { ok: false, permanent: true, error: `${sms.gateway}_${status}` };
}

interface Gateway {
  send(to: string, text: string): Promise<Response>;
  /** Did the gateway take this SMS (to this number, with this text) since the row was written? */
  sent(to: string, text: string, since: number): Promise<'yes' | 'no' | 'unknown'>;
}

function gatewayFor(settings: SmsReplySettings, name: ReporterSms['gateway']): Gateway | null {
  if (name === 'twilio' && settings.twilio) return twilio(settings.twilio);
  if (name === 'rapidpro' && settings.rapidpro) return rapidpro(settings.rapidpro);
  return null;
}

function twilio(config: NonNullable<SmsReplySettings['twilio']>): Gateway {
  const url = `${config.apiUrl}/2010-04-01/Accounts/${encodeURIComponent(config.accountSid)}/Messages.json`;
  const authorization = `Basic ${Buffer.from(`${config.accountSid}:${config.authToken}`).toString('base64')}`;
  return {
    send: (to, text) =>
      fetch(url, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ To: to, [config.from.startsWith('MG') ? 'MessagingServiceSid' : 'From']: config.from, Body: text }).toString(),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      }),
    async sent(to, text, since) {
      const day = new Date(since - 86_400_000).toISOString().slice(0, 10);
      const response = await fetch(`${url}?${new URLSearchParams({ To: to, 'DateSent>': day })}`, { headers: { authorization }, signal: AbortSignal.timeout(TIMEOUT_MS) });
      if (!response.ok) return 'unknown';
      const page = (await response.json()) as { messages?: Array<{ to?: string; body?: string }> };
      return (page.messages ?? []).some((m) => m.to === to && m.body === text) ? 'yes' : 'no';
    },
  };
}

function rapidpro(config: NonNullable<SmsReplySettings['rapidpro']>): Gateway {
  const url = `${config.apiUrl}/api/v2/broadcasts.json`;
  const authorization = `Token ${config.token}`;
  const urn = (to: string) => `tel:${to}`;
  return {
    send: (to, text) =>
      fetch(url, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body: JSON.stringify({ urns: [urn(to)], text }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      }),
    async sent(to, text, since) {
      const response = await fetch(`${url}?${new URLSearchParams({ after: new Date(since - 60_000).toISOString() })}`, { headers: { authorization }, signal: AbortSignal.timeout(TIMEOUT_MS) });
      if (!response.ok) return 'unknown';
      const page = (await response.json()) as { results?: Array<{ urns?: string[]; text?: string | Record<string, string> }> };
      // Newer RapidPro gives the text per language ({"eng": "…"}), older as a string.
      const says = (t: string | Record<string, string> | undefined) => (typeof t === 'string' ? t === text : Object.values(t ?? {}).includes(text));
      return (page.results ?? []).some((b) => (b.urns ?? []).includes(urn(to)) && says(b.text)) ? 'yes' : 'no';
    },
  };
}
