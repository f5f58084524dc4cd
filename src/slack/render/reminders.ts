import type { ActionsBlock, Button, ContextBlock } from '@slack/types';
import { placeById, sectionById, type Veille } from '../../context.js';
import { formatDuration } from '../format/duration.js';
import { formatTime } from '../format/time.js';
import { maskContacts } from '../../domain/redact.js';
import { categoryLabel, type Language, type Priority } from '../../domain/taxonomy.js';
import type { ReminderKind } from '../../reminders/policy.js';
import type { Escalation, ReminderPost, ReminderStep, ReminderSubject } from '../../reminders/facts.js';
import { t, type Catalog } from '../i18n/index.js';
import { CARD_ACTION, type SlackMessage } from '../views/card.js';
import { placeLabel, priorityWord, PRIORITY_EMOJI, sectionLink, territoryLabel } from '../views/format.js';
import { escapeMrkdwn, mrkdwn, person, plain } from '../views/mrkdwn.js';

/**
 * Reminders and escalations in words, when they are sent. Every message about a restricted alert
 * says only what its stub says (reference, category, territory, priority, where the details are
 * held): these go to channels and DMs whose readers Veille cannot vet.
 */

/** Buttons on reminders. Add update and Log response… are the card's own: the follow-up listeners open their forms. */
export const REMINDER_ACTION = {
  addUpdate: CARD_ACTION.update,
  logResponse: CARD_ACTION.respond,
  snooze1h: 'reminder.snooze_1h',
  snooze4h: 'reminder.snooze_4h',
  snoozeTomorrow: 'reminder.snooze_tomorrow',
} as const;

/** The subject as the reader sees it: labels in their language. */
export interface SubjectLabels {
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
  waitedMs: number;
  /** Names of the sections holding the details. */
  heldBy: string[];
}

function labelled(veille: Veille, subject: ReminderSubject, language: Language): SubjectLabels {
  const place = placeById(veille, subject.placeId);
  return {
    alertId: subject.alertId,
    reference: subject.reference,
    category: categoryLabel(subject.category, language),
    priority: subject.priority,
    restricted: subject.restricted,
    place: placeLabel(place, subject.locationText, language),
    territory: territoryLabel(place, language),
    owner: subject.owner,
    waitedMs: subject.waitedMs,
    heldBy: subject.heldBy.map((id) => sectionById(veille, id)?.name ?? id),
  };
}

/** "45 min", "2 h 5 min", "1 d 3 h". */
export function formatWait(ms: number, language: Language = 'en'): string {
  return formatDuration(ms, language);
}

/** The alert in one line, in the form the reader may see. */
function headline(subject: SubjectLabels, language: Language = 'en'): string {
  const priority = priorityWord(subject.priority, language);
  if (subject.restricted) return `🔒 ${subject.reference} · ${subject.category} · ${subject.territory} · ${priority}`;
  return `${PRIORITY_EMOJI[subject.priority]} ${subject.reference} · ${subject.category} · ${subject.place} · ${priority}`;
}

const mentions = (users: readonly string[]) => users.map(person).join(' ');

/** "A-7 has no owner for 45 min" / "A-7 est sans responsable depuis 45 min". */
function waited(c: Catalog, label: string, kind: ReminderKind, ms: number, language: Language): string {
  return c.reminders.waited(label, c.reminders.waiting[kind], formatWait(ms, language));
}

function stepLine(c: Catalog, facts: ReminderStep): string {
  const caughtUp = facts.missed > 0 ? c.reminders.caughtUp(facts.missed) : '';
  return `${c.reminders.step(facts.count, facts.escalateAfter, sectionLink(facts.escalationChannel))}${caughtUp}`;
}

function snoozeButtons(c: Catalog, alertId: number): Button[] {
  const button = (actionId: string, text: string): Button => ({ type: 'button', action_id: actionId, text: plain(text, 75), value: String(alertId) });
  return [button(REMINDER_ACTION.snooze1h, c.reminders.snooze1h), button(REMINDER_ACTION.snooze4h, c.reminders.snooze4h), button(REMINDER_ACTION.snoozeTomorrow, c.reminders.snoozeTomorrow)];
}

