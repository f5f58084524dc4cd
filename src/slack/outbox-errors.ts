import { slackErrorCode } from './membership.js';

/** Errors that will not go away by trying again: the post is given up and someone is told. */
export const PERMANENT = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'invalid_blocks',
  'invalid_arguments',
  'msg_too_long',
  'no_text',
  'message_not_found',
  'cant_update_message',
  'cant_delete_message',
  'user_not_found',
  'user_not_in_channel',
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'missing_scope',
  'restricted_action',
]);

export type Outcome = { ok: true; posted?: { channel: string; ts: string } } | { ok: false; retryInMs: number; error: string } | { ok: false; permanent: true; error: string };

/** What a failed Web API call means for the outbox: wait as Slack says, back off, or give up. */
export function classify(error: unknown, attempts: number): Outcome {
  const e = error as { code?: string; retryAfter?: number };
  const code = slackErrorCode(error);
  if (e?.code === 'slack_webapi_rate_limited_error') return { ok: false, retryInMs: Math.max(1, e.retryAfter ?? 1) * 1000, error: 'ratelimited' };
  if (e?.code === 'slack_webapi_platform_error' && PERMANENT.has(code)) return { ok: false, permanent: true, error: code };
  // 5xx, timeouts, network: back off 1 s, 2 s, 4 s … up to 5 minutes, and keep trying.
  return { ok: false, retryInMs: Math.min(300_000, 1000 * 2 ** Math.min(attempts, 9)), error: code };
}

