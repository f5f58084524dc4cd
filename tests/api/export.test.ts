import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { eventsOf } from '../../src/store/events.js';
import { runExport } from '../../src/cli/export.js';
import { parseCsvStrict } from './csv-parse.js';
import { useApi } from './setup.js';

const api = useApi();
const run = promisify(execFile);

const TRICKY = 'Attaque à Kamango, "les ADF" ont tué 3 personnes;\nles familles déplacées vers Oïcha — 20 ménages';

async function seed() {
  const { hotline, veille } = api();
  await hotline.POST('/api/v1/alerts', { body: { description: TRICKY, place: 'kamango', victims: { displaced: 120 }, sourceDetail: 'Chef de quartier' } });
  veille.clock.advance(60_000);
  await hotline.POST('/api/v1/alerts', { body: { description: 'A woman raped by armed men in Kibumba', sourceDetail: 'Clinic nurse' } });
  veille.clock.advance(60_000);
  await hotline.POST('/api/v1/alerts', { body: { description: '=HYPERLINK("http://evil.example","open") armed men seen near Mbau', category: 'armed_group_movement' } });
}

async function csvOf(client = api().dashboard, query: Record<string, unknown> = {}) {
  const { data, response } = await client.GET('/api/v1/export.csv', { params: { query: query as never }, parseAs: 'text' });
  expect(response.status).toBe(200);
  return { text: data!, response, rows: parseCsvStrict(data!) };
}

function byName(rows: string[][]): Array<Record<string, string>> {
  const [header, , ...data] = rows;
  return data.map((r) => Object.fromEntries(header!.map((name, i) => [name, r[i]!])));
}

