import type { Mission, Place, Section } from '../../config/mission.js';
import type { Alert } from '../../domain/alert.js';
import { maskContacts } from '../../domain/redact.js';
import { SOURCE_TYPE_LABELS } from '../../domain/taxonomy.js';
import { categoryText, formatTime, perpetratorsLabel, placeLabel, PRIORITY_EMOJI, sectionLink, territoryLabel, victimsLabel } from './format.js';
import { escapeMrkdwn, mrkdwn, plain, truncate } from './mrkdwn.js';

export interface SlackMessage {
  text: string;
  blocks: unknown[];
}

const VIA: Record<Alert['reportedVia'], string> = { quick_report: 'quick report', form: 'form', api: 'API', shortcut: 'message shortcut' };
const STATUS: Record<Alert['status'], string> = {
  new: 'New',
  acknowledged: 'Acknowledged',
  responding: 'Responding',
  monitoring: 'Monitoring',
  closed: 'Closed',
};

/** The description as it may appear in a channel: contacts masked, mrkdwn-safe, within the section limit. */
export function postableDescription(alert: Alert, max = 2800): string {
  const text = escapeMrkdwn(maskContacts(alert.description));
  return text.length > max ? `${truncate(text, max)}\n_(shortened: \`/alert show ${alert.reference}\` has the full text)_` : text;
}

/**
 * The full card. Never carries the source's identity (sourceDetail): that is shown only to those
 * allowed restricted details, privately, with `/alert show`.
 */
export function renderCard(alert: Alert, place: Place | null, mission: Mission, options: { actions?: boolean } = {}): SlackMessage {
  if (alert.closureReason === 'withdrawn') return renderWithdrawn(alert, mission);
  const field = (label: string, value: string) => mrkdwn(`*${label}*\n${escapeMrkdwn(value)}`, 2000);
  const fields = [
    field('Place', placeLabel(place, alert.locationText)),
    field('Perpetrator', perpetratorsLabel(alert)),
    field('Victims', victimsLabel(alert.victims)),
    field('Priority', `${PRIORITY_EMOJI[alert.priority]} ${capitalise(alert.priority)}${alert.priorityOverridden ? ' (set by reporter)' : ''}`),
    field('Verification', capitalise(alert.verification)),
    field('Status', STATUS[alert.status]),
    mrkdwn(`*Owner*\n${alert.owner ? `<@${alert.owner}>` : 'not assigned'}`),
  ];
  if (alert.occurredAt !== null) fields.push(field('Occurred', formatTime(alert.occurredAt, mission)));
  if (alert.sourceType) fields.push(field('Source type', SOURCE_TYPE_LABELS[alert.sourceType]));
  const flags = [
    alert.sensitivity === 'restricted' ? '🔒 Restricted' : null,
    alert.hostState ? '⚖️ HRDDP: host-state perpetrator' : null,
  ].filter(Boolean);
  return {
    text: `${alert.reference} · ${categoryText(alert)} · ${placeLabel(place, alert.locationText)} · ${alert.priority}`,
    blocks: [
      { type: 'header', text: plain(`${PRIORITY_EMOJI[alert.priority]} ${alert.reference} · ${categoryText(alert)}`) },
      { type: 'section', text: mrkdwn(postableDescription(alert) || '_no description_') },
      { type: 'section', fields },
      {
        type: 'context',
        elements: [
          mrkdwn(`Reported by <@${alert.reportedBy}> via ${VIA[alert.reportedVia]} · ${formatTime(alert.createdAt, mission)}${flags.length ? ` · ${flags.join(' · ')}` : ''}`),
        ],
      },
      ...closureBlocks(alert, mission),
      ...(options.actions === false ? [] : [cardActions(alert)]),
    ],
  };
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

function button(actionId: string, text: string, alert: Alert, style?: 'primary' | 'danger') {
  return { type: 'button', action_id: actionId, text: plain(text, 75), value: String(alert.id), ...(style ? { style } : {}) };
}

/**
 * The follow-up buttons of a full card (stubs have none: their channels cannot work on what they
 * cannot read). All stay while the alert is open, so the layout never jumps; a closed card offers Reopen.
 */
export function cardActions(alert: Alert): Record<string, unknown> {
  const elements =
    alert.status === 'closed'
      ? [button(CARD_ACTION.reopen, 'Reopen', alert)]
      : [
          button(CARD_ACTION.acknowledge, 'Acknowledge', alert, alert.status === 'new' ? 'primary' : undefined),
          button(CARD_ACTION.takeOwnership, 'Take ownership', alert),
          button(CARD_ACTION.assign, 'Assign…', alert),
          button(CARD_ACTION.update, 'Add update', alert),
          button(CARD_ACTION.respond, 'Log response…', alert),
          button(CARD_ACTION.verify, 'Verify…', alert),
          button(CARD_ACTION.close, 'Close…', alert),
        ];
  return { type: 'actions', block_id: `followup.${alert.id}`, elements };
}

const CLOSURE_WORDS: Record<string, string> = { resolved: 'resolved', unfounded: 'unfounded', duplicate: 'duplicate', no_action_possible: 'no action possible' };

function closureBlocks(alert: Alert, mission: Mission): unknown[] {
  if (alert.status !== 'closed' || !alert.closureReason) return [];
  const duplicate = alert.closureReason === 'duplicate' && alert.duplicateOf !== null ? ` of ${mission.referencePrefix}-${alert.duplicateOf}` : '';
  return [{ type: 'context', elements: [mrkdwn(`☑️ Closed: ${CLOSURE_WORDS[alert.closureReason] ?? alert.closureReason}${duplicate} · ${formatTime(alert.updatedAt, mission)}`)] }];
}

/**
 * What a non-restricted section sees of a restricted alert: reference, category, territory-level place,
 * priority, and where the details are held. No names, no victims, no source, no description.
 */
export function renderStub(alert: Alert, place: Place | null, mission: Mission, holders: Section[]): SlackMessage {
  if (alert.closureReason === 'withdrawn') return renderWithdrawn(alert, mission);
  const where = holders.length > 0 ? holders.map((s) => `${s.name} (${sectionLink(s.channel)})`).join(', ') : 'the restricted sections';
  return {
    text: `${alert.reference} · restricted alert · ${categoryText(alert)} · ${territoryLabel(place)} · ${alert.priority}`,
    blocks: [
      { type: 'header', text: plain(`🔒 ${alert.reference} · ${categoryText(alert)}`) },
      {
        type: 'section',
        fields: [
          mrkdwn(`*Place*\n${escapeMrkdwn(territoryLabel(place))}`),
          mrkdwn(`*Priority*\n${PRIORITY_EMOJI[alert.priority]} ${capitalise(alert.priority)}`),
          mrkdwn(`*Status*\n${STATUS[alert.status]}`),
          mrkdwn(`*Details held by*\n${where}`),
        ],
      },
      { type: 'context', elements: [mrkdwn(`Restricted alert: details go only to restricted sections · ${formatTime(alert.createdAt, mission)}`)] },
    ],
  };
}

function renderWithdrawn(alert: Alert, mission: Mission): SlackMessage {
  return {
    text: `${alert.reference} was withdrawn by its reporter`,
    blocks: [
      { type: 'section', text: mrkdwn(`~${alert.reference} · ${categoryText(alert)}~ — withdrawn by its reporter`) },
      { type: 'context', elements: [mrkdwn(`Logged ${formatTime(alert.createdAt, mission)}, withdrawn ${formatTime(alert.updatedAt, mission)}`)] },
    ],
  };
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1).replace(/_/g, ' ');
}
