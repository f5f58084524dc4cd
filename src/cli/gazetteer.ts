import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gazetteerSchema, type Place } from '../config/mission.js';
import { describeZodIssue } from '../config/errors.js';
import { gazetteerText, mergeUnits, unitsOfTable } from '../intake/places/cod-ab.js';
import { readCsv } from '../intake/places/csv-read.js';
import { checkGazetteer } from '../intake/places/gazetteer-check.js';
import { consoleIo, type CliIo } from './io.js';

/**
 * `npm run gazetteer -- check [file]` and `npm run gazetteer -- import <cod-ab.csv> --out new.json`:
 * validate a gazetteer, and merge an OCHA COD-AB administrative table into one (P-codes, French
 * names as aliases). The import writes only where told: --out to a new file, --write to replace.
 */

const USAGE = `Usage:
  npm run gazetteer -- check [gazetteer.json]
  npm run gazetteer -- import <cod-ab.csv> [--gazetteer gazetteer.json] (--out new.json | --write)
                         [--field-office <id>] [--force-sector <name>]

check   validates a gazetteer: its schema, unique ids, every place's province (and a locality's
        territory) has its own entry, no name or alias shared by two places of the same level in
        one province, P-codes unique and agreeing with the parents'. Exit 1 on an error.
        Without a file: the gazetteer of MISSION_CONFIG (default data/mission.example.json).
import  reads an OCHA COD-AB administrative table (CSV: ADM1_EN, ADM1_FR, ADM1_PCODE, ADM2_…,
        ADM3_…) and merges it: a unit matching a place (same P-code, or a name of the same level
        in the same parent) gives it its P-code and its other names (French ones too) as aliases;
        other units become new entries (ADM1 province, ADM2 territory, ADM3 locality) taking field
        office and force sector from their parent, or from --field-office/--force-sector. Every
        place in a coded province or territory gets adm1Pcode/adm2Pcode. Nothing is written
        without --out (a new file; an existing one only with --write) or --write (replaces the
        gazetteer itself). The result must pass check.
Examples:
  npm run gazetteer -- check
  npm run gazetteer -- check data/gazetteer.json
  npm run gazetteer -- import cod_admin_table.csv --out data/gazetteer.pcoded.json
  npm run gazetteer -- import cod_admin_table.csv --write`;

function defaultGazetteer(env: NodeJS.ProcessEnv): string {
  const config = resolve(env.MISSION_CONFIG || 'data/mission.example.json');
  const { gazetteer } = JSON.parse(readFileSync(config, 'utf8')) as { gazetteer?: string };
  return resolve(dirname(config), gazetteer ?? 'gazetteer.json');
}

/** The places of a gazetteer file, or what is wrong with it (said on stderr). */
function readGazetteer(path: string, io: CliIo): { places: Place[]; schema: string | undefined } | null {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    io.err(`${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `not valid JSON (${(error as Error).message})`}.`);
    return null;
  }
  const parsed = gazetteerSchema.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 20)) {
      const [, index, field] = issue.path;
      const place = typeof index === 'number' ? (json as { places: Array<{ id?: string }> }).places[index] : undefined;
      io.err(`${path}: ${typeof index === 'number' ? `place ${index + 1}${place?.id ? ` ("${place.id}")` : ''}${field ? `, ${String(field)}` : ''}` : issue.path.join('.') || 'file'}: ${describeZodIssue(issue)}`);
    }
    return null;
  }
  return { places: parsed.data.places, schema: parsed.data.$schema };
}

function report(path: string, places: readonly Place[], io: CliIo): boolean {
  const { errors, warnings } = checkGazetteer(places);
  for (const w of warnings) io.err(`warning: ${w}`);
  for (const e of errors) io.err(`error: ${e}`);
  const coded = places.filter((p) => p.pcode).length;
  io.out(`${path}: ${places.length} places, ${coded} with a P-code; ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}.`);
  return errors.length === 0;
}

