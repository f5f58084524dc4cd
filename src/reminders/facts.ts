import type { CategoryId, Priority } from '../domain/taxonomy.js';
import type { ReminderKind } from './policy.js';

/**
 * What a reminder or an escalation says, as facts frozen when the sweep decided it. Rendered in
 * the reader's language by src/slack/render when the post is sent. Every message about a restricted
 * alert may say only what its stub says: the renderer shows `territory`, never the place, for one.
 */

export interface ReminderSubject {
  alertId: number;
  reference: string;
  category: CategoryId;
  priority: Priority;
  restricted: boolean;
  placeId: string | null;
  /** A place typed outside the gazetteer (shown only for a standard alert). */
  locationText: string | null;
  owner: string | null;
  /** Since the last acknowledgement, update or response (since it was logged, when none). */
  waitedMs: number;
  /** Ids of the sections holding the details (the restricted ones, for a restricted alert). */
  heldBy: string[];
}

export interface ReminderStep {
  kind: ReminderKind;
  /** This reminder's number (1…escalateAfter). */
  count: number;
  escalateAfter: number;
  /** The rule's interval, shown as "15 min". */
  intervalMs: number;
  escalationChannel: string;
  /** Reminders folded into this one because they fell due while Veille was down. */
  missed: number;
}

export interface Escalation {
  kind: ReminderKind;
  reminders: number;
  escalationChannel: string;
  /** Ids of the sections holding the alert that can act on it. */
  sections: string[];
}

export type ReminderPost =
  /** In the alert's thread in one section channel; `leads` are asked only where the full card is. */
  | { about: 'reminder'; subject: ReminderSubject; step: ReminderStep; view: 'full' | 'stub'; leads: string[] }
  /** The owner's DM when an owned alert has had no update. */
  | { about: 'reminder_owner'; subject: ReminderSubject; step: ReminderStep }
  /** The post in the escalation channel, the DM to each lead, and the note in the alert's threads. */
  | { about: 'escalation'; to: 'channel' | 'lead' | 'thread'; subject: ReminderSubject; escalation: Escalation }
  /** A task owner's DM when the task is past due (`id`: the task; rows from before it was kept have none). */
  | { about: 'task_overdue'; subject: ReminderSubject; task: { id?: number; text: string; dueAt: number } };
