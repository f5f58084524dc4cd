import type { Veille } from '../../context.js';
import type { Alert } from '../../domain/alert.js';
import { CLOSURE_LABELS, DELAY_LABELS, RESPONSE_LABELS, STATUS_LABELS, type DelayReason, type ResponseType } from '../../domain/lifecycle.js';
import { maskContacts } from '../../domain/redact.js';
import { followupDueAt, followupTimes, respondedInTime } from '../../followup/metrics.js';
import { followupState, responsesOf, tasksOf } from '../../followup/service.js';
import { formatDuration } from '../format/duration.js';
import type { AlertEvent } from '../../store/events.js';
import { formatTime } from '../format/time.js';
import { escapeMrkdwn, mrkdwn, truncate } from './mrkdwn.js';

/**
 * The follow-up record of an alert as `/alert show` prints it: owner, due time, the derived times
 * (computed here from events and responses, never stored), responses, tasks, and the history.
 * `full` is false for someone who may not read a restricted alert: times and kinds only — no text,
 * and no one working on it named (reporter, owner, task owners, whoever acted).
 */

const mention = (user: string) => (/^[UW][A-Z0-9]+$/.test(user) ? `<@${user}>` : escapeMrkdwn(user));
/** Who did it, as this reader may see it. */
const whoFor = (user: string, full: boolean) => (full ? mention(user) : 'someone');
const free = (text: unknown, max = 300) => truncate(escapeMrkdwn(maskContacts(String(text ?? ''))), max);
const duration = (ms: number | null) => (ms === null ? '—' : formatDuration(ms));

export function followupSummary(veille: Veille, alert: Alert, events: AlertEvent[], zone: string, full: boolean): unknown[] {
  const { db, mission, clock } = veille;
  const responses = responsesOf(db, alert.id);
  const state = followupState(db, alert.id);
  const times = followupTimes(alert, events, responses);
  const due = state ? followupDueAt({ ...alert, ...state }, mission.reminderPolicy) : null;
  const inTime = respondedInTime(alert, responses, mission.reminderPolicy, clock.now());
  const lines = [
    `*Owner* ${alert.owner ? (full ? mention(alert.owner) : 'assigned') : 'not assigned'} · *Status* ${STATUS_LABELS[alert.status]}${due !== null ? ` · *Due* ${formatTime(due, zone)}${due <= clock.now() ? ' ⏰ overdue' : ''}` : ''}`,
    `*Time to acknowledge* ${duration(times.toAcknowledge)} · *to first response* ${duration(times.toFirstResponse)}${inTime === false ? ' (late)' : ''} · *to close* ${duration(times.toClose)}`,
  ];
  const blocks: unknown[] = [{ type: 'section', text: mrkdwn(lines.join('\n')) }];
  if (full && responses.length) {
    const list = responses.slice(0, 15).map((r) => {
      const delay = r.delayReason ? ` · late: ${DELAY_LABELS[r.delayReason]}` : '';
      const outcome = r.outcome ? `\n    Outcome: ${free(r.outcome, 200)}` : '';
      return `• ${RESPONSE_LABELS[r.type]}${r.unit ? ` (${free(r.unit, 80)})` : ''} · ${formatTime(r.at, zone)} · ${formatDuration(Math.max(0, r.at - alert.createdAt))} after the alert${delay}${outcome}`;
    });
    blocks.push({ type: 'section', text: mrkdwn(`*Responses* (${responses.length})\n${list.join('\n')}`) });
  }
  const tasks = tasksOf(db, alert.id);
  if (full && tasks.length) {
    // A task released when the alert became restricted is closed, not done: it says so.
    const released = new Set(events.filter((e) => e.type === 'task_released').map((e) => Number(e.data.taskId)));
    const list = tasks.slice(0, 15).map((t) => `${released.has(t.id) ? '⤴️ released, not done:' : t.doneAt ? '☑️' : '◻️'} ${mention(t.owner)}: ${free(t.text, 150)}${t.dueAt !== null && !t.doneAt ? ` · due ${formatTime(t.dueAt, zone)}` : ''}`);
    blocks.push({ type: 'section', text: mrkdwn(`*Tasks* (${tasks.length})\n${list.join('\n')}`) });
  }
  return blocks;
}

