import { getAlert, routesOf } from '../alerts/service.js';
import type { Veille } from '../context.js';
import { checkAction, illegalMessage } from '../domain/lifecycle.js';
import { detailHolders, mayDo, workingSections } from '../domain/permissions.js';
import { scheduleTask } from '../reminders/schedule.js';
import { recordEvent } from '../store/events.js';
import { enqueue } from '../store/outbox.js';
import { guard, holdersText, mayName, refuse, refusal, type Actor } from './guard.js';
import type { Assignee, FlowOutcome } from './flows.js';
import { alertDm, announce, when } from './posts.js';
import { completeTask, getTask, insertTask } from './service.js';

/** Follow-up tasks: a smaller job on an alert with its own owner and due time. */

const mention = (user: string) => (/^[UW][A-Z0-9]+$/.test(user) ? `<@${user}>` : user);
export const MAX_TASK = 1000;

export function addTask(veille: Veille, alertId: number, actor: Actor, assignee: Assignee, text: string, dueAt: number | null): FlowOutcome {
  const { db, clock, mission } = veille;
  return db.transaction((): FlowOutcome => {
    const own = assignee.user === actor.user;
    const checked = guard(veille, alertId, 'add_task', own ? 'add_own_task' : 'assign_other', actor, (ref) => (own ? `add a task to ${ref}` : `give others tasks on ${ref}`));
    if (!checked.ok) return checked;
    const { alert } = checked;
    if (alert.sensitivity === 'restricted' && !assignee.mayView) {
      const holders = detailHolders(alert, routesOf(db, alertId), mission.sections).map((s) => `${s.name} (<#${s.channel}>)`);
      return refuse(
        `${mention(assignee.user)} cannot be given a task on ${alert.reference}: it is restricted, and they are not in a restricted section holding it (${holders.join(', ') || 'the restricted sections'}).`,
        'assignee',
      );
    }
    const body = text.trim();
    if (body === '') return refuse('Say what the task is.', 'text');
    if (body.length > MAX_TASK) return refuse(`A task is at most ${MAX_TASK.toLocaleString('en')} characters.`, 'text');
    const at = clock.now();
    const task = insertTask(db, { alertId, owner: assignee.user, text: body, dueAt, createdAt: at, createdBy: actor.user });
    scheduleTask(db, task.id);
    recordEvent(db, { alertId, at, actor: actor.user, type: 'task_added', data: { taskId: task.id, owner: task.owner, text: body, dueAt } });
    const dueText = (zone: string) => (dueAt !== null ? ` — due ${when(veille, dueAt, zone)}` : '');
    announce(veille, alert, at, { type: 'task_added', by: actor.user, owner: task.owner, due: dueAt, text: body }, { cards: false });
    if (!own) enqueue(db, at, alertId, alertDm(alert, task.owner, assignee.mayView, { type: 'task', by: actor.user, taskId: task.id, text: body, due: dueAt }));
    return { ok: true, alert, changed: true, message: `Task added to ${alert.reference} for ${own ? 'you' : mention(task.owner)}${dueText(actor.zone)}.` };
  })();
}

export function finishTask(veille: Veille, taskId: number, actor: Actor): FlowOutcome {
  const { db, clock, mission } = veille;
  return db.transaction((): FlowOutcome => {
    const task = getTask(db, taskId);
    const alert = task ? getAlert(db, task.alertId) : null;
    if (!task || !alert) return refuse('That task no longer exists.');
    const legality = checkAction('complete_task', alert);
    if (!legality.ok) return refuse(illegalMessage('complete_task', alert.reference, legality));
    const decision = mayDo('complete_task', alert, actor, workingSections(routesOf(db, alert.id), mission.sections), task);
    if (!decision.ok) {
      const named = mayName(alert, actor);
      return refuse(refusal('complete_task', alert.reference, decision, `mark ${named ? `${mention(task.owner)}'s` : 'a'} task on ${alert.reference} done`, named ? undefined : holdersText(veille, alert)));
    }
    if (task.doneAt !== null) return { ok: true, alert, changed: false, message: `That task on ${alert.reference} was already done.` };
    const at = clock.now();
    completeTask(db, taskId, at);
    scheduleTask(db, taskId);
    recordEvent(db, { alertId: alert.id, at, actor: actor.user, type: 'task_done', data: { taskId, owner: task.owner } });
    announce(veille, alert, at, { type: 'task_done', by: actor.user, owner: task.owner, text: task.text }, { cards: false });
    return { ok: true, alert, changed: true, message: `Task on ${alert.reference} marked done.` };
  })();
}
