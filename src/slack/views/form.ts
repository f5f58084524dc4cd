import type { AlertDraft } from '../../domain/alert.js';
import { CATEGORY_IDS, categoryLabel, PRIORITIES, SOURCE_TYPE_LABELS, SOURCE_TYPES } from '../../domain/taxonomy.js';
import type { Place } from '../../config/mission.js';
import { plain } from './mrkdwn.js';

export const FORM = { create: 'alert.form.create', edit: 'alert.form.edit', place: 'alert.form.place' } as const;

/** Where the form came from and where to answer: survives the round trip through Slack. */
export interface FormMetadata {
  channel: string;
  alertId?: number;
  via: 'form' | 'shortcut';
  /** Warnings from parsing a shortcut's message, shown after logging. */
  sourceMessage?: string;
}

export const VICTIM_FIELDS = [
  ['killed', 'Killed'],
  ['injured', 'Injured'],
  ['abducted', 'Abducted'],
  ['crsvSurvivors', 'CRSV survivors'],
  ['childrenAffected', 'Children affected'],
  ['displaced', 'Displaced'],
] as const;

const option = (value: string, text: string) => ({ text: plain(text, 75), value });

function input(blockId: string, label: string, element: Record<string, unknown>, optional = true, hint?: string) {
  return { type: 'input', block_id: blockId, optional, label: plain(label, 2000), element: { action_id: 'value', ...element }, ...(hint ? { hint: plain(hint, 2000) } : {}) };
}

function text(initial: string | null | undefined, extra: Record<string, unknown> = {}) {
  return { type: 'plain_text_input', ...(initial ? { initial_value: initial } : {}), ...extra };
}

/** The full alert form: `/alert` with no text, Edit, and the "Log as alert" shortcut. */
export function renderAlertForm(options: { metadata: FormMetadata; draft?: Partial<AlertDraft>; place?: Place | null; title?: string }): Record<string, unknown> {
  const { draft = {}, place } = options;
  const categories = CATEGORY_IDS.map((id) => option(id, categoryLabel(id)));
  const priorities = [option('auto', 'By the rule (recommended)'), ...PRIORITIES.map((p) => option(p, p[0]!.toUpperCase() + p.slice(1)))];
  const sources = SOURCE_TYPES.map((id) => option(id, SOURCE_TYPE_LABELS[id]));
  const initial = <T extends { value: string }>(list: T[], value: string | null | undefined) => {
    const found = list.find((o) => o.value === value);
    return found ? { initial_option: found } : {};
  };
  const restrictedOption = option('restricted', 'Restricted: details only to restricted sections');
  const blocks = [
    input('description', 'What happened?', text(draft.description, { multiline: true, max_length: 3000 }), false, 'Who, what, where, when. Phone numbers and e-mails are masked in posts.'),
    input('place', 'Place', text(place?.name ?? draft.locationText, { placeholder: plain('e.g. Kamango, Mambasa Centre, Kiwanja') }), true, 'A locality, territory or province from the gazetteer.'),
    input('category', 'Category', { type: 'static_select', options: categories, ...initial(categories, draft.category ?? 'other') }, false),
    input('perpetrators', 'Perpetrator(s)', text(draft.perpetrators?.map((p) => p.name).join(', '), { placeholder: plain('e.g. ADF, CODECO, unknown') })),
    ...VICTIM_FIELDS.map(([key, label]) => input(`victims.${key}`, label, text(draft.victims?.[key]?.toString(), { placeholder: plain('number, or leave empty if unknown') }))),
    input('priority', 'Priority', { type: 'static_select', options: priorities, ...initial(priorities, draft.priorityOverridden ? draft.priority : 'auto') }, false),
    input('occurred', 'Date it happened', { type: 'datepicker', ...(draft.occurredAt ? { initial_date: new Date(draft.occurredAt).toISOString().slice(0, 10) } : {}) }),
    input('source_type', 'Source type', { type: 'static_select', options: sources, ...initial(sources, draft.sourceType) }),
    input('source_detail', 'Source (who told you)', text(draft.sourceDetail), true, 'Never posted to a channel: shown only to the restricted sections and you.'),
    input('restricted', 'Sensitivity', { type: 'checkboxes', options: [restrictedOption], ...(draft.sensitivity === 'restricted' ? { initial_options: [restrictedOption] } : {}) }, true, 'CRSV and child violations, CRSV survivors counted and any account of sexual violence are always restricted.'),
  ];
  return {
    type: 'modal',
    callback_id: options.metadata.alertId ? FORM.edit : FORM.create,
    private_metadata: JSON.stringify(options.metadata),
    title: plain(options.title ?? (options.metadata.alertId ? 'Edit alert' : 'Log an alert'), 24),
    submit: plain(options.metadata.alertId ? 'Save' : 'Log alert', 24),
    close: plain('Cancel', 24),
    blocks,
  };
}

/** The small "Where did it happen?" form behind the confirmation's Add place button. */
export function renderPlaceForm(metadata: FormMetadata, reference: string): Record<string, unknown> {
  return {
    type: 'modal',
    callback_id: FORM.place,
    private_metadata: JSON.stringify(metadata),
    title: plain(`Place of ${reference}`, 24),
    submit: plain('Save', 24),
    close: plain('Cancel', 24),
    blocks: [input('place', 'Where did it happen?', text(null, { placeholder: plain('e.g. Kamango, Oicha, Djugu') }), false, 'A locality, territory or province from the gazetteer.')],
  };
}
