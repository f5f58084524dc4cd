import type { KnownBlock } from '@slack/types';
import { getAlert } from '../../alerts/service.js';
import type { Veille } from '../../context.js';
import type { Alert, ClosureReason } from '../../domain/alert.js';
import type { DelayReason, ResponseType, VerificationChoice } from '../../domain/lifecycle.js';
import type { Language } from '../../domain/taxonomy.js';
import { t } from '../i18n/index.js';
import { maskContacts } from '../../domain/redact.js';
import { followupDueAt, followupTimes, respondedInTime } from '../../followup/metrics.js';
import { followupState, responsesOf, tasksOf } from '../../followup/service.js';
import { formatDuration } from '../format/duration.js';
import type { AlertEvent } from '../../store/events.js';
import { formatTime } from '../format/time.js';
import { escapeMrkdwn, mrkdwn, person as mention, truncate } from './mrkdwn.js';

/**
 * The follow-up record of an alert as `/alert show` prints it: owner, due time, the derived times
 * (computed here from events and responses, never stored), responses, tasks, and the history.
 * `full` is false for someone who may not read a restricted alert: times and kinds only — no text,
 * and no one working on it named (reporter, owner, task owners, whoever acted). The same for the
 * reporter outside its restricted sections (`self`: they are named, and their own words shown).
 */

const free = (text: unknown, max = 300) => truncate(escapeMrkdwn(maskContacts(String(text ?? ''))), max);

export function followupSummary(veille: Veille, alert: Alert, events: AlertEvent[], zone: string, full: boolean, language: Language = 'en', self: string | null = null): KnownBlock[] {
  const { db, mission, clock } = veille;
  const c = t(language);
  const w = c.record;
  const duration = (ms: number | null) => (ms === null ? '—' : formatDuration(ms, language));
  const at = (ms: number) => formatTime(ms, zone, language);
  const responses = responsesOf(db, alert.id);
  const state = followupState(db, alert.id);
  const times = followupTimes(alert, events, responses);
  const due = state ? followupDueAt({ ...alert, ...state }, mission.reminderPolicy) : null;
  const inTime = respondedInTime(alert, responses, mission.reminderPolicy, clock.now());
  const owner = alert.owner ? (full || alert.owner === self ? mention(alert.owner) : w.assigned) : w.notAssigned;
  const lines = [
    [w.owner(owner), w.status(c.statuses[alert.status]), ...(due !== null ? [w.due(at(due), due <= clock.now())] : [])].join(' · '),
    w.times(duration(times.toAcknowledge), duration(times.toFirstResponse), inTime === false, duration(times.toClose)),
  ];
  const blocks: KnownBlock[] = [{ type: 'section', text: mrkdwn(lines.join('\n')) }];
  if (full && responses.length) {
    const list = responses
      .slice(0, 15)
      .map((r) => w.response(c.responses[r.type], r.unit ? free(r.unit, 80) : null, at(r.at), duration(Math.max(0, r.at - alert.createdAt)), r.delayReason ? c.delays[r.delayReason] : null, r.outcome ? free(r.outcome, 200) : null));
    blocks.push({ type: 'section', text: mrkdwn(`${w.responses(responses.length)}\n${list.join('\n')}`) });
  }
  const tasks = tasksOf(db, alert.id);
  if (full && tasks.length) {
    // A task released when the alert became restricted is closed, not done: it says so.
    const released = new Set(events.filter((e) => e.type === 'task_released').map((e) => Number(e.data.taskId)));
    const list = tasks.slice(0, 15).map((task) => `${released.has(task.id) ? w.releasedTask : task.doneAt ? '☑️' : '◻️'} ${mention(task.owner)}: ${free(task.text, 150)}${task.dueAt !== null && !task.doneAt ? w.taskDue(at(task.dueAt)) : ''}`);
    blocks.push({ type: 'section', text: mrkdwn(`${w.tasks(tasks.length)}\n${list.join('\n')}`) });
  }
  return blocks;
}

