import type { Alert, Status } from '../../domain/alert.js';
import { CATEGORY_IDS, categoryLabel, type CategoryId } from '../../domain/taxonomy.js';
import {
  chosenStatuses,
  CLOSURE_LABELS,
  CLOSURE_REASONS,
  CREDIBILITY_LABELS,
  DELAY_LABELS,
  DELAY_REASONS,
  RELIABILITY_GRADES,
  RELIABILITY_LABELS,
  RESPONSE_LABELS,
  RESPONSE_TYPES,
  STATUS_LABELS,
  VERIFICATION_CHOICES,
} from '../../domain/lifecycle.js';
import type { ResponseAction } from '../../followup/service.js';
import { formatDuration, utcToLocal } from '../../followup/time.js';
import { capitalise } from './card.js';
import { plain, truncate } from './mrkdwn.js';

/** The follow-up modals behind the card's buttons: Assign…, Add update, Log response…, Verify…, Close…. */

export const FOLLOWUP_VIEW = {
  assign: 'followup.view.assign',
  update: 'followup.view.update',
  respond: 'followup.view.respond',
  verify: 'followup.view.verify',
  close: 'followup.view.close',
} as const;

/** Where the modal was opened from, so the answer goes back there; and the zone its times are in. */
export interface FollowupMetadata {
  alertId: number;
  /** The channel (or DM) of the card clicked; '' from the Home tab. */
  channel: string;
  origin: 'channel' | 'dm' | 'home';
  zone: string;
}

const option = (value: string, text: string) => ({ text: plain(text, 75), value });

function input(blockId: string, label: string, element: Record<string, unknown>, optional = true, hint?: string) {
  return { type: 'input', block_id: blockId, optional, label: plain(label, 2000), element: { action_id: 'value', ...element }, ...(hint ? { hint: plain(hint, 2000) } : {}) };
}

function modal(callbackId: string, title: string, submit: string, metadata: FollowupMetadata, blocks: unknown[]): Record<string, unknown> {
  return { type: 'modal', callback_id: callbackId, private_metadata: JSON.stringify(metadata), title: plain(title, 24), submit: plain(submit, 24), close: plain('Cancel', 24), blocks };
}

const city = (zone: string) => zone.split('/').pop()!.replace(/_/g, ' ');

export function assignModal(alert: Alert, metadata: FollowupMetadata): Record<string, unknown> {
  return modal(FOLLOWUP_VIEW.assign, `Assign ${alert.reference}`, 'Assign', metadata, [
    input('assignee', 'Owner', { type: 'users_select', placeholder: plain('Who will follow it up?') }, false, alert.sensitivity === 'restricted' ? 'Restricted alert: only someone in a restricted section holding it.' : undefined),
    input('due', 'Due', { type: 'plain_text_input', placeholder: plain('e.g. 6h, tomorrow, 2026-11-25') }, true, `Optional. Times are ${city(metadata.zone)} time.`),
  ]);
}

export function updateModal(alert: Alert, open: ResponseAction[], metadata: FollowupMetadata, describe: (r: ResponseAction) => string): Record<string, unknown> {
  const statuses = chosenStatuses(alert.status).map((s: Status) => option(s, s === 'monitoring' ? 'Monitoring: outcome known, watching' : STATUS_LABELS[s]));
  const blocks: unknown[] = [input('text', 'Update', { type: 'plain_text_input', multiline: true, max_length: 3000 }, false, 'What happened since, what was done. Phone numbers and e-mails are masked in posts.')];
  if (statuses.length) blocks.push(input('status', 'Status', { type: 'static_select', options: statuses, placeholder: plain('Keep as it is') }, true, `Now ${STATUS_LABELS[alert.status]}.`));
  if (open.length) {
    const options = open.slice(0, 100).map((r) => option(String(r.id), describe(r)));
    blocks.push(input('outcome_of', 'This is the outcome of…', { type: 'static_select', options, placeholder: plain('a response logged earlier') }, true, 'The update then records that response’s outcome.'));
  }
  return modal(FOLLOWUP_VIEW.update, `Update ${alert.reference}`, 'Add update', metadata, blocks);
}

