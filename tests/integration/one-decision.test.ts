import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createVeilleClient } from '../../src/api/client.js';
import { createToken } from '../../src/api/tokens.js';
import { getAlert } from '../../src/alerts/service.js';
import { loadMission, missionSchema } from '../../src/config/mission.js';
import type { VictimKey } from '../../src/domain/alert.js';
import type { CategoryId, Priority } from '../../src/domain/taxonomy.js';
import { GENERAL_CHANNEL, PEOPLE } from '../../src/fake-slack/index.js';
import { startVeille, textOf, type Running } from './harness.js';
import { postKobo } from './kobo-post.js';
import { AUTH_TOKEN, PUBLIC_URL, messageOf, postSms, smsParams } from './twilio-sms.js';

/**
 * DESIGN.md "One decision of what an alert is": the same facts through every door — a quick
 * report with overrides, the form, the message shortcut then its form, Edit of an existing alert,
 * the API, an SMS through Twilio and a KoBoToolbox submission — give the same category, priority,
 * sensitivity and HRDDP flag.
 */

/** A KoBo form whose questions feed every field the facts hold (as a mission would map it). */
const KOBO_FORM = {
  id: 'aOneDecisionForm00000001',
  name: 'Every field',
  fields: {
    description: 'what_happened',
    place: 'village',
    category: 'category',
    perpetrators: 'perpetrators',
    priority: 'priority',
    restricted: 'restricted',
    killed: 'killed',
    injured: 'injured',
    abducted: 'abducted',
    crsvSurvivors: 'survivors',
    childrenAffected: 'children',
    displaced: 'displaced',
  },
};

let veille: Running;
let sent = 0; // each gateway message has its own id (MessageSid, _uuid): a retry would be the same alert
beforeEach(async () => {
  const mission = loadMission('data/mission.example.json');
  veille = await startVeille({
    mission: { ...mission, intake: missionSchema.shape.intake.parse({ kobo: { forms: [KOBO_FORM] } }) },
    gateways: { publicUrl: PUBLIC_URL, twilioAuthToken: AUTH_TOKEN },
  });
  await veille.fake.waitFor(() => veille.fake.callsTo('auth.test').length > 0, { what: 'auth.test' });
});
afterEach(async () => {
  await veille.settle();
  expect(veille.fake.violations).toEqual([]);
  await veille.stop();
});

const user = PEOPLE.focalPoint.id;
const channelOf = (id: string) => veille.mission.sections.find((s) => s.id === id)!.channel;
const lastId = () => veille.db.prepare('SELECT MAX(id) FROM alerts').pluck().get() as number;

interface Facts {
  /** What happened, in words (no counts: they are given as fields). */
  description: string;
  category: CategoryId;
  place: string;
  perp?: string;
  victims?: Partial<Record<VictimKey, number>>;
  priority?: Priority;
  restricted?: boolean;
}

interface Expected {
  priority: Priority;
  sensitivity: 'standard' | 'restricted';
  hostState: boolean;
}

const OVERRIDE_KEY: Partial<Record<VictimKey, string>> = { killed: 'killed', injured: 'injured', abducted: 'abducted', childrenAffected: 'children', displaced: 'displaced' };

function quickReportText(f: Facts): string {
  const parts = [f.description, `type:${f.category}`, `place:"${f.place}"`];
  if (f.perp) parts.push(`perp:${f.perp}`);
  for (const [key, n] of Object.entries(f.victims ?? {})) parts.push(`${OVERRIDE_KEY[key as VictimKey]}:${n}`);
  if (f.priority) parts.push(`priority:${f.priority}`);
  if (f.restricted !== undefined) parts.push(`restricted:${f.restricted ? 'yes' : 'no'}`);
  return parts.join(' ');
}

function formValues(f: Facts): Record<string, string | string[] | null> {
  const values: Record<string, string | string[] | null> = {
    description: f.description,
    place: f.place,
    category: f.category,
    perpetrators: f.perp ?? null,
    priority: f.priority ?? 'auto',
    restricted: f.restricted ? ['restricted'] : [],
  };
  for (const key of ['killed', 'injured', 'abducted', 'crsvSurvivors', 'childrenAffected', 'displaced'] as const) values[`victims.${key}`] = f.victims?.[key]?.toString() ?? null;
  return values;
}

async function newestView() {
  await veille.fake.waitFor(() => veille.fake.openViews(user).length > 0);
  return veille.fake.openViews(user).at(-1)!;
}

async function submit(values: Record<string, string | string[] | null>) {
  const view = await newestView();
  const result = await veille.driver.submitView({ user, viewId: view.id as string, values });
  expect(result.body, 'the form was refused').toBe('');
  await veille.settle();
}

