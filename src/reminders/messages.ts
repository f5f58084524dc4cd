import type { Priority } from '../domain/taxonomy.js';
import { maskContacts } from '../domain/redact.js';
import { PRIORITY_EMOJI, sectionLink } from '../slack/views/format.js';
import { escapeMrkdwn, mrkdwn, plain } from '../slack/views/mrkdwn.js';
import { CARD_ACTION, type SlackMessage } from '../slack/views/card.js';
import type { ReminderKind } from './policy.js';

/**
 * The words of reminders and escalations: pure rendering, no SQL, no Slack calls. Every message
 * about a restricted alert says only what its stub says (reference, category, territory, priority,
 * where the details are held): these go to channels and DMs whose readers Veille cannot vet.
 */

/** Buttons on reminders. Add update and Log response… are the card's own: the follow-up listeners open their forms. */
export const REMINDER_ACTION = {
  addUpdate: CARD_ACTION.update,
  logResponse: CARD_ACTION.respond,
  snooze1h: 'reminder.snooze_1h',
  snooze4h: 'reminder.snooze_4h',
  snoozeTomorrow: 'reminder.snooze_tomorrow',
} as const;

export interface ReminderSubject {
  alertId: number;
  reference: string;
  category: string;
  priority: Priority;
  restricted: boolean;
  /** Locality-level place: only for standard alerts. */
  place: string;
  /** Territory-level place: what a stub may say. */
  territory: string;
  owner: string | null;
  /** Since the last acknowledgement, update or response (since it was logged, when none). */
  waitedMs: number;
  /** Names of the sections holding the details (the restricted ones, for a restricted alert). */
  heldBy: string[];
}

export interface StepFacts {
  kind: ReminderKind;
  /** This reminder's number (1…escalateAfter). */
  count: number;
  escalateAfter: number;
  /** The rule's interval as written in the config (PT15M…), shown as "15 min". */
  intervalMs: number;
  escalationChannel: string;
  /** Reminders folded into this one because they fell due while Veille was down. */
  missed: number;
}

/** "45 min", "2 h 5 min", "1 d 3 h", "30 s". */
export function formatWait(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return `${Math.max(0, Math.round(ms / 1000))} s`;
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return mins > 0 ? `${hours} h ${mins} min` : `${hours} h`;
  return `${mins} min`;
}

/** The alert in one line, in the form the reader may see. */
export function headline(subject: ReminderSubject): string {
  if (subject.restricted) return `🔒 ${subject.reference} · ${subject.category} · ${subject.territory} · ${subject.priority}`;
  return `${PRIORITY_EMOJI[subject.priority]} ${subject.reference} · ${subject.category} · ${subject.place} · ${subject.priority}`;
}

const mentions = (users: readonly string[]) => users.map((u) => `<@${u}>`).join(' ');

const WAITING: Record<ReminderKind, string> = {
  unacknowledged: 'has not been acknowledged',
  unowned: 'has no owner',
  no_update: 'has had no update',
};

function whatNow(kind: ReminderKind): string {
  if (kind === 'unacknowledged') return 'please acknowledge it or assign an owner';
  if (kind === 'unowned') return 'please take ownership or assign it';
  return 'please add an update or log a response';
}

function stepLine(facts: StepFacts): string {
  const caughtUp = facts.missed > 0 ? ` · ${facts.missed} more fell due while Veille was offline` : '';
  return `Reminder ${facts.count} of ${facts.escalateAfter} · then it is escalated to ${sectionLink(facts.escalationChannel)}${caughtUp}`;
}

function snoozeButtons(alertId: number): unknown[] {
  const button = (actionId: string, text: string) => ({ type: 'button', action_id: actionId, text: plain(text, 75), value: String(alertId) });
  return [
    button(REMINDER_ACTION.snooze1h, 'Snooze 1 h'),
    button(REMINDER_ACTION.snooze4h, 'Snooze 4 h'),
    button(REMINDER_ACTION.snoozeTomorrow, 'Until tomorrow 08:00'),
  ];
}

/**
 * The reply in the alert's thread in one section channel. In a stub channel (the sweep posts none
 * there: no one in it can act) it would ask no one and offer no snooze: nothing of the case, no names.
 */
export function threadReminder(subject: ReminderSubject, facts: StepFacts, channel: { view: 'full' | 'stub'; leads: readonly string[] }): SlackMessage {
  const waited = formatWait(subject.waitedMs);
  const full = channel.view === 'full';
  const who = !full ? [] : facts.kind === 'no_update' ? (subject.owner ? [subject.owner] : []) : [...channel.leads, ...(subject.owner ? [subject.owner] : [])];
  const label = subject.restricted ? `${subject.reference} (restricted)` : subject.reference;
  const ask = who.length > 0 ? ` ${mentions(unique(who))}: ${whatNow(facts.kind)}.` : '';
  const text = `⏰ ${label} ${WAITING[facts.kind]} for ${waited}.${ask}`;
  return {
    text,
    blocks: [
      { type: 'section', text: mrkdwn(`⏰ *${label} ${WAITING[facts.kind]} for ${waited}.*${ask}`) },
      { type: 'context', elements: [mrkdwn(stepLine(facts))] },
      ...(full ? [{ type: 'actions', elements: snoozeButtons(subject.alertId) }] : []),
    ],
  };
}

