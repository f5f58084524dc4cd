import type { KnownBlock } from '@slack/types';
import { statement, type Db } from './db.js';
import type { Retracted, RestrictionPost } from '../alerts/restriction-facts.js';
import type { DigestChart } from '../digests/chart-data.js';
import type { DigestPayload } from '../digests/types.js';
import type { FollowupDm, FollowupPost } from '../followup/facts.js';
import type { ReminderPost } from '../reminders/facts.js';
import type { ReporterNotice, ReporterSms } from '../reporter/facts.js';

/**
 * What a thread reply, channel message or DM says: typed facts, frozen when the change was decided
 * and rendered in the reader's language when sent (follow-up, reminders, escalations); or words
 * already written (notices, and rows written by versions before the facts, which must still go out).
 */
export type Said = { fact: PostFact; text?: never; blocks?: never } | { text: string; blocks?: KnownBlock[]; fact?: never };
export type PostFact = FollowupPost | FollowupDm | ReminderPost | ReporterNotice | RestrictionPost;

/**
 * What the outbox can hold. Cards are rendered when sent, from the alert as it is then, so a
 * card never goes out stale; thread replies and DMs carry their facts (or text) from the moment they were written.
 */
export type OutboxMessage =
  | { kind: 'card'; sectionId: string; channel: string; view: 'full' | 'stub' }
  | { kind: 'card_update'; channel: string }
  | { kind: 'card_delete'; channel: string }
  | ({ kind: 'thread'; channel: string } & Said)
  | ({ kind: 'message'; channel: string } & Said)
  | ({ kind: 'dm'; user: string } & Said)
  | { kind: 'ephemeral'; channel: string; user: string; text: string; blocks?: KnownBlock[] }
  /** Retention: a post that carried free text is edited down to a redaction notice. */
  | { kind: 'redact_post'; channel: string; ts: string }
  /**
   * An alert became restricted: a thread reply or DM it caused (outbox row `of`) is edited down to
   * a notice where it landed, rendered from `fact` when sent (`text`: rows written before the facts).
   * Sent in the lane of that post, so never before it. With a follow-up fact: the same reply said
   * again without what it may no longer say (a link to an alert restricted since).
   */
  | ({ kind: 'retract_post'; lane: string; of: number } & ({ fact: Retracted | FollowupPost; text?: never } | { text: string; fact?: never }))
  /**
   * A DM copy of a card (outbox row `of`: a `dm` whose fact is a followup_dm) edited to the alert as
   * it is when sent, or to a short line once it is no longer the recipient's (dm-copies.ts). In that
   * DM's lane, so never before it, and never after its retraction in the same lane. The same for a
   * reminder or escalation DM, or one posted in a channel: edited to a short line once it no longer applies.
   */
  | { kind: 'dm_copy_update'; lane: string; of: number }
  /** The same: a digest (outbox row `of`) that named it is edited to the figures given, without its line. */
  | { kind: 'digest_update'; lane: string; of: number; digest: DigestPayload }
  /**
   * The private "A-12 logged" with Edit and Undo, for alerts logged from a form; `late` when it
   * stands in for a quick report's acknowledgement that Veille may not have sent (answer-lost.ts).
   */
  | { kind: 'confirmation'; channel: string; user: string; warnings: string[]; late?: boolean }
  /** A daily digest: its figures, frozen when it was decided; rendered with links to the cards when sent. */
  | { kind: 'digest'; channel: string; digest: DigestPayload }
  /**
   * A digest's chart (the digest is outbox row `of`, in the same lane, so it lands after it): its
   * figures, drawn and uploaded as a PNG when sent. `fileId` once an upload was begun, so a retry
   * can ask Slack whether that upload already landed instead of uploading twice.
   */
  | { kind: 'digest_chart'; channel: string; of: number; date: string; chart: DigestChart; fileId?: string }
  /** An SMS back to the alert's reporter (src/reporter): the number is read from the alert when sent. */
  | ReporterSms;

