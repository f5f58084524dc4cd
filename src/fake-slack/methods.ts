/**
 * The Web API methods the fake implements, as plain functions of (state, arguments). A handler
 * returns the fields Slack puts beside `ok: true`, or throws SlackApiError with Slack's error
 * code; the HTTP layer turns that into `{ ok: false, error }` with status 200, as Slack does.
 */
import { type MethodContext, type MethodHandler, SlackApiError, requireArgs, stringArg } from './method-support.js';
import { chatMethods } from './methods-chat.js';
import { conversationMethods } from './methods-conversations.js';
import { fileMethods } from './methods-files.js';
import { viewMethods } from './methods-views.js';
import type { FakeUserInit, Json } from './types.js';

/** The UTC offset of a time zone, in seconds, as users.info reports it. */
function tzOffsetSeconds(tz: string, at: number): number {
  try {
    const label = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'longOffset' })
      .formatToParts(new Date(at))
      .find((part) => part.type === 'timeZoneName')?.value;
    const match = label?.match(/GMT([+-])(\d{2}):(\d{2})/);
    if (!match) return 0;
    const seconds = Number(match[2]) * 3600 + Number(match[3]) * 60;
    return match[1] === '-' ? -seconds : seconds;
  } catch {
    return 0;
  }
}

function userObject(ctx: MethodContext, user: FakeUserInit): Json {
  const { state } = ctx;
  const tz = user.tz ?? 'UTC';
  const realName = user.real_name ?? user.name;
  return {
    id: user.id,
    team_id: state.config.teamId,
    name: user.name,
    real_name: realName,
    deleted: false,
    is_bot: user.is_bot ?? false,
    is_admin: false,
    tz,
    tz_offset: tzOffsetSeconds(tz, state.now()),
    profile: { real_name: realName, display_name: user.name, real_name_normalized: realName },
  };
}

const identityMethods: Record<string, MethodHandler> = {
  'auth.test': ({ state }) => ({
    url: `https://${state.config.teamDomain}.slack.com/`,
    team: state.config.teamDomain,
    user: state.config.botName,
    team_id: state.config.teamId,
    user_id: state.config.botUserId,
    bot_id: state.config.botId,
    is_enterprise_install: false,
  }),
  'users.info': (ctx, args) => {
    requireArgs('users.info', args, 'user');
    const user = ctx.state.users.get(stringArg(args, 'user'));
    if (!user) throw new SlackApiError('user_not_found');
    // Slack gives the locale only to those who ask for it.
    const withLocale = args.include_locale === true || args.include_locale === 'true';
    return { user: { ...(userObject(ctx, user) as Record<string, Json>), ...(withLocale ? { locale: user.locale ?? 'en-US' } : {}) } };
  },
  'users.list': (ctx) => ({
    members: [...ctx.state.users.values()].map((u) => userObject(ctx, u)),
    response_metadata: { next_cursor: '' },
  }),
};

export const METHODS: Readonly<Record<string, MethodHandler>> = {
  ...identityMethods,
  ...chatMethods,
  ...conversationMethods,
  ...viewMethods,
  ...fileMethods,
};
