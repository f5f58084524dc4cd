import type { Alert } from '../../domain/alert.js';
import type { PostEnd, ReminderChannelPost, ReminderDm, ReminderEnd } from '../../reminders/answered.js';
import { t } from '../i18n/index.js';
import type { SlackMessage } from '../views/card.js';
import { person } from '../views/mrkdwn.js';

/**
 * The short line, without buttons, that a reminder or escalation DM becomes once it no longer asks
 * its reader for anything (src/reminders/answered.ts). Who owns the alert now is named only to
 * someone who may know who works it (`mayName`): who works a restricted case is its section's to say.
 */
export function renderReminderCopy(fact: ReminderDm, end: ReminderEnd, alert: Pick<Alert, 'owner'>, reader: { language: 'en' | 'fr'; mayName: boolean }): SlackMessage {
  const c = t(reader.language).reminderCopies;
  const ref = fact.subject.reference;
  const owner = alert.owner;
  const text = (() => {
    switch (end) {
      case 'closed':
        return c.closed(ref);
      case 'not_yours':
        if (!owner) return c.noOwnerNow(ref);
        return reader.mayName ? c.nowOwnedBy(ref, person(owner)) : c.noLongerYours(ref);
      case 'acknowledged':
        return c.acknowledged(ref);
      case 'owned':
        if (!owner) return c.noOwner(ref);
        return reader.mayName ? c.ownedBy(ref, person(owner)) : c.hasOwner(ref);
      case 'task_done':
        return c.taskDone(ref);
      case 'moved_on':
        return c.movedOn(ref);
    }
  })();
  return { text, blocks: [] };
}

/**
 * The short line a reminder or escalation posted in a channel becomes once it no longer applies
 * (src/reminders/answered.ts `postEnd`). Who owns the alert now is named only where it is read in
 * full (`mayName`): never in the escalation channel or a stub channel for a restricted alert.
 */
export function renderReminderPostEnd(fact: ReminderChannelPost, end: PostEnd, alert: Pick<Alert, 'owner'>, reader: { language: 'en' | 'fr'; mayName: boolean }): SlackMessage {
  const c = t(reader.language).reminderPosts;
  const ref = fact.subject.reference;
  const escalation = fact.about === 'escalation';
  const text = (() => {
    switch (end) {
      case 'closed':
        return c.closed(ref, escalation);
      case 'acknowledged':
        return c.acknowledged(ref, escalation);
      case 'owned':
        if (!alert.owner) return c.noOwner(ref, escalation);
        return reader.mayName ? c.ownedBy(ref, person(alert.owner), escalation) : c.hasOwner(ref, escalation);
      case 'updated':
        return c.updated(ref, escalation);
      case 'moved_on':
        return c.movedOn(ref, escalation);
    }
  })();
  return { text, blocks: [] };
}