function describe(veille: Veille, event: AlertEvent, zone: string, full: boolean): string {
  const d = event.data;
  const prefix = veille.mission.referencePrefix;
  switch (event.type) {
    case 'logged':
      return `logged it (via ${String(d.via ?? 'report').replace(/_/g, ' ')})`;
    case 'edited':
      return `edited ${Array.isArray(d.fields) ? d.fields.join(', ') : 'it'}`;
    case 'withdrawn':
      return 'withdrew it';
    case 'revealed':
      return 'viewed its restricted details';
    case 'acknowledged':
      return 'acknowledged it';
    case 'owner_assigned':
      if (d.how === 'took') return 'took ownership';
      return `assigned it to ${whoFor(String(d.owner), full)}${typeof d.dueAt === 'number' ? `, due ${formatTime(d.dueAt, zone)}` : ''}`;
    case 'updated':
      return full ? `update: ${free(d.text)}` : 'added an update';
    case 'outcome_recorded':
      return full ? `recorded an outcome: ${free(d.text)}` : 'recorded an outcome';
    case 'response_logged': {
      if (!full) return 'logged a response';
      const delay = d.delayReason ? ` · late: ${DELAY_LABELS[d.delayReason as DelayReason] ?? d.delayReason}` : '';
      return `logged a response: ${RESPONSE_LABELS[d.type as ResponseType] ?? d.type}${d.unit ? ` (${free(d.unit, 80)})` : ''} at ${formatTime(Number(d.at), zone)}${delay}`;
    }
    case 'verified':
      return full ? `marked it ${d.verification}${d.reliability ? ` · reliability ${d.reliability}` : ''}${d.credibility ? ` · credibility ${d.credibility}` : ''}${d.sources !== null && d.sources !== undefined ? ` · ${d.sources} independent sources` : ''}` : 'updated its verification';
    case 'closed': {
      const reason = CLOSURE_LABELS[d.reason as keyof typeof CLOSURE_LABELS] ?? String(d.reason);
      // Which alert it duplicates is a link between cases: only for those who may read this one.
      const duplicate = full && typeof d.duplicateOf === 'number' ? ` of ${prefix}-${d.duplicateOf}` : '';
      return `closed it: ${reason.toLowerCase()}${duplicate}${full && d.note ? ` — ${free(d.note, 200)}` : ''}`;
    }
    case 'reopened':
      return 'reopened it';
    case 'task_added':
      return `gave ${whoFor(String(d.owner), full)} a task${full ? `: ${free(d.text, 150)}` : ''}`;
    case 'task_done':
      return `completed ${full && d.owner && d.owner !== event.actor ? `${mention(String(d.owner))}'s` : 'a'} task`;
    case 'posts_withdrawn':
      return `edited ${Number(d.posts ?? 0) + Number(d.digests ?? 0)} earlier posts outside the restricted sections down to a notice`;
    case 'owner_released':
      return `released ${whoFor(String(d.owner), full)} as owner: not in a restricted section holding it`;
    case 'task_released':
      return `released ${whoFor(String(d.owner), full)} from a task: not in a restricted section holding it`;
    case 'post_failed':
      return `could not post its card in <#${String(d.channel)}> (${String(d.error)})`;
    default:
      return event.type.replace(/_/g, ' ');
  }
}

/** Who did what and when, oldest first, in as many sections as it takes (each under Slack's 3,000 characters). */
export function historyBlocks(veille: Veille, alert: Alert, events: AlertEvent[], zone: string, full: boolean): unknown[] {
  const shown = events.slice(-80);
  const lines = shown.map((e) => {
    const moved = Array.isArray(e.data.status) ? ` → *${STATUS_LABELS[e.data.status[1] as Alert['status']] ?? e.data.status[1]}*` : '';
    const who = e.actor === 'veille' ? 'Veille' : full ? mention(e.actor) : 'Someone';
    return `• ${formatTime(e.at, zone)} — ${who} ${describe(veille, e, zone, full)}${moved}`;
  });
  const blocks: unknown[] = [{ type: 'header', text: { type: 'plain_text', text: `History of ${alert.reference}`.slice(0, 150) } }];
  if (events.length > shown.length) blocks.push({ type: 'context', elements: [mrkdwn(`${events.length - shown.length} earlier events not shown.`)] });
  let chunk = '';
  for (const line of lines) {
    if (chunk && chunk.length + line.length + 1 > 2900) {
      blocks.push({ type: 'section', text: mrkdwn(chunk) });
      chunk = '';
    }
    chunk = chunk ? `${chunk}\n${line}` : truncate(line, 2900);
  }
  if (chunk) blocks.push({ type: 'section', text: mrkdwn(chunk) });
  if (!full) blocks.push({ type: 'context', elements: [mrkdwn('Restricted alert: you see what was done and when; who, and the details, are for the restricted sections and the reporter.')] });
  return blocks.slice(0, 50);
}
