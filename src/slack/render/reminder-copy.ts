import type { Alert } from '../../domain/alert.js';
import type { ReminderDm, ReminderEnd } from '../../reminders/answered.js';
import { t } from '../i18n/index.js';
import type { SlackMessage } from '../views/card.js';
import { person } from '../views/mrkdwn.js';

/**
 * The short line, without buttons, that a reminder or escalation DM becomes once it no longer asks
 * its reader for anything (src/reminders/answered.ts). Who owns the alert now is named only to
 * someone who may read it (`mayView`): who works a restricted case is its section's to say.
 */
export function renderReminderCopy(fact: ReminderDm, end: ReminderEnd, alert: Pick<Alert, 'owner'>, reader: { language: 'en' | 'fr'; mayView: boolean }): SlackMessage {
  const c = t(reader.language).reminderCopies;
  const ref = fact.subject.reference;
  const owner = alert.owner;
  const text = (() => {
    switch (end) {
      case 'closed':
        return c.closed(ref);
      case 'not_yours':
        if (!owner) return c.noOwnerNow(ref);
        return reader.mayView ? c.nowOwnedBy(ref, person(owner)) : c.noLongerYours(ref);
      case 'acknowledged':
        return c.acknowledged(ref);
      case 'owned':
        if (!owner) return c.noOwner(ref);
        return reader.mayView ? c.ownedBy(ref, person(owner)) : c.hasOwner(ref);
      case 'task_done':
        return c.taskDone(ref);
      case 'moved_on':
        return c.movedOn(ref);
    }
  })();
  return { text, blocks: [] };
}
