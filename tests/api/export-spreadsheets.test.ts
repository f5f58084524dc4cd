import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runExport } from '../../src/cli/export.js';
import { parseCsvStrict } from './csv-parse.js';
import { useApi } from './setup.js';

/** The exports as spreadsheet programs open them: LibreOffice Calc from Debian (.ci/run installs libreoffice-calc-nogui). */

const api = useApi();
const run = promisify(execFile);
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));
const needOffice = () => {
  if (!soffice) throw new Error('LibreOffice is not installed: apt-get install -y --no-install-recommends libreoffice-calc-nogui');
  return soffice;
};

const FRENCH = 'Des éléments Zaïre ont pillé Iga-Barrière ; les familles déplacées vers Bunia — « 12 ménages »';

async function seed() {
  const { hotline, veille } = api();
  await hotline.POST('/api/v1/alerts', { body: { description: FRENCH, place: 'Iga-Barrière', perpetrators: ['Zaïre'], victims: { displaced: 60, killed: 0 } } });
  veille.clock.advance(60_000);
  await hotline.POST('/api/v1/alerts', { body: { description: 'Une femme violée par des hommes armés à Kibumba, joindre +243 812 345 678', sourceDetail: 'Infirmière du centre' } });
  veille.clock.advance(60_000);
  await hotline.POST('/api/v1/alerts', { body: { description: '=HYPERLINK("http://evil.example","open") hommes armés vus près de Mbau', category: 'armed_group_movement', occurredAt: '2026-11-21' } });
}

// One LibreOffice profile for this file's conversions (a first start costs seconds), away from the user's own.
const profile = mkdtempSync(join(tmpdir(), 'veille-office-'));
afterAll(() => rmSync(profile, { recursive: true, force: true }));
const SLOW = 120_000;

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'veille-sheets-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** LibreOffice converts a file to CSV (UTF-8, comma, quote); the rows as a strict reader reads them. */
async function officeToCsv(file: string, infilter?: string): Promise<string[][]> {
  const outdir = join(dir, `out-${Math.random().toString(36).slice(2)}`);
  await run(needOffice(), [`-env:UserInstallation=file://${profile}`, '--headless', ...(infilter ? [`--infilter=${infilter}`] : []), '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', outdir, file], {
    timeout: 90_000,
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
  });
  const name = file.split('/').at(-1)!.replace(/\.\w+$/, '.csv');
  // LibreOffice writes LF line ends; the strict reader wants CRLF, and a cell's own line break comes back as CRLF too.
  return parseCsvStrict(readFileSync(join(outdir, name), 'utf8').replace(/\r?\n/g, '\r\n')).map((row) => row.map((cell) => cell.replace(/\r\n/g, '\n')));
}

async function bytesOf(path: '/api/v1/export.csv' | '/api/v1/export.xlsx', query: Record<string, unknown> = {}, client = api().dashboard) {
  const { data, response } = await client.GET(path, { params: { query: query as never }, parseAs: 'arrayBuffer' });
  expect(response.status).toBe(200);
  return { bytes: Buffer.from(data!), response };
}

