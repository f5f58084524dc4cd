import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COLUMNS, exportCells } from '../../../src/api/export-columns.js';
import { runGazetteerCommand } from '../../../src/cli/gazetteer.js';
import { gazetteerSchema, type Place } from '../../../src/config/mission.js';
import { gazetteerText, mergeUnits, unitsOfTable } from '../../../src/intake/places/cod-ab.js';
import { readCsv } from '../../../src/intake/places/csv-read.js';
import { checkGazetteer } from '../../../src/intake/places/gazetteer-check.js';
import { mission } from './fixtures.js';

/** The COD-AB import and the gazetteer check, on the synthetic fixture (invented ZZ codes, not OCHA data). */

const FIXTURE = 'tests/fixtures/cod-ab-synthetic.csv';
const example = mission.places;

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => void out.push(l), err: (l: string) => void err.push(l) } };
}

function merged() {
  const csv = readCsv(readFileSync(FIXTURE, 'utf8'));
  if (!csv.ok) throw new Error('fixture unreadable');
  const table = unitsOfTable(csv.records);
  if ('error' in table) throw new Error(table.error);
  return { table, ...mergeUnits(example, table.units) };
}

const byId = (places: Place[], id: string) => places.find((p) => p.id === id)!;

describe('a COD-AB administrative table merged into the gazetteer', () => {
  it('gives matching places their P-codes and parents\' codes, French names as aliases, and adds the units it lacks', () => {
    const { table, places, added, problems } = merged();
    expect(table.units.map((u) => u.pcode)).toEqual(['ZZ61', 'ZZ54', 'ZZ6101', 'ZZ6102', 'ZZ5401', 'ZZ5409', 'ZZ610101', 'ZZ610102', 'ZZ540101', 'ZZ540901']);
    expect(problems).toEqual([]);
    // Matched through the French alias already there ("Nord-Kivu"), and accent-insensitively ("Iga Barriere").
    expect(byId(places, 'north-kivu')).toMatchObject({ pcode: 'ZZ61' });
    expect(byId(places, 'beni-territory')).toMatchObject({ pcode: 'ZZ6101', adm1Pcode: 'ZZ61' });
    expect(byId(places, 'kamango')).toMatchObject({ pcode: 'ZZ610101', adm1Pcode: 'ZZ61', adm2Pcode: 'ZZ6101' });
    expect(byId(places, 'iga-barriere')).toMatchObject({ pcode: 'ZZ540101', adm2Pcode: 'ZZ5401', aliases: byId(example, 'iga-barriere').aliases });
    // A place the table does not list still gets its territory's and province's codes, not one of its own.
    expect(byId(places, 'mbau')).toMatchObject({ adm1Pcode: 'ZZ61', adm2Pcode: 'ZZ6101' });
    expect(byId(places, 'mbau').pcode).toBeUndefined();
    // A province the table does not list keeps no code.
    expect(places.filter((p) => p.province === 'South Kivu').every((p) => !p.pcode && !p.adm1Pcode)).toBe(true);
    expect(added.map((p) => p.id)).toEqual(['synthetic-hills-territory', 'example-village']);
    expect(byId(places, 'example-village')).toEqual({
      id: 'example-village',
      name: 'Example Village',
      aliases: ['Village Exemple', 'Exempleville'],
      level: 'locality',
      territory: 'Synthetic Hills',
      province: 'Ituri',
      fieldOffice: 'bunia',
      forceSector: 'Ituri Brigade',
      pcode: 'ZZ540901',
      adm1Pcode: 'ZZ54',
      adm2Pcode: 'ZZ5409',
    });
    expect(byId(places, 'synthetic-hills-territory')).toMatchObject({ aliases: ['Collines Synthétiques'], territory: 'Synthetic Hills', pcode: 'ZZ5409', adm1Pcode: 'ZZ54' });
    expect(checkGazetteer(places).errors).toEqual([]);
    // Written back as a valid gazetteer file.
    expect(gazetteerSchema.parse(JSON.parse(gazetteerText(places))).places).toHaveLength(example.length + 2);
  });

  it('says what it cannot place and changes nothing for it', () => {
    const records = [
      ['ADM1_EN', 'ADM1_FR', 'ADM1_PCODE', 'ADM2_EN', 'ADM2_PCODE'],
      ['Nowhere Province', 'Province de nulle part', 'ZZ99', 'Empty', 'ZZ9901'],
      ['North Kivu', 'Nord-Kivu', 'ZZ61', 'Unnamed', ''],
    ];
    const table = unitsOfTable(records);
    if ('error' in table) throw new Error(table.error);
    expect(table.problems).toEqual(['line 3: ADM2 "Unnamed" has no ADM2_PCODE; left out.']);
    const result = mergeUnits(example, table.units);
    expect(result.added).toEqual([]);
    expect(result.problems).toEqual([
      'ZZ99 (Nowhere Province) is new and has no parent in the gazetteer to take a field office and force sector from: give --field-office and --force-sector.',
      'ZZ9901 (Empty): its parent ZZ99 was left out, so it is too.',
    ]);
    expect(unitsOfTable([['NAME', 'CODE'], ['Beni', '1']])).toEqual({ error: 'no ADM1_PCODE column: this is not a COD-AB administrative table (columns: NAME, CODE).' });
  });

  it('puts the codes in the export: #adm1+code and #adm2+code even on a restricted stub, #loc+code only in full', () => {
    const places = merged().places;
    const hxl = COLUMNS.map((c) => c.hxl);
    const at = (tag: string) => hxl.indexOf(tag);
    const alert = {
      reference: 'A-1', createdAt: 0, occurredAt: null, category: 'crsv', perpetrators: [], victims: {}, sensitivity: 'restricted', priority: 'high', status: 'new',
    } as never;
    const row = { alert, place: byId(places, 'kamango'), routes: [] };
    const full = exportCells(row, mission, true);
    expect([full[at('#adm1+code')], full[at('#adm2+code')], full[at('#loc+code')]]).toEqual(['ZZ61', 'ZZ6101', 'ZZ610101']);
    const stub = exportCells(row, mission, false);
    expect([stub[at('#adm1+code')], stub[at('#adm2+code')], stub[at('#loc+code')], stub[at('#loc+name')]]).toEqual(['ZZ61', 'ZZ6101', null, null]);
  });
});

