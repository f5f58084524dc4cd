/**
 * conversations.* — channel info, membership, joining, DMs and reading history. The bot only sees
 * private channels it belongs to; joining works for public channels only, as in Slack.
 */
import { isTrue } from './form.js';
import { visibleChannel } from './methods-chat.js';
import { type MethodContext, type MethodHandler, SlackApiError, requireArgs, stringArg } from './method-support.js';
import { publicMessage } from './present.js';
import type { FakeChannel, Json } from './types.js';

function channelObject({ state }: MethodContext, channel: FakeChannel, withCount = false): Json {
  const shown: Json = {
    id: channel.id,
    name: channel.name,
    is_channel: !channel.is_im && !channel.is_mpim && !channel.is_private,
    is_group: channel.is_private && !channel.is_im && !channel.is_mpim,
    is_im: channel.is_im,
    is_mpim: channel.is_mpim,
    is_private: channel.is_private,
    is_archived: false,
    is_general: false,
    is_member: channel.members.has(state.config.botUserId),
    created: 0,
  };
  if (channel.user) shown.user = channel.user;
  if (withCount) shown.num_members = channel.members.size;
  return shown;
}

/** Cursor-based paging as Slack does it; the cursor is opaque to the app. */
function page<T>(items: T[], args: Json): { items: T[]; nextCursor: string } {
  const limit = Number(args.limit ?? 100) || 100;
  const cursor = stringArg(args, 'cursor');
  let offset = 0;
  if (cursor) {
    const decoded = Buffer.from(cursor, 'base64').toString('utf8').match(/^offset:(\d+)$/);
    if (!decoded) throw new SlackApiError('invalid_cursor');
    offset = Number(decoded[1]);
  }
  const slice = items.slice(offset, offset + limit);
  const next = offset + limit < items.length ? Buffer.from(`offset:${offset + limit}`).toString('base64') : '';
  return { items: slice, nextCursor: next };
}

const info: MethodHandler = (ctx, args) => {
  requireArgs('conversations.info', args, 'channel');
  const channel = visibleChannel(ctx, stringArg(args, 'channel'));
  return { channel: channelObject(ctx, channel, isTrue(args.include_num_members)) };
};

const members: MethodHandler = (ctx, args) => {
  requireArgs('conversations.members', args, 'channel');
  const channel = visibleChannel(ctx, stringArg(args, 'channel'));
  const { items, nextCursor } = page([...channel.members], args);
  return { members: items, response_metadata: { next_cursor: nextCursor } };
};

const join: MethodHandler = (ctx, args) => {
  requireArgs('conversations.join', args, 'channel');
  const channel = visibleChannel(ctx, stringArg(args, 'channel'));
  if (channel.is_private) throw new SlackApiError('method_not_supported_for_channel_type');
  const bot = ctx.state.config.botUserId;
  const already = channel.members.has(bot);
  channel.members.add(bot);
  return { channel: channelObject(ctx, channel), ...(already && { warning: 'already_in_channel' }) };
};

/** A DM (one user) or group DM (several); the same people always get the same id. */
const open: MethodHandler = (ctx, args) => {
  const { state } = ctx;
  const existing = stringArg(args, 'channel');
  if (existing) {
    const channel = state.channels.get(existing);
    if (!channel || !(channel.is_im || channel.is_mpim)) throw new SlackApiError('channel_not_found');
    return { channel: { id: channel.id }, no_op: true, already_open: true };
  }
  const users = stringArg(args, 'users').split(',').map((u) => u.trim()).filter(Boolean);
  if (users.length === 0) throw new SlackApiError('users_list_not_supplied', ['conversations.open: pass "users" or "channel"']);
  if (users.length > 8) throw new SlackApiError('too_many_users');
  if (users.some((u) => !state.users.has(u))) throw new SlackApiError('user_not_found');
  const before = state.channels.size;
  const channel = users.length === 1 ? state.dmWith(users[0] as string) : state.groupDmWith(users);
  const alreadyOpen = state.channels.size === before;
  const shown = isTrue(args.return_im) ? channelObject(ctx, channel) : { id: channel.id };
  return { channel: shown, ...(alreadyOpen && { no_op: true, already_open: true }) };
};

/** Newest first, as Slack returns history. */
const history: MethodHandler = (ctx, args) => {
  requireArgs('conversations.history', args, 'channel');
  const channel = visibleChannel(ctx, stringArg(args, 'channel'));
  if (!channel.members.has(ctx.state.config.botUserId)) throw new SlackApiError('not_in_channel');
  const all = [...(ctx.state.messages.get(channel.id) ?? [])].reverse().map(publicMessage);
  const { items, nextCursor } = page(all, args);
  return { messages: items, has_more: nextCursor !== '', response_metadata: { next_cursor: nextCursor } };
};

/** The parent first, then the replies, as Slack returns a thread. */
const replies: MethodHandler = (ctx, args) => {
  requireArgs('conversations.replies', args, 'channel', 'ts');
  const channel = visibleChannel(ctx, stringArg(args, 'channel'));
  const found = ctx.state.findMessage(channel.id, stringArg(args, 'ts'));
  if (!found) throw new SlackApiError('thread_not_found');
  const root = found.parent ?? found.message;
  return { messages: [root, ...root.replies].map(publicMessage), has_more: false };
};

export const conversationMethods: Record<string, MethodHandler> = {
  'conversations.info': info,
  'conversations.members': members,
  'conversations.join': join,
  'conversations.open': open,
  'conversations.history': history,
  'conversations.replies': replies,
};
