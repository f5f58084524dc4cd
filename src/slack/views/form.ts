import type { AlertDraft } from '../../domain/alert.js';
import { CATEGORY_IDS, categoryLabel, PRIORITIES, SOURCE_TYPES, type Language } from '../../domain/taxonomy.js';
import type { Place } from '../../config/mission.js';
import { t } from '../i18n/index.js';
import { placeName } from './format.js';
import type { ModalView, PlainTextInput } from '@slack/types';
import { initialOption, input, option } from './inputs.js';
import { plain } from './mrkdwn.js';

export const FORM = { create: 'alert.form.create', edit: 'alert.form.edit', place: 'alert.form.place' } as const;

/** Where the form came from and where to answer: survives the round trip through Slack. */
export interface FormMetadata {
  channel: string;
  alertId?: number;
  via: 'form' | 'shortcut';
  /** Warnings from parsing a shortcut's message, shown after logging. */
  sourceMessage?: string;
  /** The language of the person filling it in: its errors and answers speak it too. */
  language?: Language;
}

export const VICTIM_FIELDS = [['killed'], ['injured'], ['abducted'], ['crsvSurvivors'], ['childrenAffected'], ['displaced']] as const;

function text(initial: string | null | undefined, extra: Partial<PlainTextInput> = {}): PlainTextInput {
  return { type: 'plain_text_input', ...(initial ? { initial_value: initial } : {}), ...extra };
}

/** The full alert form: `/alert` with no text, Edit, and the "Log as alert" shortcut, in the language of whoever fills it in. */
export function renderAlertForm(options: { metadata: FormMetadata; draft?: Partial<AlertDraft>; place?: Place | null; title?: string; language?: Language }): ModalView {
  const { draft = {}, place } = options;
  const language = options.language ?? options.metadata.language ?? 'en';
  const metadata = { ...options.metadata, language };
  const c = t(language);
  const f = c.form;
  const categories = CATEGORY_IDS.map((id) => option(id, categoryLabel(id, language)));
  const priorities = [option('auto', f.byRule), ...PRIORITIES.map((p) => option(p, f.priorities[p]))];
  const sources = SOURCE_TYPES.map((id) => option(id, f.sourceTypes[id]));
  const restrictedOption = option('restricted', f.restrictedOption);
  const blocks = [
    input('description', f.description, text(draft.description, { multiline: true, max_length: 3000 }), false, f.descriptionHint),
    input('place', f.place, text(place ? placeName(place, language) : draft.locationText, { placeholder: plain(f.placePlaceholder) }), true, f.placeHint),
    input('category', f.category, { type: 'static_select', options: categories, ...initialOption(categories, draft.category ?? 'other') }, false),
    input('perpetrators', f.perpetrators, text(draft.perpetrators?.map((p) => p.name).join(', '), { placeholder: plain(f.perpetratorsPlaceholder) })),
    ...VICTIM_FIELDS.map(([key]) => input(`victims.${key}`, f.victims[key], text(draft.victims?.[key]?.toString(), { placeholder: plain(f.numberPlaceholder) }))),
    input('priority', f.priority, { type: 'static_select', options: priorities, ...initialOption(priorities, draft.priorityOverridden ? draft.priority : 'auto') }, false),
    input('occurred', f.occurred, { type: 'datepicker', ...(draft.occurredAt ? { initial_date: new Date(draft.occurredAt).toISOString().slice(0, 10) } : {}) }),
    input('source_type', f.sourceType, { type: 'static_select', options: sources, ...initialOption(sources, draft.sourceType) }),
    input('source_detail', f.sourceDetail, text(draft.sourceDetail), true, f.sourceDetailHint),
    input('restricted', f.sensitivity, { type: 'checkboxes', options: [restrictedOption], ...(draft.sensitivity === 'restricted' ? { initial_options: [restrictedOption] } : {}) }, true, f.restrictedHint),
  ];
  return {
    type: 'modal',
    callback_id: metadata.alertId ? FORM.edit : FORM.create,
    private_metadata: JSON.stringify(metadata),
    title: plain(options.title ?? (metadata.alertId ? f.editTitle : f.logTitle), 24),
    submit: plain(metadata.alertId ? c.modals.save : f.logSubmit, 24),
    close: plain(c.modals.cancel, 24),
    blocks,
  };
}

/** The small "Where did it happen?" form behind the confirmation's Add place button. */
export function renderPlaceForm(metadata: FormMetadata, reference: string): ModalView {
  const c = t(metadata.language ?? 'en');
  const f = c.form;
  return {
    type: 'modal',
    callback_id: FORM.place,
    private_metadata: JSON.stringify(metadata),
    title: plain(f.placeTitle(reference), 24),
    submit: plain(c.modals.save, 24),
    close: plain(c.modals.cancel, 24),
    blocks: [input('place', f.where, text(null, { placeholder: plain(f.wherePlaceholder) }), false, f.placeHint)],
  };
}