/** Each door logs (or edits) one alert and returns its id. */
const DOORS: Record<string, (f: Facts) => Promise<number>> = {
  'quick report': async (f) => {
    const answer = await veille.driver.slashCommand({ user, channel: GENERAL_CHANNEL, text: quickReportText(f) });
    expect((answer.body as { text: string }).text).toMatch(/^A-\d+ (logged|enregistrée)/);
    return lastId();
  },
  form: async (f) => {
    await veille.driver.slashCommand({ user, channel: GENERAL_CHANNEL, text: '' });
    await submit(formValues(f));
    return lastId();
  },
  'message shortcut, then its form': async (f) => {
    const message = veille.fake.addUserMessage(GENERAL_CHANNEL, user, f.description);
    await veille.driver.messageShortcut({ user, channel: GENERAL_CHANNEL, message: { ts: message.ts, text: message.text }, callbackId: 'log_as_alert' });
    await submit(formValues(f));
    return lastId();
  },
  'Edit of an existing alert': async (f) => {
    const answer = await veille.driver.slashCommand({ user, channel: GENERAL_CHANNEL, text: 'Meeting held with the chief of Mahagi' });
    const id = lastId();
    expect(getAlert(veille.db, id)).toMatchObject({ category: 'other', priority: 'low', sensitivity: 'standard' });
    await veille.settle();
    await veille.driver.clickButton({ user, channel: GENERAL_CHANNEL, ts: answer.ephemeralTs!, actionId: 'alert.edit' });
    await submit(formValues(f));
    return id;
  },
  API: async (f) => {
    const made = createToken(veille.db, { name: 'kobo', scopes: ['alerts:write'], at: veille.clock.now(), actor: 'test' });
    if (!made.ok) throw new Error(made.reason);
    const client = createVeilleClient({ baseUrl: `http://127.0.0.1:${veille.runtime.port}`, token: made.token });
    const victims = Object.fromEntries(['killed', 'injured', 'abducted', 'crsvSurvivors', 'childrenAffected', 'displaced'].map((k) => [k, f.victims?.[k as VictimKey] ?? null]));
    const { response } = await client.POST('/api/v1/alerts', {
      body: {
        description: f.description,
        category: f.category,
        place: f.place,
        victims,
        ...(f.perp ? { perpetrators: [f.perp] } : {}),
        ...(f.priority ? { priority: f.priority } : {}),
        ...(f.restricted !== undefined ? { restricted: f.restricted } : {}),
      },
    });
    expect(response.status).toBe(201);
    await veille.settle();
    return lastId();
  },
  'SMS (Twilio)': async (f) => {
    // What a focal point can say in one SMS: the same words and key:value overrides as a quick report.
    const answer = await postSms(veille.runtime.port, smsParams(quickReportText(f), `SM${String(++sent).padStart(32, '0')}`));
    expect(answer.status).toBe(200);
    expect(messageOf(answer.text)).toMatch(/^Veille A-\d+/);
    await veille.settle();
    return lastId();
  },
  'KoBoToolbox form': async (f) => {
    const made = createToken(veille.db, { name: `kobo-${++sent}`, scopes: ['alerts:write'], at: veille.clock.now(), actor: 'test' });
    if (!made.ok) throw new Error(made.reason);
    const uuid = `0b6f4a6e-7c1d-4e8a-9f3b-${String(sent).padStart(12, '0')}`;
    const counts = Object.fromEntries(Object.entries(f.victims ?? {}).map(([key, n]) => [KOBO_FORM.fields[key as keyof typeof KOBO_FORM.fields], String(n)]));
    const answer = await postKobo(
      veille.runtime.port,
      {
        _uuid: uuid,
        'meta/instanceID': `uuid:${uuid}`,
        _xform_id_string: KOBO_FORM.id,
        _submission_time: '2026-11-22T05:45:03',
        'incident/what_happened': f.description,
        'incident/village': f.place,
        'incident/category': f.category,
        ...(f.perp && { 'incident/perpetrators': f.perp }),
        ...(f.priority && { 'incident/priority': f.priority }),
        ...(f.restricted !== undefined && { 'incident/restricted': f.restricted ? 'yes' : 'no' }),
        ...Object.fromEntries(Object.entries(counts).map(([question, n]) => [`incident/${question}`, n])),
      },
      made.token,
    );
    expect(answer.status, JSON.stringify(answer.json)).toBe(201);
    await veille.settle();
    return lastId();
  },
};

