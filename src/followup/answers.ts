import type { Alert, ClosureReason, Status } from '../domain/alert.js';
import type { FollowupAction, VerificationChoice } from '../domain/lifecycle.js';
import type { FollowupAct, WhoCan } from '../domain/permissions.js';
import type { Priority } from '../domain/taxonomy.js';

/**
 * What a follow-up flow answers the person acting, as typed facts: src/slack/render/answers.ts
 * turns them into words in that person's language. No sentence is written here, so a refusal
 * decided inside a transaction reads in French to a francophone and in English to the rest.
 */

/** What the person acting was trying to do, as a refusal names it ("You cannot reassign A-3: …"). */
export type Doing = FollowupAct | 'reassign' | 'assign_someone' | 'give_tasks' | 'finish_task';

export type Refusal =
  | { kind: 'no_such_alert'; reference: string | null }
  | { kind: 'task_gone' }
  | { kind: 'illegal'; action: FollowupAction; reference: string; reason: 'closed' | 'not_closed' | 'withdrawn' }
  /** `askIn`: the restricted sections to ask, when the people working on it may not be named to this person. */
  | { kind: 'not_allowed'; doing: Doing; reference: string; why: 'not_in_section' | 'not_answerable'; whoCan: WhoCan; askIn: string[] | null; taskOwner?: string | null }
  /** `owner` null, `askIn` the restricted sections: who owns it may not be named to this person. */
  | { kind: 'owned_by'; reference: string; owner: string | null; askIn?: string[] }
  | { kind: 'cannot_own_restricted'; reference: string; holders: string[] }
  | { kind: 'assignee_restricted'; reference: string; assignee: string; holders: string[]; task: boolean }
  | { kind: 'empty_update' }
  | { kind: 'update_too_long'; max: number; length: number }
  | { kind: 'status_move'; reference: string; from: Status; to: Status }
  | { kind: 'not_this_alerts_response' }
  | { kind: 'outcome_exists' }
  | { kind: 'choose_reason' }
  | { kind: 'outcome_required'; reference: string }
  | { kind: 'duplicate_of_required'; reference: string; prefix: string }
  | { kind: 'duplicate_of_self' }
  | { kind: 'no_such_duplicate'; reference: string }
  | { kind: 'duplicate_unseen'; reference: string; original: string }
  | { kind: 'duplicate_would_tell'; reference: string; original: string }
  | { kind: 'too_long'; what: 'note' | 'unit' | 'outcome' | 'task'; max: number }
  | { kind: 'choose_response_type' }
  | { kind: 'future_time'; now: number }
  | { kind: 'late_needs_reason'; afterMs: number; windowMs: number; priority: Priority }
  | { kind: 'choose_verification' }
  | { kind: 'bad_reliability' }
  | { kind: 'bad_credibility' }
  | { kind: 'bad_sources' }
  | { kind: 'now_closed'; reference: string }
  | { kind: 'empty_task' };

export type Answer =
  | { kind: 'acknowledged'; reference: string; ownerless: boolean }
  | { kind: 'already_acknowledged'; reference: string; by: { user: string; at: number; you: boolean } | null }
  | { kind: 'owned'; reference: string; due: { at: number; given: boolean } | null }
  | { kind: 'already_own'; reference: string }
  /** `to` null: the person acting. */
  | { kind: 'assigned'; reference: string; to: string | null; due: number | null }
  | { kind: 'already_owns'; reference: string; owner: string }
  | { kind: 'updated'; reference: string; outcome: boolean; now: Status | null }
  | { kind: 'response_logged'; reference: string; firstAfterMs: number | null }
  | { kind: 'verified'; reference: string; verification: VerificationChoice }
  | { kind: 'closed'; reference: string; reason: ClosureReason; duplicateOf: string | null }
  | { kind: 'reopened'; reference: string; status: Status }
  | { kind: 'task_added'; reference: string; owner: string | null; due: number | null }
  | { kind: 'task_done'; reference: string }
  | { kind: 'task_already_done'; reference: string };

type Done = { ok: true; alert: Alert; answer: Answer; changed: boolean };
export type Refused = { ok: false; refusal: Refusal; field?: string };
export type FlowOutcome = Done | Refused;

export function refuse(refusal: Refusal, field?: string): Refused {
  return { ok: false, refusal, ...(field ? { field } : {}) };
}
