import type { Alert, Status } from '../../domain/alert.js';
import { formatDuration } from '../format/duration.js';
import { formatTime } from '../format/time.js';
import { CATEGORY_IDS, categoryLabel, type Language } from '../../domain/taxonomy.js';
import { chosenStatuses, CLOSURE_REASONS, DELAY_REASONS, RELIABILITY_GRADES, RESPONSE_TYPES, VERIFICATION_CHOICES } from '../../domain/lifecycle.js';
import type { ResponseAction } from '../../followup/service.js';
import { utcToLocal } from '../../followup/time.js';
import { t } from '../i18n/index.js';
import { priorityWord } from './format.js';
import type { KnownBlock, ModalView } from '@slack/types';
import { initialOption, input, option } from './inputs.js';
import { plain, truncate } from './mrkdwn.js';

/** The follow-up modals behind the card's buttons, in the language of the person who opened them: Assign…, Add update, Log response…, Verify…, Close…. */

export const FOLLOWUP_VIEW = {
  assign: 'followup.view.assign',
  update: 'followup.view.update',
  respond: 'followup.view.respond',
  verify: 'followup.view.verify',
  close: 'followup.view.close',
} as const;

/** Where the modal was opened from, so the answer goes back there; the zone its times are in; the language it speaks. */
export interface FollowupMetadata {
  alertId: number;
  /** The channel (or DM) of the card clicked; '' from the Home tab. */
  channel: string;
  origin: 'channel' | 'dm' | 'home';
  zone: string;
  /** The language of the person who opened it (absent in forms opened before it was kept: English). */
  language?: Language;
}

function modal(callbackId: string, title: string, submit: string, metadata: FollowupMetadata, blocks: KnownBlock[]): ModalView {
  const m = t(metadata.language ?? 'en').modals;
  return { type: 'modal', callback_id: callbackId, private_metadata: JSON.stringify(metadata), title: plain(title, 24), submit: plain(submit, 24), close: plain(m.cancel, 24), blocks };
}

const city = (zone: string) => zone.split('/').pop()!.replace(/_/g, ' ');
const words = (metadata: FollowupMetadata) => t(metadata.language ?? 'en');

export function assignModal(alert: Alert, metadata: FollowupMetadata): ModalView {
  const m = words(metadata).modals.assign;
  return modal(FOLLOWUP_VIEW.assign, m.title(alert.reference), m.submit, metadata, [
    input('assignee', m.owner, { type: 'users_select', placeholder: plain(m.ownerPlaceholder) }, false, alert.sensitivity === 'restricted' ? m.restrictedHint : undefined),
    input('due', m.due, { type: 'plain_text_input', placeholder: plain(m.duePlaceholder) }, true, m.dueHint(city(metadata.zone))),
  ]);
}

export function updateModal(alert: Alert, open: ResponseAction[], metadata: FollowupMetadata, describe: (r: ResponseAction) => string): ModalView {
  const c = words(metadata);
  const m = c.modals.update;
  const statuses = chosenStatuses(alert.status).map((s: Status) => option(s, s === 'monitoring' ? m.monitoring : c.statuses[s]));
  const blocks: KnownBlock[] = [input('text', m.text, { type: 'plain_text_input', multiline: true, max_length: 3000 }, false, m.textHint)];
  if (statuses.length) blocks.push(input('status', m.status, { type: 'static_select', options: statuses, placeholder: plain(m.keep) }, true, m.now(c.statuses[alert.status])));
  if (open.length) {
    const options = open.slice(0, 100).map((r) => option(String(r.id), describe(r)));
    blocks.push(input('outcome_of', m.outcomeOf, { type: 'static_select', options, placeholder: plain(m.outcomeOfPlaceholder) }, true, m.outcomeOfHint));
  }
  return modal(FOLLOWUP_VIEW.update, m.title(alert.reference), m.submit, metadata, blocks);
}

