/**
 * A KoBoToolbox submission as a REST Service (format JSON) posts it: flat, questions in groups named
 * by their group path, numbers as strings, KoBo's own fields prefixed with _. Shared by the unit and
 * integration tests of the KoBo gateway.
 */
import type { KoboForm } from '../../../src/gateways/kobo/config.js';

export const FORM_ID = 'aBcD3fGh4iJk5LmN6oPq7r';
export const UUID = '0b6f4a6e-7c1d-4e8a-9f3b-2d5c8e1a7b90';

/** The mapping a mission would write in intake.kobo.forms[]. */
export const CAN_FORM: KoboForm = {
  id: FORM_ID,
  name: 'CAN alert form',
  fields: { description: 'what_happened', place: 'village', killed: 'nb_tues', injured: 'incident/nb_blesses', perpetrators: 'auteurs', source: 'informant/telephone' },
};

export function canSubmission(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    _id: 584213097,
    'formhub/uuid': '3f1c9a7be2d64f0c8a5b1e7d2c4f6a80',
    start: '2026-11-22T07:41:10.123+02:00',
    end: '2026-11-22T07:44:52.871+02:00',
    today: '2026-11-22',
    deviceid: 'collect:Xy12AbCdEf345678',
    'incident/what_happened': 'Des hommes armés ont attaqué le marché ce matin',
    'incident/village': 'kamango',
    'incident/nb_tues': '4',
    'incident/nb_blesses': '2',
    'incident/auteurs': 'adf',
    'incident/details_lieu': 'près du marché central',
    'informant/telephone': '+243 81 234 5678',
    __version__: 'vQm3J7eKfX9sPz2aLw8hRt',
    'meta/instanceID': `uuid:${UUID}`,
    _xform_id_string: FORM_ID,
    _uuid: UUID,
    _attachments: [],
    _status: 'submitted_via_web',
    _geolocation: [0.47912, 29.62504],
    _submission_time: '2026-11-22T05:45:03',
    _tags: [],
    _notes: [],
    _validation_status: {},
    _submitted_by: 'cla_beni',
    ...overrides,
  };
}
