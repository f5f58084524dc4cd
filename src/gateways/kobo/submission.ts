import { ApiError, invalid } from '../../api/errors.js';
import { CATEGORY_IDS, PRIORITIES, SOURCE_TYPES, type CategoryId, type Priority, type SourceType } from '../../domain/taxonomy.js';
import type { IntakeContext } from '../../intake/index.js';
import type { GatewayFields } from '../intake.js';
import { answersOf, isMeta, isObject, questionName, type Answer } from './answers.js';
import type { KoboAlertField, KoboForm } from './config.js';

/**
 * A KoBoToolbox submission, as its REST Service posts it, read through the form's mapping into what
 * the common gateway path takes: the text (the description question, then every other answer), the
 * structured fields, the submitter. Nothing a partner wrote is dropped: an answer that cannot be
 * its alert field (a village not in the gazetteer, "beaucoup" for a count) is kept in the text.
 */

export interface KoboReading {
  form: KoboForm;
  /** `_uuid` (or meta/instanceID): the same submission posted again is the same alert. */
  externalId: string;
  text: string;
  fields: GatewayFields;
  /** The source identity: the mapped source question and KoBo's `_submitted_by`. */
  sender?: string;
  warnings: string[];
  /** Mapped questions the submission does not have: KoBo leaves unanswered questions out. */
  unanswered: KoboAlertField[];
  submittedAt: string | null;
}

/** Room kept for the answers added after the description: the whole text stays within what an alert takes. */
const MAX_TEXT = 4000;
const DAY = 24 * 60 * 60 * 1000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const YES = new Set(['yes', 'true', '1', 'oui', 'y', 'o']);
const NO = new Set(['no', 'false', '0', 'non', 'n']);

function formOf(body: unknown, forms: readonly KoboForm[]): { submission: Record<string, unknown>; form: KoboForm } {
  if (!isObject(body)) throw invalid('body', 'Send the submission as KoBo’s REST Service posts it: one JSON object (format JSON).');
  const formId = body._xform_id_string;
  if (typeof formId !== 'string' || formId.trim() === '') {
    throw invalid('_xform_id_string', 'This is not a KoBo submission: _xform_id_string (the form) is missing. Nothing was stored.');
  }
  const form = forms.find((f) => f.id === formId.trim());
  if (!form) {
    throw new ApiError(
      422,
      'invalid',
      `The form "${formId.slice(0, 100)}" is not one Veille takes: add it to intake.kobo.forms in the mission config (its id and fields) and restart. Nothing was stored.`,
      '_xform_id_string',
    );
  }
  return { submission: body, form };
}

