import type { Place } from '../../config/mission.js';
import { phraseKey } from '../normalize.js';

/**
 * OCHA's COD-AB administrative tables (one row per lowest unit: ADM1_EN, ADM1_FR, ADM1_PCODE,
 * ADM2_…, ADM3_…, alternative names in ADMnALTmEN/FR, a reference name in ADMn_REF) merged into
 * gazetteer entries: ADM1 is a province, ADM2 a territory, ADM3 a locality-level entry. A unit that
 * matches a place (by P-code, else by a name of the same level in the same parent) gives it its
 * P-codes and its other names as aliases (French names included); the rest become new entries that
 * inherit field office and force sector from their parent. Pure: table text in, places out.
 */

export interface AdminUnit {
  level: 1 | 2 | 3;
  pcode: string;
  /** Names, English first, then French, then the others (reference, alternatives). */
  names: string[];
  parent: string | null;
  line: number;
}

export interface MergeDefaults {
  fieldOffice?: string;
  forceSector?: string;
}

export interface MergeResult {
  places: Place[];
  added: Place[];
  updated: Array<{ place: Place; what: string[] }>;
  problems: string[];
}

const LEVEL = { 1: 'province', 2: 'territory', 3: 'locality' } as const;

/** The distinct units of a table, by P-code; or why the table cannot be read. */
export function unitsOfTable(records: string[][]): { units: AdminUnit[]; problems: string[] } | { error: string } {
  const [header, ...rows] = records;
  if (!header) return { error: 'the file is empty.' };
  const columns = header.map((h) => h.trim().toUpperCase());
  const at = (name: string) => columns.indexOf(name);
  if (at('ADM1_PCODE') < 0) {
    return { error: `no ADM1_PCODE column: this is not a COD-AB administrative table (columns: ${columns.slice(0, 12).join(', ')}${columns.length > 12 ? ', …' : ''}).` };
  }
  const levels = ([1, 2, 3] as const).filter((n) => at(`ADM${n}_PCODE`) >= 0);
  const nameColumns = (n: number) => {
    const order = (c: string) => (c === `ADM${n}_EN` ? 0 : c === `ADM${n}_FR` ? 1 : c === `ADM${n}_REF` ? 3 : 2);
    return columns
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => new RegExp(`^ADM${n}(_[A-Z]{2}|_REF|ALT\\d+_?[A-Z]{2})$`).test(c))
      .sort((a, b) => order(a.c) - order(b.c))
      .map(({ i }) => i);
  };
  const units = new Map<string, AdminUnit>();
  const problems: string[] = [];
  rows.forEach((row, r) => {
    const line = r + 2;
    let parent: string | null = null;
    for (const n of levels) {
      const pcode = (row[at(`ADM${n}_PCODE`)] ?? '').trim();
      const names = [...new Set(nameColumns(n).map((i) => (row[i] ?? '').trim()).filter(Boolean))];
      if (!pcode) {
        if (names.length > 0) problems.push(`line ${line}: ADM${n} "${names[0]}" has no ADM${n}_PCODE; left out.`);
        break;
      }
      if (names.length === 0) {
        problems.push(`line ${line}: ADM${n}_PCODE ${pcode} has no name; left out.`);
        break;
      }
      const known = units.get(pcode);
      if (!known) units.set(pcode, { level: n, pcode, names, parent, line });
      else {
        if (known.level !== n || known.parent !== parent) problems.push(`line ${line}: ${pcode} appears at another level or under another parent than on line ${known.line}; the first is kept.`);
        else if (phraseKey(known.names[0]!) !== phraseKey(names[0]!)) problems.push(`line ${line}: ${pcode} is "${names[0]}" here but "${known.names[0]}" on line ${known.line}; the first is kept.`);
        for (const name of names) if (!known.names.includes(name)) known.names.push(name);
      }
      parent = pcode;
    }
  });
  return { units: [...units.values()].sort((a, b) => a.level - b.level || a.line - b.line), problems };
}

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'place';

