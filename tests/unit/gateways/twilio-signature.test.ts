import { createHmac } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { signatureMatches, signedUrl, twilioSignature } from '../../../src/gateways/twilio/signature.js';
import { escapeXml, messageTwiml } from '../../../src/gateways/twilio/twiml.js';

const TOKEN = '12345678901234567890abcdefabcdef';
const URL = 'https://veille.example.org/api/v1/intake/sms/twilio';
const PARAMS: Array<[string, string]> = [
  ['To', '+243820000000'],
  ['From', '+243991234567'],
  ['Body', 'Attaque à Kamango & 2 tués'],
  ['MessageSid', 'SM123'],
  ['AccountSid', 'AC123'],
];

/** Written out from Twilio's description: URL, then name+value of each parameter sorted by name. */
const byHand = (url: string) =>
  createHmac('sha1', TOKEN)
    .update(`${url}AccountSidAC123BodyAttaque à Kamango & 2 tuésFrom+243991234567MessageSidSM123To+243820000000`, 'utf8')
    .digest('base64');

describe("Twilio's request signature", () => {
  it('is the HMAC-SHA1 of the URL and the sorted parameters, base64', () => {
    expect(twilioSignature(TOKEN, URL, PARAMS)).toBe(byHand(URL));
    expect(signatureMatches(TOKEN, URL, PARAMS, byHand(URL))).toBe(true);
  });

  it('refuses a missing header, another URL, another token, a changed or an added parameter', () => {
    expect(signatureMatches(TOKEN, URL, PARAMS, undefined)).toBe(false);
    expect(signatureMatches(TOKEN, URL, PARAMS, byHand('https://other.example.org/api/v1/intake/sms/twilio'))).toBe(false);
    expect(signatureMatches('another-token-000000000000000000', URL, PARAMS, byHand(URL))).toBe(false);
    expect(signatureMatches(TOKEN, URL, [...PARAMS.slice(1), ['To', '+243820000001']], byHand(URL))).toBe(false);
    expect(signatureMatches(TOKEN, URL, [...PARAMS, ['NumMedia', '0']], byHand(URL))).toBe(false);
  });

  it('accepts the URL signed with or without the default port, and nothing else', () => {
    expect(signatureMatches(TOKEN, URL, PARAMS, byHand('https://veille.example.org:443/api/v1/intake/sms/twilio'))).toBe(true);
    expect(signatureMatches(TOKEN, 'https://veille.example.org:443/api/v1/intake/sms/twilio', PARAMS, byHand(URL))).toBe(true);
    expect(signatureMatches(TOKEN, URL, PARAMS, byHand('https://veille.example.org:8443/api/v1/intake/sms/twilio'))).toBe(false);
  });

  it('is computed over PUBLIC_URL and the path, else the request’s own scheme, host and path', () => {
    const req = (headers: Record<string, string>, encrypted = false) => ({ url: '/api/v1/intake/sms/twilio?x=1', headers, socket: { encrypted } }) as unknown as IncomingMessage;
    expect(signedUrl(req({ host: 'internal:3000' }), 'https://veille.example.org/')).toBe('https://veille.example.org/api/v1/intake/sms/twilio?x=1');
    expect(signedUrl(req({ host: 'veille.example.org' }), undefined)).toBe('http://veille.example.org/api/v1/intake/sms/twilio?x=1');
    expect(signedUrl(req({ host: 'veille.example.org', 'x-forwarded-proto': 'https' }), undefined)).toBe('https://veille.example.org/api/v1/intake/sms/twilio?x=1');
    expect(signedUrl(req({ host: 'veille.example.org' }, true), undefined)).toBe('https://veille.example.org/api/v1/intake/sms/twilio?x=1');
  });
});

describe('TwiML', () => {
  it('escapes the five XML characters in a message', () => {
    expect(escapeXml(`<b>"A" & 'B'</b>`)).toBe('&lt;b&gt;&quot;A&quot; &amp; &apos;B&apos;&lt;/b&gt;');
    expect(messageTwiml('A-1 & <ok>')).toBe('<?xml version="1.0" encoding="UTF-8"?><Response><Message>A-1 &amp; &lt;ok&gt;</Message></Response>');
  });
});
