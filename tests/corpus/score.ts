import { basename } from 'node:path';
import type { ParsedReport } from '../../src/intake/index.js';
import { VICTIM_KEYS, type VictimKey } from '../../src/domain/alert.js';
import { asList, type CorpusEntry } from './corpus.js';

/**
 * How a report read by the parser compares with its label. One module, used by `npm run eval`
 * and by the corpus test, so both count a miss the same way.
 */

const FIELDS = ['place', 'category', 'perpetrators', ...VICTIM_KEYS, 'priority', 'sensitivity', 'conduct'] as const;
export type Field = (typeof FIELDS)[number];

/** The figures the issue asks of the main corpus. */
export const THRESHOLDS = { fullyRight: 0.97, field: 0.98 } as const;

/** What the parser read, reduced to the labelled fields. */
export interface Reading {
  place: string | null;
  category: string;
  perpetrators: { actorId: string | null; name: string }[];
  victims: Record<VictimKey, number | null>;
  priority: string;
  sensitivity: string;
  conductMatter: boolean;
}

export function readingOf(r: ParsedReport): Reading {
  return {
    place: r.place?.id ?? null,
    category: r.category,
    perpetrators: r.perpetrators.map((p) => ({ actorId: p.actorId, name: p.name })),
    victims: { ...r.victims },
    priority: r.priority,
    sensitivity: r.sensitivity,
    conductMatter: r.conductMatter,
  };
}

export interface Miss {
  id: string;
  text: string;
  field: Field;
  expected: string;
  got: string;
}

interface FieldScore {
  right: number;
  scored: number;
}

export interface Score {
  total: number;
  fullyRight: number;
  fields: Record<Field, FieldScore>;
  misses: Miss[];
}

const show = (v: unknown): string => (v === null ? 'unknown' : Array.isArray(v) ? v.map(show).join(' or ') : String(v));

// Accent-, case- and punctuation-insensitive words, for free-text perpetrator names.
function words(s: string): string[] {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function containsWords(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0) return false;
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((w, j) => haystack[i + j] === w)) return true;
  }
  return false;
}

/**
 * Perpetrators are right when the known actors are the same set and each expected free-text group
 * is named by one free-text perpetrator (and there is no other). `unknown` means the same as none.
 */
export function perpetratorsMatch(expectedIds: string[], expectedOther: string[], got: Reading['perpetrators']): boolean {
  const gotIds = new Set(got.filter((p) => p.actorId !== null && p.actorId !== 'unknown').map((p) => p.actorId));
  const wantIds = new Set(expectedIds.filter((a) => a !== 'unknown'));
  if (gotIds.size !== wantIds.size || [...wantIds].some((a) => !gotIds.has(a))) return false;
  const free = got.filter((p) => p.actorId === null).map((p) => words(p.name));
  if (free.length !== expectedOther.length) return false;
  const unused = [...free];
  for (const name of expectedOther) {
    const i = unused.findIndex((f) => containsWords(f, words(name)));
    if (i < 0) return false;
    unused.splice(i, 1);
  }
  return true;
}

const showPerpetrators = (ids: string[], other: string[]): string => [...ids, ...other.map((o) => `"${o}"`)].join(', ') || 'none';
const showGotPerpetrators = (got: Reading['perpetrators']): string =>
  got.map((p) => (p.actorId === null ? `"${p.name}"` : p.actorId)).join(', ') || 'none';

/** The fields this entry is scored on, each right or not, with what was expected and read. */
export function compare(entry: CorpusEntry, got: Reading): { field: Field; right: boolean; expected: string; got: string }[] {
  const one = (field: Field, expected: unknown, value: unknown) => {
    const options = asList(expected as unknown[]);
    return { field, right: options.some((o) => o === value), expected: show(expected), got: show(value) };
  };
  if (entry.kind === 'conduct') {
    const out = [one('conduct', true, got.conductMatter)];
    if (entry.place !== undefined) out.unshift(one('place', entry.place, got.place));
    return out;
  }
  const victims = entry.victims ?? {};
  return [
    one('place', entry.place, got.place),
    one('category', entry.category, got.category),
    {
      field: 'perpetrators',
      right: perpetratorsMatch(entry.perpetrators, entry.otherPerpetrators ?? [], got.perpetrators),
      expected: showPerpetrators(entry.perpetrators, entry.otherPerpetrators ?? []),
      got: showGotPerpetrators(got.perpetrators),
    },
    ...VICTIM_KEYS.map((k) => one(k, victims[k] ?? null, got.victims[k])),
    one('priority', entry.priority, got.priority),
    one('sensitivity', entry.sensitivity, got.sensitivity),
    // A protection alert taken for a conduct matter is not posted at all: the worst miss.
    one('conduct', false, got.conductMatter),
  ];
}

/** Reads every entry with `read` and scores it. */
export function scoreCorpus(entries: readonly CorpusEntry[], read: (text: string) => Reading): Score {
  const fields = Object.fromEntries(FIELDS.map((f) => [f, { right: 0, scored: 0 }])) as Record<Field, FieldScore>;
  const misses: Miss[] = [];
  let fullyRight = 0;
  for (const entry of entries) {
    const results = compare(entry, read(entry.text));
    for (const r of results) {
      fields[r.field].scored++;
      if (r.right) fields[r.field].right++;
      else misses.push({ id: entry.id, text: entry.text, field: r.field, expected: r.expected, got: r.got });
    }
    if (results.every((r) => r.right)) fullyRight++;
  }
  return { total: entries.length, fullyRight, fields, misses };
}

