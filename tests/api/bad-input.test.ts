import { beforeEach, describe, expect, it } from 'vitest';
import { revokeToken } from '../../src/api/tokens.js';
import { isErrorBody } from './contract.js';
import { useApi } from './setup.js';

const api = useApi();
let rawToken = '';
beforeEach(() => {
  rawToken = api().client('raw', ['alerts:write', 'alerts:read']).token;
});

/** Nothing stored half-way: no alert, event, Slack post or idempotency key. */
function stored() {
  const count = (table: string) => api().veille.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
  return { alerts: count('alerts'), events: count("events WHERE type NOT LIKE 'api_token%'"), outbox: count('outbox'), keys: count('api_idempotency') };
}
const NOTHING = { alerts: 0, events: 0, outbox: 0, keys: 0 };

/** A raw POST (bodies the typed client cannot produce), still checked against the document. */
async function post(body: BodyInit | null, headers: Record<string, string> = {}, token?: string) {
  const { baseUrl, fetch } = api();
  const made = token ?? rawToken;
  const init: RequestInit & { duplex?: 'half' } = {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...(made ? { authorization: `Bearer ${made}` } : {}), ...headers },
  };
  if (body instanceof ReadableStream) init.duplex = 'half';
  const response = await fetch(new Request(`${baseUrl}/api/v1/alerts`, init));
  return { status: response.status, headers: response.headers, body: (await response.json()) as { error: { code: string; message: string; field?: string } } };
}

describe('bad input to POST /api/v1/alerts', () => {
  it('answers malformed JSON with 400', async () => {
    const answer = await post('{"description": "Shots in Beni",');
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('malformed_json');
    expect((await post(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]))).status).toBe(400); // not UTF-8
    expect(stored()).toEqual(NOTHING);
  });

  it('answers wrong types and unknown fields with 422 naming the field', async () => {
    const { hotline } = api();
    const cases: Array<[unknown, string, string]> = [
      [{ description: 42 }, 'invalid', 'description'],
      [{ description: 'x', victims: { killed: 'two' } }, 'invalid', 'victims.killed'],
      [{ description: 'x', victims: { killed: 1.5 } }, 'invalid', 'victims.killed'],
      [{ description: 'x', victims: { killed: -1 } }, 'invalid', 'victims.killed'],
      [{ description: 'x', category: 'massacre' }, 'invalid', 'category'],
      [{ description: 'x', perpetrators: 'ADF' }, 'invalid', 'perpetrators'],
      [{ description: 'x', restricted: 'yes' }, 'invalid', 'restricted'],
      [{ description: 'x', reporter: 'me' }, 'unknown_field', 'reporter'],
      [{ description: 'x', victims: { dead: 3 } }, 'unknown_field', 'victims.dead'],
      [{ category: 'abduction' }, 'invalid', 'description'],
      [{ description: '   ' }, 'invalid', 'description'],
      [{ description: 'x', occurredAt: 'yesterday' }, 'invalid', 'occurredAt'],
      [{ description: 'x', occurredAt: '2027-06-01' }, 'invalid', 'occurredAt'],
      [{ description: 'x'.repeat(4001) }, 'invalid', 'description'],
    ];
    for (const [body, code, field] of cases) {
      const { error, response } = await hotline.POST('/api/v1/alerts', { body: body as never });
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(422);
      expect(error!.error, JSON.stringify(body).slice(0, 80)).toMatchObject({ code, field });
    }
    expect((await post('[1, 2]')).status).toBe(422);
    expect((await post('null')).status).toBe(422);
    expect(stored()).toEqual(NOTHING);
  });

  it('refuses an unknown place with 422, naming the nearest places, and stores nothing', async () => {
    const { error, response } = await api().hotline.POST('/api/v1/alerts', {
      body: { description: 'Shots heard', place: 'Kamangoo' },
      headers: { 'Idempotency-Key': 'k-1' },
    });
    expect(response.status).toBe(422);
    expect(error!.error).toMatchObject({ code: 'unknown_place', field: 'place' });
    expect(error!.error.message).toContain('Nearest: Kamango (kamango)');
    expect(stored()).toEqual(NOTHING);
  });

  it('refuses a body over 1 MB with 413 whether its length is declared or streamed', async () => {
    const big = JSON.stringify({ description: 'x'.repeat(1024 * 1024) });
    const declared = await post(big);
    expect(declared.status).toBe(413);
    expect(declared.body.error.code).toBe('too_large');
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode('{"description":"'));
        if (sent > 2 * 1024 * 1024) return controller.close();
        controller.enqueue(chunk);
        sent += chunk.length;
      },
    });
    const streamed = await post(stream);
    expect(streamed.status).toBe(413);
    expect(stored()).toEqual(NOTHING);
  });

  it('refuses a body that is not JSON with 415', async () => {
    const answer = await post('description=Shots', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(answer.status).toBe(415);
    expect(answer.body.error).toMatchObject({ code: 'unsupported_media_type', field: 'Content-Type' });
  });

  it('refuses a bad Idempotency-Key with 422', async () => {
    const answer = await post(JSON.stringify({ description: 'Shots in Beni' }), { 'Idempotency-Key': 'k'.repeat(201) });
    expect(answer.body.error).toMatchObject({ code: 'invalid', field: 'Idempotency-Key' });
    expect(stored()).toEqual(NOTHING);
  });

  it('rolls everything back when storing fails half-way (500), so a retry is safe', async () => {
    const { veille, hotline } = api();
    veille.db.exec("CREATE TRIGGER outbox_full BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    const headers = { 'Idempotency-Key': 'retry-me' };
    const body = { description: 'Shots in Beni', place: 'beni' };
    const failed = await hotline.POST('/api/v1/alerts', { body, headers });
    expect(failed.response.status).toBe(500);
    expect(failed.error!.error.code).toBe('internal');
    expect(stored()).toEqual(NOTHING);
    veille.db.exec('DROP TRIGGER outbox_full');
    const retried = await hotline.POST('/api/v1/alerts', { body, headers });
    expect(retried.response.status).toBe(201);
    expect(stored()).toMatchObject({ alerts: 1, keys: 1 });
  });
});