describe('checking a gazetteer', () => {
  it('passes the example, whose places carry no invented code', () => {
    const { errors, warnings } = checkGazetteer(example);
    expect(errors).toEqual([]);
    expect(warnings).toContain('territory "Goma, North Kivu" has no entry of level territory (used by goma, mugunga, bulengo, lushagala); its P-code cannot be checked.');
    expect(example.some((p) => p.pcode || p.adm1Pcode || p.adm2Pcode)).toBe(false);
  });

  it('names duplicate ids, missing provinces, a name shared by two places of a level in one province, and codes that disagree', () => {
    const kamango = byId(example, 'kamango');
    const places: Place[] = [
      ...example,
      { ...kamango, id: 'kamango' },
      { ...kamango, id: 'kamango-bis', name: 'Kamango-Bis', aliases: ['Kamango'] },
      { ...kamango, id: 'atlantis', name: 'Atlantis', aliases: [], province: 'Atlantis Province' },
      { ...byId(example, 'north-kivu'), id: 'nk-copy', name: 'NK', aliases: [], province: 'NK', pcode: 'ZZ61' },
      { ...kamango, id: 'k2', name: 'K2', aliases: [], pcode: 'ZZ61', adm1Pcode: 'ZZ11' },
    ];
    const { errors } = checkGazetteer(places);
    expect(errors).toEqual([
      'id "kamango" is used twice: "kamango" (Kamango) and Kamango.',
      '"atlantis" (Atlantis) lies in province "Atlantis Province", which has no entry of level province.',
      '"Kamango" names two localities in North Kivu: "kamango" (Kamango) and "kamango-bis" (Kamango-Bis).',
      'P-code ZZ61 is given to two places: "nk-copy" (NK) and "k2" (K2).',
    ]);
  });
});