export function mergeUnits(existing: readonly Place[], units: readonly AdminUnit[], defaults: MergeDefaults = {}): MergeResult {
  const places = existing.map((p) => ({ ...p, aliases: [...p.aliases] }));
  const added: Place[] = [];
  const changes = new Map<Place, string[]>();
  const problems: string[] = [];
  const byCode = new Map<string, Place>();
  const ids = new Set(places.map((p) => p.id));
  const note = (place: Place, what: string) => {
    if (added.includes(place)) return;
    changes.set(place, [...(changes.get(place) ?? []), what]);
  };
  const keysOf = (p: Place) => new Set([p.name, ...p.aliases].map(phraseKey));

  for (const unit of units) {
    const level = LEVEL[unit.level];
    const parent = unit.parent ? (byCode.get(unit.parent) ?? null) : null;
    if (unit.parent && !parent) {
      problems.push(`${unit.pcode} (${unit.names[0]}): its parent ${unit.parent} was left out, so it is too.`);
      continue;
    }
    const inParent = (p: Place) =>
      !parent || (p.province === parent.province && (parent.level !== 'territory' || p.territory === parent.territory));
    const keys = unit.names.map(phraseKey).filter(Boolean);
    const coded = places.find((p) => p.pcode === unit.pcode);
    const named = places.filter((p) => p.level === level && inParent(p) && keys.some((k) => keysOf(p).has(k)));
    let place = coded ?? null;
    if (!place && named.length > 1) {
      problems.push(`${unit.pcode} (${unit.names[0]}) matches ${named.map((p) => p.id).join(' and ')}; neither was given the code.`);
      continue;
    }
    if (!place && named[0]) {
      if (named[0].pcode) {
        problems.push(`${unit.pcode} (${unit.names[0]}) matches "${named[0].id}", which already has P-code ${named[0].pcode}; left as it was.`);
        byCode.set(unit.pcode, named[0]);
        continue;
      }
      place = named[0];
      place.pcode = unit.pcode;
      note(place, `pcode ${unit.pcode}`);
    }
    if (!place) {
      const fieldOffice = parent?.fieldOffice ?? defaults.fieldOffice;
      const forceSector = parent?.forceSector ?? defaults.forceSector;
      if (!fieldOffice || !forceSector) {
        problems.push(`${unit.pcode} (${unit.names[0]}) is new and has no parent in the gazetteer to take a field office and force sector from: give --field-office and --force-sector.`);
        continue;
      }
      const name = unit.names[0]!;
      let id = slug(level === 'territory' ? `${name} territory` : name);
      for (let n = 2; ids.has(id); n++) id = `${slug(level === 'territory' ? `${name} territory` : name)}-${n}`;
      ids.add(id);
      place = {
        id,
        name,
        aliases: [],
        level,
        territory: level === 'locality' ? parent!.territory : name,
        province: level === 'province' ? name : parent!.province,
        fieldOffice,
        forceSector,
        pcode: unit.pcode,
      };
      places.push(place);
      added.push(place);
    }
    // The unit's other names (French ones among them) become aliases.
    const have = keysOf(place);
    for (const name of unit.names) {
      const key = phraseKey(name);
      if (!key || have.has(key)) continue;
      place.aliases.push(name);
      have.add(key);
      note(place, `alias "${name}"`);
    }
    byCode.set(unit.pcode, place);
  }

  // Parents' codes, for every place in a coded province or territory (places the table did not list too).
  const provinceCode = new Map(places.filter((p) => p.level === 'province' && p.pcode).map((p) => [p.province, p.pcode!]));
  const territoryCode = new Map(places.filter((p) => p.level === 'territory' && p.pcode).map((p) => [`${p.province}\u0000${p.territory}`, p.pcode!]));
  for (const place of places) {
    if (place.level === 'province') continue;
    const adm1 = provinceCode.get(place.province);
    if (adm1 && place.adm1Pcode !== adm1) {
      if (place.adm1Pcode) problems.push(`"${place.id}" had adm1Pcode ${place.adm1Pcode}; its province now has ${adm1}: corrected.`);
      place.adm1Pcode = adm1;
      note(place, `adm1Pcode ${adm1}`);
    }
    if (place.level !== 'locality') continue;
    const adm2 = territoryCode.get(`${place.province}\u0000${place.territory}`);
    if (adm2 && place.adm2Pcode !== adm2) {
      if (place.adm2Pcode) problems.push(`"${place.id}" had adm2Pcode ${place.adm2Pcode}; its territory now has ${adm2}: corrected.`);
      place.adm2Pcode = adm2;
      note(place, `adm2Pcode ${adm2}`);
    }
  }
  return { places, added, updated: [...changes].map(([place, what]) => ({ place, what })), problems };
}

/** The gazetteer file as the example writes it: one place a line, so a change is one line of diff. */
export function gazetteerText(places: readonly Place[], schema = './gazetteer.schema.json'): string {
  const value = (v: unknown): string => (Array.isArray(v) ? `[${v.map((x) => JSON.stringify(x)).join(', ')}]` : JSON.stringify(v));
  const order = ['id', 'name', 'name_fr', 'aliases', 'level', 'territory', 'province', 'fieldOffice', 'forceSector', 'pcode', 'adm1Pcode', 'adm2Pcode'];
  const line = (p: Place) => {
    const entries = Object.entries(p)
      // province_fr is filled in from the province's entry when the gazetteer is loaded: not written back.
      .filter(([k, v]) => v !== undefined && k !== 'province_fr')
      .sort(([a], [b]) => (order.indexOf(a) + 100) % 100 - ((order.indexOf(b) + 100) % 100));
    return `    {${entries.map(([k, v]) => `${JSON.stringify(k)}: ${value(v)}`).join(', ')}}`;
  };
  return `{\n  "$schema": ${JSON.stringify(schema)},\n  "places": [\n${places.map(line).join(',\n')}\n  ]\n}\n`;
}
