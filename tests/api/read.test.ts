import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { VeilleClient } from '../../src/api/client.js';
import { closeAlert } from '../../src/alerts/service.js';
import { eventsOf } from '../../src/store/events.js';
import { MORNING } from '../integration/harness.js';
import { useApi } from './setup.js';

const api = useApi();
const HOUR = 3_600_000;

/** Five alerts an hour apart: A-1 Kamango (Beni), A-2 Kibumba CRSV (restricted, with a source), A-3 Bunia, A-4 Mbau, A-5 Uvira. */
async function seed() {
  const { hotline, veille } = api();
  const reports = [
    { description: 'Armed men attacked Kamango market, 4 killed', sourceDetail: 'Radio Kamango reporter' },
    { description: 'A woman raped by armed men in Kibumba', sourceDetail: 'Nurse at the clinic, +243 81 234 5678' },
    { description: 'Tension between communities in Bunia after a dispute', category: 'intercommunal_tension' as const },
    { description: 'Two people abducted near Mbau', priority: 'critical' as const },
    { description: 'Displacement of families from Uvira after clashes', category: 'displacement' as const },
  ];
  for (const body of reports) {
    const { response } = await hotline.POST('/api/v1/alerts', { body });
    expect(response.status).toBe(201);
    veille.clock.advance(HOUR);
  }
  closeAlert(veille.db, 3, 'resolved', veille.clock.now());
}

const refs = (page: { alerts: Array<{ reference: string }> } | undefined) => page!.alerts.map((a) => a.reference);

describe('GET /api/v1/alerts', () => {
  it('shows a dashboard (alerts:read) standard alerts in full and restricted ones as stubs, never a source', async () => {
    await seed();
    const { data } = await api().dashboard.GET('/api/v1/alerts');
    expect(refs(data)).toEqual(['A-1', 'A-2', 'A-3', 'A-4', 'A-5']);
    const [first, crsv] = data!.alerts;
    expect(first).toMatchObject({ detail: 'full', description: 'Armed men attacked Kamango market, 4 killed', place: { id: 'kamango', territory: 'Beni' } });
    expect(first).not.toHaveProperty('sourceDetail');
    expect(crsv).toEqual({
      detail: 'stub',
      reference: 'A-2',
      createdAt: new Date(MORNING + HOUR).toISOString(),
      category: 'crsv',
      priority: 'high',
      status: 'new',
      sensitivity: 'restricted',
      territory: 'Nyiragongo',
      province: 'North Kivu',
      heldBy: ['crsv'],
    });
    expect(JSON.stringify(data)).not.toMatch(/raped|Nurse|Radio Kamango/);
    expect(eventsOf(api().veille.db, 2).map((e) => e.type)).toEqual(['logged']);
  });

  it('shows a restricted:read token everything, and records each restricted read with the token name', async () => {
    await seed();
    const { data } = await api().missionDb.GET('/api/v1/alerts');
    const crsv = data!.alerts[1]!;
    expect(crsv).toMatchObject({ detail: 'full', description: 'A woman raped by armed men in Kibumba', sourceDetail: 'Nurse at the clinic, +243 81 234 5678' });
    expect(data!.alerts[0]).toMatchObject({ sourceDetail: 'Radio Kamango reporter' });
    expect(data!.alerts[2]).toMatchObject({ sourceDetail: null });
    const reveal = (id: number) => eventsOf(api().veille.db, id).filter((e) => e.type === 'revealed');
    expect(reveal(2)).toEqual([expect.objectContaining({ actor: 'api:mission-db', data: { surface: 'api_list', token: 'mission-db', source: true } })]);
    expect(reveal(1)).toHaveLength(1); // a standard alert's source identity is confidential too
    expect(reveal(3)).toHaveLength(0);
  });

  it('filters by status, priority, category, section and period', async () => {
    await seed();
    const get = async (query: Record<string, unknown>) => refs((await api().missionDb.GET('/api/v1/alerts', { params: { query } })).data);
    expect(await get({ status: ['closed'] })).toEqual(['A-3']);
    expect(await get({ status: ['new', 'acknowledged'] })).toEqual(['A-1', 'A-2', 'A-4', 'A-5']);
    expect(await get({ priority: ['critical'] })).toEqual(['A-4']);
    expect(await get({ category: ['crsv', 'displacement'] })).toEqual(['A-2', 'A-5']);
    expect(await get({ section: 'crsv' })).toEqual(['A-2']);
    expect(await get({ section: 'fo-beni' })).toEqual(['A-1', 'A-4']);
    expect(await get({ since: new Date(MORNING + HOUR).toISOString(), until: new Date(MORNING + 3 * HOUR).toISOString() })).toEqual(['A-2', 'A-3']);
    expect(await get({ since: '2026-11-23' })).toEqual([]);
    expect(await get({ until: '2026-11-22' })).toEqual([]);
    expect(await get({ since: '2026-11-22', status: ['new'], priority: ['high'] })).toEqual(['A-1', 'A-2']);
  });

  it('filters by place at any level, by id or by name', async () => {
    await seed();
    const get = async (place: string, client = api().missionDb) => refs((await client.GET('/api/v1/alerts', { params: { query: { place } } })).data);
    expect(await get('kamango')).toEqual(['A-1']);
    expect(await get('beni-territory')).toEqual(['A-1', 'A-4']);
    expect(await get('Territoire de Beni')).toEqual(['A-1', 'A-4']);
    expect(await get('north-kivu')).toEqual(['A-1', 'A-2', 'A-4']);
    expect(await get('Nord-Kivu')).toEqual(['A-1', 'A-2', 'A-4']);
    expect(await get('ituri')).toEqual(['A-3']);
    expect(await get('south-kivu')).toEqual(['A-5']);
    // Without restricted:read a locality filter must not tell where a restricted alert happened…
    expect(await get('kibumba', api().missionDb)).toEqual(['A-2']);
    expect(await get('kibumba', api().dashboard)).toEqual([]);
    // …while its territory and province are in the stub anyway.
    expect(await get('nyiragongo-territory', api().dashboard)).toEqual(['A-2']);
  });
});

