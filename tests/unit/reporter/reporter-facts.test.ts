import { describe, expect, it } from 'vitest';
import { readEnv } from '../../../src/config/env.js';
import { isSlackUser, smsTells, stepOf } from '../../../src/reporter/facts.js';
import { reporterNumber, SMS_LENGTH, smsText } from '../../../src/reporter/sms.js';
import { replyWarnings, smsReplySettings } from '../../../src/reporter/sms-send.js';
import { sourceIdentity } from '../../../src/gateways/source.js';

describe('which step a change is', () => {
  it('acknowledged when it left new, the first response, closed; one step for a change that does two', () => {
    expect(stepOf({ type: 'acknowledged', leftNew: true, firstResponse: false })).toBe('acknowledged');
    expect(stepOf({ type: 'took', leftNew: true, firstResponse: false })).toBe('acknowledged');
    expect(stepOf({ type: 'assigned', leftNew: true, firstResponse: false })).toBe('acknowledged');
    expect(stepOf({ type: 'took', leftNew: false, firstResponse: false })).toBeNull();
    expect(stepOf({ type: 'response', leftNew: false, firstResponse: true })).toBe('responded');
    expect(stepOf({ type: 'response', leftNew: true, firstResponse: true })).toBe('responded');
    expect(stepOf({ type: 'response', leftNew: false, firstResponse: false })).toBeNull();
    expect(stepOf({ type: 'closed', leftNew: true, firstResponse: false })).toBe('closed');
    expect(stepOf({ type: 'closed_duplicate', leftNew: false, firstResponse: false })).toBe('closed');
    expect(stepOf({ type: 'updated', leftNew: false, firstResponse: false })).toBeNull();
    expect(stepOf({ type: 'verified', leftNew: false, firstResponse: false })).toBeNull();
  });

  it('SMS steps follow intake.replyToReporter, never by default', () => {
    expect(['acknowledged', 'responded', 'closed'].map((s) => smsTells(undefined, s as never))).toEqual([false, false, false]);
    expect(['acknowledged', 'responded', 'closed'].map((s) => smsTells('never', s as never))).toEqual([false, false, false]);
    expect(['acknowledged', 'responded', 'closed'].map((s) => smsTells('acknowledged', s as never))).toEqual([true, false, false]);
    expect(['acknowledged', 'responded', 'closed'].map((s) => smsTells('all', s as never))).toEqual([true, true, true]);
  });

  it('tells Slack reporters from gateways and API tokens', () => {
    expect(isSlackUser('U0FOCALBNI')).toBe(true);
    expect(isSlackUser('twilio:member')).toBe(false);
    expect(isSlackUser('kobo-partner-token')).toBe(false);
  });
});

describe('the SMS back', () => {
  it('fits one SMS in each language, with the reference, at the longest reference', () => {
    for (const language of ['en', 'fr'] as const) {
      for (const step of ['acknowledged', 'responded', 'closed'] as const) {
        const text = smsText({ language }, { reference: 'ABCDEF-1234567', step });
        expect(text.length, `${language} ${step}`).toBeLessThanOrEqual(SMS_LENGTH);
        expect(text).toContain('ABCDEF-1234567');
        // GSM-7: one SMS holds 160 of these characters only if none falls outside it.
        expect(text, `${language} ${step}`).toMatch(/^[A-Za-z0-9 .,:;'!?\-+éèàùìòÉÇ]*$/);
      }
    }
  });

  it('reads the number from the source identity the gateways store, and nothing else', () => {
    expect(reporterNumber(sourceIdentity('twilio', '+243 99 123 4567'), 'twilio')).toBe('+243991234567');
    expect(reporterNumber(sourceIdentity('rapidpro', 'tel:+243998765432', { name: 'Kahindo' }), 'rapidpro')).toBe('+243998765432');
    expect(reporterNumber(sourceIdentity('twilio', '+243991234567'), 'rapidpro')).toBeNull();
    expect(reporterNumber(sourceIdentity('kobo', 'enumerator-7'), 'twilio')).toBeNull();
    expect(reporterNumber('[redacted]', 'twilio')).toBeNull();
    expect(reporterNumber(null, 'twilio')).toBeNull();
  });

  it('takes its gateways from the environment, each only when complete', () => {
    const env = readEnv({
      TWILIO_ACCOUNT_SID: `AC${'a'.repeat(32)}`,
      TWILIO_AUTH_TOKEN: 'x'.repeat(32),
      TWILIO_FROM_NUMBER: '+243820000000',
      RAPIDPRO_API_URL: 'https://textit.com/api/v2/',
      RAPIDPRO_API_TOKEN: 'token-of-rapidpro',
    });
    expect(smsReplySettings(env)).toEqual({
      twilio: { apiUrl: 'https://api.twilio.com', accountSid: `AC${'a'.repeat(32)}`, authToken: 'x'.repeat(32), from: '+243820000000' },
      rapidpro: { apiUrl: 'https://textit.com', token: 'token-of-rapidpro' },
    });
    expect(smsReplySettings(readEnv({ TWILIO_ACCOUNT_SID: `AC${'a'.repeat(32)}` }))).toEqual({});
    expect(() => readEnv({ TWILIO_ACCOUNT_SID: 'not-a-sid' })).toThrow(/TWILIO_ACCOUNT_SID.*AC and 32 hex digits/);
    expect(() => readEnv({ TWILIO_FROM_NUMBER: '0991234567' })).toThrow(/TWILIO_FROM_NUMBER/);
  });

  it('warns at start-up when replies are on and a gateway cannot send them', () => {
    expect(replyWarnings(undefined, {})).toEqual([]);
    expect(replyWarnings('never', {})).toEqual([]);
    const twilio = { apiUrl: 'https://api.twilio.com', accountSid: `AC${'a'.repeat(32)}`, authToken: 'x'.repeat(32), from: '+243820000000' };
    expect(replyWarnings('all', { twilio })).toEqual(['intake.replyToReporter is all, but RapidPro (RAPIDPRO_API_URL, RAPIDPRO_API_TOKEN) is not set: SMS replies through it will wait until it is']);
  });
});
