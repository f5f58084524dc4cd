import type { Alert, Status } from './alert.js';

/**
 * The alert lifecycle of DESIGN.md: new → acknowledged → responding → monitoring → closed, with
 * reopen. Pure: flows ask here whether a change is legal and what the status becomes.
 */

/** Which status may follow which. Closing is possible from any open status (a duplicate is closed unread). */
const TRANSITIONS: Record<Status, readonly Status[]> = {
  new: ['acknowledged', 'responding', 'monitoring', 'closed'],
  acknowledged: ['responding', 'monitoring', 'closed'],
  responding: ['monitoring', 'closed'],
  // A further response after an outcome puts the alert back in response.
  monitoring: ['responding', 'closed'],
  closed: ['acknowledged', 'responding'],
};

export function canMove(from: Status, to: Status): boolean {
  return TRANSITIONS[from].includes(to);
}

export type FollowupAction =
  | 'acknowledge'
  | 'take_ownership'
  | 'assign'
  | 'update'
  | 'log_response'
  | 'record_outcome'
  | 'verify'
  | 'close'
  | 'reopen'
  | 'add_task'
  | 'complete_task';

export type Legality = { ok: true } | { ok: false; reason: 'closed' | 'not_closed' | 'withdrawn' };

/** Is the action possible in the alert's present state? (Who may do it is permissions.ts's question.) */
export function checkAction(action: FollowupAction, alert: Pick<Alert, 'status' | 'closureReason'>): Legality {
  if (action === 'reopen') {
    if (alert.status !== 'closed') return { ok: false, reason: 'not_closed' };
    // Undo by the reporter is not a closure to reopen: the reporter logs it again if it stands.
    if (alert.closureReason === 'withdrawn') return { ok: false, reason: 'withdrawn' };
    return { ok: true };
  }
  if (alert.status === 'closed') return { ok: false, reason: alert.closureReason === 'withdrawn' ? 'withdrawn' : 'closed' };
  return { ok: true };
}

/** The status after an action, given the present one. Unchanged when the action does not move it. */
export function statusAfter(action: FollowupAction, from: Status, options: { hasResponses?: boolean; chosen?: Status | null; withOutcome?: boolean } = {}): Status {
  const move = (to: Status) => (from === to || !canMove(from, to) ? from : to);
  switch (action) {
    case 'acknowledge':
    case 'take_ownership':
    case 'assign':
      return move('acknowledged');
    case 'update':
      if (options.chosen && options.chosen !== from && canMove(from, options.chosen)) return options.chosen;
      return move('acknowledged');
    case 'log_response':
      return options.withOutcome ? (from === 'monitoring' ? from : move('monitoring')) : move('responding');
    case 'record_outcome':
      return options.chosen && canMove(from, options.chosen) ? options.chosen : move('monitoring');
    case 'close':
      return 'closed';
    case 'reopen':
      return options.hasResponses ? 'responding' : 'acknowledged';
    default:
      return from;
  }
}

/** What the update modal may offer as an explicit status from the present one. */
export function chosenStatuses(from: Status): Status[] {
  if (from === 'closed') return []; // only Reopen moves a closed alert
  return (['responding', 'monitoring'] as const).filter((s) => s === from || canMove(from, s));
}

export const CLOSURE_REASONS = ['resolved', 'unfounded', 'duplicate', 'no_action_possible'] as const;
export type ClosingReason = (typeof CLOSURE_REASONS)[number];

export function isClosingReason(value: string): value is ClosingReason {
  return (CLOSURE_REASONS as readonly string[]).includes(value);
}

export interface ClosureInput {
  reason: ClosingReason;
  /** The other alert's id, for a duplicate. */
  duplicateOf: number | null;
  note: string;
}

export type ClosureProblem = 'outcome_required' | 'duplicate_of_required' | 'duplicate_of_self';

/** A closure needs its reason's facts: an outcome when resolved, the other alert when a duplicate. */
export function checkClosure(alertId: number, input: ClosureInput): ClosureProblem | null {
  if (input.reason === 'resolved' && input.note.trim() === '') return 'outcome_required';
  if (input.reason === 'duplicate' && input.duplicateOf === null) return 'duplicate_of_required';
  if (input.reason === 'duplicate' && input.duplicateOf === alertId) return 'duplicate_of_self';
  return null;
}

export const RESPONSE_TYPES = [
  'patrol',
  'quick_reaction_force',
  'temporary_base',
  'joint_protection_team',
  'advocacy',
  'referral',
  'humanitarian_coordination',
  'hr_investigation',
  'other',
] as const;
export type ResponseType = (typeof RESPONSE_TYPES)[number];

export const DELAY_REASONS = ['no_air_asset', 'awaiting_clearance', 'verifying_first', 'access_denied', 'other'] as const;
export type DelayReason = (typeof DELAY_REASONS)[number];

/** A response is late when it came after the acknowledge window, counted from the alert's creation. */
export function isLateResponse(createdAt: number, responseAt: number, acknowledgeWithinMs: number): boolean {
  return responseAt - createdAt > acknowledgeWithinMs;
}

export const VERIFICATION_CHOICES = ['verified', 'unverifiable', 'unfounded'] as const;
export type VerificationChoice = (typeof VERIFICATION_CHOICES)[number];
export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
