/**
 * What one person sees of the fake workspace, as Slack would show it to them: the channels they
 * belong to (a private channel only to its members), their DMs with the app, the ephemerals meant
 * for them, their App Home and their open modals. The playground sends only this to the browser,
 * so a person's page can never hold what Slack would not show them.
 */
import { publicView } from './present.js';
import type { SlackState } from './state.js';
import type { FakeChannel, Json, StoredEphemeral, StoredMessage } from './types.js';

type ConversationKind = 'channel' | 'private' | 'dm' | 'group';

interface SeenMessage {
  ts: string;
  user: string;
  bot: boolean;
  text: string;
  blocks?: Json[];
  attachments?: Json[];
  /** Images shared with the message: what the page shows, with their alt text. */
  files?: Array<{ id: string; title: string; alt: string; width?: number; height?: number }>;
  thread_ts?: string;
  edited: boolean;
  replies: SeenMessage[];
}

interface SeenConversation {
  id: string;
  /** Channel name without '#'; for a DM with the app, the app's name. */
  name: string;
  kind: ConversationKind;
  messages: SeenMessage[];
}

interface SeenEphemeral {
  channel: string;
  ts: string;
  text: string;
  blocks?: Json[];
  attachments?: Json[];
  thread_ts?: string;
}

interface SeenPerson {
  id: string;
  name: string;
  real_name: string;
  is_bot: boolean;
}

export interface UserView {
  user: string;
  conversations: SeenConversation[];
  ephemerals: SeenEphemeral[];
  home: Json | null;
  /** The modal stack, root first: the top one is on screen. */
  modals: Json[];
  /** Everyone in the workspace (Slack shows every member's name), for @mentions. */
  people: SeenPerson[];
  /** Names of the channels this person may know of: public ones and the private ones they are in. */
  channelNames: Record<string, string>;
}

function kindOf(channel: FakeChannel): ConversationKind {
  if (channel.is_im) return 'dm';
  if (channel.is_mpim) return 'group';
  return channel.is_private ? 'private' : 'channel';
}

function seenMessage(state: SlackState, message: StoredMessage): SeenMessage {
  return {
    ts: message.ts,
    user: message.user,
    bot: message.user === state.config.botUserId || message.bot_id !== undefined,
    text: message.text,
    ...(message.blocks && { blocks: message.blocks }),
    ...(message.attachments && { attachments: message.attachments }),
    ...(message.files && {
      files: message.files.map((f) => ({
        id: String(f.id),
        title: String(f.title ?? ''),
        alt: String(f.alt_txt ?? f.title ?? ''),
        ...(typeof f.original_w === 'number' && { width: f.original_w, height: f.original_h as number }),
      })),
    }),
    ...(message.thread_ts && { thread_ts: message.thread_ts }),
    edited: message.edited !== undefined,
    replies: message.replies.map((r) => seenMessage(state, r)),
  };
}

function seenEphemeral(e: StoredEphemeral): SeenEphemeral {
  return {
    channel: e.channel,
    ts: e.ts,
    text: e.text,
    ...(e.blocks && { blocks: e.blocks }),
    ...(e.attachments && { attachments: e.attachments }),
    ...(e.thread_ts && { thread_ts: e.thread_ts }),
  };
}

/** The conversations a person is in: configured channels first (in their order), then DMs. */
export function conversationsOf(state: SlackState, userId: string): FakeChannel[] {
  // The app's DM exists for everyone in Slack, whether or not the app has written there yet.
  if (state.users.has(userId)) state.dmWith(userId);
  const mine = [...state.channels.values()].filter((c) => c.members.has(userId));
  const rooms = mine.filter((c) => !c.is_im && !c.is_mpim);
  const dms = mine.filter((c) => c.is_im || c.is_mpim);
  return [...rooms, ...dms];
}

export function seenBy(state: SlackState, userId: string): UserView {
  const conversations = conversationsOf(state, userId).map((channel) => ({
    id: channel.id,
    name: channel.is_im ? state.config.botName : channel.name,
    kind: kindOf(channel),
    messages: (state.messages.get(channel.id) ?? []).map((m) => seenMessage(state, m)),
  }));
  const channelNames: Record<string, string> = {};
  for (const channel of state.channels.values()) {
    if (channel.is_im || channel.is_mpim) continue;
    if (!channel.is_private || channel.members.has(userId)) channelNames[channel.id] = channel.name;
  }
  const home = state.homes.get(userId);
  return {
    user: userId,
    conversations,
    ephemerals: state.ephemerals.filter((e) => e.user === userId).map(seenEphemeral),
    home: home ? publicView(home) : null,
    modals: (state.modalStacks.get(userId) ?? []).map(publicView),
    people: [...state.users.values()].map((u) => ({ id: u.id, name: u.name, real_name: u.real_name ?? u.name, is_bot: u.is_bot ?? false })),
    channelNames,
  };
}
