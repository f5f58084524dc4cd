import { describe, expect, it } from 'vitest';
import { SlackLocales } from '../../../src/slack/locales.js';

/** A person's Slack language: asked once, kept for a while, asked again after; a failure is no language. */

function slack(locales: Record<string, string>) {
  const asked: string[] = [];
  const client = {
    users: {
      info: async ({ user, include_locale }: { user: string; include_locale?: boolean }) => {
        asked.push(user);
        if (!(user in locales)) throw Object.assign(new Error('user_not_found'), { code: 'slack_webapi_platform_error' });
        return { ok: true, user: { id: user, ...(include_locale ? { locale: locales[user] } : {}) } };
      },
    },
  };
  return { client: client as never, asked };
}

describe('Slack locales', () => {
  it('map fr-* to French and en-* to English, any other to unknown, and ask Slack once per person while it is fresh', async () => {
    let now = 0;
    const { client, asked } = slack({ U1: 'fr-FR', U2: 'en-GB', U3: 'pt-BR' });
    const locales = new SlackLocales(client, 1000, 800, () => now);
    expect(await locales.languageOf('U1')).toBe('fr');
    expect(await locales.languageOf('U2')).toBe('en');
    expect(await locales.languageOf('U3')).toBeNull();
    expect(await locales.languageOf('U1')).toBe('fr');
    expect(asked).toEqual(['U1', 'U2', 'U3']);
    now = 1001;
    expect(await locales.languageOf('U1')).toBe('fr');
    expect(asked).toEqual(['U1', 'U2', 'U3', 'U1']);
  });

  it('treat an error as unknown, and do not keep it', async () => {
    const { client, asked } = slack({});
    const locales = new SlackLocales(client);
    expect(await locales.languageOf('UGONE')).toBeNull();
    expect(await locales.languageOf('UGONE')).toBeNull();
    expect(asked).toEqual(['UGONE', 'UGONE']);
  });
});
