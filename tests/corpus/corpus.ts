import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CATEGORY_IDS, PRIORITIES, type CategoryId, type Priority } from '../../src/domain/taxonomy.js';
import { VICTIM_KEYS, type VictimKey } from '../../src/domain/alert.js';
import type { Mission } from '../../src/config/mission.js';

/**
 * The labelled corpus of quick reports: what a focal point types after `/alert`, and what a
 * protection officer expects Veille to read from it (DESIGN.md: priority rule, one decision of
 * what an alert is). One JSON object a line in `tests/corpus/*.jsonl`; the held-out set lives in
 * `tests/corpus/heldout/` and is never used to tune the parser.
 */

const CORPUS_DIR = fileURLToPath(new URL('.', import.meta.url));

const category = z.enum(CATEGORY_IDS);
const count = z.number().int().min(0);
// A list is used sparingly, when the text genuinely allows more than one reading.
const countExpectation = z.union([count, z.null(), z.array(z.union([count, z.null()])).min(2)]);
const placeExpectation = z.union([z.string().min(1), z.null(), z.array(z.union([z.string().min(1), z.null()])).min(2)]);
const sensitivity = z.enum(['standard', 'restricted']);

const victimsSchema = z.strictObject(
  Object.fromEntries(VICTIM_KEYS.map((k) => [k, countExpectation.optional()])) as Record<VictimKey, z.ZodOptional<typeof countExpectation>>,
);

const base = {
  /** Unique across every file; misses are named by it. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
  text: z.string().trim().min(1),
  /** The language the report is written in (composition: at least 40 % French). */
  lang: z.enum(['en', 'fr']),
  /** Why the label is what it is, when it is not obvious. */
  note: z.string().optional(),
};

const protectionSchema = z.strictObject({
  ...base,
  /** Gazetteer id of where it happened; null when the text names no gazetteer place. */
  place: placeExpectation,
  /** One category, or the acceptable ones when the text is genuinely ambiguous. */
  category: z.union([category, z.array(category).min(2)]),
  /**
   * Known actor ids (without `unknown`, which means the same as none). Conventions (README): police or
   * soldiers who did the harm are `pnc` / `fardc` even unnamed (C1, C2; not victims, responders, UN or
   * foreign forces, a mere uniform); every named party to a clash that harmed civilians, not its target (C4).
   */
  perpetrators: z.array(z.string().min(1)),
  /** Actors not in the actors list named as doers ("APCLS", "ANR"), as free text; "bandits armés" is none (C5). */
  otherPerpetrators: z.array(z.string().min(1)).optional(),
  /**
   * Only the counts stated or implied; a missing key is unknown (null), which is not zero. The beaten,
   * whipped or tortured with marks are `injured`: one is 1, a number is that number, a vague plural unknown (C3).
   */
  victims: victimsSchema.optional(),
  priority: z.enum(PRIORITIES),
  /** A killing, abduction or rape the text states without a count ("plusieurs tués"): high all the same. */
  uncountedHarm: z.literal(true).optional(),
  /** A list only together with a category list mixing restricted and standard categories. */
  sensitivity: z.union([sensitivity, z.array(sensitivity).length(2)]),
});

const conductSchema = z.strictObject({
  ...base,
  /** Sexual exploitation or abuse by UN personnel: not a protection alert (conduct and discipline). */
  conductMatter: z.literal(true),
  place: placeExpectation.optional(),
});

type ProtectionEntry = z.infer<typeof protectionSchema> & { kind: 'protection'; source: string };
type ConductEntry = z.infer<typeof conductSchema> & { kind: 'conduct'; source: string };
export type CorpusEntry = ProtectionEntry | ConductEntry;

export interface Corpus {
  main: CorpusEntry[];
  heldout: CorpusEntry[];
}

/** Parses one JSONL file; a malformed line throws with its file, line and what is wrong. */
export function parseCorpusFile(path: string, text: string): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  text.split('\n').forEach((line, i) => {
    const where = `${path}:${i + 1}`;
    if (line.trim() === '' || line.trimStart().startsWith('//')) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      throw new Error(`${where}: not JSON (${(error as Error).message})`);
    }
    const conduct = typeof raw === 'object' && raw !== null && 'conductMatter' in raw;
    const parsed = (conduct ? conductSchema : protectionSchema).safeParse(raw);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((x) => `${x.path.join('.') || '(entry)'}: ${x.message}`).join('; ');
      throw new Error(`${where}: ${issues}`);
    }
    entries.push(conduct ? { ...(parsed.data as z.infer<typeof conductSchema>), kind: 'conduct', source: where } : { ...(parsed.data as z.infer<typeof protectionSchema>), kind: 'protection', source: where });
  });
  return entries;
}

// The pending teaching sets, if any (none is no fault).
function pendingEntries(dir: string): CorpusEntry[] {
  return existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.jsonl')) ? readDir(dir) : [];
}

function readDir(dir: string): CorpusEntry[] {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort() : [];
  if (files.length === 0) throw new Error(`No .jsonl corpus file in ${dir}`);
  return files.flatMap((f) => {
    const path = join(dir, f);
    return parseCorpusFile(relative(process.cwd(), path), readFileSync(path, 'utf8'));
  });
}