describe('GET /api/v1/export.csv', () => {
  it('is RFC 4180 CSV in UTF-8 with a second row of HXL hashtags, free text intact', async () => {
    await seed();
    const { rows, response } = await csvOf();
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    const [header, hxl] = rows;
    expect(header!.slice(0, 9)).toEqual(['reference', 'created_at', 'occurred_at', 'province', 'province_pcode', 'territory', 'territory_pcode', 'locality', 'locality_pcode']);
    for (const tag of hxl!) expect(tag).toMatch(/^#[a-z][a-z0-9_]*(\+[a-z][a-z0-9_]*)*$/);
    for (const tag of ['#adm1+name', '#adm2+name', '#loc+name', '#event+type', '#affected+killed', '#affected+injured', '#affected+abducted', '#affected+displaced', '#status', '#description']) {
      expect(hxl).toContain(tag);
    }
    expect(hxl!.some((t) => t.startsWith('#date'))).toBe(true);
    const [first] = byName(rows);
    expect(first).toMatchObject({
      reference: 'A-1',
      created_at: '2026-11-22T06:00:00Z',
      province: 'North Kivu',
      territory: 'Beni',
      locality: 'Kamango',
      category: 'attack_on_civilians',
      killed: '3',
      injured: '',
      displaced: '120',
      description: TRICKY,
      source_detail: '',
    });
    // The bytes are UTF-8 after a byte-order mark: é is C3 A9, and a strict decoder accepts the whole body.
    const bytes = Buffer.from((await api().dashboard.GET('/api/v1/export.csv', { parseAs: 'arrayBuffer' })).data!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toContain('déplacées');
    expect(bytes.includes(Buffer.from([0xc3, 0xa9]))).toBe(true);
    // bom=false: the same text, starting with the first column's name.
    const plain = Buffer.from((await api().dashboard.GET('/api/v1/export.csv', { params: { query: { bom: 'false' } }, parseAs: 'arrayBuffer' })).data!);
    expect(plain.toString('utf8')).toBe(bytes.subarray(3).toString('utf8'));
    expect(plain.subarray(0, 10).toString()).toBe('reference,');
    const refused = await api().dashboard.GET('/api/v1/export.csv', { params: { query: { bom: 'no' as never } } });
    expect(refused.response.status).toBe(422);
    expect(refused.error?.error.field).toBe('bom');
  });

  it('leaves a restricted alert\'s detail columns blank without restricted:read, and fills them (audited) with it', async () => {
    await seed();
    const stub = byName((await csvOf()).rows)[1]!;
    expect(stub).toMatchObject({ reference: 'A-2', category: 'crsv', territory: 'Nyiragongo', province: 'North Kivu', priority: 'high', status: 'new', detail: 'stub', held_by: 'crsv' });
    for (const column of ['description', 'locality', 'place_id', 'location_text', 'perpetrators', 'killed', 'crsv_survivors', 'source_detail', 'occurred_at', 'reported_by']) {
      expect(stub[column], column).toBe('');
    }
    expect(eventsOf(api().veille.db, 2).map((e) => e.type)).toEqual(['logged']);

    const full = byName((await csvOf(api().missionDb)).rows);
    expect(full[1]).toMatchObject({ detail: 'full', description: 'A woman raped by armed men in Kibumba', locality: 'Kibumba', source_detail: 'Clinic nurse' });
    expect(full[0]).toMatchObject({ source_detail: 'Chef de quartier' });
    expect(eventsOf(api().veille.db, 2).at(-1)).toMatchObject({ type: 'revealed', actor: 'api:mission-db', data: { surface: 'api_export' } });
  });

  it('keeps typed text from running as a spreadsheet formula', async () => {
    await seed();
    const row = byName((await csvOf()).rows)[2]!;
    expect(row.description).toBe('\'=HYPERLINK("http://evil.example","open") armed men seen near Mbau');
  });

  it('applies the list filters', async () => {
    await seed();
    expect(byName((await csvOf(api().dashboard, { category: ['crsv'] })).rows).map((r) => r.reference)).toEqual(['A-2']);
    expect(byName((await csvOf(api().dashboard, { place: 'beni-territory' })).rows).map((r) => r.reference)).toEqual(['A-1', 'A-3']);
    const none = (await csvOf(api().dashboard, { since: '2026-12-01' })).rows;
    expect(none).toHaveLength(2); // the header and the HXL row only
  });
});

describe('npm run export (the same typed client)', () => {
  function capture() {
    const chunks: Buffer[] = [];
    const err: string[] = [];
    const out = { join: () => Buffer.concat(chunks).toString('utf8'), bytes: () => Buffer.concat(chunks) };
    return { out, err, io: { open: () => (chunk: string | Uint8Array) => void chunks.push(Buffer.from(chunk)), err: (l: string) => void err.push(l), fetch: api().fetch } };
  }

  it('writes the CSV, or every page as one JSON array, for the period asked', async () => {
    await seed();
    const { token } = api().client('analyst', ['alerts:read']);
    const csv = capture();
    expect(await runExport(['--since', '2026-11-22', '--format', 'csv', '--url', api().baseUrl, '--token', token], {}, csv.io)).toBe(0);
    // The byte-order mark survives the client (a text decoder would have dropped it); --no-bom leaves it out.
    expect([...csv.out.bytes().subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(byName(parseCsvStrict(csv.out.join().slice(1))).map((r) => r.reference)).toEqual(['A-1', 'A-2', 'A-3']);
    const plain = capture();
    expect(await runExport(['--since', '2026-11-22', '--no-bom', '--url', api().baseUrl, '--token', token], {}, plain.io)).toBe(0);
    expect(plain.out.join()).toBe(csv.out.join().slice(1));

    const json = capture();
    expect(await runExport(['--since', '2026-11-22T06:01:00Z', '--format', 'json', '--url', api().baseUrl], { VEILLE_API_TOKEN: token }, json.io)).toBe(0);
    const alerts = JSON.parse(json.out.join()) as Array<{ reference: string; detail: string }>;
    expect(alerts.map((a) => [a.reference, a.detail])).toEqual([
      ['A-2', 'stub'],
      ['A-3', 'full'],
    ]);
  });

  it('says what is wrong: no token, a bad one, a bad filter', async () => {
    const none = capture();
    expect(await runExport(['--url', api().baseUrl], {}, none.io)).toBe(2);
    expect(none.err.join('')).toContain('VEILLE_API_TOKEN');
    const bad = capture();
    expect(await runExport(['--url', api().baseUrl, '--token', 'vt_wrong'], {}, bad.io)).toBe(1);
    expect(bad.err.join('')).toContain('(401)');
    const { token } = api().client('analyst', ['alerts:read']);
    const filter = capture();
    expect(await runExport(['--url', api().baseUrl, '--token', token, '--place', 'Atlantis', '--format', 'json'], {}, filter.io)).toBe(1);
    expect(filter.err.join('')).toContain('[place]');
  });

  it('runs as an npm script against a running Veille', async () => {
    await seed();
    const { token } = api().client('script', ['alerts:read']);
    const { stdout } = await run('npm', ['run', '-s', 'export', '--', '--since', '2026-11-01', '--format', 'csv', '--url', api().baseUrl], {
      env: { ...process.env, VEILLE_API_TOKEN: token },
      timeout: 60_000,
    });
    expect(stdout.startsWith('\uFEFFreference,')).toBe(true);
    const rows = parseCsvStrict(stdout.slice(1));
    expect(rows[1]![0]).toBe('#event+code');
    expect(rows).toHaveLength(5);
  });
});
