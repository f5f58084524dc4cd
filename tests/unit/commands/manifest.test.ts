import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOT_EVENTS, buildManifest, METHOD_SCOPES } from '../../../commands/manifest.js';

describe('the Slack app manifest', () => {
  const manifest = buildManifest() as any;

  it('declares /alert with escaped mentions, the message shortcut, interactivity, Home and Socket Mode', () => {
    expect(manifest.features.slash_commands).toEqual([
      expect.objectContaining({ command: '/alert', should_escape: true, usage_hint: expect.stringContaining('show A-12') }),
    ]);
    expect(manifest.features.shortcuts).toEqual([{ name: 'Log as alert', type: 'message', callback_id: 'log_as_alert', description: expect.any(String) }]);
    expect(manifest.settings).toMatchObject({ socket_mode_enabled: true, interactivity: { is_enabled: true }, event_subscriptions: { bot_events: ['app_home_opened', 'member_left_channel'] } });
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['commands', 'chat:write', 'im:write', 'groups:read']));
  });

  it('asks for exactly the scopes of the Web API methods the code calls (users:read for a person’s language, issue 14)', () => {
    const called = new Set<string>();
    for (const file of [...sourceFiles('src'), ...sourceFiles('commands')]) {
      // The fake Slack and the playground play Slack's side; they are not the app.
      if (file.startsWith(join('src', 'fake-slack')) || file.startsWith(join('src', 'playground'))) continue;
      for (const [, method] of readFileSync(file, 'utf8').matchAll(/\bclient\.([a-z]+\.[a-zA-Z]+)\(/g)) called.add(method!);
    }
    expect([...called].sort()).toEqual(Object.keys(METHOD_SCOPES).sort());
    const needed = new Set(['commands', ...[...called].flatMap((m) => METHOD_SCOPES[m]!), ...Object.values(BOT_EVENTS).flat()]);
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...needed].sort());
    expect(manifest.oauth_config.scopes.bot).toContain('users:read');
  });

  it('subscribes to member_left_channel with the scopes Slack sends it under, public and private channels', () => {
    expect(manifest.settings.event_subscriptions.bot_events).toContain('member_left_channel');
    expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['channels:read', 'groups:read']));
  });

  it('is the committed manifest.json (regenerate with npm run manifest)', () => {
    expect(JSON.parse(readFileSync('manifest.json', 'utf8'))).toEqual(manifest);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}
