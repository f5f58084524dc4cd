/**
 * The JSON Slack sends the app for interactions and events, built from the fake's workspace so
 * user names, channel names, stored messages and views are the ones the app itself produced.
 * Field sets follow Slack's documented payloads (block_actions, view_submission, view_closed,
 * message_action, shortcut, event_callback).
 */
import { findElement, messageBlocks } from './block-find.js';
import { publicMessage, publicView } from './present.js';
import type { Json, StoredView } from './types.js';
import type { FakeWorkspace } from './workspace.js';

export const VERIFICATION_TOKEN = 'fake-verification-token';

export interface ActionInput {
  action_id: string;
  block_id?: string;
  type?: string;
  value?: string;
  selected_option?: Json;
  selected_options?: Json[];
  selected_user?: string;
  selected_date?: string;
  text?: Json;
  [field: string]: unknown;
}

function userRef(fake: FakeWorkspace, userId: string): Json {
  const name = fake.state.users.get(userId)?.name ?? userId;
  return { id: userId, username: name, name, team_id: fake.teamId };
}

function teamRef(fake: FakeWorkspace): Json {
  return { id: fake.teamId, domain: fake.teamDomain };
}

/** Slack names DMs "directmessage" in interaction payloads. */
export function channelName(fake: FakeWorkspace, channelId: string): string {
  const channel = fake.state.channels.get(channelId);
  if (!channel) return channelId;
  if (channel.is_im) return 'directmessage';
  return channel.name;
}

export function commonFields(fake: FakeWorkspace, userId: string): Json {
  return {
    token: VERIFICATION_TOKEN,
    api_app_id: fake.apiAppId,
    team: teamRef(fake),
    user: userRef(fake, userId),
    enterprise: null,
    is_enterprise_install: false,
  };
}

/** Fills block_id / type / text of an action from the element the app rendered, when it can be found. */
export function completeAction(action: ActionInput, blocks: Json[] | undefined, actionTs: string): Json {
  let known: Json = {};
  if (blocks && action.block_id === undefined) {
    try {
      const found = findElement(blocks, action.action_id, 'the container');
      known = { block_id: found.blockId, type: found.element.type, ...(found.element.text !== undefined && { text: found.element.text }) };
    } catch {
      // A hand-written action for an element the app never rendered: sent as given.
    }
  }
  return { type: 'button', ...known, ...action, action_ts: actionTs };
}

export interface MessageContainer {
  channel: string;
  messageTs: string;
}

/** container / channel / message for an interaction on a message (or an ephemeral, which Slack does not echo back). */
export function messageContext(fake: FakeWorkspace, { channel, messageTs }: MessageContainer): { fields: Json; blocks?: Json[]; ephemeral: boolean } {
  const stored = fake.message(channel, messageTs);
  const ephemeral = !stored && fake.state.findEphemeral(messageTs) !== undefined;
  const fields: Json = {
    container: { type: 'message', message_ts: messageTs, channel_id: channel, is_ephemeral: ephemeral },
    channel: { id: channel, name: channelName(fake, channel) },
    state: { values: {} },
  };
  if (stored) fields.message = publicMessage(stored);
  const source = stored ?? fake.state.findEphemeral(messageTs);
  return { fields, ...(source && { blocks: messageBlocks(source) }), ephemeral };
}

/** container / view for an interaction inside a modal or the Home tab. */
export function viewContext(view: StoredView | Json): Json {
  const shown = typeof view.user === 'string' && typeof view.hash === 'string' ? publicView(view as StoredView) : view;
  return { container: { type: 'view', view_id: view.id }, view: shown };
}

export interface SlashCommandFields {
  user: string;
  channel: string;
  text: string;
  command: string;
  teamId?: string;
  responseUrl: string;
  triggerId: string;
}

/** The form Slack posts for a slash command. */
export function slashCommandForm(fake: FakeWorkspace, input: SlashCommandFields): URLSearchParams {
  return new URLSearchParams({
    token: VERIFICATION_TOKEN,
    team_id: input.teamId ?? fake.teamId,
    team_domain: fake.teamDomain,
    channel_id: input.channel,
    channel_name: channelName(fake, input.channel),
    user_id: input.user,
    user_name: fake.state.users.get(input.user)?.name ?? input.user,
    command: input.command,
    text: input.text,
    api_app_id: fake.apiAppId,
    is_enterprise_install: 'false',
    response_url: input.responseUrl,
    trigger_id: input.triggerId,
  });
}

/** The events API envelope around one event. */
export function eventEnvelope(fake: FakeWorkspace, event: Json, eventId: string, eventTime: number): Json {
  return {
    token: VERIFICATION_TOKEN,
    team_id: fake.teamId,
    api_app_id: fake.apiAppId,
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: eventTime,
    authorizations: [{ enterprise_id: null, team_id: fake.teamId, user_id: fake.botUserId, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  };
}

/** Blocks of the container an element is looked up in, with a description for error messages. */
export function containerBlocks(fake: FakeWorkspace, where: { channel?: string; ts?: string; viewId?: string }): { blocks: Json[]; label: string } {
  if (where.viewId) {
    const view = fake.view(where.viewId);
    if (!view) throw new Error(`fake-slack: no open view ${where.viewId}`);
    return { blocks: view.blocks, label: `view ${where.viewId}` };
  }
  if (!where.channel || !where.ts) throw new Error('fake-slack: give channel + ts (a message) or viewId (a view)');
  const source = fake.message(where.channel, where.ts) ?? fake.state.findEphemeral(where.ts);
  if (!source) throw new Error(`fake-slack: no message ${where.ts} in ${where.channel}`);
  return { blocks: messageBlocks(source), label: `message ${where.ts} in ${where.channel}` };
}
