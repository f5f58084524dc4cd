import { describe, expect, it } from 'vitest';
import { readEnv } from '../../../src/config/env.js';

describe('the gateway variables of the environment', () => {
  it('take PUBLIC_URL with or without its final slash, and leave both off when blank', () => {
    expect(readEnv({ PUBLIC_URL: 'https://veille.example.org/' }).PUBLIC_URL).toBe('https://veille.example.org');
    expect(readEnv({ PUBLIC_URL: 'https://veille.example.org:8443' }).PUBLIC_URL).toBe('https://veille.example.org:8443');
    expect(readEnv({ PUBLIC_URL: ' ', TWILIO_AUTH_TOKEN: '' })).toMatchObject({ PUBLIC_URL: undefined, TWILIO_AUTH_TOKEN: undefined });
  });

  it('refuse a PUBLIC_URL that is not an http(s) URL and a token too short to be Twilio’s, naming the variable', () => {
    expect(() => readEnv({ PUBLIC_URL: 'veille.example.org' })).toThrow(/PUBLIC_URL/);
    expect(() => readEnv({ PUBLIC_URL: 'ftp://veille.example.org' })).toThrow(/PUBLIC_URL/);
    expect(() => readEnv({ TWILIO_AUTH_TOKEN: 'abc' })).toThrow(/TWILIO_AUTH_TOKEN.*Auth Token/);
    expect(readEnv({ TWILIO_AUTH_TOKEN: '12345678901234567890abcdefabcdef' }).TWILIO_AUTH_TOKEN).toBe('12345678901234567890abcdefabcdef');
  });
});
