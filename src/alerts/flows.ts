import { noticeIfAnswerLost } from './answer-lost.js';
import type { Alert, AlertDraft } from '../domain/alert.js';
import { hostStateOf as hostStateFor, restrictedAlso as restrictedAlsoOf } from '../domain/decision.js';
import { routeAlert, takesDetailsAway, type Route } from '../domain/routing.js';
import { placeById, type Veille } from '../context.js';
import { inTransaction } from '../store/db.js';
import { recordEvent } from '../store/events.js';
import { refreshDmCopies } from '../store/dm-copies.js';
import { enqueue, type OutboxMessage } from '../store/outbox.js';
import { firstReminderAt, rescheduleAlert } from '../reminders/schedule.js';
import { restrictEverywhere } from './restriction.js';
import { factsOf, missionRules, type TextFacts } from './decide.js';
import { closeAlert, getAlert, insertAlert, routesOf, saveRoutes, updateDraftFields } from './service.js';

/**
 * What happens to an alert when it is logged, edited or withdrawn. Each flow is one transaction:
 * the state, its audit event and the Slack posts it causes are written together or not at all.
 */

export interface Logged {
  alert: Alert;
  routes: Route[];
  /** Given `ifAnswerLost`: call once the reporter has been told, to drop the held-back notice. */
  answered?: () => void;
}

// The HRDDP flag is the one decision's (src/domain/decision.ts), from the perpetrators as stored.
function hostStateOf(veille: Veille, draft: AlertDraft): boolean {
  return hostStateFor(draft.perpetrators, missionRules(veille.intake));
}

/** Where a draft would go: for asking Slack who may read it there before the transaction. */
export function routesOfDraft(veille: Veille, draft: AlertDraft): Route[] {
  return routesFor(veille, draft, hostStateOf(veille, draft));
}

function routesFor(veille: Veille, draft: AlertDraft, hostState: boolean, read?: TextFacts): Route[] {
  const restrictedAlso = draft.sensitivity === 'restricted' ? restrictedAlsoOf(factsOf(draft, veille.intake, read)) : [];
  const facts = { category: draft.category, sensitivity: draft.sensitivity, place: placeById(veille, draft.placeId), hostState, restrictedAlso };
  return routeAlert(facts, veille.mission.sections);
}

export interface LogOptions {
  /** Facts for the `logged` event (e.g. the API token's name). */
  extra?: Record<string, unknown>;
  /** Further posts decided with the alert (a form's confirmation), written in the same transaction. */
  notify?: (alert: Alert) => OutboxMessage[];
  /** The private notice to send if the acknowledgement never reaches the reporter (answer-lost.ts). */
  ifAnswerLost?: (alert: Alert) => OutboxMessage;
  /** The text facts of `draft.description`, when the caller has just parsed exactly that text: not read twice. */
  textFacts?: TextFacts;
}

export function logAlert(veille: Veille, draft: AlertDraft, reporter: string, { extra = {}, notify, ifAnswerLost, textFacts }: LogOptions = {}): Logged {
  const { db, clock, mission } = veille;
  // inTransaction: the same transaction (or savepoint in the turn's batch) as db.transaction(fn)(), without building its wrappers for every report.
  return inTransaction(db, (): Logged => {
    const at = clock.now();
    const hostState = hostStateOf(veille, draft);
    // Its follow-up clock starts now, written with the row (what touchAlert would set on it).
    const nextReminderAt = firstReminderAt(draft.priority, at, mission.reminderPolicy);
    const alert = insertAlert(db, { draft, hostState, reportedBy: reporter, at, prefix: mission.referencePrefix, nextReminderAt });
    const routes = routesFor(veille, draft, hostState, textFacts);
    saveRoutes(db, alert.id, routes);
    recordEvent(db, {
      alertId: alert.id,
      at,
      actor: reporter,
      type: 'logged',
      data: { via: draft.reportedVia, sections: routes.map((r) => `${r.sectionId}:${r.view}`), ...extra },
    });
    for (const route of routes) {
      enqueue(db, at, alert.id, { kind: 'card', sectionId: route.sectionId, channel: route.channel, view: route.view });
    }
    for (const message of notify?.(alert) ?? []) enqueue(db, at, alert.id, message);
    const answered = ifAnswerLost ? noticeIfAnswerLost(veille, at, alert.id, ifAnswerLost(alert)) : undefined;
    return { alert, routes, ...(answered && { answered }) };
  });
}

export type EditOutcome = { ok: true; alert: Alert; changed: string[]; routes: Route[] } | { ok: false; reason: string };

/**
 * The reporter's Edit (or a place given afterwards): re-routes, and every card follows the new
 * routing. When the change takes details away from anyone (standard → restricted, or a restricted
 * section no longer holding it), everything it already posted follows too (see restriction.ts);
 * `viewers` is who may still read it, asked of Slack before (`viewersAfter`); without it, fail closed.
 */
