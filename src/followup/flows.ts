import { getAlert } from '../alerts/service.js';
import type { Veille } from '../context.js';
import type { Alert, Status } from '../domain/alert.js';
import { canMove, statusAfter } from '../domain/lifecycle.js';
import { touchAlert } from '../reminders/schedule.js';
import { eventsOf, recordEvent } from '../store/events.js';
import { enqueue } from '../store/outbox.js';
import { refuse, type FlowOutcome } from './answers.js';
import { guard, holdersOf, mayName, type Actor } from './guard.js';
import { followupDueAt } from './metrics.js';
import { alertDm, announce } from './posts.js';
import { claimOwnership, followupState, getResponse, setOutcome, setOwner, setStatus } from './service.js';

/**
 * The follow-up of an alert: acknowledge, take ownership, assign, add an update. Each flow is ONE
 * transaction: the checks on the alert as it is now, the change, its event, and the posts it causes
 * (cards edited in place, a reply in each thread, a DM to a new owner). See record.ts (response,
 * verification), closing.ts (close, reopen) and tasks.ts for the rest.
 */

export type { Actor } from './guard.js';
export type { FlowOutcome } from './answers.js';

/** Events that change the status say so, so the times derived from them need no second record. */
function statusData(from: Status, to: Status): Record<string, unknown> {
  return from === to ? {} : { status: [from, to] };
}

function whoAcknowledged(veille: Veille, alertId: number): { actor: string; at: number } | null {
  const event = eventsOf(veille.db, alertId).find((e) => Array.isArray(e.data.status) && e.data.status[0] === 'new');
  return event ? { actor: event.actor, at: event.at } : null;
}

/** What the owner is held to: the assigner's due time (`given`), or when the next update is due. */
function dueOf(veille: Veille, alertId: number): { at: number; given: boolean } | null {
  const alert = getAlert(veille.db, alertId);
  const state = followupState(veille.db, alertId);
  if (!alert || !state) return null;
  const due = followupDueAt({ ...alert, ...state }, veille.mission.reminderPolicy);
  if (due === null) return null;
  return { at: due, given: state.dueAt !== null && state.dueAt === due };
}


export function acknowledge(veille: Veille, alertId: number, actor: Actor): FlowOutcome {
  const { db, clock, mission } = veille;
  return db.transaction((): FlowOutcome => {
    const checked = guard(veille, alertId, 'acknowledge', 'acknowledge', actor);
    if (!checked.ok) return checked;
    const { alert } = checked;
    if (alert.status !== 'new') {
      // A second click (or a colleague's) changes nothing and logs nothing.
      const by = whoAcknowledged(veille, alertId);
      // Who acknowledged a restricted case is its sections' to say.
      const told = by && (by.actor === actor.user || mayName(alert, actor)) ? by : null;
      return { ok: true, alert, changed: false, answer: { kind: 'already_acknowledged', reference: alert.reference, by: told && { user: told.actor, at: told.at, you: told.actor === actor.user } } };
    }
    const at = clock.now();
    setStatus(db, alertId, 'acknowledged', at);
    touchAlert(db, alertId, at, mission.reminderPolicy);
    recordEvent(db, { alertId, at, actor: actor.user, type: 'acknowledged', data: statusData('new', 'acknowledged') });
    const after = getAlert(db, alertId)!;
    announce(veille, after, at, { type: 'acknowledged', by: actor.user });
    return { ok: true, alert: after, changed: true, answer: { kind: 'acknowledged', reference: after.reference, ownerless: !after.owner } };
  })();
}

/** Already owned: by whom, only to someone who may know who works on it; else which sections to ask. */
function ownedBy(veille: Veille, alert: Alert, actor: Actor) {
  if (mayName(alert, actor)) return refuse({ kind: 'owned_by', reference: alert.reference, owner: alert.owner! });
  return refuse({ kind: 'owned_by', reference: alert.reference, owner: null, askIn: holdersOf(veille, alert) });
}

export function takeOwnership(veille: Veille, alertId: number, actor: Actor): FlowOutcome {
  const { db, clock, mission } = veille;
  return db.transaction((): FlowOutcome => {
    const checked = guard(veille, alertId, 'take_ownership', 'take_ownership', actor);
    if (!checked.ok) return checked;
    const { alert } = checked;
    if (alert.owner === actor.user) return { ok: true, alert, changed: false, answer: { kind: 'already_own', reference: alert.reference } };
    if (alert.owner) return ownedBy(veille, alert, actor);
    if (alert.sensitivity === 'restricted' && !actor.mayView) return refuse({ kind: 'cannot_own_restricted', reference: alert.reference, holders: holdersOf(veille, alert) });
    const at = clock.now();
    const status = statusAfter('take_ownership', alert.status);
    // Conditional: of two people pressing at the same moment, exactly one gets it.
    if (!claimOwnership(db, alertId, actor.user, status, at)) return ownedBy(veille, getAlert(db, alertId)!, actor);
    touchAlert(db, alertId, at, mission.reminderPolicy);
    recordEvent(db, { alertId, at, actor: actor.user, type: 'owner_assigned', data: { owner: actor.user, previous: null, how: 'took', ...statusData(alert.status, status) } });
    const after = getAlert(db, alertId)!;
    // Stub channels hear that it is owned, never by whom: who works a restricted case is the restricted section's to say.
    announce(veille, after, at, { type: 'took', by: actor.user });
    const due = dueOf(veille, alertId);
    enqueue(db, at, alertId, alertDm(after, actor.user, actor.mayView, { type: 'owner', by: null, due }));
    return { ok: true, alert: after, changed: true, answer: { kind: 'owned', reference: after.reference, due } };
  })();
}