describe('tokens', () => {
  it('answers a missing, unknown or revoked token with 401 and a Bearer challenge', async () => {
    const body = JSON.stringify({ description: 'Shots in Beni' });
    const missing = await post(body, {}, '');
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toContain('Bearer');
    expect((await post(body, {}, 'vt_not-a-token')).status).toBe(401);
    const { token } = api().client('kobo', ['alerts:write']);
    expect((await post(body, {}, token)).status).toBe(201);
    revokeToken(api().veille.db, 'kobo', api().veille.clock.now(), 'test');
    const revoked = await post(body, {}, token);
    expect(revoked.status).toBe(401);
    expect(revoked.body.error.message).toContain('revoked');
    const read = await api().fetch(new Request(`${api().baseUrl}/api/v1/alerts`, { headers: { authorization: `Bearer ${token}` } }));
    expect(read.status).toBe(401);
    expect(stored().alerts).toBe(1);
  });
});

describe('bad queries', () => {
  it('answers unknown or wrong query parameters with 422 naming them', async () => {
    const { dashboard } = api();
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ stauts: 'new' }, 'unknown_field', 'stauts'],
      [{ status: ['open'] }, 'invalid', 'status'],
      [{ priority: ['urgent'] }, 'invalid', 'priority'],
      [{ limit: 0 }, 'invalid', 'limit'],
      [{ limit: 501 }, 'invalid', 'limit'],
      [{ cursor: 'abc' }, 'invalid', 'cursor'],
      [{ place: 'Atlantis' }, 'unknown_place', 'place'],
      [{ section: 'nope' }, 'unknown_section', 'section'],
      [{ since: 'last week' }, 'invalid', 'since'],
    ];
    for (const [query, code, field] of cases) {
      const { error, response } = await dashboard.GET('/api/v1/alerts', { params: { query: query as never } });
      expect(response.status, JSON.stringify(query)).toBe(422);
      expect(error!.error, JSON.stringify(query)).toMatchObject({ code, field });
    }
    const csv = await dashboard.GET('/api/v1/export.csv', { params: { query: { place: 'Atlantis' } }, parseAs: 'text' });
    expect(csv.response.status).toBe(422);
  });

  it('answers unknown paths with a JSON 404 and wrong methods with 405', async () => {
    const { baseUrl } = api();
    const unknown = await fetch(`${baseUrl}/api/v1/incidents`);
    expect(unknown.status).toBe(404);
    expect(isErrorBody(await unknown.json())).toBe(true);
    const wrong = await fetch(`${baseUrl}/api/v1/alerts`, { method: 'DELETE' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST, GET');
    expect(isErrorBody(await wrong.json())).toBe(true);
  });
});
