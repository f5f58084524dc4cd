import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { alertCommand } from './alert/index.js';
import { logAsAlertShortcut } from './log-as-alert.js';
import type { ShortcutDefinition, SlashCommandDefinition } from './types.js';

export const SLASH_COMMANDS: SlashCommandDefinition[] = [alertCommand];
export const SHORTCUTS: ShortcutDefinition[] = [logAsAlertShortcut];

/**
 * The bot scopes each Web API method Veille calls needs, in public channels, private channels and
 * DMs. The manifest asks for exactly these (and `commands`): a scope nothing uses is access an
 * attacker with the token would have for free. A test checks this list against the code's calls.
 */
export const METHOD_SCOPES: Record<string, string[]> = {
  'auth.test': [],
  // chat:write.public: cards go to section channels the bot was not invited to.
  'chat.postMessage': ['chat:write', 'chat:write.public'],
  'chat.postEphemeral': ['chat:write'],
  'chat.update': ['chat:write'],
  'chat.delete': ['chat:write'],
  'conversations.join': ['channels:join'],
  'conversations.info': ['channels:read', 'groups:read'],
  'conversations.members': ['channels:read', 'groups:read'],
  // Before posting again, the outbox looks for an earlier attempt in the channel, thread or DM.
  'conversations.history': ['channels:history', 'groups:history', 'im:history'],
  'conversations.replies': ['channels:history', 'groups:history'],
  'conversations.open': ['im:write'],
  'views.open': [],
  'views.publish': [],
};

export function botScopes(): string[] {
  return [...new Set(['commands', ...Object.values(METHOD_SCOPES).flat()])];
}

/** The Slack app manifest, generated from the command and shortcut definitions so the two never drift. */
export function buildManifest(options: { requestUrl?: string } = {}): Record<string, unknown> {
  const url = options.requestUrl ?? 'https://veille.example.org/slack/events';
  return {
    display_information: {
      name: 'Veille',
      description: 'Early-warning alerts for protection of civilians',
      long_description:
        'Veille turns one-line field reports into structured protection alerts, routes them to the right sections with restricted cases kept restricted, reminds owners, and posts a daily early-warning digest. Type /alert help to start.',
      background_color: '#1d3557',
    },
    features: {
      app_home: { home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: true },
      bot_user: { display_name: 'Veille', always_online: true },
      shortcuts: SHORTCUTS.map((s) => ({ name: s.name, type: s.type, callback_id: s.callbackId, description: s.description })),
      slash_commands: SLASH_COMMANDS.map((c) => ({
        command: c.command,
        url,
        description: c.description.slice(0, 100),
        usage_hint: c.usageHint.slice(0, 100),
        should_escape: c.shouldEscape,
      })),
    },
    oauth_config: {
      scopes: {
        bot: botScopes(),
      },
    },
    settings: {
      event_subscriptions: { request_url: url, bot_events: ['app_home_opened'] },
      interactivity: { is_enabled: true, request_url: url },
      org_deploy_enabled: false,
      socket_mode_enabled: true,
      token_rotation_enabled: false,
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const path = new URL('../manifest.json', import.meta.url);
  writeFileSync(path, `${JSON.stringify(buildManifest({ requestUrl: process.argv[2] }), null, 2)}\n`);
  console.log(`Wrote ${fileURLToPath(path)}`);
}
