import type { Button, KnownBlock, SectionBlock } from '@slack/types';
import type { Mission, Place } from '../../config/mission.js';
import type { Alert } from '../../domain/alert.js';
import type { Language } from '../../domain/taxonomy.js';
import type { Route } from '../../domain/routing.js';
import { categoryText, perpetratorsLabel, placeLabel, priorityWord, victimsLabel } from './format.js';
import { escapeMrkdwn, mrkdwn, plain, postable } from './mrkdwn.js';
import type { SlackMessage } from './card.js';
import { NO_UNCERTAINTY, uncertaintyBlocks, type Uncertainty } from './alternatives.js';
import { t } from '../i18n/index.js';

export const ACTION = {
  edit: 'alert.edit',
  undo: 'alert.undo',
  setPlace: 'alert.set_place',
} as const;

/** The one line the reporter reads to check what Veille understood. */
function confirmationLine(alert: Alert, place: Place | null): string {
  const fr = alert.language === 'fr';
  const parts = [
    categoryText(alert, alert.language),
    placeLabel(place, alert.locationText),
    perpetratorsLabel(alert, alert.language),
    victimsLabel(alert.victims, alert.language),
    `${fr ? 'priorité' : 'priority'} ${priorityWord(alert.priority, alert.language)}`,
  ];
  return `${alert.reference} ${fr ? 'enregistrée' : 'logged'} — ${parts.join(' · ')}`;
}

/**
 * The private confirmation after a report: what was understood, where it went, Edit and Undo;
 * when the parser was unsure, the likely alternatives as one-tap buttons.
 */
export function renderConfirmation(alert: Alert, place: Place | null, routes: Route[], mission: Mission, warnings: string[] = [], uncertainty: Uncertainty = NO_UNCERTAINTY): SlackMessage {
  const fr = alert.language === 'fr';
  // The reporter's own words come back masked too: an ephemeral can be screenshotted and forwarded.
  const line = postable(confirmationLine(alert, place));
  const names = routes.map((r) => {
    const section = mission.sections.find((s) => s.id === r.sectionId);
    const name = section?.name ?? r.sectionId;
    return r.view === 'stub' ? `${name} (${fr ? 'résumé seulement' : 'summary only'})` : name;
  });
  const blocks: KnownBlock[] = [
    { type: 'section', text: mrkdwn(`✅ *${line}*`) },
    { type: 'context', elements: [mrkdwn(`${fr ? 'Envoyée à' : 'Sent to'}: ${escapeMrkdwn(names.join(', ') || '—')}`)] },
  ];
  for (const warning of warnings.slice(0, 5)) {
    blocks.push({ type: 'context', elements: [mrkdwn(`⚠️ ${postable(warning, 2900)}`)] });
  }
  blocks.push(...uncertaintyBlocks(alert, alert.language, uncertainty, ACTION.edit));
  const buttons: Button[] = [];
  if (!place) {
    blocks.push({
      type: 'section',
      text: mrkdwn(fr ? '📍 *Où cela s’est-il passé ?* Sans lieu, les bureaux de terrain ne la reçoivent pas.' : '📍 *Where did it happen?* Without a place, field offices do not receive it.'),
    });
    buttons.push({ type: 'button', action_id: ACTION.setPlace, text: plain(fr ? 'Ajouter le lieu' : 'Add place', 75), style: 'primary', value: String(alert.id) });
  }
  buttons.push({ type: 'button', action_id: ACTION.edit, text: plain(fr ? 'Modifier' : 'Edit', 75), value: String(alert.id) });
  buttons.push({
    type: 'button',
    action_id: ACTION.undo,
    text: plain(fr ? 'Annuler' : 'Undo', 75),
    style: 'danger',
    value: String(alert.id),
    confirm: {
      title: plain(fr ? 'Retirer l’alerte ?' : 'Withdraw alert?', 100),
      text: plain(fr ? `${alert.reference} sera retirée; elle reste dans le journal.` : `${alert.reference} will be withdrawn; it stays in the audit trail.`, 300),
      confirm: plain(fr ? 'Retirer' : 'Withdraw', 30),
      deny: plain(fr ? 'Garder' : 'Keep', 30),
    },
  });
  blocks.push({ type: 'actions', block_id: `confirm.${alert.id}`, elements: buttons });
  return { text: line, blocks };
}

/** A private answer: one short message with no buttons (errors, refusals, notices). */
export function notice(text: string, detail?: string): SlackMessage {
  const blocks: KnownBlock[] = [{ type: 'section', text: mrkdwn(text) }];
  if (detail) blocks.push({ type: 'context', elements: [mrkdwn(detail)] });
  return { text: text.replace(/[*_`]/g, ''), blocks };
}

/**
 * A refusal that gives the reporter back what they typed: a slash command's text is not kept
 * anywhere in Slack, so without this a refused report would be lost to its author.
 */
export function withTheirText(message: SlackMessage, text: string, language: Language): SlackMessage {
  const chunks: SectionBlock[] = [];
  for (let i = 0; i < text.length && chunks.length < 12; i += 2900) {
    chunks.push({ type: 'section', text: { type: 'plain_text', text: text.slice(i, i + 2900), emoji: false } });
  }
  return { text: message.text, blocks: [...message.blocks, { type: 'context', elements: [mrkdwn(t(language).commands.yourText)] }, ...chunks] };
}

/**
 * Veille stored a change but may have died before answering, so Slack showed an error: this says
 * it was done after all, so the person does not send it again (see alerts/answer-lost.ts).
 */
export function withAnswerLostNote(message: SlackMessage, language: Language): SlackMessage {
  const note =
    language === 'fr'
      ? 'ℹ️ Veille a redémarré avant de pouvoir vous répondre : ceci a bien été enregistré. Inutile de le renvoyer.'
      : 'ℹ️ Veille restarted before it could answer you: this was recorded. No need to send it again.';
  return { text: `${note} ${message.text}`, blocks: [{ type: 'context', elements: [mrkdwn(note)] }, ...message.blocks] };
}

/** The answer to Undo; `late` when it is sent because the first answer may not have reached them. */
export function withdrawnNotice(alert: Alert, late: boolean): SlackMessage {
  const said =
    alert.language === 'fr'
      ? notice(`↩️ *${alert.reference} retirée.* Ses cartes l’indiquent ; elle reste dans le journal.`)
      : notice(`↩️ *${alert.reference} withdrawn.* Its cards now say so; it stays in the audit trail.`);
  return late ? withAnswerLostNote(said, alert.language) : said;
}
