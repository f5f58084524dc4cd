import { describe, expect, it } from 'vitest';
import { draftFromReport } from '../../src/alerts/draft.js';
import { logAlert } from '../../src/alerts/flows.js';
import { closeAlert } from '../../src/alerts/service.js';
import { parseQuickReport } from '../../src/intake/index.js';
import { useApi } from './setup.js';

const api = useApi();

const TEXTS = [
  'Armed men attacked Kamango market, 2 killed',
  'Two children abducted near Mambasa school',
  'Houses looted in Oicha overnight',
  'A woman raped near Eringeti',
  'Tension between communities in Bunia',
];

/** 1,000 alerts logged through the same flow as Slack and the API; their cards are not what this test is about. */
function seed(n: number): void {
  const veille = api().veille.veille;
  const drafts = TEXTS.map((t) => draftFromReport(parseQuickReport(t, veille.intake), 'api'));
  veille.db.transaction(() => {
    for (let i = 0; i < n; i++) logAlert(veille, drafts[i % drafts.length]!, 'api:seed');
  })();
  veille.db.exec("UPDATE outbox SET status = 'sent'");
}

describe('cursor pagination', () => {
  it('pages over 1,000 alerts while new ones arrive and others change, missing none and repeating none', async () => {
    seed(1000);
    const { dashboard, hotline, veille } = api();
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    for (;;) {
      const { data } = await dashboard.GET('/api/v1/alerts', { params: { query: { limit: 97, ...(cursor ? { cursor } : {}) } } });
      seen.push(...data!.alerts.map((a) => a.reference));
      pages++;
      // Between pages: new alerts come in from the API, and already-listed ones are closed.
      if (pages <= 5) {
        for (const text of ['Shots heard in Beni at night', 'A girl raped in Mutwanga']) {
          const { response } = await hotline.POST('/api/v1/alerts', { body: { description: `${text} (${pages})` } });
          expect(response.status).toBe(201);
        }
        closeAlert(veille.db, pages * 3, 'resolved', veille.clock.now());
      }
      if (!data!.hasMore) {
        cursor = data!.nextCursor ?? undefined;
        break;
      }
      cursor = data!.nextCursor!;
    }
    const all = (veille.db.prepare('SELECT reference FROM alerts ORDER BY id').pluck().all() as string[]);
    expect(all).toHaveLength(1010);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(all);
    expect(pages).toBe(11);

    // The last cursor keeps its place: polling with it gives only what came since.
    const empty = await dashboard.GET('/api/v1/alerts', { params: { query: { cursor: cursor! } } });
    expect(empty.data).toEqual({ alerts: [], nextCursor: cursor, hasMore: false });
    await hotline.POST('/api/v1/alerts', { body: { description: 'Displacement from Mbau' } });
    const later = await dashboard.GET('/api/v1/alerts', { params: { query: { cursor: cursor! } } });
    expect(later.data!.alerts.map((a) => a.reference)).toEqual(['A-1011']);
  });

  it('pages a filtered list the same way', async () => {
    seed(200);
    const { dashboard } = api();
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const { data } = await dashboard.GET('/api/v1/alerts', { params: { query: { category: ['abduction', 'child_violation'], limit: 7, ...(cursor ? { cursor } : {}) } } });
      seen.push(...data!.alerts.map((a) => a.reference));
      cursor = data!.hasMore ? data!.nextCursor! : undefined;
    } while (cursor);
    const expected = api().veille.db.prepare("SELECT reference FROM alerts WHERE category IN ('abduction', 'child_violation') ORDER BY id").pluck().all();
    expect(expected.length).toBe(40);
    expect(seen).toEqual(expected);
  });
});
