import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/api/errors.js';
import { loadMission } from '../../../src/config/mission.js';
import type { KoboForm } from '../../../src/gateways/kobo/config.js';
import { readKoboSubmission } from '../../../src/gateways/kobo/submission.js';
import { createIntakeContext } from '../../../src/intake/index.js';
import { CAN_FORM, canSubmission, FORM_ID, UUID } from './kobo-submission.js';

const intake = createIntakeContext(loadMission('data/mission.example.json'));
const NOW = Date.UTC(2026, 10, 22, 6, 0, 0);
const read = (body: unknown, forms: KoboForm[] = [CAN_FORM]) => readKoboSubmission(body, forms, intake, NOW);
const withFields = (fields: KoboForm['fields']): KoboForm[] => [{ id: FORM_ID, fields }];

function refusal(fn: () => unknown): { status: number; code: string; field?: string; message: string } {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApiError) return { status: error.status, code: error.code, field: error.field, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('a KoBo submission read through its form mapping', () => {
  it('takes mapped questions by bare name or group path, the rest into the description, the submitter as source', () => {
    const reading = read(canSubmission());
    expect(reading.externalId).toBe(UUID);
    expect(reading.text).toBe('Des hommes armés ont attaqué le marché ce matin\ndetails_lieu: près du marché central');
    expect(reading.fields).toEqual({
      place: 'kamango',
      victims: { killed: 4, injured: 2 },
      perpetrators: ['adf'],
      locationText: 'GPS 0.47912, 29.62504',
    });
    expect(reading.sender).toBe('+243 81 234 5678 · KoBo user cla_beni');
    expect(reading.submittedAt).toBe('2026-11-22T05:45:03');
    expect(reading.warnings).toEqual([]);
    // KoBo's metadata (device id, start, version, instance id) is not an answer about what happened.
    expect(reading.text).not.toMatch(/collect:|2026-11-22T07|vQm3J7|uuid:/);
  });

  it('takes a mapped question the submission lacks as not answered, and says so', () => {
    const { 'incident/nb_tues': _gone, 'incident/nb_blesses': _blank, ...rest } = canSubmission();
    const reading = read({ ...rest, 'incident/nb_blesses': '' });
    expect(reading.fields.victims).toBeUndefined();
    expect(reading.unanswered).toEqual(['killed', 'injured']);
    expect(reading.warnings).toEqual(['killed: the question "nb_tues" is not in this submission; taken as not answered']);
  });

  it('keeps in the text what cannot be its field: a village not in the gazetteer, a count that is not one, a bad category', () => {
    const forms = withFields({ description: 'what_happened', place: 'village', killed: 'nb_tues', category: 'type', occurredAt: 'date_incident', restricted: 'confidentiel' });
    const reading = read(
      canSubmission({ 'incident/village': 'Kamangu-Bas', 'incident/nb_tues': 'beaucoup', type: 'massacre', date_incident: '2027-01-01', confidentiel: 'oui' }),
      forms,
    );
    expect(reading.fields).toEqual({ locationText: 'Kamangu-Bas · GPS 0.47912, 29.62504', restricted: true });
    expect(reading.text.split('\n').slice(0, 4)).toEqual(['Des hommes armés ont attaqué le marché ce matin', 'nb_tues: beaucoup', 'type: massacre', 'date_incident: 2027-01-01']);
    expect(reading.warnings).toEqual([
      'place: "Kamangu-Bas" is not in the gazetteer; kept as the location text',
      'killed: "beaucoup" is not a whole number; kept in the description',
      'category: "massacre" is not a Veille category id; kept in the description',
      'occurredAt: "2027-01-01" is in the future; kept in the description',
    ]);
  });

  it('reads choice names as Veille ids: category, priority, a place id with _ for -, a select_multiple of actors', () => {
    const forms = withFields({ description: 'what_happened', place: 'village', category: 'type', priority: 'urgence', perpetrators: 'auteurs', occurredAt: 'quand' });
    const reading = read(
      canSubmission({ 'incident/village': 'mambasa_centre', type: 'abduction', urgence: 'Critical', 'incident/auteurs': 'adf mai-mai', quand: '2026-11-21T18:30:00.000+02:00' }),
      forms,
    );
    expect(reading.fields).toMatchObject({ place: 'mambasa-centre', category: 'abduction', priority: 'critical', perpetrators: ['adf', 'mai-mai'], occurredAt: '2026-11-21T18:30:00.000+02:00' });
    expect(read(canSubmission({ 'incident/auteurs': 'hommes armés non identifiés, ADF' })).fields.perpetrators).toEqual(['hommes armés non identifiés', 'ADF']);
  });

  it('reads groups nested as objects and repeat groups as KoBo posts them', () => {
    const nested = {
      _xform_id_string: FORM_ID,
      _uuid: UUID,
      incident: { what_happened: 'Attaque à Oicha', village: 'oicha', nb_tues: '1' },
      victimes: [{ 'victimes/age': '12', 'victimes/sexe': 'f' }, { 'victimes/age': '40', 'victimes/sexe': 'm' }],
    };
    const reading = read(nested);
    expect(reading.fields).toEqual({ place: 'oicha', victims: { killed: 1 } });
    expect(reading.text).toBe('Attaque à Oicha\nage: 12\nsexe: f\nage: 40\nsexe: m');
  });

  it('takes meta/instanceID when _uuid is missing', () => {
    const { _uuid, ...rest } = canSubmission();
    expect(read(rest).externalId).toBe(UUID);
  });

  it('refuses, naming the field: a form not in the config, no form id, no _uuid, not an object, nothing said, an ambiguous question name', () => {
    expect(refusal(() => read(canSubmission({ _xform_id_string: 'aOtherForm123' })))).toEqual({
      status: 422,
      code: 'invalid',
      field: '_xform_id_string',
      message: 'The form "aOtherForm123" is not one Veille takes: add it to intake.kobo.forms in the mission config (its id and fields) and restart. Nothing was stored.',
    });
    expect(refusal(() => read(canSubmission({ _xform_id_string: undefined })))).toMatchObject({ field: '_xform_id_string', message: expect.stringContaining('_xform_id_string (the form) is missing') });
    const { _uuid, 'meta/instanceID': _id, ...noId } = canSubmission();
    expect(refusal(() => read(noId))).toMatchObject({ status: 422, field: '_uuid' });
    expect(refusal(() => read([canSubmission()]))).toMatchObject({ status: 422, field: 'body' });
    expect(refusal(() => read({ _xform_id_string: FORM_ID, _uuid: UUID, 'incident/nb_tues': '' }))).toEqual({
      status: 422,
      code: 'invalid',
      field: 'description',
      message: 'Nothing in this submission says what happened: the question "what_happened" (description) is not answered and no other question has an answer. Nothing was stored.',
    });
    expect(refusal(() => read(canSubmission({ 'autre/village': 'oicha' })))).toEqual({
      status: 422,
      code: 'invalid',
      field: 'fields.place',
      message: `The form's mapping place → "village" fits several questions here (incident/village, autre/village): name the group path in intake.kobo.forms. Nothing was stored.`,
    });
  });

  it('keeps the whole text within 4,000 characters by leaving out later answers, and says how many', () => {
    const long = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`notes/note_${i}`, 'x'.repeat(90)]));
    const reading = read(canSubmission(long));
    expect(reading.text.length).toBeLessThanOrEqual(4000);
    expect(reading.text.startsWith('Des hommes armés ont attaqué le marché ce matin\n')).toBe(true);
    expect(reading.warnings).toEqual([expect.stringMatching(/^\d+ answers left out of the description \(longer than 4000 characters in all\); the alert keeps the rest$/)]);
  });
});