export function editAlert(
  veille: Veille,
  alertId: number,
  draft: AlertDraft,
  actor: string,
  notify?: (changed: string[]) => OutboxMessage[],
  viewers?: ReadonlySet<string>,
  /** Facts for the `edited` event (how the edit was made), never field values. */
  extra: Record<string, unknown> = {},
): EditOutcome {
  const { db, clock } = veille;
  return db.transaction((): EditOutcome => {
    const before = getAlert(db, alertId);
    if (!before) return { ok: false, reason: 'not_found' };
    if (before.status === 'closed') return { ok: false, reason: 'closed' };
    const at = clock.now();
    const hostState = hostStateOf(veille, draft);
    const changed = changedFields(before, draft);
    if (changed.length === 0) return { ok: true, alert: before, changed, routes: [] };
    updateDraftFields(db, alertId, { ...draft, reportedVia: before.reportedVia }, hostState, at);
    const previous = new Map(routesOf(db, alertId).map((r) => [r.sectionId, r.view]));
    const routes = routesFor(veille, draft, hostState);
    db.prepare('DELETE FROM alert_sections WHERE alert_id = ?').run(alertId);
    saveRoutes(db, alertId, routes);
    rescheduleAlert(db, alertId, veille.mission.reminderPolicy); // the priority may have changed
    // Field names only: the event log is read widely, the restricted values stay in the alert row.
    recordEvent(db, { alertId, at, actor, type: 'edited', data: { fields: changed, ...extra } });
    for (const route of routes) {
      const message = previous.has(route.sectionId)
        ? ({ kind: 'card_update', channel: route.channel } as const)
        : ({ kind: 'card', sectionId: route.sectionId, channel: route.channel, view: route.view } as const);
      enqueue(db, at, alertId, message);
    }
    for (const section of veille.mission.sections) {
      if (previous.has(section.id) && !routes.some((r) => r.sectionId === section.id)) {
        enqueue(db, at, alertId, { kind: 'card_delete', channel: section.channel });
      }
    }
    const after = getAlert(db, alertId)!;
    const was = { sensitivity: before.sensitivity, routes: [...previous].map(([sectionId, view]) => ({ sectionId, view })) };
    if (takesDetailsAway(was, { sensitivity: after.sensitivity, routes })) restrictEverywhere(veille, after, routes, viewers, at, actor);
    // After the restriction: a DM it edited down to a notice is never drawn as a card again.
    refreshDmCopies(db, alertId, at);
    for (const message of notify?.(changed) ?? []) enqueue(db, at, alertId, message);
    return { ok: true, alert: getAlert(db, alertId)!, changed, routes };
  })();
}

/** `answered`: call once the reporter has been told, to drop the notice held back in case they were not. */
export type WithdrawOutcome = { ok: true; alert: Alert; answered: () => void } | { ok: false; reason: 'not_found' | 'not_reporter' | 'already_handled' };

/**
 * Undo: the reporter withdraws an alert no one has acted on yet. It is closed as withdrawn, never
 * deleted: the audit trail keeps it, and its cards say it was withdrawn.
 */
export function withdrawAlert(veille: Veille, alertId: number, actor: string, ifAnswerLost: (alert: Alert) => OutboxMessage): WithdrawOutcome {
  const { db, clock } = veille;
  return db.transaction((): WithdrawOutcome => {
    const alert = getAlert(db, alertId);
    if (!alert) return { ok: false, reason: 'not_found' };
    if (alert.reportedBy !== actor) return { ok: false, reason: 'not_reporter' };
    if (alert.status !== 'new' || alert.owner) return { ok: false, reason: 'already_handled' };
    const at = clock.now();
    closeAlert(db, alertId, 'withdrawn', at);
    rescheduleAlert(db, alertId, veille.mission.reminderPolicy);
    recordEvent(db, { alertId, at, actor, type: 'withdrawn', data: {} });
    for (const route of routesOf(db, alertId)) {
      const section = veille.mission.sections.find((s) => s.id === route.sectionId);
      if (section) enqueue(db, at, alertId, { kind: 'card_update', channel: section.channel });
    }
    refreshDmCopies(db, alertId, at);
    const withdrawn = getAlert(db, alertId)!;
    return { ok: true, alert: withdrawn, answered: noticeIfAnswerLost(veille, at, alertId, ifAnswerLost(withdrawn)) };
  })();
}

const EDITABLE: Array<keyof AlertDraft> = [
  'description',
  'occurredAt',
  'placeId',
  'locationText',
  'category',
  'subType',
  'perpetrators',
  'victims',
  'priority',
  'priorityOverridden',
  'sourceType',
  'sourceDetail',
  'sensitivity',
];

function changedFields(before: Alert, draft: AlertDraft): string[] {
  return EDITABLE.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(draft[key]));
}
