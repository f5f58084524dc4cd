import type { App, BlockButtonAction } from '@slack/bolt';
import { getAlert } from '../../alerts/service.js';
import { formatTime } from '../format/time.js';
import { personLanguage } from '../render/language.js';
import { REMINDER_ACTION, snoozedNotice } from '../render/reminders.js';
import type { SnoozeChoice } from '../../reminders/policy.js';
import { snoozeAlert } from '../../reminders/snooze.js';
import type { ListenerDeps } from './deps.js';

const CHOICES: Array<[string, SnoozeChoice]> = [
  [REMINDER_ACTION.snooze1h, '1h'],
  [REMINDER_ACTION.snooze4h, '4h'],
  [REMINDER_ACTION.snoozeTomorrow, 'tomorrow'],
];

/** The Snooze buttons on reminders (owner DMs and thread reminders). The answer is private to whoever clicked. */
export function register(app: App, deps: ListenerDeps): void {
  const { veille } = deps;
  for (const [actionId, choice] of CHOICES) {
    app.action<BlockButtonAction>(actionId, async ({ ack, body, action, respond }) => {
      await ack();
      const outcome = snoozeAlert(veille, Number(action.value), body.user.id, choice);
      const language = personLanguage(veille.mission, body.user.id, getAlert(veille.db, Number(action.value)));
      const text = outcome.ok
        ? snoozedNotice(outcome.reference, formatTime(outcome.until, outcome.timeZone, language), language)
        : {
            not_found: 'That alert no longer exists.',
            closed: `${outcome.reference} is closed: there is nothing left to remind anyone of.`,
            not_allowed: `Only the owner of ${outcome.reference} or a lead of a section holding it can snooze its reminders.`,
          }[outcome.reason];
      await respond({ replace_original: false, response_type: 'ephemeral', text });
    });
  }
}
