import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Veille } from '../../context.js';
import { readBody } from '../../api/http.js';
import { takeGatewayReport } from '../intake.js';
import { replyText } from '../replies.js';
import { memberLookup, type GatewaySettings } from '../settings.js';
import { signatureMatches, signedUrl } from './signature.js';
import { messageTwiml, sendPlain, sendTwiml } from './twiml.js';

/** Twilio sends at most 1,600 characters a message; a body much larger than that is not Twilio's. */
const MAX_FORM_BYTES = 64 * 1024;

/**
 * POST /api/v1/intake/sms/twilio: Twilio's Messaging webhook as Twilio sends it (form-encoded), its
 * X-Twilio-Signature checked before anything is read as a report. The sender gets a TwiML reply
 * with the reference and what was understood; refusals Twilio only logs are plain text.
 */
export async function twilioSms(req: IncomingMessage, res: ServerResponse, veille: Veille, settings: GatewaySettings, kick: () => void): Promise<void> {
  const token = settings.twilioAuthToken;
  if (!token) {
    return sendPlain(res, 503, 'The Twilio SMS gateway is off: set TWILIO_AUTH_TOKEN (and PUBLIC_URL) and restart Veille.');
  }
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    return sendPlain(res, 415, `Send Twilio's form-encoded webhook (Content-Type: application/x-www-form-urlencoded), not ${type.slice(0, 80) || 'no Content-Type'}.`);
  }
  const raw = await readBody(req, MAX_FORM_BYTES);
  const params = [...new URLSearchParams(raw.toString('utf8'))];
  const header = req.headers['x-twilio-signature'];
  if (!signatureMatches(token, signedUrl(req, settings.publicUrl), params, Array.isArray(header) ? header[0] : header)) {
    veille.log.warn('twilio request refused: signature missing or wrong', { path: req.url?.slice(0, 100) });
    return sendPlain(res, 403, 'X-Twilio-Signature is missing or wrong: check TWILIO_AUTH_TOKEN, and that PUBLIC_URL plus /api/v1/intake/sms/twilio is the URL Twilio calls.');
  }
  const form = new Map(params);
  const messageSid = form.get('MessageSid') ?? form.get('SmsMessageSid') ?? form.get('SmsSid');
  if (!messageSid) return sendPlain(res, 400, 'No MessageSid: this endpoint takes incoming messages (the Messaging webhook "A message comes in").');

  const outcome = await takeGatewayReport(
    veille,
    { text: form.get('Body') ?? '', via: 'sms', gateway: 'twilio', externalId: messageSid, sender: form.get('From') || undefined },
    { lookupMember: memberLookup(veille.db, settings) },
  );
  if (!outcome.ok) veille.log.info('twilio message not logged', { problem: outcome.problem });
  // Refused text is still answered 200: a non-2xx makes Twilio drop the reply the sender needs.
  sendTwiml(res, 200, messageTwiml(replyText(outcome)));
  if (outcome.ok && !outcome.replayed) kick();
}