/** The owner's DM when an owned alert has had no update: Add update, Log response…, Snooze. */
export function ownerReminder(subject: ReminderSubject, facts: StepFacts): SlackMessage {
  const waited = formatWait(subject.waitedMs);
  const rule = `${subject.priority} alerts need an update every ${formatWait(facts.intervalMs)}`;
  const details = subject.restricted ? `\nDetails: \`/alert show ${subject.reference}\`` : '';
  const button = (actionId: string, text: string) => ({ type: 'button', action_id: actionId, text: plain(text, 75), value: String(subject.alertId) });
  return {
    text: `⏰ No update on ${subject.reference} for ${waited}: you own it, please add an update.`,
    blocks: [
      { type: 'section', text: mrkdwn(`⏰ *No update on ${subject.reference} for ${waited}.* You own it; ${rule}.\n${escapeMrkdwn(headline(subject))}${details}`) },
      { type: 'context', elements: [mrkdwn(stepLine(facts))] },
      {
        type: 'actions',
        elements: [button(REMINDER_ACTION.addUpdate, 'Add update'), button(REMINDER_ACTION.logResponse, 'Log response…'), ...snoozeButtons(subject.alertId)],
      },
    ],
  };
}

export interface EscalationFacts {
  kind: ReminderKind;
  reminders: number;
  escalationChannel: string;
  /** The sections holding the alert, with their channels. */
  sections: Array<{ name: string; channel: string }>;
}

function ownerText(subject: ReminderSubject): string {
  if (!subject.owner) return 'not assigned';
  // Who follows a restricted case up is the restricted section's to say.
  return subject.restricted ? `assigned (ask ${subject.heldBy.join(', ') || 'the restricted section'})` : `<@${subject.owner}>`;
}

/** The post in the escalation channel: the alert, its sections, its owner, how long it has waited. */
export function escalationPost(subject: ReminderSubject, facts: EscalationFacts): SlackMessage {
  const waited = formatWait(subject.waitedMs);
  const title = `⏫ Escalated: ${subject.reference} ${WAITING[facts.kind]} for ${waited}`;
  const sections = facts.sections.map((s) => `${escapeMrkdwn(s.name)} (${sectionLink(s.channel)})`).join(', ') || 'none';
  const fields = [
    mrkdwn(`*Alert*\n${escapeMrkdwn(headline(subject))}`),
    mrkdwn(`*Section${facts.sections.length === 1 ? '' : 's'}*\n${sections}`),
    mrkdwn(`*Owner*\n${ownerText(subject)}`),
    mrkdwn(`*Waiting*\n${waited}, ${facts.reminders} reminder${facts.reminders === 1 ? '' : 's'} unanswered`),
  ];
  return {
    text: `${title} (${subject.priority}, ${facts.reminders} reminders unanswered)`,
    blocks: [
      { type: 'header', text: plain(title) },
      { type: 'section', fields },
      ...(subject.restricted ? [{ type: 'context', elements: [mrkdwn(`Restricted alert: details are held by ${escapeMrkdwn(subject.heldBy.join(', ') || 'the restricted sections')}`)] }] : []),
    ],
  };
}

/** The DM to each lead of a section holding the alert when it is escalated. */
export function leadEscalation(subject: ReminderSubject, facts: EscalationFacts): SlackMessage {
  const waited = formatWait(subject.waitedMs);
  const text = `⏫ ${subject.reference} ${WAITING[facts.kind]} for ${waited} and was escalated to ${sectionLink(facts.escalationChannel)}.`;
  return {
    text,
    blocks: [
      { type: 'section', text: mrkdwn(`⏫ *${subject.reference} ${WAITING[facts.kind]} for ${waited}* and was escalated to ${sectionLink(facts.escalationChannel)} after ${facts.reminders} reminder${facts.reminders === 1 ? '' : 's'}.\n${escapeMrkdwn(headline(subject))}\nOwner: ${ownerText(subject)}`) },
    ],
  };
}

/** The note in the alert's thread when it is escalated, so the section sees where it went. */
export function threadEscalation(subject: ReminderSubject, facts: EscalationFacts): SlackMessage {
  const label = subject.restricted ? `${subject.reference} (restricted)` : subject.reference;
  const text = `⏫ ${label} ${WAITING[facts.kind]} for ${formatWait(subject.waitedMs)}: escalated to ${sectionLink(facts.escalationChannel)} and the section leads.`;
  return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
}

export interface TaskFacts {
  text: string;
  dueAtLabel: string;
}

/** The task owner's DM when a follow-up task is past due. A restricted alert's task text stays out of it. */
export function taskReminder(subject: ReminderSubject, task: TaskFacts): SlackMessage {
  const what = subject.restricted ? `a task on restricted alert ${subject.reference} (\`/alert show ${subject.reference}\`)` : `“${escapeMrkdwn(maskContacts(task.text))}”`;
  const text = `📋 Your task on ${subject.reference} is past due (due ${task.dueAtLabel}).`;
  return {
    text,
    blocks: [
      { type: 'section', text: mrkdwn(`📋 *Your task on ${subject.reference} is past due* (due ${escapeMrkdwn(task.dueAtLabel)}): ${what}\n${escapeMrkdwn(headline(subject))}`) },
    ],
  };
}

/** What the person who snoozed is told. */
export function snoozedNotice(reference: string, untilLabel: string): string {
  return `⏸ Reminders for ${reference} snoozed until ${untilLabel}.`;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