/**
 * The reply in the alert's thread in one section channel. In a stub channel (the sweep posts none
 * there: no one in it can act) it would ask no one and offer no snooze: nothing of the case, no names.
 */
export function threadReminder(subject: SubjectLabels, facts: ReminderStep, channel: { view: 'full' | 'stub'; leads: readonly string[] }, language: Language = 'en'): SlackMessage {
  const c = t(language);
  const full = channel.view === 'full';
  const who = !full ? [] : facts.kind === 'no_update' ? (subject.owner ? [subject.owner] : []) : [...channel.leads, ...(subject.owner ? [subject.owner] : [])];
  const label = subject.restricted ? c.reminders.restrictedLabel(subject.reference) : subject.reference;
  const ask = who.length > 0 ? ` ${c.reminders.asking(mentions([...new Set(who)]), c.reminders.ask[facts.kind])}` : ''
  const said = waited(c, label, facts.kind, subject.waitedMs, language);
  return {
    text: `⏰ ${said}.${ask}`,
    blocks: [
      { type: 'section', text: mrkdwn(`⏰ *${said}.*${ask}`) },
      { type: 'context', elements: [mrkdwn(stepLine(c, facts))] },
      ...(full ? [{ type: 'actions', elements: snoozeButtons(c, subject.alertId) } satisfies ActionsBlock] : []),
    ],
  };
}

/** The owner's DM when an owned alert has had no update: Add update, Log response…, Snooze. */
export function ownerReminder(subject: SubjectLabels, facts: ReminderStep, language: Language = 'en'): SlackMessage {
  const c = t(language);
  const r = c.reminders;
  const wait = formatWait(subject.waitedMs, language);
  const rule = r.ownerRule(priorityWord(subject.priority, language), formatWait(facts.intervalMs, language));
  const details = subject.restricted ? `\n${r.details(subject.reference)}` : '';
  const button = (actionId: string, text: string): Button => ({ type: 'button', action_id: actionId, text: plain(text, 75), value: String(subject.alertId) });
  return {
    text: r.ownerText(subject.reference, wait),
    blocks: [
      { type: 'section', text: mrkdwn(`${r.ownerTitle(subject.reference, wait)} ${rule}\n${escapeMrkdwn(headline(subject, language))}${details}`) },
      { type: 'context', elements: [mrkdwn(stepLine(c, facts))] },
      { type: 'actions', elements: [button(REMINDER_ACTION.addUpdate, r.addUpdate), button(REMINDER_ACTION.logResponse, r.logResponse), ...snoozeButtons(c, subject.alertId)] },
    ],
  };
}

export interface EscalationLabels extends Omit<Escalation, 'sections'> {
  /** The sections holding the alert, with their channels. */
  sections: Array<{ name: string; channel: string }>;
}

function ownerText(c: Catalog, subject: SubjectLabels): string {
  if (!subject.owner) return c.reminders.notAssigned;
  // Who follows a restricted case up is the restricted section's to say.
  return subject.restricted ? c.reminders.assignedAsk(subject.heldBy.join(', ') || c.reminders.theRestrictedSection) : person(subject.owner);
}