/**
 * The set an entry belongs to: its file name without the language and extension
 * (`heldout/heldout2.fr.jsonl` → `heldout2`), so a set written later is reported apart from the
 * ones already read for analysis.
 */
export function setOf(entry: CorpusEntry): string {
  const file = basename(entry.source.replace(/:\d+$/, ''));
  return file.replace(/\.jsonl$/, '').replace(/\.(en|fr)$/, '');
}

export interface SetScore {
  set: string;
  total: number;
  fullyRight: number;
}

/** Fully-right counts per set, in the sets' natural order (heldout, heldout2, …, heldout10). */
export function scoreBySet(entries: readonly CorpusEntry[], read: (text: string) => Reading): SetScore[] {
  const bySet = new Map<string, CorpusEntry[]>();
  for (const e of entries) {
    const group = bySet.get(setOf(e)) ?? [];
    group.push(e);
    bySet.set(setOf(e), group);
  }
  return [...bySet.keys()]
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((set) => {
      const score = scoreCorpus(bySet.get(set)!, read);
      return { set, total: score.total, fullyRight: score.fullyRight };
    });
}

/** One line per set: fully right, count and percentage; never a text. */
export function formatSets(sets: readonly SetScore[]): string[] {
  const width = Math.max(16, ...sets.map((s) => s.set.length));
  return sets.map((s) => `  ${s.set.padEnd(width)} ${`${s.fullyRight}/${s.total}`.padStart(9)}  ${percent(share(s.fullyRight, s.total)).padStart(7)}`);
}

export const share = (right: number, of: number): number => (of === 0 ? 1 : right / of);
export const percent = (x: number): string => `${(Math.floor(x * 1000) / 10).toFixed(1)} %`;

/** What falls short of the thresholds, one line each; empty when the corpus meets them. */
export function shortfalls(score: Score): string[] {
  const out: string[] = [];
  const full = share(score.fullyRight, score.total);
  if (full < THRESHOLDS.fullyRight) out.push(`fully right ${percent(full)} < ${percent(THRESHOLDS.fullyRight)}`);
  for (const f of FIELDS) {
    const s = score.fields[f];
    if (s.scored > 0 && share(s.right, s.scored) < THRESHOLDS.field) out.push(`${f} ${percent(share(s.right, s.scored))} < ${percent(THRESHOLDS.field)}`);
  }
  return out;
}

/** The misses, grouped by report, as lines a person can read. */
export function formatMisses(misses: readonly Miss[]): string[] {
  const lines: string[] = [];
  let last = '';
  for (const m of misses) {
    if (m.id !== last) lines.push(`  [${m.id}] ${m.text}`);
    last = m.id;
    lines.push(`      ${m.field}: expected ${m.expected}, got ${m.got}`);
  }
  return lines;
}

/**
 * How misses fall, counted, with nothing of the reports in them (no text, id, place or group name): what a tuner may
 * know of the held-out set to choose the next teaching set without tuning on it. Categories, priorities and
 * sensitivities are shown as expected → read; counts only as known or unknown; perpetrators as the listed actors
 * missed or read in excess.
 */
export function kindsOfMiss(misses: readonly Miss[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  const add = (kind: string): void => {
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  };
  const known = (v: string): string => (v === 'unknown' ? 'unknown' : 'a count');
  for (const m of misses) {
    if (m.field === 'category' || m.field === 'priority' || m.field === 'sensitivity') add(`${m.field}: ${m.expected} → ${m.got}`);
    else if (m.field === 'place') add(`place: ${m.expected === 'unknown' ? 'none' : 'a place'} expected, ${m.got === 'unknown' ? 'none' : 'another place'} read`);
    else if (m.field === 'perpetrators') {
      const ids = (v: string) => v.split(', ').filter((x) => x !== 'none' && !x.startsWith('"'));
      const free = (v: string) => v.split(', ').some((x) => x.startsWith('"'));
      const want = ids(m.expected);
      const got = ids(m.got);
      for (const id of want) if (!got.includes(id)) add(`perpetrators: ${id} missed`);
      for (const id of got) if (!want.includes(id)) add(`perpetrators: ${id} read in excess`);
      if (free(m.expected) !== free(m.got)) add(`perpetrators: a group outside the actor list ${free(m.expected) ? 'missed' : 'read in excess'}`);
    } else if (m.field === 'conduct') add(`conduct: expected ${m.expected}, read ${m.got}`);
    else add(`${m.field}: ${known(m.expected)} expected, ${known(m.got)} read`);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** The issue's aim for reports the parser has never seen (the held-out set estimates it). */
export const UNSEEN_TARGET = 0.95;

/** The per-field table and the fully-right line; the held-out set has one aim, not thresholds. */
export function formatScore(title: string, score: Score, kind: 'main' | 'heldout' = 'main'): string[] {
  const lines = [`${title}: ${score.total} reports`];
  const row = (name: string, right: number, of: number, target: string) =>
    `  ${name.padEnd(16)} ${`${right}/${of}`.padStart(9)}  ${percent(share(right, of)).padStart(7)}${target}`;
  const main = kind === 'main';
  lines.push(row('fully right', score.fullyRight, score.total, main ? `  (target ≥ ${percent(THRESHOLDS.fullyRight)})` : `  (aim on unseen reports ≥ ${percent(UNSEEN_TARGET)})`));
  for (const f of FIELDS) {
    const s = score.fields[f];
    if (s.scored > 0) lines.push(row(f, s.right, s.scored, main ? `  (target ≥ ${percent(THRESHOLDS.field)})` : ''));
  }
  return lines;
}