describe('npm run gazetteer', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'veille-gaz-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('answers --help with both commands and examples, and refuses what it does not understand', () => {
    const help = capture();
    expect(runGazetteerCommand(['--help'], {}, help.io)).toBe(0);
    expect(help.out[0]).toContain('npm run gazetteer -- check');
    expect(help.out[0]).toContain('npm run gazetteer -- import cod_admin_table.csv --out');
    const bad = capture();
    expect(runGazetteerCommand(['rename'], {}, bad.io)).toBe(2);
    expect(bad.err[0]).toMatch(/^Unknown command "rename"\.\nUsage:/);
  });

  it('checks the example gazetteer (exit 0, warnings said), and a broken one with clear messages (exit 1)', () => {
    const ok = capture();
    expect(runGazetteerCommand(['check'], { MISSION_CONFIG: 'data/mission.example.json' }, ok.io)).toBe(0);
    expect(ok.out.at(-1)).toMatch(/gazetteer\.json: 161 places, 0 with a P-code; 0 errors, 4 warnings\.$/);
    const broken = join(dir, 'broken.json');
    const places = JSON.parse(readFileSync('data/gazetteer.json', 'utf8')).places as Place[];
    writeFileSync(broken, JSON.stringify({ places: [...places, { ...places[5], pcode: 'cd61' }] }));
    const bad = capture();
    expect(runGazetteerCommand(['check', broken], {}, bad.io)).toBe(1);
    expect(bad.err).toEqual([`${broken}: place 162 ("${places[5]!.id}"), pcode: expected a P-code of capital letters then digits, e.g. CD61`]);
    writeFileSync(broken, JSON.stringify({ places: [...places, places[5]] }));
    const dup = capture();
    expect(runGazetteerCommand(['check', broken], {}, dup.io)).toBe(1);
    expect(dup.err).toContain(`error: id "${places[5]!.id}" is used twice: "${places[5]!.id}" (${places[5]!.name}) and ${places[5]!.name}.`);
  });

  it('imports the fixture into a new file with --out, never over an existing one without --write', () => {
    const out = join(dir, 'gazetteer.pcoded.json');
    const dry = capture();
    expect(runGazetteerCommand(['import', FIXTURE, '--gazetteer', 'data/gazetteer.json'], {}, dry.io)).toBe(0);
    expect(dry.out.at(-1)).toBe('Nothing written: give --out <new file>, or --write to replace the gazetteer.');
    expect(existsSync(out)).toBe(false);

    const made = capture();
    expect(runGazetteerCommand(['import', FIXTURE, '--gazetteer', 'data/gazetteer.json', '--out', out], {}, made.io)).toBe(0);
    expect(made.out).toContain('  + example-village (locality, ZZ540901; aliases Village Exemple, Exempleville)');
    expect(made.out).toContain('  ~ kamango: pcode ZZ610101, adm1Pcode ZZ61, adm2Pcode ZZ6101');
    const written = gazetteerSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(byId(written.places, 'kamango').pcode).toBe('ZZ610101');
    const check = capture();
    expect(runGazetteerCommand(['check', out], {}, check.io)).toBe(0);

    const before = readFileSync(out, 'utf8');
    const again = capture();
    expect(runGazetteerCommand(['import', FIXTURE, '--gazetteer', 'data/gazetteer.json', '--out', out], {}, again.io)).toBe(2);
    expect(again.err[0]).toBe(`${out} exists: choose a new file, or add --write to replace it.`);
    expect(readFileSync(out, 'utf8')).toBe(before);
    // The example gazetteer was only read.
    expect(JSON.parse(readFileSync('data/gazetteer.json', 'utf8')).places.some((p: Place) => p.pcode)).toBe(false);
  });

  it('writes the same file back unchanged when the example is re-written without a table', () => {
    expect(gazetteerText(JSON.parse(readFileSync('data/gazetteer.json', 'utf8')).places)).toBe(readFileSync('data/gazetteer.json', 'utf8'));
  });
});
