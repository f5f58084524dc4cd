import { getAlert } from '../../alerts/service.js';
import type { Veille } from '../../context.js';
import type { Language } from '../../domain/taxonomy.js';
import { sectionZone } from '../../followup/time.js';
import type { PostFact } from '../../store/outbox.js';
import type { SlackMessage } from '../views/card.js';
import { renderDmCopy } from './dm-copy.js';
import { renderFollowupPost } from './followup.js';
import { channelLanguage, personLanguage } from './language.js';
import { renderReminderPost } from './reminders.js';
import { renderReporterDm } from './reporter.js';
import { renderHeldHere, renderLeftReleased, renderRetracted } from './restriction.js';

/**
 * The one place facts from the outbox become a Slack message, when the sender delivers them: in the
 * language of the channel's section, or of the person a DM goes to. Null when there is nothing left
 * to say (the alert is gone).
 */
export type Recipient = { channel: string } | { user: string };

/** `slackLanguage`: the Slack language of the person a DM goes to, when known (src/slack/locales.ts). */
export function renderFact(veille: Veille, alertId: number | null, to: Recipient, fact: PostFact, slackLanguage: Language | null = null): SlackMessage | null {
  const { mission, db } = veille;
  const alert = alertId !== null ? getAlert(db, alertId) : null;
  const language: Language = 'user' in to ? personLanguage(mission, to.user, alert, slackLanguage) : channelLanguage(mission, to.channel);
  switch (fact.about) {
    case 'followup': {
      const channel = 'channel' in to ? to.channel : '';
      const section = mission.sections.find((s) => s.channel === channel);
      return renderFollowupPost(veille, fact, { channel, zone: sectionZone(section, mission.timeZone), language });
    }
    case 'followup_dm':
      // The sender draws DM copies itself (dm-copies.ts, with Slack's word on who may read them); this is the same drawing.
      return alertId === null || !('user' in to) ? null : renderDmCopy(veille, alertId, fact, { user: to.user, language, mayView: fact.mayView });
    case 'reporter_notice':
      // Sent through reporter-send.ts, which asks Slack about membership; read here as a non-member.
      return alertId === null ? null : renderReporterDm(veille, alertId, fact, language, false);
    case 'retracted':
      // Written down to a notice in the transaction that restricted it, where Slack could not be asked: no Slack locale.
      return renderRetracted(mission, fact, 'user' in to ? personLanguage(mission, to.user, alert) : language);
    case 'now_restricted_held_here':
      return renderHeldHere(fact, language);
    case 'left_and_released':
      return renderLeftReleased(fact, language);
    default:
      return renderReminderPost(veille, fact, language);
  }
}
