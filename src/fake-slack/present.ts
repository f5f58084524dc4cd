/**
 * Stored objects as Slack shows them to the app (API answers and interaction payloads): the
 * fake's bookkeeping fields (`channel` on a message, `replies`, `user` on a view) are left out.
 */
import type { Json, StoredMessage, StoredView } from './types.js';

export function publicMessage(message: StoredMessage): Json {
  const { channel: _channel, replies, ...rest } = message;
  const shown: Json = { ...rest };
  if (replies.length > 0) {
    shown.reply_count = replies.length;
    shown.reply_users = [...new Set(replies.map((r) => r.user))];
    shown.latest_reply = replies[replies.length - 1]?.ts;
  }
  return shown;
}

export function publicView(view: StoredView): Json {
  const { user: _user, ...rest } = view;
  return rest;
}
