import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signRequest } from '../../../src/fake-slack/index.js';

describe('signRequest', () => {
  it('signs v0:{timestamp}:{body} with HMAC-SHA256 of the signing secret', () => {
    const secret = '8f742231b10e8888abcd99yyyzzz85a5';
    const body = 'token=xyz&team_id=T1&command=%2Falert&text=Kiwanja+P1';
    const timestamp = 1531420618;
    const expected = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`, 'utf8').digest('hex')}`;
    expect(signRequest(secret, body, timestamp)).toEqual({ 'X-Slack-Signature': expected, 'X-Slack-Request-Timestamp': '1531420618' });
  });

  it("matches the example in Slack's documentation", () => {
    const body =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar' +
      '&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com' +
      '%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    const headers = signRequest('8f742231b10e8888abcd99yyyzzz85a5', body, 1531420618);
    expect(headers['X-Slack-Signature']).toBe('v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503');
  });
});
