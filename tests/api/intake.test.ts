import { describe, expect, it } from 'vitest';
import { getAlert } from '../../src/alerts/service.js';
import { eventsOf } from '../../src/store/events.js';
import { textOf } from '../integration/harness.js';
import { useApi } from './setup.js';

const api = useApi();
const channelOf = (id: string) => api().veille.mission.sections.find((s) => s.id === id)!.channel;
const count = (table: string) => api().veille.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;

describe('POST /api/v1/alerts from a hotline (alerts:write)', () => {
  it('reads one line of free text like a quick report, stores it, and posts its cards as if logged in Slack', async () => {
    const { hotline } = api();
    const { data, response } = await hotline.POST('/api/v1/alerts', {
      body: { description: 'Armed men attacked Kamango market this morning, 4 killed and 2 abducted, ADF suspected' },
    });
    expect(response.status).toBe(201);
    expect(data).toMatchObject({
      reference: 'A-1',
      category: 'attack_on_civilians',
      priority: 'high',
      sensitivity: 'standard',
      status: 'new',
      place: { id: 'kamango', name: 'Kamango', territory: 'Beni', province: 'North Kivu' },
      replayed: false,
    });
    expect(data!.sections.map((s) => s.section).sort()).toEqual(['fo-beni', 'hr', 'poc']);

    const alert = getAlert(api().veille.db, 1)!;
    expect(alert).toMatchObject({ reportedBy: 'api:hotline', reportedVia: 'api', placeId: 'kamango', category: 'attack_on_civilians' });
    expect(alert.victims).toMatchObject({ killed: 4, abducted: 2, injured: null });
    expect(alert.perpetrators.map((p) => p.actorId)).toEqual(['adf']);
    const [logged] = eventsOf(api().veille.db, 1);
    expect(logged).toMatchObject({ type: 'logged', actor: 'api:hotline', data: { via: 'api', token: 'hotline' } });

    await api().veille.settle();
    for (const section of ['poc', 'hr', 'fo-beni']) {
      const cards = api().veille.fake.messages(channelOf(section));
      expect(cards, section).toHaveLength(1);
      expect(textOf(cards[0])).toContain('Kamango market');
    }
    expect(api().veille.fake.messages(channelOf('fo-goma'))).toHaveLength(0);
  });

  it('takes the form fields as given; the ones left out are read from the description', async () => {
    const { hotline } = api();
    const { data, response } = await hotline.POST('/api/v1/alerts', {
      body: {
        description: 'Des hommes armés ont incendié des maisons, 3 tués',
        category: 'looting_destruction',
        place: 'Oicha',
        occurredAt: '2026-11-21',
        perpetrators: ['CODECO', 'unknown armed men'],
        victims: { injured: 5, killed: null },
        priority: 'critical',
        sourceType: 'community_alert_network',
        sourceDetail: 'Chief of Oicha quarter, +243 99 000 0000',
      },
    });
    expect(response.status).toBe(201);
    expect(data).toMatchObject({ category: 'looting_destruction', priority: 'critical', place: { id: 'oicha' } });
    const alert = getAlert(api().veille.db, 1)!;
    expect(alert).toMatchObject({
      category: 'looting_destruction',
      placeId: 'oicha',
      priority: 'critical',
      priorityOverridden: true,
      sourceType: 'community_alert_network',
      sourceDetail: 'Chief of Oicha quarter, +243 99 000 0000',
      occurredAt: Date.UTC(2026, 10, 21, 12),
      language: 'fr',
      description: 'Des hommes armés ont incendié des maisons, 3 tués',
    });
    // killed given as null (unknown) wins over the "3 tués" in the text; injured given; the rest as parsed.
    expect(alert.victims).toMatchObject({ killed: null, injured: 5 });
    expect(alert.perpetrators).toEqual([
      { actorId: 'codeco', name: 'CODECO' },
      { actorId: null, name: 'unknown armed men' },
    ]);
    await api().veille.settle();
    // The source identity never reaches a channel.
    for (const section of api().veille.mission.sections) {
      for (const message of api().veille.fake.messages(section.channel)) expect(textOf(message)).not.toContain('Chief of Oicha');
    }
  });

  it('keeps a CRSV report restricted: the full card only in the CRSV section, stubs elsewhere', async () => {
    const { hotline } = api();
    const { data } = await hotline.POST('/api/v1/alerts', {
      body: { description: 'Two women raped near Eringeti by armed men', restricted: false },
    });
    expect(data).toMatchObject({ category: 'crsv', sensitivity: 'restricted' });
    expect(data!.warnings.join(' ')).toContain('always restricted');
    await api().veille.settle();
    expect(textOf(api().veille.fake.messages(channelOf('crsv'))[0])).toContain('Two women raped');
    for (const section of ['poc', 'hr']) {
      const [stub] = api().veille.fake.messages(channelOf(section));
      expect(stub, section).toBeDefined();
      expect(textOf(stub)).not.toContain('raped');
    }
  });

  it('refuses sexual exploitation by UN personnel as a protection alert, and logs nothing', async () => {
    const { hotline } = api();
    const { error, response } = await hotline.POST('/api/v1/alerts', {
      body: { description: 'A UN peacekeeper sexually exploited a girl in exchange for food at Kamango' },
    });
    expect(response.status).toBe(422);
    expect(error).toMatchObject({ error: { code: 'conduct_matter', field: 'description' } });
    expect(count('alerts')).toBe(0);
  });
});

