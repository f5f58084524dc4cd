import { readsInFull } from '../alerts/links.js';
import { getAlert, routesOf } from '../alerts/service.js';
import { sectionById, type Veille } from '../context.js';
import { checkClosure, isClosingReason, statusAfter } from '../domain/lifecycle.js';
import { rescheduleAlert, touchAlert } from '../reminders/schedule.js';
import { recordEvent } from '../store/events.js';
import { enqueue } from '../store/outbox.js';
import { refuse, type FlowOutcome } from './answers.js';
import { guard, type Actor } from './guard.js';
import { announce } from './posts.js';
import { closeWith, reopen, responsesOf } from './service.js';

/** Closing (with its reason's facts) and reopening. */

export interface CloseInput {
  reason: string;
  /** The other alert's id when a duplicate. */
  duplicateOf: number | null;
  /** The outcome (required when resolved) or a note. */
  note: string;
  /** May the person closing read the other alert, if it is restricted? (asked of Slack before; unknown is no) */
  mayViewOriginal?: boolean;
}

export function close(veille: Veille, alertId: number, actor: Actor, input: CloseInput): FlowOutcome {
  const { db, clock, mission } = veille;
  return db.transaction((): FlowOutcome => {
    const checked = guard(veille, alertId, 'close', 'close', actor);
    if (!checked.ok) return checked;
    const { alert } = checked;
    if (!isClosingReason(input.reason)) return refuse({ kind: 'choose_reason' }, 'reason');
    const note = input.note.trim();
    const problem = checkClosure(alertId, { reason: input.reason, duplicateOf: input.duplicateOf, note });
    if (problem === 'outcome_required') return refuse({ kind: 'outcome_required', reference: alert.reference }, 'note');
    if (problem === 'duplicate_of_required') return refuse({ kind: 'duplicate_of_required', reference: alert.reference, prefix: mission.referencePrefix }, 'duplicate_of');
    if (problem === 'duplicate_of_self') return refuse({ kind: 'duplicate_of_self' }, 'duplicate_of');
    const original = input.reason === 'duplicate' ? getAlert(db, input.duplicateOf!) : null;
    if (input.reason === 'duplicate' && !original) return refuse({ kind: 'no_such_duplicate', reference: `${mission.referencePrefix}-${input.duplicateOf}` }, 'duplicate_of');
    if (original && original.sensitivity === 'restricted' && !input.mayViewOriginal) {
      // Said as the stub would: the reference, that it is restricted, nothing of what it is about.
      return refuse({ kind: 'duplicate_unseen', reference: alert.reference, original: original.reference }, 'duplicate_of');
    }
    if (original && original.sensitivity === 'restricted' && alert.sensitivity === 'standard') {
      return refuse({ kind: 'duplicate_would_tell', reference: alert.reference, original: original.reference }, 'duplicate_of');
    }
    if (note.length > 3000) return refuse({ kind: 'too_long', what: 'note', max: 3000 }, 'note');
    const at = clock.now();
    closeWith(db, alertId, input.reason, original?.id ?? null, note || null, at);
    rescheduleAlert(db, alertId, mission.reminderPolicy);
    recordEvent(db, {
      alertId,
      at,
      actor: actor.user,
      type: 'closed',
      data: { reason: input.reason, duplicateOf: original?.id ?? null, ...(note ? { note } : {}), status: [alert.status, 'closed'] },
    });
    const after = getAlert(db, alertId)!;
    if (original) {
      // Each side names the other only where its readers may read both (see readsInFull).
      const named = { id: original.id, reference: original.reference };
      announce(veille, after, at, (channel) => ({ type: 'closed_duplicate', by: actor.user, original: readsInFull(veille, original, channel) ? named : null, note: note || null }));
      // The original's threads hear of it too, where they may read the report that joined it.
      for (const route of routesOf(db, original.id)) {
        const section = sectionById(veille, route.sectionId);
        if (!section || route.view !== 'full' || !readsInFull(veille, after, section.channel)) continue;
        enqueue(db, at, original.id, {
          kind: 'thread',
          channel: section.channel,
          fact: { about: 'followup', reference: original.reference, view: 'full', change: { type: 'duplicate_joined', duplicate: { id: after.id, reference: after.reference }, original: original.reference } },
        });
      }
    } else {
      announce(veille, after, at, { type: 'closed', by: actor.user, reason: input.reason, note: note || null });
    }
    return { ok: true, alert: after, changed: true, answer: { kind: 'closed', reference: after.reference, reason: input.reason, duplicateOf: original?.reference ?? null } };
  })();
}

export function reopenAlert(veille: Veille, alertId: number, actor: Actor): FlowOutcome {
  const { db, clock, mission } = veille;
  return db.transaction((): FlowOutcome => {
    const checked = guard(veille, alertId, 'reopen', 'reopen', actor);
    if (!checked.ok) return checked;
    const { alert } = checked;
    const at = clock.now();
    const status = statusAfter('reopen', 'closed', { hasResponses: responsesOf(db, alertId).length > 0 });
    reopen(db, alertId, status, at);
    touchAlert(db, alertId, at, mission.reminderPolicy);
    recordEvent(db, { alertId, at, actor: actor.user, type: 'reopened', data: { previousReason: alert.closureReason, status: ['closed', status] } });
    const after = getAlert(db, alertId)!;
    announce(veille, after, at, { type: 'reopened', by: actor.user, status });
    return { ok: true, alert: after, changed: true, answer: { kind: 'reopened', reference: after.reference, status } };
  })();
}
