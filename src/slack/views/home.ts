import { listAlerts, routesOf } from '../../alerts/service.js';
import { detailHolders } from '../../domain/permissions.js';
import { placeById, type Veille } from '../../context.js';
import type { MembershipCheck } from '../../alerts/access.js';
import type { Alert } from '../../domain/alert.js';
import { STATUS_LABELS } from '../../domain/lifecycle.js';
import { followupDueAt } from '../../followup/metrics.js';
import { followupStates, openTasksOf } from '../../followup/service.js';
import { CARD_ACTION } from './card.js';
import { categoryText, formatTime, placeLabel, PRIORITY_EMOJI, territoryLabel } from './format.js';
import { escapeMrkdwn, mrkdwn, plain, truncate } from './mrkdwn.js';
import { maskContacts } from '../../domain/redact.js';

/** Rows per list: each alert is a line and a row of buttons, and the Home tab holds 100 blocks. */
const SHOWN = 8;

const button = (actionId: string, text: string, value: number, style?: 'primary') => ({
  type: 'button',
  action_id: actionId,
  text: plain(text, 75),
  value: String(value),
  ...(style ? { style } : {}),
});

/**
 * The Home tab: my open alerts and tasks, overdue first; then my sections' queues — unacknowledged
 * and unassigned — each with the buttons that move it on. Restricted alerts the user may not read
 * are summary lines without buttons. `notice` is the answer to what they just did here.
 */