/** The post in the escalation channel: the alert, its sections, its owner, how long it has waited. */
export function escalationPost(subject: SubjectLabels, facts: EscalationLabels, language: Language = 'en'): SlackMessage {
  const c = t(language);
  const r = c.reminders;
  const wait = formatWait(subject.waitedMs, language);
  const title = r.escalatedTitle(waited(c, subject.reference, facts.kind, subject.waitedMs, language));
  const sections = facts.sections.map((s) => `${escapeMrkdwn(s.name)} (${sectionLink(s.channel)})`).join(', ') || r.noSection;
  const fields = [
    mrkdwn(`*${r.fieldAlert}*\n${escapeMrkdwn(headline(subject, language))}`),
    mrkdwn(`*${r.fieldSections(facts.sections.length)}*\n${sections}`),
    mrkdwn(`*${r.fieldOwner}*\n${ownerText(c, subject)}`),
    mrkdwn(`*${r.fieldWaiting}*\n${r.unanswered(wait, facts.reminders)}`),
  ];
  return {
    text: r.escalatedText(title, priorityWord(subject.priority, language), facts.reminders),
    blocks: [
      { type: 'header', text: plain(title) },
      { type: 'section', fields },
      ...(subject.restricted ? [{ type: 'context', elements: [mrkdwn(r.heldBy(escapeMrkdwn(subject.heldBy.join(', ') || r.theRestrictedSections)))] } satisfies ContextBlock] : []),
    ],
  };
}

/** The DM to each lead of a section holding the alert when it is escalated. */
export function leadEscalation(subject: SubjectLabels, facts: EscalationLabels, language: Language = 'en'): SlackMessage {
  const c = t(language);
  const said = waited(c, subject.reference, facts.kind, subject.waitedMs, language);
  const channel = sectionLink(facts.escalationChannel);
  return {
    text: c.reminders.leadText(said, channel),
    blocks: [{ type: 'section', text: mrkdwn(c.reminders.leadBlock(said, channel, facts.reminders, escapeMrkdwn(headline(subject, language)), ownerText(c, subject))) }],
  };
}

/** The note in the alert's thread when it is escalated, so the section sees where it went. */
export function threadEscalation(subject: SubjectLabels, facts: EscalationLabels, language: Language = 'en'): SlackMessage {
  const c = t(language);
  const label = subject.restricted ? c.reminders.restrictedLabel(subject.reference) : subject.reference;
  const text = c.reminders.threadEscalation(waited(c, label, facts.kind, subject.waitedMs, language), sectionLink(facts.escalationChannel));
  return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
}

export interface TaskLabels {
  text: string;
  dueAtLabel: string;
}

/** The task owner's DM when a follow-up task is past due. A restricted alert's task text stays out of it. */
export function taskReminder(subject: SubjectLabels, task: TaskLabels, language: Language = 'en'): SlackMessage {
  const r = t(language).reminders;
  const what = subject.restricted ? r.taskRestricted(subject.reference) : r.quoted(escapeMrkdwn(maskContacts(task.text)));
  return {
    text: r.taskText(subject.reference, task.dueAtLabel),
    blocks: [{ type: 'section', text: mrkdwn(r.taskBlock(subject.reference, escapeMrkdwn(task.dueAtLabel), what, escapeMrkdwn(headline(subject, language)))) }],
  };
}

/** What the person who snoozed is told. */
export function snoozedNotice(reference: string, untilLabel: string, language: Language = 'en'): string {
  return t(language).reminders.snoozed(reference, untilLabel);
}

/** A reminder post's facts in words, in the language of where it goes. */
export function renderReminderPost(veille: Veille, post: ReminderPost, language: Language): SlackMessage {
  const subject = labelled(veille, post.subject, language);
  switch (post.about) {
    case 'reminder':
      return threadReminder(subject, post.step, { view: post.view, leads: post.leads }, language);
    case 'reminder_owner':
      return ownerReminder(subject, post.step, language);
    case 'escalation': {
      const facts: EscalationLabels = {
        ...post.escalation,
        sections: post.escalation.sections.flatMap((id) => {
          const section = sectionById(veille, id);
          return section ? [{ name: section.name, channel: section.channel }] : [];
        }),
      };
      if (post.to === 'channel') return escalationPost(subject, facts, language);
      if (post.to === 'lead') return leadEscalation(subject, facts, language);
      return threadEscalation(subject, facts, language);
    }
    case 'task_overdue':
      return taskReminder(subject, { text: post.task.text, dueAtLabel: formatTime(post.task.dueAt, veille.mission.timeZone, language) }, language);
  }
}