const CASES: Array<{ name: string; facts: Facts; expected: Expected }> = [
  {
    name: 'a detention by a host-state force: medium, HRDDP',
    facts: { description: 'Soldiers arrested youths at the market', category: 'arbitrary_detention', place: 'Kiwanja', perp: 'FARDC' },
    expected: { priority: 'medium', sensitivity: 'standard', hostState: true },
  },
  {
    name: 'an attack the text says is under way: critical',
    facts: { description: 'Armed men attacking the village right now, houses burning', category: 'attack_on_civilians', place: 'Kamango', perp: 'ADF', victims: { killed: 2 } },
    expected: { priority: 'critical', sensitivity: 'standard', hostState: false },
  },
  {
    name: 'one killing is high',
    facts: { description: 'A farmer was shot on his way to the fields', category: 'attack_on_civilians', place: 'Oicha', victims: { killed: 1 } },
    expected: { priority: 'high', sensitivity: 'standard', hostState: false },
  },
  {
    name: 'the reporter’s priority wins over the rule',
    facts: { description: 'Threats against a journalist of the local radio', category: 'threat_intimidation', place: 'Goma', priority: 'high' },
    expected: { priority: 'high', sensitivity: 'standard', hostState: false },
  },
  {
    name: 'a restriction asked for is kept',
    facts: { description: 'An informant of the patrol received threats', category: 'threat_intimidation', place: 'Bunia', restricted: true },
    expected: { priority: 'medium', sensitivity: 'restricted', hostState: false },
  },
  {
    name: 'sexual violence under another category is restricted, whatever restricted:no says',
    facts: { description: 'Women raped during the attack on the village', category: 'attack_on_civilians', place: 'Kalunguta', perp: 'ADF', victims: { killed: 1 }, restricted: false },
    expected: { priority: 'high', sensitivity: 'restricted', hostState: false },
  },
  {
    name: 'a child violation is restricted and high',
    facts: { description: 'Children recruited by the militia near the school', category: 'child_violation', place: 'Mambasa', perp: 'CODECO' },
    expected: { priority: 'high', sensitivity: 'restricted', hostState: false },
  },
  {
    name: 'a raid on an IDP site with rapes is CRSV, restricted, and critical because the site was attacked',
    facts: { description: 'Armed men raided Lushagala IDP camp at night and raped women', category: 'crsv', place: 'Lushagala' },
    expected: { priority: 'critical', sensitivity: 'restricted', hostState: false },
  },
  {
    name: 'the same in French, by a host-state force (HRDDP)',
    facts: { description: 'Des militaires ont attaqué le site de déplacés de Rhoe et violé des femmes', category: 'crsv', place: 'Rhoe', perp: 'FARDC' },
    expected: { priority: 'critical', sensitivity: 'restricted', hostState: true },
  },
  {
    name: 'rapes near an IDP site with no attack on it stay high',
    facts: { description: 'Women raped while fetching firewood outside Bulengo IDP site', category: 'crsv', place: 'Bulengo' },
    expected: { priority: 'high', sensitivity: 'restricted', hostState: false },
  },
  {
    name: '`other` is the only low',
    facts: { description: 'Meeting with community leaders about the market day', category: 'other', place: 'Mahagi' },
    expected: { priority: 'low', sensitivity: 'standard', hostState: false },
  },
];

describe('the same facts through every door give the same alert', () => {
  for (const { name, facts, expected } of CASES) {
    it(name, async () => {
      const stored: Record<string, unknown> = {};
      for (const [door, log] of Object.entries(DOORS)) {
        const alert = getAlert(veille.db, await log(facts))!;
        stored[door] = { category: alert.category, priority: alert.priority, sensitivity: alert.sensitivity, hostState: alert.hostState };
      }
      const want = { category: facts.category, ...expected };
      expect(stored).toEqual(Object.fromEntries(Object.keys(DOORS).map((door) => [door, want])));
    });
  }
});

describe('the form', () => {
  it('restricts a case with CRSV survivors counted under a non-restricted category, and posts only stubs outside restricted sections', async () => {
    await veille.driver.slashCommand({ user: PEOPLE.pocOfficer.id, channel: GENERAL_CHANNEL, text: '' });
    await veille.fake.waitFor(() => veille.fake.openViews(PEOPLE.pocOfficer.id).length > 0);
    const [view] = veille.fake.openViews(PEOPLE.pocOfficer.id);
    const result = await veille.driver.submitView({
      user: PEOPLE.pocOfficer.id,
      viewId: view!.id as string,
      values: { description: 'Shops looted at Minova market overnight by armed men', place: 'Minova', category: 'looting_destruction', 'victims.crsvSurvivors': '2' },
    });
    expect(result.body).toBe('');
    await veille.settle();
    const alert = getAlert(veille.db, 1)!;
    expect(alert).toMatchObject({ category: 'looting_destruction', sensitivity: 'restricted', priority: 'high' });
    expect(alert.victims.crsvSurvivors).toBe(2);

    const full = veille.fake.messages(channelOf('crsv'));
    expect(full).toHaveLength(1);
    expect(textOf(full[0])).toContain('Shops looted at Minova market');
    const outside = veille.mission.sections.filter((s) => !s.restricted).map((s) => s.id);
    expect(veille.fake.messages(channelOf('cp'))).toHaveLength(0);
    let stubs = 0;
    for (const section of outside) {
      for (const message of veille.fake.messages(channelOf(section))) {
        stubs++;
        const text = textOf(message);
        expect(text, section).toContain('A-1');
        expect(text, section).toContain('Kalehe territory, South Kivu');
        expect(text, section).toContain('Details held by*\\nWomen Protection / CRSV');
        for (const secret of ['Shops looted', 'Minova', 'CRSV survivors', PEOPLE.pocOfficer.id]) expect(text, `${section} leaks ${secret}`).not.toContain(secret);
      }
    }
    expect(stubs).toBe(3); // PoC and Human Rights (it receives CRSV), and the Goma field office
  });
});
