import type { Place } from '../config/mission.js';
import type { Veille } from '../context.js';
import { draftFromReport } from '../alerts/draft.js';
import { VICTIM_KEYS, type AlertDraft, type Victims } from '../domain/alert.js';
import { missionRules, textFactsOf } from '../alerts/decide.js';
import { decideAlert } from '../domain/decision.js';
import { parseQuickReport, perpetratorsFromList, type ParsedReport } from '../intake/index.js';
import { readReport } from '../reading/reader.js';
import { ApiError, invalid } from './errors.js';
import type { components } from './schema.js';

export type AlertInput = components['schemas']['AlertInput'];

const DAY = 24 * 60 * 60 * 1000;

/** A description read before the transaction (on the reader's worker thread), with the text it is the reading of. */
export interface ReadDescription {
  description: string;
  report: ParsedReport;
}

/**
 * Reads a description the way /alert's quick reports are read (on the worker thread in production),
 * before the transaction that stores it: the transaction then decides from this reading instead of
 * parsing again on the thread that answers everyone. Undefined when there is nothing to read.
 */
export async function readDescription(veille: Veille, description: string | undefined): Promise<ReadDescription | undefined> {
  const text = description?.trim() ?? '';
  if (text === '') return undefined;
  return { description: text, report: await readReport(veille, text) };
}

/**
 * An API body becomes the draft the store takes. The description always goes through the
 * quick-report parser; each structured field given wins over what the parser read, so a hotline
 * can send one line of text and a KoBo form its fields, and both are logged like a Slack report.
 */
export function draftFromInput(veille: Veille, input: AlertInput, read?: ReadDescription): { draft: AlertDraft; warnings: string[] } {
  const description = input.description.trim();
  if (description === '') throw invalid('description', 'description: say what happened (it is blank).');
  const report = read?.description === description ? read.report : parseQuickReport(description, veille.intake);
  if (report.conductMatter) {
    throw new ApiError(
      422,
      'conduct_matter',
      'This reads as sexual exploitation or abuse by UN personnel: not a protection alert. Report it to Conduct and Discipline; nothing was logged.',
      'description',
    );
  }
  const parsed = draftFromReport(report, 'api');
  const warnings = [...report.warnings];

  const place = input.place !== undefined ? placeOf(veille, input.place) : null;
  const category = input.category ?? parsed.category;
  const victims: Victims = { ...parsed.victims };
  for (const key of VICTIM_KEYS) {
    const given = input.victims?.[key];
    if (given !== undefined) victims[key] = given;
  }
  const perpetrators = input.perpetrators ? input.perpetrators.flatMap((p) => perpetratorsFromList(p, veille.intake.actors)) : parsed.perpetrators;

  const rules = missionRules(veille.intake);
  const textSays = textFactsOf(report);
  // `restricted:yes` in the text is a request only if the text alone would not have restricted it.
  const textAsked = parsed.sensitivity === 'restricted' && decideAlert({ ...parsed, ...textSays, priorityOverride: null, restrictedRequest: null }, rules).sensitivity === 'standard';
  const decision = decideAlert(
    {
      category,
      victims,
      perpetrators,
      priorityOverride: input.priority ?? (parsed.priorityOverridden ? parsed.priority : null),
      restrictedRequest: input.restricted ?? (textAsked ? true : null),
      ...textSays,
    },
    rules,
  );
  if (input.restricted === false && decision.unrestrictRefused) warnings.push('restricted: false ignored: CRSV and child-violation cases, cases with CRSV survivors and reports of sexual violence are always restricted');

  return {
    warnings,
    draft: {
      ...parsed,
      occurredAt: input.occurredAt !== undefined ? occurredAt(veille, input.occurredAt) : parsed.occurredAt,
      placeId: place ? place.id : parsed.placeId,
      locationText: input.locationText ?? (place ? null : parsed.locationText),
      category,
      subType: input.subType ?? (category === parsed.category ? parsed.subType : null),
      perpetrators,
      victims,
      priority: decision.priority,
      priorityOverridden: decision.priorityOverridden,
      sourceType: input.sourceType ?? parsed.sourceType,
      sourceDetail: input.sourceDetail?.trim() || null,
      sensitivity: decision.sensitivity,
      language: input.language ?? parsed.language,
    },
  };
}

/** A gazetteer id or name; an unknown place is refused, naming the nearest ones, rather than guessed. */
export function placeOf(veille: Veille, text: string): Place {
  const { gazetteer } = veille.intake;
  const place = gazetteer.byId(text.trim()) ?? gazetteer.lookup(text);
  if (place) return place;
  // A misspelling ("Kamangoo") finds nothing as typed: shorten it until something starts like it.
  let near: string[] = [];
  for (let n = text.trim().length; n >= 3 && near.length === 0; n--) near = gazetteer.search(text.trim().slice(0, n), 3).map((p) => `${p.name} (${p.id})`);
  throw new ApiError(422, 'unknown_place', `"${text.slice(0, 100)}" is not in the gazetteer.${near.length ? ` Nearest: ${near.join(', ')}.` : ''}`, 'place');
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** YYYY-MM-DD (noon UTC, as the form does) or a date-time with its offset; not more than a day ahead. */
function occurredAt(veille: Veille, text: string): number {
  const ms = DATE.test(text) ? Date.parse(`${text}T12:00:00Z`) : DATE_TIME.test(text) ? Date.parse(text) : NaN;
  if (!Number.isFinite(ms)) throw invalid('occurredAt', 'occurredAt: a date YYYY-MM-DD or a date-time with offset such as 2026-11-21T18:30:00+02:00.');
  if (ms > veille.clock.now() + DAY) throw invalid('occurredAt', 'occurredAt: this is in the future.');
  return ms;
}

/** A period bound for filters: YYYY-MM-DD is 00:00 UTC that day. */
export function parseInstant(field: string, text: string): number {
  const ms = DATE.test(text) ? Date.parse(`${text}T00:00:00Z`) : DATE_TIME.test(text) ? Date.parse(text) : NaN;
  if (!Number.isFinite(ms)) throw invalid(field, `${field}: a date YYYY-MM-DD or a date-time such as 2026-11-01T00:00:00Z.`);
  return ms;
}