export function runGazetteerCommand(argv: string[], env: NodeJS.ProcessEnv, io: CliIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        gazetteer: { type: 'string' },
        out: { type: 'string' },
        write: { type: 'boolean' },
        'field-office': { type: 'string' },
        'force-sector': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (command === 'check') {
    if (rest.length > 1 || values.out || values.write || values['field-office'] || values['force-sector'] || values.gazetteer) {
      io.err(`check takes one gazetteer file and no options.\n${USAGE}`);
      return 2;
    }
    const path = rest[0] ? resolve(rest[0]) : defaultGazetteer(env);
    const read = readGazetteer(path, io);
    if (!read) return 1;
    return report(rest[0] ?? path, read.places, io) ? 0 : 1;
  }
  if (command !== 'import') {
    io.err(`${command ? `Unknown command "${command}".` : 'Say check or import.'}\n${USAGE}`);
    return 2;
  }
  if (rest.length !== 1) {
    io.err(`import takes one COD-AB table (CSV).\n${USAGE}`);
    return 2;
  }
  const tablePath = rest[0]!;
  const gazetteerPath = values.gazetteer ? resolve(values.gazetteer) : defaultGazetteer(env);
  const target = values.out ? resolve(values.out) : values.write ? gazetteerPath : null;
  if (values.out && existsSync(target!) && !values.write) {
    io.err(`${values.out} exists: choose a new file, or add --write to replace it.`);
    return 2;
  }
  let tableText: string;
  try {
    tableText = readFileSync(tablePath, 'utf8');
  } catch {
    io.err(`${tablePath}: cannot be read.`);
    return 1;
  }
  const csv = readCsv(tableText);
  if (!csv.ok) {
    io.err(`${tablePath}: line ${csv.line}: ${csv.reason}.`);
    return 1;
  }
  const table = unitsOfTable(csv.records);
  if ('error' in table) {
    io.err(`${tablePath}: ${table.error}`);
    return 1;
  }
  const read = readGazetteer(gazetteerPath, io);
  if (!read) return 1;
  const merged = mergeUnits(read.places, table.units, { fieldOffice: values['field-office'], forceSector: values['force-sector'] });
  for (const problem of [...table.problems.map((p) => `${tablePath}: ${p}`), ...merged.problems]) io.err(`note: ${problem}`);
  io.out(`${tablePath}: ${table.units.length} administrative units; ${merged.added.length} new places, ${merged.updated.length} places given codes or names:`);
  for (const p of merged.added) io.out(`  + ${p.id} (${p.level}, ${p.pcode}${p.aliases.length ? `; aliases ${p.aliases.join(', ')}` : ''})`);
  // Places only given their parents' codes are many: counted, not listed.
  const own = merged.updated.filter(({ what }) => what.some((w) => !/^adm[12]Pcode/.test(w)));
  for (const { place, what } of own) io.out(`  ~ ${place.id}: ${what.join(', ')}`);
  const parentsOnly = merged.updated.length - own.length;
  if (parentsOnly > 0) io.out(`  and ${parentsOnly} more places given their province's or territory's P-code.`);
  if (!report('the merged gazetteer', merged.places, io)) {
    io.err('Nothing written: the merged gazetteer does not pass check.');
    return 1;
  }
  if (!target) {
    io.out('Nothing written: give --out <new file>, or --write to replace the gazetteer.');
    return 0;
  }
  const schema = read.schema && !values.out ? read.schema : resolveSchema(target);
  writeFileSync(target, gazetteerText(merged.places, schema));
  io.out(`Wrote ${values.out ?? gazetteerPath}.`);
  return 0;
}

// A new file elsewhere still points at the schema beside the example, when it can.
function resolveSchema(target: string): string {
  const schema = resolve('data/gazetteer.schema.json');
  const relative = schema.startsWith(`${dirname(target)}/`) ? `./${schema.slice(dirname(target).length + 1)}` : schema;
  return existsSync(schema) ? relative : './gazetteer.schema.json';
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exit(runGazetteerCommand(process.argv.slice(2), process.env, consoleIo));
}
