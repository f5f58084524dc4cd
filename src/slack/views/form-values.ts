import { noVictims, type AlertDraft, type Victims } from '../../domain/alert.js';
import { missionRules, textFacts } from '../../alerts/decide.js';
import { decideAlert } from '../../domain/decision.js';
import { formatCount } from '../../domain/dates.js';
import { isCategoryId, PRIORITIES, SOURCE_TYPES, type Language, type Priority, type SourceType } from '../../domain/taxonomy.js';
import { t } from '../i18n/index.js';
import { placeName } from './format.js';
import { detectLanguage, perpetratorsFromList, tokenize, type IntakeContext } from '../../intake/index.js';
import { VICTIM_FIELDS } from './form.js';

/** Slack's view_submission `state.values`: block id → action id → element state. */
export type ViewValues = Record<string, Record<string, { value?: string | null; selected_option?: { value: string } | null; selected_date?: string | null; selected_options?: Array<{ value: string }> }>>;

export type FormResult = { ok: true; draft: AlertDraft; warnings: string[] } | { ok: false; errors: Record<string, string> };

const MAX_COUNT = 1_000_000;

function value(values: ViewValues, block: string): string {
  return (values[block]?.value?.value ?? '').trim();
}

/**
 * Reads the alert form into a draft, or says which field is wrong (Slack shows the message under
 * the field and keeps everything typed). An unknown place is kept as location text, not refused.
 */
export function readAlertForm(values: ViewValues, intake: IntakeContext, via: AlertDraft['reportedVia'], language: Language = 'en'): FormResult {
  const f = t(language).form;
  const count = (n: number) => formatCount(n, language);
  const errors: Record<string, string> = {};
  const description = value(values, 'description');
  if (description === '') errors.description = f.errors.sayWhatHappened;
  if (description.length > 4000) errors.description = f.errors.atMost(count(4000), count(description.length));

  const categoryValue = values.category?.value?.selected_option?.value ?? 'other';
  const category = isCategoryId(categoryValue) ? categoryValue : 'other';

  const victims: Victims = noVictims();
  for (const [key] of VICTIM_FIELDS) {
    const raw = value(values, `victims.${key}`);
    if (raw === '') continue;
    const n = Number(raw.replace(/[\s,]/g, ''));
    if (!Number.isInteger(n) || n < 0 || n > MAX_COUNT) errors[`victims.${key}`] = f.errors.wholeNumber;
    else victims[key] = n;
  }

  const placeText = value(values, 'place');
  const place = placeText ? intake.gazetteer.lookup(placeText) : null;
  const warnings: string[] = [];
  if (placeText && !place) {
    const near = intake.gazetteer.search(placeText, 3).map((p) => placeName(p, language));
    warnings.push(f.keptAsText(placeText, near.length ? near.join(', ') : null));
  }

  const occurred = values.occurred?.value?.selected_date ?? null;
  const occurredAt = occurred ? Date.parse(`${occurred}T12:00:00Z`) : null;

  const sourceValue = values.source_type?.value?.selected_option?.value ?? null;
  const sourceType = sourceValue && (SOURCE_TYPES as readonly string[]).includes(sourceValue) ? (sourceValue as SourceType) : null;
  const sourceDetail = value(values, 'source_detail') || null;
  if (sourceDetail && sourceDetail.length > 500) errors.source_detail = f.errors.sourceAtMost(count(500));

  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const perpetrators = perpetratorsFromList(value(values, 'perpetrators'), intake.actors);
  const priorityValue = values.priority?.value?.selected_option?.value ?? 'auto';
  const overridden = (PRIORITIES as readonly string[]).includes(priorityValue);
  const restrictedChecked = (values.restricted?.value?.selected_options ?? []).some((o) => o.value === 'restricted');
  // The one decision every door shares: the fields give the facts, the description what only text says.
  const decision = decideAlert(
    {
      category,
      victims,
      perpetrators,
      priorityOverride: overridden ? (priorityValue as Priority) : null,
      restrictedRequest: restrictedChecked ? true : null,
      ...textFacts(description, intake),
    },
    missionRules(intake),
  );
  return {
    ok: true,
    warnings,
    draft: {
      description,
      occurredAt,
      placeId: place?.id ?? null,
      locationText: place ? null : placeText || null,
      category,
      subType: null,
      perpetrators,
      victims,
      priority: decision.priority,
      priorityOverridden: decision.priorityOverridden,
      sourceType,
      sourceDetail,
      sensitivity: decision.sensitivity,
      reportedVia: via,
      // The language they wrote it in, as for a quick report: what goes to them about it follows it.
      language: detectLanguage(tokenize(description)),
    },
  };
}