export function respondModal(alert: Alert, metadata: FollowupMetadata, now: number, windowMs: number): Record<string, unknown> {
  const local = utcToLocal(now, metadata.zone);
  const deadline = utcToLocal(alert.createdAt + windowMs, metadata.zone);
  const types = RESPONSE_TYPES.map((t) => option(t, RESPONSE_LABELS[t]));
  const delays = DELAY_REASONS.map((d) => option(d, DELAY_LABELS[d]));
  return modal(FOLLOWUP_VIEW.respond, `Response to ${alert.reference}`, 'Log response', metadata, [
    input('type', 'Type of response', { type: 'static_select', options: types }, false),
    input('unit', 'Unit', { type: 'plain_text_input', placeholder: plain('e.g. NEPBATT Coy B, JPT Beni, UNPOL FPU') }),
    input('date', `Date (${city(metadata.zone)})`, { type: 'datepicker', initial_date: local.date }, false),
    input('time', `Time (${city(metadata.zone)})`, { type: 'timepicker', initial_time: local.time }, false, 'When the response happened, which may be before now.'),
    input(
      'delay',
      'Reason for delay',
      { type: 'static_select', options: delays },
      true,
      `Required when the response came after ${deadline.date} ${deadline.time} ${city(metadata.zone)} time (${formatDuration(windowMs)} after the alert, its ${alert.priority} window).`,
    ),
    input('outcome', 'Outcome, if known', { type: 'plain_text_input', multiline: true, max_length: 3000 }, true, 'It can be added later with Add update.'),
  ]);
}

export function verifyModal(alert: Alert, current: { reliability: string | null; credibility: number | null; sources: number | null }, metadata: FollowupMetadata): Record<string, unknown> {
  const verifications = VERIFICATION_CHOICES.map((v) => option(v, capitalise(v)));
  const grades = RELIABILITY_GRADES.map((g) => option(g, RELIABILITY_LABELS[g]));
  const credibility = [1, 2, 3, 4, 5, 6].map((n) => option(String(n), CREDIBILITY_LABELS[n]!));
  const categories = CATEGORY_IDS.map((id) => option(id, categoryLabel(id)));
  const initial = <T extends { value: string }>(list: T[], value: string | null | undefined) => {
    const found = list.find((o) => o.value === value);
    return found ? { initial_option: found } : {};
  };
  return modal(FOLLOWUP_VIEW.verify, `Verify ${alert.reference}`, 'Save', metadata, [
    input('verification', 'Verification', { type: 'static_select', options: verifications, ...initial(verifications, alert.verification) }, false),
    input('reliability', 'Source reliability', { type: 'static_select', options: grades, ...initial(grades, current.reliability) }),
    input('credibility', 'Information credibility', { type: 'static_select', options: credibility, ...initial(credibility, current.credibility?.toString()) }),
    input('sources', 'Independent sources', { type: 'plain_text_input', ...(current.sources !== null ? { initial_value: String(current.sources) } : {}), placeholder: plain('how many, e.g. 2') }),
    input('note', 'Note', { type: 'plain_text_input', multiline: true, max_length: 2000 }, true, 'How it was verified (no source names: they are never posted).'),
    input(
      'category',
      'Category',
      { type: 'static_select', options: categories, ...initial(categories, alert.category) },
      true,
      'Change it if verification found it is something else. CRSV and violations against children become restricted everywhere the alert went.',
    ),
  ]);
}

export function closeModal(alert: Alert, metadata: FollowupMetadata, prefix: string): Record<string, unknown> {
  const reasons = CLOSURE_REASONS.map((r) => option(r, CLOSURE_LABELS[r]));
  return modal(FOLLOWUP_VIEW.close, `Close ${alert.reference}`, 'Close alert', metadata, [
    input('reason', 'Reason', { type: 'static_select', options: reasons }, false),
    input('duplicate_of', 'Duplicate of', { type: 'plain_text_input', placeholder: plain(`e.g. ${prefix}-7`) }, true, 'For a duplicate: the alert it repeats.'),
    input('note', 'Outcome or note', { type: 'plain_text_input', multiline: true, max_length: 3000 }, true, 'Required when resolved: what was done, and what came of it.'),
  ]);
}

/** "Patrol · NEPBATT · 22 Nov 14:00" — a response as an option in a select. */
export function responseOptionText(r: ResponseAction, time: string): string {
  return truncate(`${RESPONSE_LABELS[r.type]}${r.unit ? ` · ${r.unit}` : ''} · ${time}`, 75);
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