function describe(veille: Veille, event: AlertEvent, zone: string, full: boolean, language: Language, self: string | null, readable: ReadonlySet<number>): string {
  const d = event.data;
  const c = t(language);
  const e = c.record.events;
  const at = (ms: number) => formatTime(ms, zone, language);
  /** Who it concerns, as this reader may see it. */
  const whoFor = (user: string) => (full || user === self ? mention(user) : c.record.someone);
  // A reporter outside the restricted sections reads their own words back, and no one else's.
  const own = full || (self !== null && event.actor === self);
  switch (event.type) {
    case 'logged': {
      const via = String(d.via ?? 'report');
      return e.logged(c.record.via[via] ?? via.replace(/_/g, ' '));
    }
    case 'edited':
      return e.edited(Array.isArray(d.fields) ? d.fields.map((f) => c.form.fields[String(f)] ?? String(f)).join(', ') : null);
    case 'withdrawn':
      return e.withdrawn;
    case 'revealed':
      return e.revealed;
    case 'acknowledged':
      return e.acknowledged;
    case 'owner_assigned':
      if (d.how === 'took') return e.took;
      return e.assigned(whoFor(String(d.owner)), typeof d.dueAt === 'number' ? at(d.dueAt) : null);
    case 'updated':
      return e.updated(own ? free(d.text) : null);
    case 'outcome_recorded':
      return e.outcome(own ? free(d.text) : null);
    case 'response_logged': {
      if (!full) return e.response(null, null, '', null);
      const type = c.responses[d.type as ResponseType] ?? String(d.type);
      const late = d.delayReason ? (c.delays[d.delayReason as DelayReason] ?? String(d.delayReason)) : null;
      return e.response(type, d.unit ? free(d.unit, 80) : null, at(Number(d.at)), late);
    }
    case 'verified': {
      if (!full) return e.verified(null, '');
      const verification = c.verified[d.verification as VerificationChoice] ?? String(d.verification);
      const sources = d.sources !== null && d.sources !== undefined ? String(d.sources) : null;
      return e.verified(verification, e.grading(d.reliability ? String(d.reliability) : null, d.credibility ? String(d.credibility) : null, sources));
    }
    case 'closed': {
      const reason = c.closures[d.reason as ClosureReason] ?? String(d.reason);
      // Which alert it duplicates is a link between cases: only for those who may read this one.
      const linked = typeof d.duplicateOf === 'number' && (readable.has(d.duplicateOf) || getAlert(veille.db, d.duplicateOf)?.sensitivity !== 'restricted');
      const duplicate = full && linked ? `${veille.mission.referencePrefix}-${d.duplicateOf}` : null;
      return e.closed(reason, duplicate, full && d.note ? free(d.note, 200) : null);
    }
    case 'reopened':
      return e.reopened;
    case 'task_added':
      return e.taskAdded(whoFor(String(d.owner)), own ? free(d.text, 150) : null);
    case 'task_done':
      return e.taskDone(full && d.owner && d.owner !== event.actor ? mention(String(d.owner)) : null);
    case 'posts_withdrawn':
      return e.postsWithdrawn(Number(d.posts ?? 0) + Number(d.digests ?? 0));
    case 'owner_released':
      return (d.why === 'left_channel' ? e.ownerReleasedLeft : e.ownerReleased)(whoFor(String(d.owner)));
    case 'task_released':
      return (d.why === 'left_channel' ? e.taskReleasedLeft : e.taskReleased)(whoFor(String(d.owner)));
    case 'post_failed':
      return e.postFailed(`<#${String(d.channel)}>`, String(d.error));
    case 'snoozed':
      return e.snoozed;
    case 'escalated':
      return e.escalated;
    case 'reminded':
      return e.reminded;
    case 'task_reminded':
      return e.taskReminded;
    case 'redacted':
      return e.redacted;
    default:
      return e.other(event.type.replace(/_/g, ' '));
  }
}

/** Who did what and when, oldest first, in as many sections as it takes (each under Slack's 3,000 characters). */
/**
 * `readable`: the restricted alerts this reader may read, for the alert this one was closed as a
 * duplicate of (a restricted one is named only to its readers; a standard one to anyone reading this).
 */
export function historyBlocks(veille: Veille, alert: Alert, events: AlertEvent[], zone: string, full: boolean, language: Language = 'en', self: string | null = null, readable: ReadonlySet<number> = new Set()): KnownBlock[] {
  const w = t(language).record;
  const statuses = t(language).statuses;
  const shown = events.slice(-80);
  const lines = shown.map((e) => {
    const moved = Array.isArray(e.data.status) ? (statuses[e.data.status[1] as Alert['status']] ?? String(e.data.status[1])) : null;
    const who = e.actor === 'veille' ? 'Veille' : full || e.actor === self ? mention(e.actor) : w.Someone;
    return `• ${formatTime(e.at, zone, language)} — ${who} ${describe(veille, e, zone, full, language, self, readable)}${moved ? ` → *${moved}*` : ''}`;
  });
  const blocks: KnownBlock[] = [{ type: 'header', text: { type: 'plain_text', text: w.history(alert.reference).slice(0, 150) } }];
  if (events.length > shown.length) blocks.push({ type: 'context', elements: [mrkdwn(w.earlier(events.length - shown.length))] });
  let chunk = '';
  for (const line of lines) {
    if (chunk && chunk.length + line.length + 1 > 2900) {
      blocks.push({ type: 'section', text: mrkdwn(chunk) });
      chunk = '';
    }
    chunk = chunk ? `${chunk}\n${line}` : truncate(line, 2900);
  }
  if (chunk) blocks.push({ type: 'section', text: mrkdwn(chunk) });
  if (!full) blocks.push({ type: 'context', elements: [mrkdwn(self ? w.reporterHistory : w.restrictedHistory)] });
  return blocks.slice(0, 50);
}
