import type { Status } from '../domain/alert.js';
import type { ReminderPost } from './facts.js';

/**
 * Whether a reminder or escalation DM still asks its reader for something. Its buttons (Add update,
 * Log response…, Snooze) and its question stop applying once the alert is closed, has changed
 * hands, or the step it chased has been done (acknowledged, given an owner, the task done); the DM
 * is then edited down to a short line (src/slack/dm-copies.ts). Pure: the alert and task as they are now.
 */

/** The reminder and escalation DMs that are kept current. */
export type ReminderDm = Extract<ReminderPost, { about: 'reminder_owner' | 'task_overdue' }> | (Extract<ReminderPost, { about: 'escalation' }> & { to: 'lead' });

/** Why it no longer applies; `moved_on` when it was edited down before and the alert has moved on since. */
export type ReminderEnd = 'closed' | 'not_yours' | 'acknowledged' | 'owned' | 'task_done' | 'moved_on';

export interface AlertNow {
  status: Status;
  owner: string | null;
}

/**
 * The reminder and escalation posts in channels, kept current too: the reminders and escalation
 * notes in an alert's threads, and the post in the escalation channel.
 */
export type ReminderChannelPost = Extract<ReminderPost, { about: 'reminder' }> | (Extract<ReminderPost, { about: 'escalation' }> & { to: 'channel' | 'thread' });

/** Why a channel post no longer applies (`moved_on`: edited down before, and the alert has moved on since). */
export type PostEnd = 'closed' | 'acknowledged' | 'owned' | 'updated' | 'moved_on';

export function isReminderChannelPost(fact: { about: string; to?: string } | undefined): fact is ReminderChannelPost {
  return fact?.about === 'reminder' || (fact?.about === 'escalation' && (fact.to === 'channel' || fact.to === 'thread'));
}

/**
 * Null while a channel post still asks what it asked. `actedSince`: someone acted on the alert (an
 * update, a response, a change of owner) after it was posted, which answers "no update".
 */
export function postEnd(fact: ReminderChannelPost, alert: AlertNow, actedSince: boolean, editedBefore: boolean): PostEnd | null {
  if (alert.status === 'closed') return 'closed';
  const kind = fact.about === 'reminder' ? fact.step.kind : fact.escalation.kind;
  const end: PostEnd | null =
    kind === 'unacknowledged' ? (alert.status !== 'new' ? 'acknowledged' : null)
    : kind === 'unowned' ? (alert.owner !== null ? 'owned' : null)
    : alert.owner !== fact.subject.owner ? 'owned'
    : actedSince ? 'updated'
    : null;
  return end ?? (editedBefore ? 'moved_on' : null);
}

export function isReminderDm(fact: { about: string; to?: string } | undefined): fact is ReminderDm {
  return fact?.about === 'reminder_owner' || fact?.about === 'task_overdue' || (fact?.about === 'escalation' && fact.to === 'lead');
}

/**
 * Null while the DM still applies. `task`: the overdue task now (null when unknown or gone).
 * `editedBefore`: once a DM was edited down it stays a short line, even if the alert came back to
 * its reader (its waiting time and step are long past).
 */
export function reminderEnd(fact: ReminderDm, reader: string, alert: AlertNow, task: { doneAt: number | null } | null, editedBefore: boolean): ReminderEnd | null {
  if (alert.status === 'closed') return 'closed';
  const end = stepEnd(fact, reader, alert, task);
  return end ?? (editedBefore ? 'moved_on' : null);
}

function stepEnd(fact: ReminderDm, reader: string, alert: AlertNow, task: { doneAt: number | null } | null): ReminderEnd | null {
  switch (fact.about) {
    case 'reminder_owner':
      return alert.owner === reader ? null : 'not_yours';
    case 'task_overdue':
      return task?.doneAt != null ? 'task_done' : null;
    case 'escalation':
      switch (fact.escalation.kind) {
        case 'unacknowledged':
          return alert.status !== 'new' ? 'acknowledged' : null;
        case 'unowned':
          return alert.owner !== null ? 'owned' : null;
        case 'no_update':
          // The owner it named was not updating: a new owner (or none) answers it.
          return alert.owner !== fact.subject.owner ? 'owned' : null;
      }
  }
  return null;
}
