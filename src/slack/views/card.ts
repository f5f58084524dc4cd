import type { ActionsBlock, Button, KnownBlock } from '@slack/types';
import type { Mission, Place, Section } from '../../config/mission.js';
import type { Alert } from '../../domain/alert.js';
import type { Language } from '../../domain/taxonomy.js';
import { t } from '../i18n/index.js';
import { GATEWAY_NAMES, readGatewayReporter } from '../../gateways/source.js';
import { CARD_WORDS, type CardWords } from './card-words.js';
import { formatTime } from '../format/time.js';
import { categoryText, perpetratorsLabel, placeLabel, PRIORITY_EMOJI, sectionLink, territoryLabel, victimsLabel } from './format.js';
import { escapeMrkdwn, mrkdwn, person, plain, postable, truncate } from './mrkdwn.js';

export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** The description as it may appear in a channel: contacts masked, mrkdwn-safe, within the section limit. */
function postableDescription(alert: Alert, max = 2800, words: CardWords = CARD_WORDS.en): string {
  const text = postable(alert.description, Number.MAX_SAFE_INTEGER);
  return text.length > max ? `${truncate(text, max)}\n${words.shortened(alert.reference)}` : text;
}

/**
 * The full card. Never carries the source's identity (sourceDetail): that is shown only to those
 * allowed restricted details, privately, with `/alert show`. `workers: false` is the card of a
 * restricted alert as its reporter outside its sections reads it: what they reported and its
 * status, but not who owns it (unless themselves: `self`), its verification or what it duplicates.
 */
export function renderCard(alert: Alert, place: Place | null, mission: Mission, options: { actions?: boolean; workers?: boolean; self?: string; duplicateLink?: boolean } = {}): SlackMessage {
  if (alert.closureReason === 'withdrawn') return renderWithdrawn(alert, mission);
  const language = mission.language;
  const w = CARD_WORDS[language];
  const field = (label: string, value: string) => mrkdwn(`*${label}*\n${postable(value, 1900)}`, 2000);
  const workers = options.workers !== false;
  const owner = !alert.owner ? w.notAssigned : workers || alert.owner === options.self ? person(alert.owner) : w.assigned;
  const fields = [
    field(w.place, placeLabel(place, alert.locationText, language)),
    field(w.perpetrator, perpetratorsLabel(alert, language)),
    field(w.victims, victimsLabel(alert.victims, language)),
    field(w.priority, `${PRIORITY_EMOJI[alert.priority]} ${w.priorities[alert.priority]}${alert.priorityOverridden ? w.setByReporter : ''}`),
    ...(workers ? [field(w.verification, w.verifications[alert.verification])] : []),
    field(w.status, w.statuses[alert.status]),
    mrkdwn(`*${w.owner}*\n${owner}`),
  ];
  if (alert.occurredAt !== null) fields.push(field(w.occurred, formatTime(alert.occurredAt, mission.timeZone, mission.language)));
  if (alert.sourceType) fields.push(field(w.sourceType, t(language).form.sourceTypes[alert.sourceType]));
  const flags = [alert.sensitivity === 'restricted' ? w.restricted : null, alert.hostState ? w.hrddp : null].filter(Boolean);
  return {
    text: `${alert.reference} · ${categoryText(alert, language)} · ${postable(placeLabel(place, alert.locationText, language), 1000)} · ${w.priorities[alert.priority].toLowerCase()}`,
    blocks: [
      { type: 'header', text: plain(`${PRIORITY_EMOJI[alert.priority]} ${alert.reference} · ${categoryText(alert, language)}`) },
      { type: 'section', text: mrkdwn(postableDescription(alert, 2800, w) || w.noDescription) },
      { type: 'section', fields },
      {
        type: 'context',
        elements: [
          mrkdwn(`${reporterLine(alert, w)} · ${formatTime(alert.createdAt, mission.timeZone, mission.language)}${flags.length ? ` · ${flags.join(' · ')}` : ''}`),
        ],
      },
      // `duplicateLink: false`: the alert it duplicates is restricted, and these readers may not be told which.
      ...closureBlocks(alert, mission, workers && options.duplicateLink !== false),
      ...(options.actions === false ? [] : [cardActions(alert, language)]),
    ],
  };
}

/** Who reported it and how; a gateway's alert says its door and kind of source, never the sender. */
function reporterLine(alert: Alert, w: CardWords): string {
  const gateway = readGatewayReporter(alert.reportedBy);
  if (gateway) return w.cameFrom(w.via[alert.reportedVia], GATEWAY_NAMES[gateway.gateway], gateway.standing === 'member');
  return `${w.reportedBy} ${person(alert.reportedBy)} via ${w.via[alert.reportedVia]}`;
}