export async function renderHome(veille: Veille, user: string, isMember: MembershipCheck, notice?: string): Promise<Record<string, unknown>> {
  const { db, mission, clock } = veille;
  const now = clock.now();
  const open = listAlerts(db, { open: true, limit: 5000 });
  const states = followupStates(db);
  const dueOf = (a: Alert) => {
    const s = states.get(a.id);
    return s ? followupDueAt({ ...a, ...s }, mission.reminderPolicy) : null;
  };
  const overdue = (a: Alert) => {
    const due = dueOf(a);
    return due !== null && due <= now;
  };
  // Overdue first, then the order listAlerts gives (most urgent, newest).
  const overdueFirst = (list: Alert[]) => [...list.filter(overdue), ...list.filter((a) => !overdue(a))];

  const sections = [];
  for (const section of mission.sections) if (await isMember(section.channel, user)) sections.push(section);
  const memberOf = new Set(sections.map((s) => s.id));
  const restrictedHeld = new Set(sections.filter((s) => s.restricted).map((s) => s.id));
  const mayRead = (a: Alert) =>
    a.sensitivity === 'standard' || a.reportedBy === user || a.owner === user || detailHolders(a, routesOf(db, a.id), mission.sections).some((s) => restrictedHeld.has(s.id));

  const line = (a: Alert) => {
    const place = placeById(veille, a.placeId);
    const flag = overdue(a) ? '⏰ *Overdue* · ' : '';
    const head = `${flag}${PRIORITY_EMOJI[a.priority]} *${a.reference}* · ${categoryText(a)}`;
    if (!mayRead(a)) return `🔒 ${head} · ${escapeMrkdwn(territoryLabel(place))} · ${STATUS_LABELS[a.status]}`;
    const due = dueOf(a);
    const owner = a.owner ? (a.owner === user ? 'you' : `<@${a.owner}>`) : 'no owner';
    return `${head} · ${escapeMrkdwn(placeLabel(place, a.locationText))} · ${STATUS_LABELS[a.status]} · ${owner}${due !== null ? ` · due ${formatTime(due, mission)}` : ''}`;
  };
  const rows = (list: Alert[], key: string, buttons: (a: Alert) => unknown[]) =>
    list.slice(0, SHOWN).flatMap((a) => {
      const row: unknown[] = [{ type: 'section', text: mrkdwn(line(a)) }];
      const elements = mayRead(a) ? buttons(a) : [];
      if (elements.length) row.push({ type: 'actions', block_id: `home.${key}.${a.id}`, elements });
      return row;
    });
  const more = (list: unknown[]) => (list.length > SHOWN ? [{ type: 'context', elements: [mrkdwn(`…and ${list.length - SHOWN} more: \`/alert list mine\` or \`/alert list overdue\`.`)] }] : []);

  const mine = overdueFirst(open.filter((a) => a.reportedBy === user || a.owner === user));
  const tasks = openTasksOf(db, user);
  const inMySections = open.filter((a) => routesOf(db, a.id).some((r) => memberOf.has(r.sectionId)));
  const unacknowledged = overdueFirst(inMySections.filter((a) => a.status === 'new'));
  const unassigned = overdueFirst(inMySections.filter((a) => a.status !== 'new' && a.owner === null));

  const blocks: unknown[] = [{ type: 'header', text: plain(`Veille — ${mission.name}`) }];
  if (notice) blocks.push({ type: 'section', text: mrkdwn(`💬 ${notice}`) });
  blocks.push({ type: 'section', text: mrkdwn(`*My open alerts* (${mine.length})${mine.length ? '' : '\n_Nothing open that you reported or own._'}`) });
  blocks.push(
    ...rows(mine, 'mine', (a) =>
      a.owner === user
        ? [button(CARD_ACTION.update, 'Add update', a.id), button(CARD_ACTION.respond, 'Log response…', a.id), button(CARD_ACTION.close, 'Close…', a.id)]
        : [],
    ),
    ...more(mine),
  );

  blocks.push({ type: 'section', text: mrkdwn(`*My tasks* (${tasks.length})${tasks.length ? '' : '\n_No open tasks._'}`) });
  const taskLate = (dueAt: number | null) => dueAt !== null && dueAt <= now;
  const orderedTasks = [...tasks.filter((t) => taskLate(t.dueAt)), ...tasks.filter((t) => !taskLate(t.dueAt))];
  for (const task of orderedTasks.slice(0, SHOWN)) {
    const reference = `${mission.referencePrefix}-${task.alertId}`;
    const due = task.dueAt !== null ? ` · ${taskLate(task.dueAt) ? '⏰ *overdue*, was due' : 'due'} ${formatTime(task.dueAt, mission)}` : '';
    const text = truncate(escapeMrkdwn(maskContacts(task.text)), 500);
    blocks.push({ type: 'section', text: mrkdwn(`📌 *${reference}* · ${text}${due}`), accessory: button(CARD_ACTION.taskDone, 'Done', task.id, 'primary') });
  }
  blocks.push(...more(tasks));

  if (sections.length) {
    blocks.push({ type: 'divider' }, { type: 'section', text: mrkdwn(`*My sections' queue* (${sections.map((s) => s.name).join(', ')})`) });
    blocks.push({ type: 'section', text: mrkdwn(`*Unacknowledged* (${unacknowledged.length})${unacknowledged.length ? '' : '\n_None._'}`) });
    blocks.push(
      ...rows(unacknowledged, 'unack', (a) => [button(CARD_ACTION.acknowledge, 'Acknowledge', a.id, 'primary'), button(CARD_ACTION.takeOwnership, 'Take ownership', a.id)]),
      ...more(unacknowledged),
    );
    // Unacknowledged alerts have no owner either: this heading says which others lack one, so its
    // count agrees with the "no owner" lines above it.
    blocks.push({ type: 'section', text: mrkdwn(`*Acknowledged, no owner yet* (${unassigned.length})${unassigned.length ? '' : '\n_None._'}`) });
    blocks.push(
      ...rows(unassigned, 'unassigned', (a) => [button(CARD_ACTION.takeOwnership, 'Take ownership', a.id, 'primary'), button(CARD_ACTION.assign, 'Assign…', a.id)]),
      ...more(unassigned),
    );
  }
  blocks.push({ type: 'context', elements: [mrkdwn('Log an alert with `/alert what happened, where, who` · `/alert list mine` · `/alert help` for everything')] });
  return { type: 'home', blocks };
}
