import { afterEach, describe, expect, it } from 'vitest';
import { createToken, type Scope } from '../../src/api/tokens.js';
import { getAlert } from '../../src/alerts/service.js';
import { loadMission, missionSchema, type Mission } from '../../src/config/mission.js';
import { eventsOf } from '../../src/store/events.js';
import { CAN_FORM, canSubmission, FORM_ID, UUID } from '../unit/gateways/kobo-submission.js';
import { startVeille, textOf, type Running } from './harness.js';
import { postKobo } from './kobo-post.js';

/**
 * KoBoToolbox REST Services (format JSON) posting a new submission: KoBo's own body (flat, group
 * paths, numbers as strings, _uuid, _submission_time, _geolocation, _submitted_by), with the bearer
 * token set as a custom HTTP header in the REST Service.
 */

let v: Running | null = null;
afterEach(async () => {
  if (!v) return;
  await v.settle();
  expect(v.fake.violations).toEqual([]);
  await v.stop();
  v = null;
});

function missionWithForms(forms = [CAN_FORM]): Mission {
  // Through the config's schema, so the intake section gets its defaults as from a file.
  return { ...loadMission('data/mission.example.json'), intake: missionSchema.shape.intake.parse({ kobo: { forms } }) };
}

async function start(mission = missionWithForms()): Promise<Running> {
  v = await startVeille({ mission });
  await v.fake.waitFor(() => v!.fake.callsTo('auth.test').length > 0, { what: 'auth.test' });
  return v;
}

function token(name: string, scopes: Scope[]): string {
  const made = createToken(v!.db, { name, scopes, at: v!.clock.now(), actor: 'test' });
  if (!made.ok) throw new Error(made.reason);
  return made.token;
}

const post = (body: unknown, bearer: string | null) => postKobo(v!.runtime.port, body, bearer);

async function get(path: string, bearer: string) {
  const response = await fetch(`http://127.0.0.1:${v!.runtime.port}${path}`, { headers: { authorization: `Bearer ${bearer}` } });
  return (await response.json()) as Record<string, any>;
}

const channelOf = (id: string) => v!.mission.sections.find((s) => s.id === id)!.channel;
const count = (table: string) => v!.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
const everyPost = () => v!.mission.sections.flatMap((s) => v!.fake.messages(s.channel)).map(textOf).join('\n');

