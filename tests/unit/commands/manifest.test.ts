import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildManifest } from '../../../commands/manifest.js';

describe('the Slack app manifest', () => {
  const manifest = buildManifest() as any;

  it('declares /alert with escaped mentions, the message shortcut, interactivity, Home and Socket Mode', () => {
    expect(manifest.features.slash_commands).toEqual([
      expect.objectContaining({ command: '/alert', should_escape: true, usage_hint: expect.stringContaining('show A-12') }),
    ]);
    expect(manifest.features.shortcuts).toEqual([{ name: 'Log as alert', type: 'message', callback_id: 'log_as_alert', description: expect.any(String) }]);
    expect(manifest.settings).toMatchObject({ socket_mode_enabled: true, interactivity: { is_enabled: true }, event_subscriptions: { bot_events: ['app_home_opened'] } });
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['commands', 'chat:write', 'im:write', 'groups:read']));
  });

  it('is the committed manifest.json (regenerate with npm run manifest)', () => {
    expect(JSON.parse(readFileSync('manifest.json', 'utf8'))).toEqual(manifest);
  });
});
