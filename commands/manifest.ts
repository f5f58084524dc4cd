import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
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
  // The digest charts: uploaded as files; files.info tells a retry whether an upload already landed.
  'files.getUploadURLExternal': ['files:write'],
  'files.completeUploadExternal': ['files:write'],
  'files.info': ['files:read'],
  // A person's Slack language, for what Veille writes to them alone.
  'users.info': ['users:read'],
  'views.open': [],
  'views.publish': [],
};

/**
 * The bot events Veille listens to, with the scopes Slack requires to send each. member_left_channel:
 * someone who leaves a restricted section's channel is released from its alerts (src/alerts/left-channel.ts);
 * channels:read for public channels, groups:read for private ones (the restricted sections').
 */
export const BOT_EVENTS: Record<string, string[]> = {
  app_home_opened: [],
  member_left_channel: ['channels:read', 'groups:read'],
};

export function botScopes(): string[] {
  return [...new Set(['commands', ...Object.values(METHOD_SCOPES).flat(), ...Object.values(BOT_EVENTS).flat()])];
}

/**
 * The Slack app manifest, generated from the command and shortcut definitions so the two never
 * drift. Socket Mode (the default: a mission server has no public address) sets no URLs; HTTP mode
 * turns Socket Mode off and sends the slash command, interactivity and events to the request URL.
 */
export type ManifestMode = { socket: true } | { requestUrl: string };

export function buildManifest(mode: ManifestMode = { socket: true }): Record<string, unknown> {
  const url = 'requestUrl' in mode ? mode.requestUrl : undefined;
  const at = url ? { request_url: url } : {};
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
        ...(url ? { url } : {}),
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
      event_subscriptions: { ...at, bot_events: Object.keys(BOT_EVENTS) },
      interactivity: { is_enabled: true, ...at },
      org_deploy_enabled: false,
      socket_mode_enabled: !url,
      token_rotation_enabled: false,
    },
  };
}

const USAGE = `Usage:
  npm run manifest -- --socket                          Socket Mode: no public URL needed (SLACK_APP_TOKEN)
  npm run manifest -- https://veille.example.org/slack/events   HTTP: Slack sends everything to this URL
Writes manifest.json; paste it at https://api.slack.com/apps (Create New App → From a manifest).`;

export interface ManifestIo {
  out(line: string): void;
  err(line: string): void;
  write(json: string): void;
}

/** `npm run manifest`; returns the exit code. */
export function runManifestCommand(argv: string[], io: ManifestIo): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { socket: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 64;
  }
  if (parsed.values.help) {
    io.out(USAGE);
    return 0;
  }
  const [url, ...extra] = parsed.positionals;
  if (extra.length > 0 || (parsed.values.socket && url) || (!parsed.values.socket && !url)) {
    io.err(`${extra.length > 0 ? `Unexpected argument ${extra.join(' ')}. ` : ''}Give either --socket or the request URL, not both.\n${USAGE}`);
    return 64;
  }
  if (url && (!URL.canParse(url) || new URL(url).protocol !== 'https:')) {
    io.err(`The request URL must be an https:// address Slack can reach, such as https://veille.example.org/slack/events (got ${url}).`);
    return 64;
  }
  io.write(`${JSON.stringify(buildManifest(url ? { requestUrl: url } : { socket: true }), null, 2)}\n`);
  io.out(url ? `Wrote manifest.json for HTTP mode: Socket Mode off, requests to ${url}` : 'Wrote manifest.json for Socket Mode (no request URLs)');
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const path = new URL('../manifest.json', import.meta.url);
  const code = runManifestCommand(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l), write: (json) => writeFileSync(path, json) });
  process.exit(code);
}