describe('GET /api/v1/alerts/{ref}', () => {
  it('gives one alert with its audit trail', async () => {
    await seed();
    for (const ref of ['A-1', 'a-1', '1']) {
      const { data, response } = await api().dashboard.GET('/api/v1/alerts/{ref}', { params: { path: { ref } } });
      expect(response.status, ref).toBe(200);
      expect(data!.alert).toMatchObject({ reference: 'A-1', detail: 'full', victims: { killed: 4 }, sections: expect.arrayContaining([{ section: 'poc', view: 'full' }]) });
      expect(data!.events[0]).toMatchObject({ type: 'logged', actor: 'api:hotline', at: new Date(MORNING).toISOString(), data: { via: 'api', token: 'hotline' } });
    }
  });

  it('gives a restricted alert as a stub without its trail, or in full to restricted:read, audited', async () => {
    await seed();
    const stub = await api().dashboard.GET('/api/v1/alerts/{ref}', { params: { path: { ref: 'A-2' } } });
    expect(stub.data).toEqual({ alert: expect.objectContaining({ detail: 'stub', reference: 'A-2' }), events: [] });
    const full = await api().missionDb.GET('/api/v1/alerts/{ref}', { params: { path: { ref: 'A-2' } } });
    expect(full.data!.alert).toMatchObject({ detail: 'full', sourceDetail: 'Nurse at the clinic, +243 81 234 5678' });
    expect(full.data!.events.map((e) => e.type)).toEqual(['logged', 'revealed']);
    expect(full.data!.events[1]).toMatchObject({ actor: 'api:mission-db', data: { surface: 'api_show', token: 'mission-db' } });
  });

  it('answers 404 for an unknown alert', async () => {
    await seed();
    for (const ref of ['A-999', 'nonsense', 'B-1']) {
      const { error, response } = await api().dashboard.GET('/api/v1/alerts/{ref}', { params: { path: { ref } } });
      expect(response.status, ref).toBe(404);
      expect(error).toMatchObject({ error: { code: 'not_found', field: 'ref' } });
    }
  });
});

