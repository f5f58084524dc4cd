import { describe, expect, it } from 'vitest';
import { readEnv } from '../../src/config/env.js';

describe('the deployment variables', () => {
  it('read the proxy from HTTPS_PROXY/NO_PROXY or their lower-case forms, upper-case first', () => {
    expect(readEnv({ https_proxy: 'http://proxy.local:3128', no_proxy: 'localhost' })).toMatchObject({ HTTPS_PROXY: 'http://proxy.local:3128', NO_PROXY: 'localhost' });
    expect(readEnv({ HTTPS_PROXY: 'http://upper:3128', https_proxy: 'http://lower:3128' }).HTTPS_PROXY).toBe('http://upper:3128');
    expect(readEnv({}).HTTPS_PROXY).toBeUndefined();
  });

  it('refuse a proxy that is not a URL, naming the variable', () => {
    expect(() => readEnv({ HTTPS_PROXY: 'proxy.local:3128 ' })).toThrow(/HTTPS_PROXY/);
  });

  it('take SLACK_API_URL with or without its final slash', () => {
    expect(readEnv({ SLACK_API_URL: 'https://gw.example.org/api' }).SLACK_API_URL).toBe('https://gw.example.org/api/');
    expect(readEnv({ SLACK_API_URL: 'https://gw.example.org/api/' }).SLACK_API_URL).toBe('https://gw.example.org/api/');
  });
});
