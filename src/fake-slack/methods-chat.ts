/**
 * chat.* — posting, editing and deleting messages, ephemerals and permalinks, with the errors
 * Slack gives: a bot outside a public channel gets `not_in_channel`, a private channel it cannot
 * see is `channel_not_found`, an unknown ts is `message_not_found`.
 */
import { withGeneratedIds } from './block-ids.js';
import { isTrue } from './form.js';
import { type MethodContext, type MethodHandler, SlackApiError, assertBlockKit, requireArgs, stringArg } from './method-support.js';
import { publicMessage } from './present.js';
import type { FakeChannel, Json, StoredMessage } from './types.js';

/** The channel the bot is about to write to, or the error Slack would give. */
export function writableChannel({ state }: MethodContext, channelArg: string): FakeChannel {
  const channel = state.resolveChannel(channelArg);
  if (!channel) throw new SlackApiError('channel_not_found');
  if (channel.members.has(state.config.botUserId)) return channel;
  // A private conversation the bot is not in is invisible to it, as if it did not exist.
  if (channel.is_private) throw new SlackApiError('channel_not_found');
  if (!state.config.chatWritePublic) throw new SlackApiError('not_in_channel');
  return channel;
}

/** A channel the bot can see (reading, updating): public ones always, private ones as a member. */
export function visibleChannel({ state }: MethodContext, channelArg: string): FakeChannel {
  const channel = state.resolveChannel(channelArg);
  if (!channel || (channel.is_private && !channel.members.has(state.config.botUserId))) {
    throw new SlackApiError('channel_not_found');
  }
  return channel;
}

interface Content {
  text?: string;
  blocks?: Json[];
  attachments?: Json[];
}

/** text / blocks / attachments from the arguments, Block Kit-checked; `no_text` when all are absent. */
function readContent(method: string, args: Json, required: boolean): Content {
  const content: Content = {};
  if (args.text !== undefined) content.text = stringArg(args, 'text');
  if (args.blocks !== undefined) {
    if (!Array.isArray(args.blocks)) throw new SlackApiError('invalid_blocks_format', [`${method}: blocks must be a JSON array`]);
    assertBlockKit(method, 'message', { blocks: args.blocks, attachments: args.attachments });
    content.blocks = withGeneratedIds(args.blocks);
  }
  if (args.attachments !== undefined) {
    if (!Array.isArray(args.attachments)) throw new SlackApiError('invalid_attachments', [`${method}: attachments must be a JSON array`]);
    content.attachments = args.attachments as Json[];
  }
  const empty = content.text === undefined && content.blocks === undefined && content.attachments === undefined;
  if (required && empty) throw new SlackApiError('no_text');
  return content;
}

function ownMessage(ctx: MethodContext, channelId: string, ts: string, refusal: string): StoredMessage {
  const found = ctx.state.findMessage(channelId, ts);
  if (!found) throw new SlackApiError('message_not_found');
  if (found.message.user !== ctx.state.config.botUserId) throw new SlackApiError(refusal);
  return found.message;
}

const postMessage: MethodHandler = (ctx, args) => {
  const { state } = ctx;
  const channel = writableChannel(ctx, stringArg(args, 'channel'));
  const content = readContent('chat.postMessage', args, true);
  const message: StoredMessage = {
    type: 'message',
    channel: channel.id,
    ts: '',
    user: state.config.botUserId,
    bot_id: state.config.botId,
    app_id: state.config.apiAppId,
    text: content.text ?? '',
    ...(content.blocks && { blocks: content.blocks }),
    ...(content.attachments && { attachments: content.attachments }),
    ...(typeof args.metadata === 'object' && args.metadata !== null && { metadata: args.metadata as Json }),
    replies: [],
  };
  const threadTs = stringArg(args, 'thread_ts');
  if (threadTs) {
    const found = state.findMessage(channel.id, threadTs);
    // The fake is stricter than Slack here: a reply to a message it never saw is an app bug.
    if (!found) throw new SlackApiError('thread_not_found');
    const root = found.parent ?? found.message;
    message.thread_ts = root.ts;
    if (isTrue(args.reply_broadcast)) message.reply_broadcast = true;
    message.ts = state.nextTs();
    root.replies.push(message);
  } else {
    message.ts = state.nextTs();
    state.topLevel(channel.id).push(message);
  }
  return { channel: channel.id, ts: message.ts, message: publicMessage(message) };
};

const postEphemeral: MethodHandler = (ctx, args) => {
  const { state } = ctx;
  const channel = writableChannel(ctx, stringArg(args, 'channel'));
  const user = stringArg(args, 'user');
  if (!channel.members.has(user)) throw new SlackApiError('user_not_in_channel');
  const content = readContent('chat.postEphemeral', args, true);
  const ts = state.nextTs();
  const threadTs = stringArg(args, 'thread_ts');
  state.ephemerals.push({
    channel: channel.id,
    user,
    ts,
    text: content.text ?? '',
    ...(content.blocks && { blocks: content.blocks }),
    ...(content.attachments && { attachments: content.attachments }),
    ...(threadTs && { thread_ts: threadTs }),
    via: 'chat.postEphemeral',
  });
  return { message_ts: ts };
};

/** Replaces what is given; Slack keeps blocks/attachments that the update leaves out. */
const update: MethodHandler = (ctx, args) => {
  const channel = visibleChannel(ctx, stringArg(args, 'channel'));
  const message = ownMessage(ctx, channel.id, stringArg(args, 'ts'), 'cant_update_message');
  const content = readContent('chat.update', args, true);
  if (content.text !== undefined) message.text = content.text;
  if (content.blocks !== undefined) message.blocks = content.blocks;
  if (content.attachments !== undefined) message.attachments = content.attachments;
  if (typeof args.metadata === 'object' && args.metadata !== null) message.metadata = args.metadata as Json;
  message.edited = { user: ctx.state.config.botUserId, ts: ctx.state.nextTs() };
  return { channel: channel.id, ts: message.ts, text: message.text, message: publicMessage(message) };
};

const remove: MethodHandler = (ctx, args) => {
  requireArgs('chat.delete', args, 'channel', 'ts');
  const channel = visibleChannel(ctx, stringArg(args, 'channel'));
  const ts = stringArg(args, 'ts');
  ownMessage(ctx, channel.id, ts, 'cant_delete_message');
  ctx.state.removeMessage(channel.id, ts);
  return { channel: channel.id, ts };
};

const getPermalink: MethodHandler = (ctx, args) => {
  const channel = visibleChannel(ctx, stringArg(args, 'channel'));
  const found = ctx.state.findMessage(channel.id, stringArg(args, 'message_ts'));
  if (!found) throw new SlackApiError('message_not_found');
  const { message } = found;
  const base = `https://${ctx.state.config.teamDomain}.slack.com/archives/${channel.id}/p${message.ts.replace('.', '')}`;
  const permalink = message.thread_ts ? `${base}?thread_ts=${message.thread_ts}&cid=${channel.id}` : base;
  return { channel: channel.id, permalink };
};

export const chatMethods: Record<string, MethodHandler> = {
  'chat.postMessage': postMessage,
  'chat.postEphemeral': postEphemeral,
  'chat.update': update,
  'chat.delete': remove,
  'chat.getPermalink': getPermalink,
};
