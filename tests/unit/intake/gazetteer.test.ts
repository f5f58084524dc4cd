import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { gazetteerSchema } from '../../../src/config/mission.js';
import { createGazetteer, normalize, parseQuickReport, phraseKey } from '../../../src/intake/index.js';
import { PhraseIndex } from '../../../src/intake/phrases.js';
import { mission } from './fixtures.js';

const gazetteer = createGazetteer(mission.places);
const byId = (id: string) => {
  const place = gazetteer.byId(id);
  if (!place) throw new Error(`no place ${id}`);
  return place;
};

describe('the gazetteer file', () => {
  const raw = JSON.parse(readFileSync('data/gazetteer.json', 'utf8'));
  const places = gazetteerSchema.parse(raw).places;

  it('conforms to the schema and points at its JSON Schema', () => {
    expect(raw.$schema).toBe('./gazetteer.schema.json');
    const schema = JSON.parse(readFileSync('data/gazetteer.schema.json', 'utf8'));
    expect(schema.properties.places.type).toBe('array');
    expect(places.length).toBeGreaterThanOrEqual(80);
  });

  it('has unique lowercase slug ids', () => {
    const ids = places.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('uses only the field offices the example mission routes on', () => {
    expect(new Set(places.map((p) => p.fieldOffice))).toEqual(new Set(['beni', 'bunia', 'goma', 'bukavu']));
    const sectionPlaces = mission.sections.flatMap((s) => s.places);
    for (const office of sectionPlaces) expect(places.some((p) => p.fieldOffice === office)).toBe(true);
  });

  it('puts each territory in its field office and force sector', () => {
    const office = (territory: string) => new Set(places.filter((p) => p.territory === territory).map((p) => `${p.fieldOffice}/${p.forceSector}`));
    for (const t of ['Beni', 'Lubero']) expect(office(t)).toEqual(new Set(['beni/Sector North']));
    for (const t of ['Irumu', 'Djugu', 'Mambasa', 'Mahagi', 'Aru']) expect(office(t)).toEqual(new Set(['bunia/Ituri Brigade']));
    for (const t of ['Rutshuru', 'Masisi', 'Nyiragongo', 'Walikale', 'Goma']) expect(office(t)).toEqual(new Set(['goma/North Kivu Brigade']));
    for (const t of ['Kalehe', 'Kabare', 'Uvira', 'Fizi', 'Mwenga', 'Shabunda', 'Walungu']) {
      expect(office(t)).toEqual(new Set(['bukavu/South Kivu Brigade']));
    }
    for (const p of places.filter((x) => x.province === 'South Kivu')) expect(p.fieldOffice).toBe('bukavu');
    for (const p of places.filter((x) => x.province === 'Ituri')) expect(p.fieldOffice).toBe('bunia');
  });

  it('gives territories and provinces themselves as territory or province', () => {
    for (const p of places.filter((x) => x.level === 'territory')) expect(p.aliases).toContain(p.territory);
    for (const p of places.filter((x) => x.level === 'province')) expect([p.territory, p.province]).toEqual([p.name, p.name]);
    expect(places.filter((p) => p.level === 'province').map((p) => p.id)).toEqual(['north-kivu', 'ituri', 'south-kivu']);
  });

  it('has no name shared by two places of the same level (a match must be unambiguous)', () => {
    const seen = new Map<string, string>();
    for (const p of places) {
      for (const name of [p.name, ...p.aliases]) {
        const key = `${p.level}:${phraseKey(name)}`;
        expect(seen.get(key) ?? p.id, `${name} is both ${seen.get(key)} and ${p.id}`).toBe(p.id);
        seen.set(key, p.id);
      }
    }
  });
});

describe('matching a place in free text', () => {
  it.each([
    ['Armed men attacked Kamango market this morning', 'kamango', 'Kamango'],
    ['attack near Beni', 'beni', 'Beni'],
    ['attaque à BENI-VILLE', 'beni', 'BENI-VILLE'],
    ['incursion dans le territoire de Beni', 'beni-territory', 'territoire de Beni'],
    ['ADF active in Beni territory', 'beni-territory', 'Beni territory'],
    ['Kamango, Beni territory, North Kivu', 'kamango', 'Kamango'],
    ['situation tendue au Nord-Kivu', 'north-kivu', 'Nord-Kivu'],
    ['tension in north kivu', 'north-kivu', 'north kivu'],
    ['Sud Kivu: nothing new', 'south-kivu', 'Sud Kivu'],
    ["près de l'école de Mambasa", 'mambasa-centre', 'Mambasa'],
    ['Mambasa Centre', 'mambasa-centre', 'Mambasa Centre'],
    ['incidents in Mambasa territory', 'mambasa-territory', 'Mambasa territory'],
    ['OÏCHA', 'oicha', 'OÏCHA'],
    ['Oicha', 'oicha', 'Oicha'],
    ['Kitchanga', 'kitshanga', 'Kitchanga'],
    ['Plaine-Savo', 'plaine-savo', 'Plaine-Savo'],
    ['site de Plaine Savo', 'plaine-savo', 'Plaine Savo'],
    ['barrière à Iga-Barrière', 'iga-barriere', 'Iga-Barrière'],
    ['IED found on the Beni-Kasindi road near Mavivi', 'mavivi', 'Mavivi'],
    ['Attack in Kamango, 20 km from Mutwanga', 'kamango', 'Kamango'],
    ['displaced arriving in Minova from Kalehe', 'minova', 'Minova'],
    ['Ituri', 'ituri', 'Ituri'],
  ])('%s → %s', (text, id, matched) => {
    const m = gazetteer.match(text);
    expect(m?.place.id).toBe(id);
    expect(m?.matched).toBe(matched);
    expect(text.slice(m!.start, m!.end)).toBe(matched);
  });

  it('respects word boundaries', () => {
    expect(gazetteer.match('a delegation from Bénin arrived')).toBeNull();
    expect(gazetteer.match('Benito reported')).toBeNull();
    expect(gazetteer.match('Bunias')).toBeNull();
    expect(gazetteer.match('')).toBeNull();
    expect(gazetteer.match('no place here')).toBeNull();
  });

  it('returns the place record with its territory, province and field office', () => {
    expect(gazetteer.match('attack at Kamango')!.place).toEqual({
      id: 'kamango',
      name: 'Kamango',
      aliases: [],
      level: 'locality',
      territory: 'Beni',
      province: 'North Kivu',
      province_fr: 'Nord-Kivu', // from the province's own entry, for French readers
      fieldOffice: 'beni',
      forceSector: 'Sector North',
    });
  });

  // How fast a lookup is belongs to `npm run bench -- intake` (it prints the gazetteer's cost per
  // report); here, what makes it fast: the name index is built when the gazetteer is, never per lookup.
  it('builds its name index once, when it is created, never again per lookup or per report', () => {
    const adds = vi.spyOn(PhraseIndex.prototype, 'add');
    try {
      const built = createGazetteer(mission.places);
      const atCreation = adds.mock.calls.length;
      expect(atCreation).toBeGreaterThanOrEqual(mission.places.length); // every place's name went in
      const text = 'Armed men attacked Kamango market this morning, 4 killed and 2 abducted, ADF suspected';
      for (let i = 0; i < 50; i++) expect(built.match(text)?.place.id).toBe('kamango');
      expect(built.lookup('Oïcha')?.id).toBe('oicha');
      expect(adds.mock.calls.length).toBe(atCreation);

      // A caller passing the mission (not a built context) each time still gets its indexes built once.
      const source = { places: mission.places, actors: mission.actors };
      parseQuickReport(text, source);
      const afterFirst = adds.mock.calls.length;
      expect(afterFirst).toBeGreaterThan(atCreation);
      for (let i = 0; i < 20; i++) expect(parseQuickReport(text, source).place?.id).toBe('kamango');
      expect(adds.mock.calls.length).toBe(afterFirst);
    } finally {
      adds.mockRestore();
    }
  });
});

describe('looking places up', () => {
  it('finds by id', () => {
    expect(gazetteer.byId('mambasa-centre')?.name).toBe('Mambasa Centre');
    expect(gazetteer.byId('nowhere')).toBeNull();
  });

  it('looks up exact names, aliases and ids, accent- and case-insensitively', () => {
    expect(gazetteer.lookup('Mambasa Centre')?.id).toBe('mambasa-centre');
    expect(gazetteer.lookup('mambasa-centre')?.id).toBe('mambasa-centre');
    expect(gazetteer.lookup('  MAMBASA centre ')?.id).toBe('mambasa-centre');
    expect(gazetteer.lookup('Oïcha')?.id).toBe('oicha');
    expect(gazetteer.lookup('Nord-Kivu')?.id).toBe('north-kivu');
    expect(gazetteer.lookup('beni-territory')?.id).toBe('beni-territory');
    expect(gazetteer.lookup('Territoire de Beni')?.id).toBe('beni-territory');
  });

  it('prefers the locality when a territory shares its name', () => {
    expect(gazetteer.lookup('Mambasa')?.id).toBe('mambasa-centre');
    expect(gazetteer.lookup('Beni')?.id).toBe('beni');
    expect(gazetteer.lookup('Masisi')?.id).toBe('masisi');
    expect(gazetteer.lookup('Kabare')?.id).toBe('kabare-territory');
  });

  it('does not guess in lookup', () => {
    expect(gazetteer.lookup('Kamango market')).toBeNull();
    expect(gazetteer.lookup('Kinshasa')).toBeNull();
    expect(gazetteer.lookup('')).toBeNull();
  });

  it('searches by prefix then substring, best first, within the limit', () => {
    expect(gazetteer.search('mambasa', 3).map((p) => p.id)).toEqual(['mambasa-centre', 'mambasa-territory']);
    expect(gazetteer.search('kama', 5).map((p) => p.id)).toEqual(['kamango', 'kamanyola']);
    expect(gazetteer.search('KIVU', 5).map((p) => p.id)).toEqual(expect.arrayContaining(['north-kivu', 'south-kivu']));
    expect(gazetteer.search('oïch', 5)[0]?.id).toBe('oicha');
    expect(gazetteer.search('savo', 5)[0]?.id).toBe('plaine-savo');
    expect(gazetteer.search('b', 4)).toHaveLength(4);
    expect(gazetteer.search('zzz', 5)).toEqual([]);
    expect(gazetteer.search('', 3)).toHaveLength(3);
  });

  it('normalises accents, case, apostrophes and dashes', () => {
    expect(normalize('Maï-Maï')).toBe('mai-mai');
    expect(normalize('L’ÉCOLE')).toBe("l'ecole");
    expect(normalize('Nord–Kivu')).toBe('nord-kivu');
    expect(phraseKey('Beni-ville')).toBe(phraseKey('BENI  ville'));
  });

  it('keeps places given to it by reference', () => {
    const place = byId('kamango');
    expect(gazetteer.lookup('kamango')).toBe(place);
  });
});