/**
 * Loads the main corpus and the held-out set and checks them against the mission: every place
 * and actor id exists, ids are unique, and each label agrees with the rules of DESIGN.md.
 */
export function loadCorpus(mission: Mission, dir = CORPUS_DIR): Corpus {
  const corpus = { main: readDir(dir), heldout: readDir(join(dir, 'heldout')) };
  const problems = [...corpus.main, ...corpus.heldout].flatMap((e) => referenceProblems(e, mission).concat(labelProblems(e)).map((p) => `${e.source} [${e.id}]: ${p}`));
  const seen = new Map<string, string>();
  // The same report twice would weigh double, and one in both sets would leak the held-out set.
  const texts = new Map<string, string>();
  // (a teaching set still pending is checked too: one of its texts that is a held-out report's would leak it once joined)
  for (const e of [...corpus.main, ...corpus.heldout, ...pendingEntries(join(dir, 'pending'))]) {
    const other = seen.get(e.id);
    if (other) problems.push(`${e.source}: id ${e.id} already used at ${other}`);
    seen.set(e.id, e.source);
    const key = e.text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const twin = texts.get(key);
    if (twin) problems.push(`${e.source} [${e.id}]: the same text as ${twin}`);
    texts.set(key, `${e.source} [${e.id}]`);
  }
  if (problems.length > 0) throw new Error(`The corpus has ${problems.length} bad entr${problems.length === 1 ? 'y' : 'ies'}:\n${problems.join('\n')}`);
  return corpus;
}

export function asList<T>(value: T | T[]): T[] {
  return Array.isArray(value) ? value : [value];
}

function referenceProblems(e: CorpusEntry, mission: Mission): string[] {
  const problems: string[] = [];
  const places = new Set(mission.places.map((p) => p.id));
  for (const p of e.place === undefined ? [] : asList(e.place)) {
    if (p !== null && !places.has(p)) problems.push(`place "${p}" is not in the gazetteer`);
  }
  if (e.kind === 'protection') {
    const actors = new Set(mission.actors.map((a) => a.id));
    for (const a of e.perpetrators) {
      if (a === 'unknown') problems.push('perpetrator "unknown" is the same as none: leave the list empty');
      else if (!actors.has(a)) problems.push(`perpetrator "${a}" is not an actor id of the mission`);
    }
  }
  return problems;
}

const RESTRICTED: ReadonlySet<CategoryId> = new Set(['crsv', 'child_violation']);
const HIGH: ReadonlySet<CategoryId> = new Set(['abduction', 'crsv', 'child_violation']);

/**
 * The label agrees with DESIGN.md's priority rule and restriction rule, so a slip in writing the
 * corpus is caught here rather than scored against the parser. (Under way and imminent are not
 * labelled: a critical label is always allowed above the rule's floor.)
 */
export function labelProblems(e: CorpusEntry): string[] {
  if (e.kind === 'conduct') return [];
  const problems: string[] = [];
  const cats = asList(e.category);
  const v = e.victims ?? {};
  const min = (k: VictimKey) => Math.min(...asList(v[k] ?? null).map((n) => n ?? 0));
  const sens = asList(e.sensitivity);
  if (new Set(cats).size !== cats.length) problems.push('category list repeats a category');
  if (cats.some((c) => RESTRICTED.has(c)) && !sens.includes('restricted')) problems.push('a CRSV or child-violation category is restricted');
  if (cats.every((c) => RESTRICTED.has(c)) && sens.includes('standard')) problems.push('a CRSV or child-violation category is never standard');
  if (min('crsvSurvivors') > 0 && sens.includes('standard')) problems.push('CRSV survivors counted: restricted');
  if (sens.length === 2 && !(cats.some((c) => RESTRICTED.has(c)) && cats.some((c) => !RESTRICTED.has(c)))) {
    problems.push('a sensitivity list goes only with a category list mixing restricted and standard categories');
  }
  // With a category list, the priority may be the rule's for any of them: from the lowest floor to the highest
  // ("a child maimed by a landmine": explosive hazard, medium, or child violation, high).
  const floors = cats.map((c) => ruleFloor(c, min('killed'), min('abducted'), min('crsvSurvivors')));
  const highest = floors.reduce((a, b) => (PRIORITIES.indexOf(a) <= PRIORITIES.indexOf(b) ? a : b));
  const lowest = floors.reduce((a, b) => (PRIORITIES.indexOf(a) >= PRIORITIES.indexOf(b) ? a : b));
  const allowed = e.priority === 'critical' || (e.priority === 'high' && e.uncountedHarm === true);
  if (!allowed && PRIORITIES.indexOf(e.priority) < PRIORITIES.indexOf(highest)) {
    problems.push(`priority ${e.priority} is above the rule (${highest}) without being critical`);
  }
  if (PRIORITIES.indexOf(e.priority) > PRIORITIES.indexOf(lowest)) problems.push(`priority ${e.priority} is below the rule (${lowest})`);
  return problems;
}

function ruleFloor(c: CategoryId, killed: number, abducted: number, survivors: number): Priority {
  if (killed >= 5 || c === 'attack_on_idp_site') return 'critical';
  if (killed > 0 || abducted > 0 || survivors > 0 || HIGH.has(c)) return 'high';
  return c === 'other' ? 'low' : 'medium';
}