/** What the buttons on a full card do; the follow-up listener answers them (also from a DM or the Home tab). */
export const CARD_ACTION = {
  acknowledge: 'followup.acknowledge',
  takeOwnership: 'followup.take_ownership',
  assign: 'followup.assign',
  update: 'followup.update',
  respond: 'followup.respond',
  verify: 'followup.verify',
  close: 'followup.close',
  reopen: 'followup.reopen',
  taskDone: 'followup.task_done',
} as const;

function button(actionId: string, text: string, alert: Alert, style?: 'primary' | 'danger'): Button {
  return { type: 'button', action_id: actionId, text: plain(text, 75), value: String(alert.id), ...(style ? { style } : {}) };
}

/**
 * The follow-up buttons of a full card (stubs have none: their channels cannot work on what they
 * cannot read). All stay while the alert is open, so the layout never jumps; a closed card offers Reopen.
 */
function cardActions(alert: Alert, language: Language = 'en'): ActionsBlock {
  const b = CARD_WORDS[language].buttons;
  const elements =
    alert.status === 'closed'
      ? [button(CARD_ACTION.reopen, b.reopen, alert)]
      : [
          button(CARD_ACTION.acknowledge, b.acknowledge, alert, alert.status === 'new' ? 'primary' : undefined),
          button(CARD_ACTION.takeOwnership, b.takeOwnership, alert),
          button(CARD_ACTION.assign, b.assign, alert),
          button(CARD_ACTION.update, b.update, alert),
          button(CARD_ACTION.respond, b.respond, alert),
          button(CARD_ACTION.verify, b.verify, alert),
          button(CARD_ACTION.close, b.close, alert),
        ];
  return { type: 'actions', block_id: `followup.${alert.id}`, elements };
}

function closureBlocks(alert: Alert, mission: Mission, links = true): KnownBlock[] {
  if (alert.status !== 'closed' || !alert.closureReason) return [];
  const w = CARD_WORDS[mission.language];
  const duplicate = links && alert.closureReason === 'duplicate' && alert.duplicateOf !== null ? ` ${w.duplicateOf} ${mission.referencePrefix}-${alert.duplicateOf}` : '';
  return [{ type: 'context', elements: [mrkdwn(`☑️ ${w.closed}: ${w.closures[alert.closureReason] ?? alert.closureReason}${duplicate} · ${formatTime(alert.updatedAt, mission.timeZone, mission.language)}`)] }];
}

/**
 * What a non-restricted section sees of a restricted alert: reference, category, territory-level place,
 * priority, and where the details are held. No names, no victims, no source, no description.
 */
export function renderStub(alert: Alert, place: Place | null, mission: Mission, holders: Section[]): SlackMessage {
  if (alert.closureReason === 'withdrawn') return renderWithdrawn(alert, mission);
  const language = mission.language;
  const w = CARD_WORDS[language];
  const where = holders.length > 0 ? holders.map((s) => `${s.name} (${sectionLink(s.channel)})`).join(', ') : w.restrictedSections;
  return {
    text: `${alert.reference} · ${w.restrictedAlert} · ${categoryText(alert, language)} · ${escapeMrkdwn(territoryLabel(place, language))} · ${w.priorities[alert.priority].toLowerCase()}`,
    blocks: [
      { type: 'header', text: plain(`🔒 ${alert.reference} · ${categoryText(alert, language)}`) },
      {
        type: 'section',
        fields: [
          mrkdwn(`*${w.place}*\n${escapeMrkdwn(territoryLabel(place, language))}`),
          mrkdwn(`*${w.priority}*\n${PRIORITY_EMOJI[alert.priority]} ${w.priorities[alert.priority]}`),
          mrkdwn(`*${w.status}*\n${w.statuses[alert.status]}`),
          mrkdwn(`*${w.heldBy}*\n${where}`),
        ],
      },
      { type: 'context', elements: [mrkdwn(`${w.stubNote} · ${formatTime(alert.createdAt, mission.timeZone, mission.language)}`)] },
    ],
  };
}

function renderWithdrawn(alert: Alert, mission: Mission): SlackMessage {
  const w = CARD_WORDS[mission.language];
  return {
    text: `${alert.reference} · ${w.withdrawn}`,
    blocks: [
      { type: 'section', text: mrkdwn(`~${alert.reference} · ${categoryText(alert, mission.language)}~ — ${w.withdrawn}`) },
      { type: 'context', elements: [mrkdwn(`${w.logged} ${formatTime(alert.createdAt, mission.timeZone, mission.language)}, ${w.withdrawnAt} ${formatTime(alert.updatedAt, mission.timeZone, mission.language)}`)] },
    ],
  };
}

