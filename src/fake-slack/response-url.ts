/**
 * What Slack does when the app posts to a response_url (Bolt's `respond()`): record it, then
 * show it — an ephemeral for the user by default, a channel message for `in_channel`, or an
 * edit / removal of the message the interaction came from (`replace_original`, `delete_original`).
 * Slack allows five posts within thirty minutes per URL.
 */
import { withGeneratedIds } from './block-ids.js';
import { checkBlockKit } from './block-kit-limits.js';
import { isTrue } from './form.js';
import type { IssuedResponseUrl, SlackState } from './state.js';
import type { Json, ResponseRecord } from './types.js';

const RESPONSE_URL_MAX_USES = 5;
const RESPONSE_URL_LIFETIME_MS = 30 * 60 * 1000;

export interface ResponseOutcome {
  status: number;
  body: Json | string;
  violations: string[];
}

function content(body: Json): { text: string; blocks?: Json[]; attachments?: Json[] } {
  const blocks = withGeneratedIds(body.blocks);
  return {
    text: typeof body.text === 'string' ? body.text : '',
    ...(blocks && { blocks }),
    ...(Array.isArray(body.attachments) && { attachments: body.attachments as Json[] }),
  };
}

/**
 * The message replace_original / delete_original act on: the one clicked, or for a slash command
 * the ephemeral this same URL posted last ("Working…" replaced by the result).
 */
function original(issued: IssuedResponseUrl): { ts: string; ephemeral: boolean } | undefined {
  if (issued.messageTs) return { ts: issued.messageTs, ephemeral: issued.ephemeral ?? false };
  if (issued.lastEphemeralTs) return { ts: issued.lastEphemeralTs, ephemeral: true };
  return undefined;
}

function replaceOriginal(state: SlackState, issued: IssuedResponseUrl, body: Json): void {
  const target = original(issued);
  if (!target) return;
  if (target.ephemeral) {
    const ephemeral = state.findEphemeral(target.ts);
    if (ephemeral) Object.assign(ephemeral, content(body), { edited: true });
    return;
  }
  const found = state.findMessage(issued.channel, target.ts);
  if (!found) return;
  Object.assign(found.message, content(body), { edited: { user: state.config.botUserId, ts: state.nextTs() } });
}

function deleteOriginal(state: SlackState, issued: IssuedResponseUrl): void {
  const target = original(issued);
  if (!target) return;
  if (target.ephemeral) state.ephemerals = state.ephemerals.filter((e) => e.ts !== target.ts);
  else state.removeMessage(issued.channel, target.ts);
}

/** A new message: in the channel for everyone (even where the bot is not a member), or ephemeral. */
function postNew(state: SlackState, issued: IssuedResponseUrl, body: Json, inChannel: boolean): void {
  const ts = state.nextTs();
  const threadTs = typeof body.thread_ts === 'string' ? body.thread_ts : undefined;
  if (!inChannel) {
    state.ephemerals.push({ channel: issued.channel, user: issued.user, ts, ...content(body), ...(threadTs && { thread_ts: threadTs }), via: 'response_url' });
    issued.lastEphemeralTs = ts;
    return;
  }
  const { botUserId, botId, apiAppId } = state.config;
  const message = { type: 'message' as const, channel: issued.channel, ts, user: botUserId, bot_id: botId, app_id: apiAppId, ...content(body), replies: [] };
  const parent = threadTs ? state.findMessage(issued.channel, threadTs) : undefined;
  if (parent) (parent.parent ?? parent.message).replies.push({ ...message, thread_ts: (parent.parent ?? parent.message).ts });
  else state.topLevel(issued.channel).push(message);
}

export function applyResponse(state: SlackState, url: string, issued: IssuedResponseUrl | undefined, body: Json): ResponseOutcome {
  if (!issued) return { status: 404, body: 'no_such_url', violations: [] };
  if (state.now() - issued.issuedAt > RESPONSE_URL_LIFETIME_MS) return { status: 404, body: 'expired_url', violations: [] };
  if (issued.uses >= RESPONSE_URL_MAX_USES) return { status: 404, body: 'used_url', violations: [] };
  const problems = checkBlockKit('message', body);
  if (problems.length > 0) {
    return { status: 400, body: 'invalid_blocks', violations: problems.map((p) => `response_url: ${p}`) };
  }
  issued.uses += 1;
  const record: ResponseRecord = {
    id: issued.id,
    url,
    user: issued.user,
    channel: issued.channel,
    at: state.now(),
    body,
    response_type: body.response_type === 'in_channel' ? 'in_channel' : 'ephemeral',
    replace_original: isTrue(body.replace_original),
    delete_original: isTrue(body.delete_original),
  };
  state.responses.push(record);
  if (record.delete_original) deleteOriginal(state, issued);
  else if (record.replace_original) replaceOriginal(state, issued, body);
  else postNew(state, issued, body, record.response_type === 'in_channel');
  return { status: 200, body: { ok: true }, violations: [] };
}