export interface Assignee {
  user: string;
  /** May they see the restricted details? (asked of Slack before the transaction) */
  mayView: boolean;
}

export function assign(veille: Veille, alertId: number, actor: Actor, assignee: Assignee, dueAt: number | null): FlowOutcome {
  const { db, clock, mission } = veille;
  return db.transaction((): FlowOutcome => {
    const current = getAlert(db, alertId);
    // Giving it to yourself when no one owns it is taking ownership; anything else answers to the owner, leads and reporter.
    const self = assignee.user === actor.user && (!current?.owner || current.owner === actor.user);
    const doing = self ? 'take_ownership' : current?.owner ? 'reassign' : 'assign_someone';
    const checked = guard(veille, alertId, 'assign', self ? 'take_ownership' : 'assign_other', actor, doing);
    if (!checked.ok) return checked;
    const { alert } = checked;
    if (alert.sensitivity === 'restricted' && !assignee.mayView) {
      return refuse({ kind: 'assignee_restricted', reference: alert.reference, assignee: assignee.user, holders: holdersOf(veille, alert), task: false }, 'assignee');
    }
    const state = followupState(db, alertId)!;
    if (alert.owner === assignee.user && (dueAt === null || dueAt === state.dueAt)) {
      // To someone who may not know who works on it, a guess is not confirmed: answered as an assignment.
      if (!mayName(alert, actor)) return { ok: true, alert, changed: true, answer: { kind: 'assigned', reference: alert.reference, to: assignee.user === actor.user ? null : assignee.user, due: null } };
      return { ok: true, alert, changed: false, answer: { kind: 'already_owns', reference: alert.reference, owner: assignee.user } };
    }
    const at = clock.now();
    const status = statusAfter('assign', alert.status);
    setOwner(db, alertId, assignee.user, status, dueAt, at);
    touchAlert(db, alertId, at, mission.reminderPolicy);
    recordEvent(db, {
      alertId,
      at,
      actor: actor.user,
      type: 'owner_assigned',
      data: { owner: assignee.user, previous: alert.owner, how: 'assigned', dueAt, ...statusData(alert.status, status) },
    });
    const after = getAlert(db, alertId)!;
    announce(veille, after, at, alert.owner === assignee.user ? { type: 'due_set', by: actor.user, due: dueAt } : { type: 'assigned', by: actor.user, to: assignee.user, due: dueAt });
    enqueue(db, at, alertId, alertDm(after, assignee.user, assignee.mayView, { type: 'owner', by: assignee.user === actor.user ? null : actor.user, due: dueOf(veille, alertId) }));
    return { ok: true, alert: after, changed: true, answer: { kind: 'assigned', reference: after.reference, to: assignee.user === actor.user ? null : assignee.user, due: dueAt } };
  })();
}

export interface UpdateInput {
  text: string;
  /** An explicit status from the update modal (responding or monitoring), or null to let the rule decide. */
  status: Status | null;
  /** The response this update is the outcome of, if any. */
  outcomeOf: number | null;
}

const MAX_UPDATE = 3000;

export function addUpdate(veille: Veille, alertId: number, actor: Actor, input: UpdateInput): FlowOutcome {
  const { db, clock, mission } = veille;
  return db.transaction((): FlowOutcome => {
    const checked = guard(veille, alertId, input.outcomeOf ? 'record_outcome' : 'update', 'update', actor);
    if (!checked.ok) return checked;
    const { alert } = checked;
    const text = input.text.trim();
    if (text === '') return refuse({ kind: 'empty_update' }, 'text');
    if (text.length > MAX_UPDATE) return refuse({ kind: 'update_too_long', max: MAX_UPDATE, length: text.length }, 'text');
    if (input.status && input.status !== alert.status && !canMove(alert.status, input.status)) {
      return refuse({ kind: 'status_move', reference: alert.reference, from: alert.status, to: input.status }, 'status');
    }
    // The responses of a restricted alert are what its sections added: not for its reporter outside them.
    const response = input.outcomeOf && mayName(alert, actor) ? getResponse(db, input.outcomeOf) : null;
    if (input.outcomeOf && (!response || response.alertId !== alertId)) return refuse({ kind: 'not_this_alerts_response' }, 'outcome_of');
    if (response?.outcome) return refuse({ kind: 'outcome_exists' }, 'outcome_of');
    const at = clock.now();
    const status = statusAfter(response ? 'record_outcome' : 'update', alert.status, { chosen: input.status });
    if (status !== alert.status) setStatus(db, alertId, status, at);
    else db.prepare('UPDATE alerts SET updated_at = ? WHERE id = ?').run(at, alertId);
    if (response) setOutcome(db, response.id, text, at);
    touchAlert(db, alertId, at, mission.reminderPolicy);
    recordEvent(db, {
      alertId,
      at,
      actor: actor.user,
      type: response ? 'outcome_recorded' : 'updated',
      data: { text, ...(response ? { responseId: response.id } : {}), ...statusData(alert.status, status) },
    });
    const after = getAlert(db, alertId)!;
    announce(veille, after, at, { type: 'updated', by: actor.user, text, moved: status !== alert.status ? status : null, outcomeOfResponseAt: response ? response.at : null });
    return { ok: true, alert: after, changed: true, answer: { kind: 'updated', reference: after.reference, outcome: response !== null, now: status !== alert.status ? status : null } };
  })();
}

export { logResponse, verify } from './record.js';
export { close, reopenAlert } from './closing.js';
export { addTask, finishTask } from './tasks.js';
