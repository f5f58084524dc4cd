import { reclassifiedByVerification } from '../alerts/decide.js';
import { editAlert } from '../alerts/flows.js';
import { getAlert } from '../alerts/service.js';
import type { Veille } from '../context.js';
import type { Verification } from '../domain/alert.js';
import type { CategoryId } from '../domain/taxonomy.js';
import {
  DELAY_REASONS,
  isLateResponse,
  RELIABILITY_GRADES,
  RESPONSE_TYPES,
  statusAfter,
  VERIFICATION_CHOICES,
  type DelayReason,
  type VerificationChoice,
  type ResponseType,
} from '../domain/lifecycle.js';
import { durationMs } from '../reminders/policy.js';
import { touchAlert } from '../reminders/schedule.js';
import { recordEvent } from '../store/events.js';
import { refuse, type FlowOutcome } from './answers.js';
import { guard, type Actor } from './guard.js';
import { announce } from './posts.js';
import { insertResponse, responsesOf, setStatus, setVerification } from './service.js';

/** The response record and the verification: what was done about an alert, and how sure we are of it. */

export interface ResponseInput {
  type: string;
  unit: string | null;
  /** When the response happened (UTC ms), which may be before it is logged. */
  at: number;
  delayReason: string | null;
  /** Its outcome, if already known; it can be added later as an update. */
  outcome: string | null;
}

/** A response logged a little ahead of the clock (a phone's clock, a rounded time) is fine; hours ahead is a typo. */
const FUTURE_SLACK_MS = 5 * 60_000;

export function logResponse(veille: Veille, alertId: number, actor: Actor, input: ResponseInput): FlowOutcome {
  const { db, clock, mission } = veille;
  return db.transaction((): FlowOutcome => {
    const checked = guard(veille, alertId, 'log_response', 'log_response', actor);
    if (!checked.ok) return checked;
    const { alert } = checked;
    const now = clock.now();
    if (!(RESPONSE_TYPES as readonly string[]).includes(input.type)) return refuse({ kind: 'choose_response_type' }, 'type');
    const unit = input.unit?.trim() || null;
    if (unit && unit.length > 150) return refuse({ kind: 'too_long', what: 'unit', max: 150 }, 'unit');
    if (input.at > now + FUTURE_SLACK_MS) return refuse({ kind: 'future_time', now }, 'time');
    const window = durationMs(mission.reminderPolicy[alert.priority].acknowledgeWithin);
    const late = isLateResponse(alert.createdAt, input.at, window);
    const delay = input.delayReason && (DELAY_REASONS as readonly string[]).includes(input.delayReason) ? (input.delayReason as DelayReason) : null;
    if (late && !delay) {
      return refuse({ kind: 'late_needs_reason', afterMs: input.at - alert.createdAt, windowMs: window, priority: alert.priority }, 'delay');
    }
    const outcome = input.outcome?.trim() || null;
    if (outcome && outcome.length > 3000) return refuse({ kind: 'too_long', what: 'outcome', max: 3000 }, 'outcome');
    const first = responsesOf(db, alertId).length === 0;
    const response = insertResponse(db, {
      alertId,
      type: input.type as ResponseType,
      unit,
      at: input.at,
      loggedAt: now,
      loggedBy: actor.user,
      delayReason: late ? delay : null,
      outcome,
      outcomeAt: outcome ? now : null,
    });
    const status = statusAfter('log_response', alert.status, { withOutcome: outcome !== null });
    if (status !== alert.status) setStatus(db, alertId, status, now);
    touchAlert(db, alertId, now, mission.reminderPolicy);
    recordEvent(db, {
      alertId,
      at: now,
      actor: actor.user,
      type: 'response_logged',
      data: {
        responseId: response.id,
        type: response.type,
        unit,
        at: response.at,
        delayReason: response.delayReason,
        ...(outcome ? { outcome } : {}),
        ...(status !== alert.status ? { status: [alert.status, status] } : {}),
      },
    });
    const after = getAlert(db, alertId)!;
    announce(veille, after, now, {
      type: 'response',
      by: actor.user,
      response: response.type,
      unit,
      at: response.at,
      sinceMs: Math.max(0, response.at - alert.createdAt),
      moved: status !== alert.status ? status : null,
      late: late && delay ? delay : null,
      outcome,
    });
    return { ok: true, alert: after, changed: true, answer: { kind: 'response_logged', reference: after.reference, firstAfterMs: first ? Math.max(0, response.at - alert.createdAt) : null } };
  })();
}

export interface VerifyInput {
  /** The category verification found, when it differs from the one logged. */
  category?: CategoryId | null;
  verification: string;
  reliability: string | null;
  credibility: number | null;
  sources: number | null;
  note: string | null;
}

/**
 * `viewers`: who may still read the alert if the new category restricts it, asked of Slack before
 * the transaction (alerts/restriction.ts `viewersAfter`); without it, only the reporter is trusted.
 */
export function verify(veille: Veille, alertId: number, actor: Actor, input: VerifyInput, viewers?: ReadonlySet<string>): FlowOutcome {
  const { db, clock } = veille;
  return db.transaction((): FlowOutcome => {
    const checked = guard(veille, alertId, 'verify', 'verify', actor);
    if (!checked.ok) return checked;
    const { alert } = checked;
    if (!(VERIFICATION_CHOICES as readonly string[]).includes(input.verification)) return refuse({ kind: 'choose_verification' }, 'verification');
    if (input.reliability !== null && !(RELIABILITY_GRADES as readonly string[]).includes(input.reliability)) return refuse({ kind: 'bad_reliability' }, 'reliability');
    if (input.credibility !== null && !(Number.isInteger(input.credibility) && input.credibility >= 1 && input.credibility <= 6)) {
      return refuse({ kind: 'bad_credibility' }, 'credibility');
    }
    if (input.sources !== null && !(Number.isInteger(input.sources) && input.sources >= 0 && input.sources <= 1000)) {
      return refuse({ kind: 'bad_sources' }, 'sources');
    }
    const note = input.note?.trim() || null;
    if (note && note.length > 2000) return refuse({ kind: 'too_long', what: 'note', max: 2000 }, 'note');
    const at = clock.now();
    const verification = input.verification as Verification;
    setVerification(db, alertId, { verification, reliability: input.reliability, credibility: input.credibility, sources: input.sources }, at);
    recordEvent(db, {
      alertId,
      at,
      actor: actor.user,
      type: 'verified',
      data: { verification, previous: alert.verification, reliability: input.reliability, credibility: input.credibility, sources: input.sources, ...(note ? { note } : {}) },
    });
    // A new category goes through Edit's path: routing, cards, and (when it now restricts the alert)
    // everything it already posted, its owners and its reminders, in this same transaction.
    const draft = reclassifiedByVerification(alert, input.category ?? null, veille.intake);
    if (draft) {
      const edited = editAlert(veille, alertId, draft, actor.user, undefined, viewers, { via: 'verify' });
      if (!edited.ok) return refuse(edited.reason === 'closed' ? { kind: 'now_closed', reference: alert.reference } : { kind: 'no_such_alert', reference: null }, 'category');
    }
    const after = getAlert(db, alertId)!;
    announce(veille, after, at, {
      type: 'verified',
      by: actor.user,
      verification: verification as VerificationChoice,
      reliability: input.reliability,
      credibility: input.credibility,
      sources: input.sources,
      note,
    });
    return { ok: true, alert: after, changed: true, answer: { kind: 'verified', reference: after.reference, verification: verification as VerificationChoice } };
  })();
}