export function readKoboSubmission(body: unknown, forms: readonly KoboForm[], intake: IntakeContext, now: number): KoboReading {
  const { submission, form } = formOf(body, forms);
  const externalId = submissionId(submission);
  const answers = answersOf(submission);
  const warnings: string[] = [];
  const unanswered: KoboAlertField[] = [];
  const kept: string[] = []; // answers that could not be their field, as "question: answer"
  const used = new Set<string>();
  const fields: GatewayFields = {};
  const victims: NonNullable<GatewayFields['victims']> = {};
  let description = '';
  let source = '';
  const locations: string[] = [];

  for (const [field, name] of Object.entries(form.fields) as Array<[KoboAlertField, string | undefined]>) {
    if (name === undefined) continue;
    const found = answers.find(name);
    if (found && 'ambiguous' in found) {
      throw invalid(
        `fields.${field}`,
        `The form's mapping ${field} → "${name}" fits several questions here (${found.ambiguous.join(', ')}): name the group path in intake.kobo.forms. Nothing was stored.`,
      );
    }
    const text = found ? String(found.value).trim() : '';
    if (found) used.add(found.path);
    if (!found || text === '') {
      // KoBo leaves an unanswered (or skipped) question out: unknown, not an error. A misspelt
      // question name looks the same, so the answer names it for whoever reads KoBo's log.
      if (!found) warnings.push(`${field}: the question "${name}" is not in this submission; taken as not answered`);
      unanswered.push(field);
      continue;
    }
    const keep = (why: string) => {
      kept.push(`${questionName(found.path)}: ${text}`);
      warnings.push(`${field}: "${text.slice(0, 60)}" ${why}; kept in the description`);
    };
    switch (field) {
      case 'description':
        description = text;
        break;
      case 'source':
        source = text.slice(0, 300);
        break;
      case 'place': {
        // A select_one's choice names cannot hold a dash: mambasa_centre is mambasa-centre.
        const place = intake.gazetteer.byId(text) ?? intake.gazetteer.byId(text.replace(/_/g, '-')) ?? intake.gazetteer.lookup(text);
        if (place) fields.place = place.id;
        else {
          locations.push(text);
          warnings.push(`place: "${text.slice(0, 60)}" is not in the gazetteer; kept as the location text`);
        }
        break;
      }
      case 'locationText':
        locations.unshift(text);
        break;
      case 'occurredAt': {
        const ms = DATE.test(text) ? Date.parse(`${text}T12:00:00Z`) : DATE_TIME.test(text) ? Date.parse(text) : NaN;
        if (!Number.isFinite(ms)) keep('is not a date');
        else if (ms > now + DAY) keep('is in the future');
        else fields.occurredAt = text;
        break;
      }
      case 'category':
        if ((CATEGORY_IDS as readonly string[]).includes(text)) fields.category = text as CategoryId;
        else keep('is not a Veille category id');
        break;
      case 'subType':
        fields.subType = text.slice(0, 100);
        break;
      case 'perpetrators':
        fields.perpetrators = perpetratorsOf(text, intake);
        break;
      case 'priority':
        if ((PRIORITIES as readonly string[]).includes(text.toLowerCase())) fields.priority = text.toLowerCase() as Priority;
        else keep('is not a priority (critical, high, medium, low)');
        break;
      case 'sourceType':
        if ((SOURCE_TYPES as readonly string[]).includes(text)) fields.sourceType = text as SourceType;
        else keep('is not a Veille source type id');
        break;
      case 'restricted':
        if (YES.has(text.toLowerCase())) fields.restricted = true;
        else if (NO.has(text.toLowerCase())) fields.restricted = false;
        else keep('is not yes or no');
        break;
      default: {
        const count = countOf(found.value);
        if (count === null) keep('is not a whole number');
        else victims[field] = count;
      }
    }
  }
  if (Object.keys(victims).length > 0) fields.victims = victims;

  const gps = geolocationOf(submission._geolocation);
  if (gps) locations.push(gps);
  if (locations.length > 0) fields.locationText = locations.join(' · ').slice(0, 500);

  // Every other answer about what happened goes after the description, labelled with its question.
  const others = answers.entries.filter(([path, value]) => !used.has(path) && !isMeta(path) && String(value).trim() !== '').map(([path, value]) => `${questionName(path)}: ${String(value).trim()}`);
  const lines = [description, ...kept].filter(Boolean);
  let length = lines.join('\n').length;
  let left = 0;
  for (const line of others) {
    if (length + 1 + line.length > MAX_TEXT) left++;
    else {
      lines.push(line);
      length += 1 + line.length;
    }
  }
  if (left > 0) warnings.push(`${left} answer${left > 1 ? 's' : ''} left out of the description (longer than ${MAX_TEXT} characters in all); the alert keeps the rest`);
  const text = lines.join('\n');
  if (text.trim() === '') {
    const asked = form.fields.description ? `the question "${form.fields.description}" (description) is not answered and ` : '';
    throw invalid('description', `Nothing in this submission says what happened: ${asked}no other question has an answer. Nothing was stored.`);
  }

  const submittedBy = typeof submission._submitted_by === 'string' && submission._submitted_by.trim() !== '' ? submission._submitted_by.trim().slice(0, 150) : null;
  const sender = [source, submittedBy && `KoBo user ${submittedBy}`].filter(Boolean).join(' · ');
  const submittedAt = typeof submission._submission_time === 'string' ? submission._submission_time.slice(0, 40) : null;
  return { form, externalId, text, fields, ...(sender && { sender }), warnings, unanswered, submittedAt };
}

/** `_uuid`, or the instance id KoBo derives it from: the submission's identity across retries. */
function submissionId(submission: Record<string, unknown>): string {
  const raw = typeof submission._uuid === 'string' && submission._uuid.trim() ? submission._uuid : submission['meta/instanceID'];
  const id = typeof raw === 'string' ? raw.trim().replace(/^uuid:/, '') : '';
  if (!/^[\x21-\x7e]{1,200}$/.test(id)) throw invalid('_uuid', 'The submission has no _uuid (nor meta/instanceID): Veille needs it to take each submission once. Nothing was stored.');
  return id;
}

/** A select_multiple of actor ids ("adf fardc") or names typed with commas ("ADF, Mai-Mai"). */
function perpetratorsOf(text: string, intake: IntakeContext): string[] {
  const words = text.split(/\s+/);
  const list = words.length > 1 && words.every((w) => intake.actors.byId(w)) ? words : text.split(/[,;\n]/);
  return list.map((p) => p.trim().slice(0, 200)).filter(Boolean).slice(0, 20);
}

function countOf(value: Answer): number | null {
  const text = String(value).trim();
  if (!/^\d{1,7}$/.test(text)) return null;
  return Number(text);
}

/** `_geolocation`: [latitude, longitude] from the form's first geopoint, or [null, null]. */
function geolocationOf(value: unknown): string | null {
  if (!Array.isArray(value) || value.length < 2) return null;
  const [lat, lon] = value.map(Number);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || value[0] === null || value[1] === null) return null;
  if (Math.abs(lat!) > 90 || Math.abs(lon!) > 180) return null;
  return `GPS ${lat!.toFixed(5)}, ${lon!.toFixed(5)}`;
}