describe('scopes', () => {
  it('keeps a write-only token from reading and a read-only token from writing (403, naming the scope)', async () => {
    await seed();
    const read = await api().hotline.GET('/api/v1/alerts');
    expect(read.response.status).toBe(403);
    expect(read.error!.error.message).toContain('alerts:read');
    expect((await api().hotline.GET('/api/v1/alerts/{ref}', { params: { path: { ref: 'A-1' } } })).response.status).toBe(403);
    expect((await api().hotline.GET('/api/v1/export.csv', { parseAs: 'text' })).response.status).toBe(403);
    const write = await api().dashboard.POST('/api/v1/alerts', { body: { description: 'Shots heard in Beni' } });
    expect(write.response.status).toBe(403);
    expect(write.error!.error.message).toContain('alerts:write');
    expect(api().veille.db.prepare('SELECT COUNT(*) FROM alerts').pluck().get()).toBe(5);
  });
});

describe('GET /api/v1/digests/{section}', () => {
  it("gives a section's digest figures for a day, restricted alerts only as counts without restricted:read", async () => {
    await seed();
    const get = (client: VeilleClient, section: string, date: string) =>
      client.GET('/api/v1/digests/{section}', { params: { path: { section }, query: { date } } });
    // 23 Nov's digest (07:00 Kinshasa) is not due yet: its figures run to now and hold the five alerts.
    const poc = await get(api().dashboard, 'poc', '2026-11-23');
    expect(poc.response.status).toBe(200);
    expect(poc.data).toMatchObject({ section: 'poc', date: '2026-11-23', dueAt: '2026-11-23T06:00:00.000Z', complete: false });
    const figures = poc.data!.figures;
    expect(figures).toMatchObject({ sectionId: 'poc', full: false, newAlerts: { total: 5 } });
    expect(figures.newAlerts.items.map((i) => i.reference)).not.toContain('A-2');
    expect(JSON.stringify(poc.data)).not.toMatch(/raped|Nurse/);

    const crsvStub = await get(api().dashboard, 'crsv', '2026-11-23');
    expect(crsvStub.data!.figures).toMatchObject({ full: false, newAlerts: { total: 1, items: [] } });
    expect(eventsOf(api().veille.db, 2).map((e) => e.type)).toEqual(['logged']);
    const crsvFull = await get(api().missionDb, 'crsv', '2026-11-23');
    expect(crsvFull.data!.figures.full).toBe(true);
    expect(crsvFull.data!.figures.newAlerts.items.map((i) => i.reference)).toEqual(['A-2']);
    expect(eventsOf(api().veille.db, 2).at(-1)).toMatchObject({ type: 'revealed', actor: 'api:mission-db', data: { surface: 'api_digest', section: 'crsv' } });

    // 22 Nov's digest fell due at 07:00 Kinshasa, before any of them.
    const before = await get(api().dashboard, 'poc', '2026-11-22');
    expect(before.data).toMatchObject({ complete: true, figures: { newAlerts: { total: 0 } } });
  });

  it('answers an unknown section with 404 and a bad date with 422', async () => {
    const { dashboard, hotline } = api();
    const unknown = await dashboard.GET('/api/v1/digests/{section}', { params: { path: { section: 'nope' }, query: { date: '2026-11-22' } } });
    expect(unknown.response.status).toBe(404);
    const bad = await dashboard.GET('/api/v1/digests/{section}', { params: { path: { section: 'poc' }, query: { date: '22/11/2026' } } });
    expect(bad.error).toMatchObject({ error: { code: 'invalid', field: 'date' } });
    const forbidden = await hotline.GET('/api/v1/digests/{section}', { params: { path: { section: 'poc' }, query: { date: '2026-11-22' } } });
    expect(forbidden.response.status).toBe(403);
  });
});

describe('GET /api/v1/openapi.json', () => {
  it('serves the document kept in the repository, without a token', async () => {
    const response = await fetch(`${api().baseUrl}/api/v1/openapi.json`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(JSON.parse(readFileSync('src/api/openapi.json', 'utf8')));
  });
});
