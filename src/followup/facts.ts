import type { ClosureReason, Status } from '../domain/alert.js';
import type { DelayReason, ResponseType, VerificationChoice } from '../domain/lifecycle.js';

/**
 * What a follow-up change says, as facts frozen when it was decided: who did what, to whom, by when.
 * Written to the outbox in the change's transaction; src/slack/render turns them into words, in the
 * reader's language, when the post is sent. Pure types: no Slack, no sentences. Users are Slack ids
 * (or an API token's name); times are UTC milliseconds; free text is as typed (masked when rendered).
 */

/** One change of an alert, as its thread replies tell it. */
export type FollowupChange =
  | { type: 'acknowledged'; by: string }
  | { type: 'took'; by: string }
  | { type: 'assigned'; by: string; to: string; due: number | null }
  /** The owner stayed; only the due time changed. */
  | { type: 'due_set'; by: string; due: number | null }
  | { type: 'updated'; by: string; text: string; moved: Status | null; outcomeOfResponseAt: number | null }
  | {
      type: 'response';
      by: string;
      response: ResponseType;
      unit: string | null;
      at: number;
      /** From the alert to the response. */
      sinceMs: number;
      moved: Status | null;
      late: DelayReason | null;
      outcome: string | null;
    }
  | { type: 'verified'; by: string; verification: VerificationChoice; reliability: string | null; credibility: number | null; sources: number | null; note: string | null }
  | { type: 'closed'; by: string; reason: ClosureReason; note: string | null }
  /** `original` is null where this channel may not be told which alert it duplicates. */
  | { type: 'closed_duplicate'; by: string; original: { id: number; reference: string } | null; note: string | null }
  /** In the original's thread: a duplicate of it was closed (`duplicate` null: restricted since, not named here). */
  | { type: 'duplicate_joined'; duplicate: { id: number; reference: string } | null; original: string }
  | { type: 'reopened'; by: string; status: Status }
  | { type: 'task_added'; by: string; owner: string; due: number | null; text: string }
  | { type: 'task_done'; by: string; owner: string; text: string };

/** A thread reply about a change: in a stub channel only who-did-what-in-general, never the words. */
export interface FollowupPost {
  about: 'followup';
  reference: string;
  view: 'full' | 'stub';
  change: FollowupChange;
}

/** A DM to the person given the alert or a task on it, with the card (or stub) and what they are held to. */
export interface FollowupDm {
  about: 'followup_dm';
  reference: string;
  /** May they read restricted details? (asked of Slack before the change) */
  mayView: boolean;
  gift:
    | { type: 'owner'; by: string | null; due: { at: number; given: boolean } | null }
    | { type: 'task'; by: string; taskId: number; text: string; due: number | null };
}

/**
 * What a stub channel's reply may carry: no free text and no people (who works a restricted case is
 * the restricted section's to say). Its renderer uses neither; the outbox row keeps neither either.
 */
export function forStub(change: FollowupChange): FollowupChange {
  switch (change.type) {
    case 'assigned':
      return { ...change, by: '', to: '' };
    case 'updated':
      return { ...change, by: '', text: '' };
    case 'response':
      return { ...change, by: '', unit: null, outcome: null };
    case 'verified':
      return { ...change, by: '', reliability: null, credibility: null, sources: null, note: null };
    case 'closed':
      return { ...change, by: '', note: null };
    case 'closed_duplicate':
      return { ...change, by: '', original: null, note: null };
    case 'task_added':
    case 'task_done':
      return { ...change, by: '', owner: '', text: '' };
    case 'duplicate_joined':
      return change; // posted only where both sides may be read
    default:
      return { ...change, by: '' };
  }
}
