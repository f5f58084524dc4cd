import type { ClosureReason } from '../domain/alert.js';
import type { ResponseType } from '../domain/lifecycle.js';

/**
 * Telling the person who reported an alert what was done about it: three steps, each told once.
 * Pure types and the pure decision of which step a follow-up change is; no Slack, no SQL.
 */

export type ReporterStep = 'acknowledged' | 'responded' | 'closed';

/**
 * The facts of a reporter's DM, frozen when the step happened; rendered when sent, in the language
 * they reported in. What restricted sections added (who, the unit, the outcome) is left out when
 * sent to a reporter who is not a member of a restricted section holding the alert.
 */
export interface ReporterNotice {
  about: 'reporter_notice';
  reference: string;
  step: ReporterStep;
  /** Who acted (a Slack id). */
  by: string;
  at: number;
  response?: { type: ResponseType; unit: string | null; at: number };
  closure?: { reason: ClosureReason; note: string | null };
}

/** An SMS back to a reporter who reported by SMS: the number is read from the alert when it is sent. */
export interface ReporterSms {
  kind: 'sms';
  gateway: SmsGateway;
  reference: string;
  step: ReporterStep;
}

export type SmsGateway = 'twilio' | 'rapidpro';

/** `intake.replyToReporter`: which steps an SMS reporter hears of. */
export type ReplyToReporter = 'never' | 'acknowledged' | 'all';

export function smsTells(setting: ReplyToReporter | undefined, step: ReporterStep): boolean {
  if (setting === 'all') return true;
  return setting === 'acknowledged' && step === 'acknowledged';
}

/** What a change did, as the decision needs it. */
export interface ChangeSeen {
  type: string;
  /** The change moved the alert out of `new`. */
  leftNew: boolean;
  /** The change logged the alert's first response. */
  firstResponse: boolean;
}

/**
 * The one step a change is, if any. A change that does two at once (a response logged on a new
 * alert, a new alert closed) is told as the later step only: one message, not two.
 */
export function stepOf(change: ChangeSeen): ReporterStep | null {
  if (change.type === 'closed' || change.type === 'closed_duplicate') return 'closed';
  if (change.type === 'response' && change.firstResponse) return 'responded';
  if (change.leftNew && change.type !== 'reopened') return 'acknowledged';
  return null;
}

/** A Slack user id, as opposed to a gateway's door (`twilio:member`) or an API token's name. */
export const isSlackUser = (reporter: string) => /^[UW][A-Z0-9]+$/.test(reporter);