describe('Idempotency-Key', () => {
  const body = { description: 'Two abducted on the road to Mbau', place: 'mbau' };

  it('makes a retry return the same alert, never a second one, with the first answer', async () => {
    const { hotline } = api();
    const headers = { 'Idempotency-Key': 'sms-20261122-0001' };
    const first = await hotline.POST('/api/v1/alerts', { body, headers });
    const again = await hotline.POST('/api/v1/alerts', { body: { place: 'mbau', description: body.description }, headers });
    const third = await hotline.POST('/api/v1/alerts', { body, headers });
    expect(first.response.status).toBe(201);
    expect(again.response.status).toBe(200);
    expect(third.response.status).toBe(200);
    expect(again.data).toEqual({ ...first.data, replayed: true });
    expect(third.data!.reference).toBe(first.data!.reference);
    expect(count('alerts')).toBe(1);
    expect(eventsOf(api().veille.db, 1).filter((e) => e.type === 'logged')).toHaveLength(1);
    await api().veille.settle();
    expect(api().veille.fake.messages(channelOf('poc'))).toHaveLength(1);
  });

  it('refuses the same key with another body (409) and stores nothing for it', async () => {
    const { hotline } = api();
    const headers = { 'Idempotency-Key': 'form-77' };
    await hotline.POST('/api/v1/alerts', { body, headers });
    const other = await hotline.POST('/api/v1/alerts', { body: { ...body, description: 'Three abducted on the road to Mbau' }, headers });
    expect(other.response.status).toBe(409);
    expect(other.error).toMatchObject({ error: { code: 'idempotency_conflict', field: 'Idempotency-Key' } });
    expect(count('alerts')).toBe(1);
  });

  it('keeps keys apart per token, and without a key each POST is a new alert', async () => {
    const { hotline, missionDb } = api();
    const headers = { 'Idempotency-Key': 'same-key' };
    const a = await hotline.POST('/api/v1/alerts', { body, headers });
    const b = await missionDb.POST('/api/v1/alerts', { body, headers });
    expect(b.response.status).toBe(201);
    expect(b.data!.reference).not.toBe(a.data!.reference);
    await hotline.POST('/api/v1/alerts', { body });
    await hotline.POST('/api/v1/alerts', { body });
    expect(count('alerts')).toBe(4);
  });

  it('answers concurrent retries with one alert', async () => {
    const { hotline } = api();
    const headers = { 'Idempotency-Key': 'burst' };
    const answers = await Promise.all(Array.from({ length: 8 }, () => hotline.POST('/api/v1/alerts', { body, headers })));
    expect(answers.map((a) => a.response.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.data!.reference)).size).toBe(1);
    expect(count('alerts')).toBe(1);
  });
});