export function respondModal(alert: Alert, metadata: FollowupMetadata, now: number, windowMs: number): ModalView {
  const language = metadata.language ?? 'en';
  const c = words(metadata);
  const m = c.modals.respond;
  const local = utcToLocal(now, metadata.zone);
  const types = RESPONSE_TYPES.map((r) => option(r, c.responses[r]));
  const delays = DELAY_REASONS.map((d) => option(d, c.delays[d]));
  const where = city(metadata.zone);
  return modal(FOLLOWUP_VIEW.respond, m.title(alert.reference), m.submit, metadata, [
    input('type', m.type, { type: 'static_select', options: types }, false),
    input('unit', m.unit, { type: 'plain_text_input', placeholder: plain(m.unitPlaceholder) }),
    input('date', m.date(where), { type: 'datepicker', initial_date: local.date }, false),
    input('time', m.time(where), { type: 'timepicker', initial_time: local.time }, false, m.timeHint),
    input('delay', m.delay, { type: 'static_select', options: delays }, true, m.delayHint(formatTime(alert.createdAt + windowMs, metadata.zone, language), formatDuration(windowMs, language), priorityWord(alert.priority, language))),
    input('outcome', m.outcome, { type: 'plain_text_input', multiline: true, max_length: 3000 }, true, m.outcomeHint),
  ]);
}

export function verifyModal(alert: Alert, current: { reliability: string | null; credibility: number | null; sources: number | null }, metadata: FollowupMetadata): ModalView {
  const language = metadata.language ?? 'en';
  const c = words(metadata);
  const m = c.modals.verify;
  const verifications = VERIFICATION_CHOICES.map((v) => option(v, m.choices[v]));
  const grades = RELIABILITY_GRADES.map((g) => option(g, m.grades[g]!));
  const credibility = [1, 2, 3, 4, 5, 6].map((n) => option(String(n), m.credibilities[n]!));
  const categories = CATEGORY_IDS.map((id) => option(id, categoryLabel(id, language)));
  return modal(FOLLOWUP_VIEW.verify, m.title(alert.reference), c.modals.save, metadata, [
    input('verification', m.verification, { type: 'static_select', options: verifications, ...initialOption(verifications, alert.verification) }, false),
    input('reliability', m.reliability, { type: 'static_select', options: grades, ...initialOption(grades, current.reliability) }),
    input('credibility', m.credibility, { type: 'static_select', options: credibility, ...initialOption(credibility, current.credibility?.toString()) }),
    input('sources', m.sources, { type: 'plain_text_input', ...(current.sources !== null ? { initial_value: String(current.sources) } : {}), placeholder: plain(m.sourcesPlaceholder) }),
    input('note', m.note, { type: 'plain_text_input', multiline: true, max_length: 2000 }, true, m.noteHint),
    input('category', m.category, { type: 'static_select', options: categories, ...initialOption(categories, alert.category) }, true, m.categoryHint),
  ]);
}

export function closeModal(alert: Alert, metadata: FollowupMetadata, prefix: string): ModalView {
  const c = words(metadata);
  const m = c.modals.close;
  const reasons = CLOSURE_REASONS.map((r) => option(r, c.closures[r]));
  return modal(FOLLOWUP_VIEW.close, m.title(alert.reference), m.submit, metadata, [
    input('reason', m.reason, { type: 'static_select', options: reasons }, false),
    input('duplicate_of', m.duplicateOf, { type: 'plain_text_input', placeholder: plain(m.duplicateOfPlaceholder(`${prefix}-7`)) }, true, m.duplicateOfHint),
    input('note', m.note, { type: 'plain_text_input', multiline: true, max_length: 3000 }, true, m.noteHint),
  ]);
}

/** "Patrol · NEPBATT · 22 Nov 14:00" — a response as an option in a select. */
export function responseOptionText(r: ResponseAction, time: string, language: Language = 'en'): string {
  return truncate(`${t(language).responses[r.type]}${r.unit ? ` · ${r.unit}` : ''} · ${time}`, 75);
}

/** Slack's view state, as far as these modals read it. */
export type FollowupValues = Record<
  string,
  Record<string, { value?: string | null; selected_option?: { value: string } | null; selected_user?: string | null; selected_date?: string | null; selected_time?: string | null }>
>;

export function text(values: FollowupValues, block: string): string {
  return (values[block]?.value?.value ?? '').trim();
}

export function selected(values: FollowupValues, block: string): string | null {
  return values[block]?.value?.selected_option?.value ?? null;
}
