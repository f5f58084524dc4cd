import { getAlert, routesOf } from '../alerts/service.js';
import type { Veille } from '../context.js';
import { checkAction } from '../domain/lifecycle.js';
import { mayDo, workingSections } from '../domain/permissions.js';
import { scheduleTask } from '../reminders/schedule.js';
import { recordEvent } from '../store/events.js';
import { enqueue } from '../store/outbox.js';
import { refuse, type FlowOutcome } from './answers.js';
import { guard, holdersOf, mayName, refusal, type Actor } from './guard.js';
import type { Assignee } from './flows.js';
import { alertDm, announce } from './posts.js';
import { completeTask, getTask, insertTask } from './service.js';

/** Follow-up tasks: a smaller job on an alert with its own owner and due time. */

const MAX_TASK = 1000;

export function addTask(veille: Veille, alertId: number, actor: Actor, assignee: Assignee, text: string, dueAt: number | null): FlowOutcome {
  const { db, clock } = veille;
  return db.transaction((): FlowOutcome => {
    const own = assignee.user === actor.user;
    const checked = guard(veille, alertId, 'add_task', own ? 'add_own_task' : 'assign_other', actor, own ? 'add_own_task' : 'give_tasks');
    if (!checked.ok) return checked;
    const { alert } = checked;
    if (alert.sensitivity === 'restricted' && !assignee.mayView) {
      return refuse({ kind: 'assignee_restricted', reference: alert.reference, assignee: assignee.user, holders: holdersOf(veille, alert), task: true }, 'assignee');
    }
    const body = text.trim();
    if (body === '') return refuse({ kind: 'empty_task' }, 'text');
    if (body.length > MAX_TASK) return refuse({ kind: 'too_long', what: 'task', max: MAX_TASK }, 'text');
    const at = clock.now();
    const task = insertTask(db, { alertId, owner: assignee.user, text: body, dueAt, createdAt: at, createdBy: actor.user });
    scheduleTask(db, task.id);
    recordEvent(db, { alertId, at, actor: actor.user, type: 'task_added', data: { taskId: task.id, owner: task.owner, text: body, dueAt } });
    announce(veille, alert, at, { type: 'task_added', by: actor.user, owner: task.owner, due: dueAt, text: body }, { cards: false });
    if (!own) enqueue(db, at, alertId, alertDm(alert, task.owner, assignee.mayView, { type: 'task', by: actor.user, taskId: task.id, text: body, due: dueAt }));
    return { ok: true, alert, changed: true, answer: { kind: 'task_added', reference: alert.reference, owner: own ? null : task.owner, due: dueAt } };
  })();
}

export function finishTask(veille: Veille, taskId: number, actor: Actor): FlowOutcome {
  const { db, clock, mission } = veille;
  return db.transaction((): FlowOutcome => {
    const task = getTask(db, taskId);
    const alert = task ? getAlert(db, task.alertId) : null;
    if (!task || !alert) return refuse({ kind: 'task_gone' });
    const legality = checkAction('complete_task', alert);
    if (!legality.ok) return refuse({ kind: 'illegal', action: 'complete_task', reference: alert.reference, reason: legality.reason });
    const decision = mayDo('complete_task', alert, actor, workingSections(routesOf(db, alert.id), mission.sections), task);
    if (!decision.ok) {
      const named = mayName(alert, actor);
      return refuse(refusal('finish_task', alert.reference, decision, named ? null : holdersOf(veille, alert), named ? task.owner : null));
    }
    if (task.doneAt !== null) return { ok: true, alert, changed: false, answer: { kind: 'task_already_done', reference: alert.reference } };
    const at = clock.now();
    completeTask(db, taskId, at);
    scheduleTask(db, taskId);
    recordEvent(db, { alertId: alert.id, at, actor: actor.user, type: 'task_done', data: { taskId, owner: task.owner } });
    announce(veille, alert, at, { type: 'task_done', by: actor.user, owner: task.owner, text: task.text }, { cards: false });
    return { ok: true, alert, changed: true, answer: { kind: 'task_done', reference: alert.reference } };
  })();
}
