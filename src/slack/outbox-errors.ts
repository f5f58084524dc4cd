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

/**
 * `mayStillLandWithinMs`: the attempt was given up without an answer (the client stopped waiting),
 * so the far end may still be taking it for that long: no retry looks for it before then.
 */
export type Outcome =
  | { ok: true; posted?: { channel: string; ts: string } }
  | { ok: false; retryInMs: number; error: string; mayStillLandWithinMs?: number }
  | { ok: false; permanent: true; error: string };

/**
 * Whether a failed call may still be carried out by Slack after we stopped waiting for it: our
 * client gave up (its time-out), or Slack's edge did (504: its back end had not answered yet). Any
 * other answer, error or not, means Slack has finished with the request.
 */
export function mayStillLand(error: unknown): boolean {
  const e = error as { code?: string; name?: string; original?: { name?: string }; statusCode?: number };
  const gaveUp = (name: string | undefined) => name === 'TimeoutError' || name === 'AbortError';
  if (e?.code === 'slack_webapi_request_error') return gaveUp(e.original?.name);
  if (e?.code === 'slack_webapi_http_error') return e.statusCode === 504;
  return gaveUp(e?.name);
}

/** What a failed Web API call means for the outbox: wait as Slack says, back off, or give up. */
export function classify(error: unknown, attempts: number): Outcome {
  const e = error as { code?: string; retryAfter?: number };
  const code = slackErrorCode(error);
  if (e?.code === 'slack_webapi_rate_limited_error') return { ok: false, retryInMs: Math.max(1, e.retryAfter ?? 1) * 1000, error: 'ratelimited' };
  if (e?.code === 'slack_webapi_platform_error' && PERMANENT.has(code)) return { ok: false, permanent: true, error: code };
  // 5xx, timeouts, network: back off 1 s, 2 s, 4 s … up to 5 minutes, and keep trying.
  return { ok: false, retryInMs: Math.min(300_000, 1000 * 2 ** Math.min(attempts, 9)), error: code };
}

