import type { BlockButtonAction } from '@slack/bolt';
import type { Listeners } from '../listener-router.js';
import { getAlert } from '../../alerts/service.js';
import { formatTime } from '../format/time.js';
import { t } from '../i18n/index.js';
import { readerLanguage } from '../render/language.js';
import { REMINDER_ACTION, snoozedNotice } from '../render/reminders.js';
import type { SnoozeChoice } from '../../reminders/policy.js';
import { snoozeAlert } from '../../reminders/snooze.js';
import type { ListenerDeps } from './deps.js';
import { forRequest } from '../slack-window.js';

const CHOICES: Array<[string, SnoozeChoice]> = [
  [REMINDER_ACTION.snooze1h, '1h'],
  [REMINDER_ACTION.snooze4h, '4h'],
  [REMINDER_ACTION.snoozeTomorrow, 'tomorrow'],
];

/** The Snooze buttons on reminders (owner DMs and thread reminders). The answer is private to whoever clicked. */
export function register(app: Listeners, shared: ListenerDeps): void {
  const { veille } = shared;
  for (const [actionId, choice] of CHOICES) {
    app.action<BlockButtonAction>(actionId, async ({ ack, body, action, respond, context }) => {
      const deps = forRequest(shared, context);
      await ack();
      const outcome = snoozeAlert(veille, Number(action.value), body.user.id, choice);
      const language = await readerLanguage(deps, body.user.id, getAlert(veille.db, Number(action.value)));
      const r = t(language).refusals;
      const ref = outcome.ok ? outcome.reference : (outcome.reference ?? '');
      const text = outcome.ok
        ? snoozedNotice(outcome.reference, formatTime(outcome.until, outcome.timeZone, language), language)
        : { not_found: r.noSuchAlert(null), closed: r.snoozeClosed(ref), not_allowed: r.snoozeNotAllowed(ref) }[outcome.reason];
      await respond({ replace_original: false, response_type: 'ephemeral', text });
    });
  }
}