export interface OutboxRow {
  id: number;
  createdAt: number;
  alertId: number | null;
  lane: string;
  message: OutboxMessage;
  attempts: number;
  /** Set while a post is on its way: if still set on the next attempt, the first may have landed. */
  inFlightAt: number | null;
}

/** Posts in one lane go out in the order they were written: a card before its thread replies. */
function laneOf(message: OutboxMessage): string {
  switch (message.kind) {
    case 'dm':
      return `dm:${message.user}`;
    case 'ephemeral':
    case 'confirmation':
      return `ephemeral:${message.channel}:${message.user}`;
    case 'retract_post':
    case 'digest_update':
    case 'dm_copy_update':
      return message.lane;
    case 'sms':
      return `sms:${message.gateway}:${message.reference}`;
    default:
      return message.channel;
  }
}

/** Call inside the transaction that decided the post. `notBefore` holds it back until then. */
export function enqueue(db: Db, at: number, alertId: number | null, message: OutboxMessage, notBefore = at): number {
  const lane = laneOf(message);
  const result = statement(db, 'INSERT INTO outbox (created_at, alert_id, lane, kind, payload, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(at, alertId, lane, message.kind, JSON.stringify(message), notBefore);
  // (a post held back, such as the notice kept in case a report's answer is lost, needs no look now: the timers look when it is due)
  if (notBefore <= at) noteLaneWritten(db, lane);
  return Number(result.lastInsertRowid);
}

/**
 * The lanes this process wrote posts to since its sender last asked, per connection. Under a burst
 * every lane's head waits for its pace; the sender then needs to look at the outbox again only when a
 * post due now lands in a lane it is not pacing (a rolled-back write only costs one look too many).
 * Every report writes a notice held back in case its answer is lost (alerts/answer-lost.ts), withdrawn
 * once the answer left: counting its lane made the sender look after every batch of reports for nothing.
 */
const lanesWritten = new WeakMap<Db, Set<string>>();

function noteLaneWritten(db: Db, lane: string): void {
  let lanes = lanesWritten.get(db);
  if (!lanes) lanesWritten.set(db, (lanes = new Set()));
  lanes.add(lane);
}

/** The lanes written since the last call (and forgets them). */
export function takeLanesWritten(db: Db): ReadonlySet<string> {
  const lanes = lanesWritten.get(db);
  if (!lanes || lanes.size === 0) return EMPTY_LANES;
  lanesWritten.delete(db);
  return lanes;
}

const EMPTY_LANES: ReadonlySet<string> = new Set();

/**
 * Drops a post that has not left yet and is no longer needed (the answer it stood in for reached
 * the user). False when it is already on its way or sent.
 */
export function withdrawPending(db: Db, id: number): boolean {
  return statement(db, "DELETE FROM outbox WHERE id = ? AND status = 'pending' AND in_flight_at IS NULL").run(id).changes > 0;
}

/**
 * How long a claim holds: longer than any one post takes (the Web API time-out is 10 s). A sender
 * that died holding a claim lets it go when the lease ends; the post's in-flight mark then makes
 * the next sender check Slack before posting again.
 */
export const CLAIM_LEASE_MS = 120_000;

/**
 * No retry is ever put further ahead than this (back-offs stop at 5 minutes, Slack's Retry-After is
 * seconds). A post due further ahead was scheduled before the wall clock went back (an NTP fix, a
 * generator restart with a wrong clock): it is due now, or its channel would stall for the jump.
 */
const RETRY_HORIZON_MS = 15 * 60_000;

const DUE = '(o.next_attempt_at <= @now OR o.next_attempt_at > @now + @horizon)';

/** Not claimed, claim expired, or claimed "in the future" beyond a lease (the wall clock went back). */
const UNCLAIMED = '(o.claimed_until IS NULL OR o.claimed_until <= @now OR o.claimed_until > @now + @lease)';

/**
 * Takes a due post for this sender, atomically: true for exactly one of two senders racing for it.
 * The head of a claimed lane is not due for others, so a lane stays in order across senders.
 */
export function claim(db: Db, id: number, now: number): boolean {
  const taken = statement(db, `UPDATE outbox AS o SET claimed_until = @now + @lease WHERE o.id = @id AND o.status = 'pending' AND ${UNCLAIMED}`).run({ id, now, lease: CLAIM_LEASE_MS });
  return taken.changes === 1;
}

interface Row {
  id: number;
  created_at: number;
  alert_id: number | null;
  lane: string;
  payload: string;
  attempts: number;
  in_flight_at: number | null;
}

/**
 * The head of each lane that is due: at most one in flight per lane keeps each channel in order.
 * It walks the lanes through the pending-lane index (one seek per lane), so its cost follows the
 * number of lanes, not the backlog: a burst of thousands of posts does not slow the next request.
 */
export function dueHeads(db: Db, now: number, limit = 50): OutboxRow[] {
  const rows = statement(
    db,
    `WITH RECURSIVE lanes(lane) AS (
       SELECT (SELECT MIN(lane) FROM outbox WHERE status = 'pending')
       UNION ALL
       SELECT (SELECT MIN(lane) FROM outbox WHERE status = 'pending' AND lane > lanes.lane) FROM lanes WHERE lane IS NOT NULL
     ),
     heads(id) AS (
       SELECT (SELECT id FROM outbox WHERE status = 'pending' AND lane = lanes.lane ORDER BY id LIMIT 1) FROM lanes WHERE lane IS NOT NULL
     )
     SELECT o.id, o.created_at, o.alert_id, o.lane, o.payload, o.attempts, o.in_flight_at
       FROM heads JOIN outbox o ON o.id = heads.id
      WHERE ${DUE} AND ${UNCLAIMED}
      ORDER BY o.id
      LIMIT @limit`,
  ).all({ now, limit, lease: CLAIM_LEASE_MS, horizon: RETRY_HORIZON_MS }) as Row[];
  // (the payload is read when asked for: under a burst most heads wait for their lane's turn and are asked for again
  // on the next pass, so parsing all fifty each pass was most of the sender's own work)
  return rows.map((r) => lazyRow(r));
}

function lazyRow(r: Row): OutboxRow {
  let message: OutboxMessage | undefined;
  return {
    id: r.id,
    createdAt: r.created_at,
    alertId: r.alert_id,
    lane: r.lane,
    get message(): OutboxMessage {
      message ??= JSON.parse(r.payload) as OutboxMessage;
      return message;
    },
    attempts: r.attempts,
    inFlightAt: r.in_flight_at,
  };
}

export function markSent(db: Db, id: number, at: number, posted?: { channel: string; ts: string }): void {
  statement(db, "UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1, last_error = NULL, in_flight_at = NULL, claimed_until = NULL, posted_channel = ?, posted_ts = ? WHERE id = ?").run(
    at,
    posted?.channel ?? null,
    posted?.ts ?? null,
    id,
  );
}

/** Written (and committed) just before a post leaves, cleared when its answer is known. */
export function markInFlight(db: Db, id: number, at: number): void {
  statement(db, 'UPDATE outbox SET in_flight_at = ? WHERE id = ?').run(at, id);
}

export function markFailed(db: Db, id: number, error: string): void {
  statement(db, "UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = ?, claimed_until = NULL WHERE id = ?").run(error, id);
}

/** `landed: false` when Slack said no (a 429): the post surely did not go out, no need to look for it. */
export function scheduleRetry(db: Db, id: number, at: number, error: string, notLanded = false): void {
  statement(db, `UPDATE outbox SET next_attempt_at = ?, attempts = attempts + 1, last_error = ?, claimed_until = NULL${notLanded ? ', in_flight_at = NULL' : ''} WHERE id = ?`).run(at, error, id);
}

/**
 * When the next pending post falls due (or its claim by another sender ends), so the sender can sleep
 * until then; a time at or before `now` means "something is due now". Under a backlog an unclaimed
 * post is due at once, found as the first entry of the pending index; only otherwise are all
 * pending rows read (their claims are not in an index).
 */
export function nextDueAt(db: Db, now: number): number | null {
  const unclaimed = statement(db, "SELECT next_attempt_at FROM outbox WHERE status = 'pending' AND claimed_until IS NULL ORDER BY next_attempt_at LIMIT 1").pluck().get() as number | undefined;
  if (unclaimed !== undefined && unclaimed <= now) return unclaimed;
  const at = (statement(db, "SELECT MIN(MAX(next_attempt_at, COALESCE(claimed_until, 0))) FROM outbox WHERE status = 'pending'").pluck().get() as number | null) ?? null;
  return at !== null && at > now + RETRY_HORIZON_MS ? now : at; // the clock went back: look now
}

/** Where a sent post landed (channel and ts), or null when it was not sent. */
export function postedAt(db: Db, id: number): { channel: string; ts: string } | null {
  const row = statement(db, "SELECT posted_channel AS channel, posted_ts AS ts FROM outbox WHERE id = ? AND status = 'sent'").get(id) as
    | { channel: string | null; ts: string | null }
    | undefined;
  return row?.channel && row.ts ? { channel: row.channel, ts: row.ts } : null;
}

/** The thread replies, channel messages and DMs an alert caused, for re-addressing them when it changes. */
export interface PostRecord {
  id: number;
  lane: string;
  status: 'pending' | 'sent' | 'failed';
  inFlight: boolean;
  message: OutboxMessage;
}

export function postsOfAlert(db: Db, alertId: number): PostRecord[] {
  const rows = statement(
    db,
    "SELECT id, lane, status, in_flight_at, payload FROM outbox WHERE alert_id = ? AND kind IN ('thread', 'message', 'dm', 'retract_post', 'digest_update') ORDER BY id",
  ).all(alertId) as Array<{ id: number; lane: string; status: PostRecord['status']; in_flight_at: number | null; payload: string }>;
  return rows.map((r) => ({ id: r.id, lane: r.lane, status: r.status, inFlight: r.in_flight_at !== null, message: JSON.parse(r.payload) as OutboxMessage }));
}

/** Replaces what a pending post will say when it is (next) sent; its lane and place in it stay. */
export function rewritePending(db: Db, id: number, message: OutboxMessage): boolean {
  return statement(db, "UPDATE outbox SET payload = ? WHERE id = ? AND status = 'pending'").run(JSON.stringify(message), id).changes === 1;
}

/** Digests posted (or waiting) since a moment, for re-addressing the alerts they name. */
export function digestsSince(db: Db, since: number): PostRecord[] {
  const rows = statement(db, "SELECT id, lane, status, in_flight_at, payload FROM outbox WHERE kind = 'digest' AND created_at >= ? ORDER BY id").all(since) as Array<{
    id: number;
    lane: string;
    status: PostRecord['status'];
    in_flight_at: number | null;
    payload: string;
  }>;
  return rows.map((r) => ({ id: r.id, lane: r.lane, status: r.status, inFlight: r.in_flight_at !== null, message: JSON.parse(r.payload) as OutboxMessage }));
}

/** The figures a digest (outbox row `of`) was last edited to, if it was. */
export function lastDigestUpdate(db: Db, of: number): DigestPayload | null {
  const payload = statement(db, "SELECT payload FROM outbox WHERE kind = 'digest_update' AND json_extract(payload, '$.of') = ? ORDER BY id DESC LIMIT 1").pluck().get(of) as string | undefined;
  return payload ? (JSON.parse(payload) as { digest: DigestPayload }).digest : null;
}

/** Posts still marked in flight (their last attempt's answer never recorded), with the time of that attempt. */
export function markedInFlight(db: Db): Array<{ id: number; inFlightAt: number }> {
  return statement(db, "SELECT id, in_flight_at AS inFlightAt FROM outbox WHERE status = 'pending' AND in_flight_at IS NOT NULL ORDER BY id").all() as Array<{ id: number; inFlightAt: number }>;
}

/**
 * Lets go of every claim: called at start-up by the process holding the instance lock, which
 * proves the sender that made them is gone (killed mid-post). Their in-flight marks stay, so each
 * is checked against Slack before it is posted again.
 */
export function releaseClaims(db: Db): number {
  return statement(db, "UPDATE outbox SET claimed_until = NULL WHERE status = 'pending' AND claimed_until IS NOT NULL").run().changes;
}