describe('POST /api/v1/intake/kobo', () => {
  it('logs a submission through the form mapping, answers the receipt, and posts the cards', async () => {
    await start();
    const answer = await post(canSubmission(), token('kobo', ['alerts:write']));
    expect(answer.status).toBe(201);
    expect(answer.json).toEqual({
      reference: 'A-1',
      createdAt: '2026-11-22T06:00:00.000Z',
      category: 'attack_on_civilians',
      priority: 'high',
      sensitivity: 'standard',
      status: 'new',
      place: { id: 'kamango', name: 'Kamango', territory: 'Beni', province: 'North Kivu' },
      sections: [
        { section: 'poc', view: 'full' },
        { section: 'hr', view: 'full' },
        { section: 'fo-beni', view: 'full' },
      ],
      warnings: [],
      replayed: false,
    });
    const alert = getAlert(v!.db, 1)!;
    expect(alert).toMatchObject({
      reportedVia: 'form',
      reportedBy: 'kobo:unverified',
      placeId: 'kamango',
      locationText: 'GPS 0.47912, 29.62504',
      category: 'attack_on_civilians',
      perpetrators: [{ actorId: 'adf', name: 'ADF' }],
      description: 'Des hommes armés ont attaqué le marché ce matin\ndetails_lieu: près du marché central',
      sourceDetail: 'KoBoToolbox: +243 81 234 5678 · KoBo user cla_beni · unverified source',
      language: 'fr',
    });
    expect(alert.victims).toMatchObject({ killed: 4, injured: 2 });
    expect(eventsOf(v!.db, 1)[0]).toMatchObject({
      type: 'logged',
      actor: 'kobo:unverified',
      data: { via: 'form', gateway: 'kobo', externalId: UUID, token: 'kobo', form: FORM_ID, submittedAt: '2026-11-22T05:45:03' },
    });
    await v!.settle();
    for (const section of ['poc', 'hr', 'fo-beni']) {
      const [card] = v!.fake.messages(channelOf(section));
      expect(textOf(card)).toContain('A-1');
      expect(textOf(card)).toContain('Came by form (KoBoToolbox) from an unverified source');
      expect(textOf(card)).toContain('4 killed');
    }
    // The source identity never reaches a channel: neither the informant's number nor the KoBo account.
    expect(everyPost()).not.toMatch(/234 5678|2345678|cla_beni/);
  });

  it('masks the source and any number in the answers for a token without restricted:read', async () => {
    await start();
    await post(canSubmission({ 'incident/autre_contact': 'appeler le chef au +243 99 111 2222' }), token('kobo', ['alerts:write']));
    await v!.settle();
    expect(everyPost()).not.toMatch(/111 2222|1112222/);
    const plain = await get('/api/v1/alerts/A-1', token('dashboard', ['alerts:read']));
    expect(plain.alert.sourceDetail).toBeUndefined();
    expect(plain.alert.description).not.toMatch(/111 2222/);
    expect(plain.alert.description).toContain('autre_contact: appeler le chef au');
    const trusted = await get('/api/v1/alerts/A-1', token('mission-db', ['alerts:read', 'restricted:read']));
    expect(trusted.alert.sourceDetail).toBe('KoBoToolbox: +243 81 234 5678 · KoBo user cla_beni · unverified source');
    expect(trusted.alert.description).toContain('+243 99 111 2222');
  });

  it('is idempotent on _uuid: KoBo retrying the same submission gets the same reference (200), one alert, one set of cards', async () => {
    await start();
    const bearer = token('kobo', ['alerts:write']);
    const first = await post(canSubmission(), bearer);
    await v!.settle();
    const again = await post(canSubmission(), bearer);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.json).toEqual({ ...first.json, replayed: true });
    await v!.settle();
    expect(count('alerts')).toBe(1);
    expect(v!.fake.messages(channelOf('poc'))).toHaveLength(1);
    const other = await post(canSubmission({ _uuid: '5d2e9c1a-3b4f-4a6e-8d7c-0f1e2d3c4b5a' }), bearer);
    expect(other).toMatchObject({ status: 201, json: { reference: 'A-2' } });
  });

  it('restricts a CRSV submission: full card in the CRSV section, a stub elsewhere, a confidential receipt', async () => {
    await start();
    const answer = await post(
      canSubmission({ 'incident/what_happened': 'Trois femmes violées par des hommes armés au champ', 'incident/nb_tues': '', 'incident/nb_blesses': '' }),
      token('kobo', ['alerts:write']),
    );
    expect(answer.json).toMatchObject({ reference: 'A-1', category: 'crsv', sensitivity: 'restricted' });
    await v!.settle();
    expect(textOf(v!.fake.messages(channelOf('crsv'))[0])).toContain('Trois femmes violées');
    const stub = textOf(v!.fake.messages(channelOf('poc'))[0]);
    expect(stub).toContain('A-1');
    expect(stub).not.toMatch(/femmes|Kamango|GPS|details_lieu/);
  });

  it('takes a mapped question the submission lacks as not answered: stored whole, the receipt says which', async () => {
    await start();
    const { 'incident/nb_tues': _unanswered, ...submission } = canSubmission();
    const answer = await post(submission, token('kobo', ['alerts:write']));
    expect(answer.status).toBe(201);
    expect(answer.json.warnings).toEqual(['killed: the question "nb_tues" is not in this submission; taken as not answered']);
    expect(getAlert(v!.db, 1)!.victims).toMatchObject({ killed: null, injured: 2 });
    expect(eventsOf(v!.db, 1)[0]!.data).toMatchObject({ unanswered: 'killed' });
  });

  it('refuses a form not in the config with a JSON error, and stores nothing', async () => {
    await start();
    const answer = await post(canSubmission({ _xform_id_string: 'aZzOtherForm9' }), token('kobo', ['alerts:write']));
    expect(answer).toEqual({
      status: 422,
      json: {
        error: {
          code: 'invalid',
          message: 'The form "aZzOtherForm9" is not one Veille takes: add it to intake.kobo.forms in the mission config (its id and fields) and restart. Nothing was stored.',
          field: '_xform_id_string',
        },
      },
    });
    expect([count('alerts'), count('events WHERE alert_id IS NOT NULL'), count('outbox'), count('gateway_intake')]).toEqual([0, 0, 0, 0]);
  });

  it('refuses every submission when the mission takes no KoBo form', async () => {
    await start(loadMission('data/mission.example.json'));
    const answer = await post(canSubmission(), token('kobo', ['alerts:write']));
    expect(answer).toMatchObject({ status: 422, json: { error: { field: '_xform_id_string' } } });
    expect(count('alerts')).toBe(0);
  });

  it('refuses a missing or unknown token (401) and one without alerts:write (403), storing nothing', async () => {
    await start();
    const missing = await post(canSubmission(), null);
    const unknown = await post(canSubmission(), 'vt_not-a-token');
    const readOnly = await post(canSubmission(), token('dashboard', ['alerts:read']));
    expect([missing.status, unknown.status, readOnly.status]).toEqual([401, 401, 403]);
    expect(readOnly.json).toMatchObject({ error: { code: 'forbidden', message: 'The token "dashboard" lacks the scope alerts:write.' } });
    expect([count('alerts'), count('gateway_intake')]).toEqual([0, 0]);
  });

  it.each([
    ['a body that is not JSON', '{"_uuid": ', 400, 'malformed_json', undefined],
    ['a list', '[1, 2]', 422, 'invalid', 'body'],
    ['no _uuid', JSON.stringify({ ...canSubmission(), _uuid: undefined, 'meta/instanceID': undefined }), 422, 'invalid', '_uuid'],
    ['nothing said', JSON.stringify({ _xform_id_string: FORM_ID, _uuid: UUID, _submission_time: '2026-11-22T05:45:03' }), 422, 'invalid', 'description'],
    ['emoji only', JSON.stringify({ _xform_id_string: FORM_ID, _uuid: UUID, 'incident/what_happened': '🚨🚨' }), 422, 'invalid', 'description'],
    ['a conduct matter', JSON.stringify(canSubmission({ 'incident/what_happened': 'Un casque bleu a abusé sexuellement une mineure contre de la nourriture' })), 422, 'conduct_matter', 'description'],
  ])('answers %s with a JSON error and stores nothing', async (_name, body, status, code, field) => {
    await start();
    const answer = await post(body, token('kobo', ['alerts:write']));
    expect(answer.status).toBe(status);
    expect(answer.json.error).toMatchObject({ code, ...(field && { field }) });
    expect(answer.json.error.message).toMatch(/\S/);
    expect([count('alerts'), count('events WHERE alert_id IS NOT NULL'), count('outbox'), count('gateway_intake')]).toEqual([0, 0, 0, 0]);
  });
});