describe('the CSV with its byte-order mark, in LibreOffice Calc', () => {
  it('opens with the accents intact and no stray mark before the first column name', async () => {
    await seed();
    const { bytes } = await bytesOf('/api/v1/export.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    writeFileSync(join(dir, 'alerts.csv'), bytes);
    // The character set left to LibreOffice's default for this machine (a UTF-8 locale), and chosen as UTF-8.
    for (const infilter of ['CSV:44,34,,1', 'CSV:44,34,76,1']) {
      const rows = await officeToCsv(join(dir, 'alerts.csv'), infilter);
      expect(rows[0]![0], infilter).toBe('reference');
      expect(rows[1]).toContain('#adm1+code');
      const header = rows[0]!;
      const first = Object.fromEntries(header.map((name, i) => [name, rows[2]![i]]));
      expect(first).toMatchObject({ locality: 'Iga-Barrière', perpetrators: 'Zaïre', description: FRENCH });
    }
  }, SLOW);
});

describe('GET /api/v1/export.xlsx', () => {
  it('opens in LibreOffice Calc and saves back to CSV as exactly the rows of the CSV export', async () => {
    await seed();
    for (const query of [{}, { place: 'beni-territory' }]) {
      const { bytes, response } = await bytesOf('/api/v1/export.xlsx', query);
      expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(response.headers.get('content-disposition')).toContain('veille-alerts.xlsx');
      writeFileSync(join(dir, 'alerts.xlsx'), bytes);
      const fromSheet = await officeToCsv(join(dir, 'alerts.xlsx'));
      const csv = parseCsvStrict((await bytesOf('/api/v1/export.csv', { ...query, bom: 'false' })).bytes.toString('utf8'));
      expect(fromSheet).toEqual(csv);
    }
    // The restricted alert without restricted:read: the stub's columns only, in the sheet as in the CSV.
    const { bytes } = await bytesOf('/api/v1/export.xlsx');
    writeFileSync(join(dir, 'alerts.xlsx'), bytes);
    const rows = await officeToCsv(join(dir, 'alerts.xlsx'));
    const stub = Object.fromEntries(rows[0]!.map((name, i) => [name, rows[3]![i]]));
    expect(stub).toMatchObject({ reference: 'A-2', detail: 'stub', territory: 'Nyiragongo', description: '', locality: '', source_detail: '', reported_by: '' });
    expect(rows.flat().join(' ')).not.toContain('Kibumba');
  }, SLOW);

  it('freezes the two header rows, keeps dates as dates and counts as numbers, and writes no formula', async () => {
    await seed();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await bytesOf('/api/v1/export.xlsx', {}, api().missionDb)).bytes as never);
    const sheet = book.getWorksheet('alerts')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const col = (name: string) => header.indexOf(name) + 1;
    expect((sheet.getRow(2).values as unknown[]).slice(1, 4)).toEqual(['#event+code', '#date+reported', '#date+occurred']);
    const first = sheet.getRow(3);
    expect(first.getCell(col('created_at')).value).toEqual(new Date('2026-11-22T06:00:00Z'));
    expect(first.getCell(col('created_at')).type).toBe(ExcelJS.ValueType.Date);
    expect(first.getCell(col('displaced')).value).toBe(60);
    expect(first.getCell(col('killed')).value).toBe(0);
    expect(first.getCell(col('injured')).value).toBe(null);
    expect(sheet.getRow(5).getCell(col('occurred_at')).value).toEqual(new Date('2026-11-21T12:00:00Z'));
    // With restricted:read the source is there, unmasked, as in the CSV.
    expect(sheet.getRow(4).getCell(col('source_detail')).value).toBe('Infirmière du centre');
    const formulaText = sheet.getRow(5).getCell(col('description'));
    expect(formulaText.type).toBe(ExcelJS.ValueType.String);
    expect(formulaText.value).toBe('\'=HYPERLINK("http://evil.example","open") hommes armés vus près de Mbau');
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type, cell.address).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('masks as the CSV does without restricted:read', async () => {
    await seed();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await bytesOf('/api/v1/export.xlsx')).bytes as never);
    const cells = book.getWorksheet('alerts')!.getSheetValues().flat().map(String).join(' ');
    expect(cells).not.toContain('Infirmière');
    expect(cells).not.toContain('812 345 678');
    expect(cells).not.toContain('violée');
  });
});

describe('npm run export -- --format xlsx', () => {
  it('writes the spreadsheet to --out, and refuses to write it to a terminal', async () => {
    await seed();
    const { token } = api().client('analyst', ['alerts:read']);
    const chunks: Buffer[] = [];
    const err: string[] = [];
    const io = { open: () => (c: string | Uint8Array) => void chunks.push(Buffer.from(c)), err: (l: string) => void err.push(l), fetch: api().fetch };
    expect(await runExport(['--format', 'xlsx', '--out', join(dir, 'a.xlsx'), '--url', api().baseUrl, '--token', token], {}, io)).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.concat(chunks) as never);
    expect(book.getWorksheet('alerts')!.rowCount).toBe(5);
    expect(await runExport(['--format', 'xlsx', '--url', api().baseUrl, '--token', token], {}, io)).toBe(2);
    expect(err.join('\n')).toContain('--out');
  });
});
