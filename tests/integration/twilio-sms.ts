import { createHmac } from 'node:crypto';
import { request } from 'node:http';

/**
 * Twilio's Messaging webhook, posted byte for byte as Twilio sends it: form-encoded, signed as
 * Twilio's security page describes (HMAC-SHA1 with the auth token over the URL, then each
 * parameter name and value sorted by name, base64). The signature is computed here, apart from
 * Veille's own code. Shared by the Twilio gateway tests and the every-door decision test.
 */
export const AUTH_TOKEN = '12345678901234567890abcdefabcdef';
export const PUBLIC_URL = 'https://veille.monusco.example.org';
export const PATH = '/api/v1/intake/sms/twilio';
export const SENDER = '+243991234567';

/** The parameters of an incoming SMS, in the order Twilio lists them. */
export function smsParams(body: string, sid = 'SM8a4b2c9d0e1f23456789abcdef012345'): Array<[string, string]> {
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
    ['To', '+243820000000'],
    ['MessagingServiceSid', 'MG00000000000000000000000000000000'],
    ['ToZip', ''],
    ['NumSegments', '1'],
    ['MessageSid', sid],
    ['AccountSid', 'AC11111111111111111111111111111111'],
    ['From', SENDER],
    ['ApiVersion', '2010-04-01'],
  ];
}

/** Twilio's documented algorithm, written out step by step. */
export function twilioSigns(url: string, params: Array<[string, string]>, token = AUTH_TOKEN): string {
  const names = params.map(([name]) => name).sort();
  let data = url;
  for (const name of names) data += name + params.find(([n]) => n === name)![1];
  return createHmac('sha1', token).update(Buffer.from(data, 'utf8')).digest('base64');
}

function formEncode(params: Array<[string, string]>): string {
  return params.map(([k, val]) => `${encodeURIComponent(k)}=${encodeURIComponent(val).replace(/%20/g, '+')}`).join('&');
}

export async function postSms(port: number, params: Array<[string, string]>, { signature, url = PUBLIC_URL + PATH, headers = {} }: { signature?: string | null; url?: string; headers?: Record<string, string> } = {}) {
  const sig = signature === undefined ? twilioSigns(url, params) : signature;
  const body = formEncode(params);
  // node:http rather than fetch: a proxy's Host header must reach Veille as sent.
  return new Promise<{ status: number; type: string | undefined; text: string }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: PATH,
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'TwilioProxy/1.1',
          'i-twilio-idempotency-token': 'b7a5e1a4-0b4c-4b4a-9a57-000000000001',
          ...(sig !== null && { 'x-twilio-signature': sig }),
          ...headers,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, type: res.headers['content-type'], text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The text of the one <Message> in a TwiML answer, entities read back. */
export function messageOf(twiml: string): string {
  const match = /^<\?xml version="1\.0" encoding="UTF-8"\?><Response><Message>([^<]*)<\/Message><\/Response>$/.exec(twiml);
  if (!match) throw new Error(`not TwiML with one message: ${twiml}`);
  return match[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
