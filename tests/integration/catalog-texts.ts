import { CATEGORY_IDS, categoryLabel, type Language } from '../../src/domain/taxonomy.js';
import { t } from '../../src/slack/i18n/index.js';

/**
 * Is a text someone sees one the catalog of their language could have written? Every string of the
 * catalog is a pattern as it is; every function is called with placeholders (and with each argument
 * left out, for its other branches), and what it returns becomes a pattern where a placeholder
 * stands for any words. Category names (the taxonomy's) and the words given as `data` (references,
 * what people typed) count as written too. Used by the language walks: any English left in a French
 * surface, or a sentence written outside the catalog, fails them.
 */

const HOLE = '\u0001';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function patternOf(text: string): RegExp | null {
  // Too little of it fixed (a function that only echoes its argument) would match anything.
  if (text.replace(new RegExp(HOLE, 'g'), '').replace(/[^\p{L}]/gu, '').length < 2) return null;
  return new RegExp(`^${text.split(HOLE).map(escapeRegExp).join('[\\s\\S]*?')}$`);
}

function outputs(fn: (...args: unknown[]) => unknown): string[] {
  const n = Math.max(fn.length, 1);
  const variants: unknown[][] = [Array.from({ length: n }, () => HOLE)];
  for (let i = 0; i < n; i++) variants.push(Array.from({ length: n }, (_, j) => (j === i ? null : HOLE)));
  variants.push(Array.from({ length: n }, () => null));
  // An argument that is an object of facts ({ who, at }): each of its fields is a hole.
  const facts = new Proxy({}, { get: (_target, key) => (key === Symbol.toPrimitive ? () => HOLE : HOLE) });
  variants.push(Array.from({ length: n }, () => facts));
  const said: string[] = [];
  for (const args of variants) {
    try {
      const out = fn(...args);
      if (typeof out === 'string') said.push(out);
    } catch {
      // a variant the function does not take (a list, an object): the others cover it
    }
  }
  return said;
}

/** What the catalog can say: its strings, and its functions' outputs with holes for their arguments. */
function collect(value: unknown, templates: string[]): void {
  if (typeof value === 'string') templates.push(value);
  else if (typeof value === 'function') templates.push(...outputs(value as (...args: unknown[]) => unknown));
  else if (value && typeof value === 'object') for (const v of Object.values(value)) collect(v, templates);
}

function compile(templates: string[], exact: Set<string>): RegExp[] {
  const patterns: RegExp[] = [];
  for (const text of templates) {
    if (!text.includes(HOLE)) exact.add(text);
    else {
      const pattern = patternOf(text);
      if (pattern) patterns.push(pattern);
    }
  }
  return patterns;
}

export interface CatalogMatcher {
  /** The texts that are not from the catalog (nor data): empty when all are. */
  foreign(texts: string[]): string[];
}

export function catalogMatcher(language: Language, data: string[] = []): CatalogMatcher {
  const templates: string[] = [];
  collect(t(language), templates);
  const exact = new Set<string>(data);
  for (const id of CATEGORY_IDS) exact.add(categoryLabel(id, language));
  const patterns = compile(templates, exact);
  // Messages join catalog entries line by line (help's sections, a list of subcommands).
  const lines = new Set<string>();
  const linePatterns = compile(
    templates.flatMap((text) => text.split('\n')),
    lines,
  );
  for (const text of exact) for (const line of text.split('\n')) lines.add(line);
  const known = (text: string) => exact.has(text) || patterns.some((p) => p.test(text));
  const knownLine = (line: string) => line.trim() === '' || lines.has(line) || linePatterns.some((p) => p.test(line));
  const written = (text: string) => known(text) || text.split('\n').every(knownLine);
  // A sign before a sentence (⚠️, ✅) is no word of any language.
  const signed = (text: string) => written(text) || written(text.replace(/^[^\p{L}\p{N}<*`_“«]+/u, ''));
  return { foreign: (texts) => texts.filter((text) => text.trim() !== '' && !signed(text)) };
}

/** Every text a person reads in a view, message or answer: plain_text and mrkdwn objects, wherever they sit. */
export function textsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(textsIn);
  if (!value || typeof value !== 'object') return [];
  const object = value as Record<string, unknown>;
  const own = (object.type === 'plain_text' || object.type === 'mrkdwn') && typeof object.text === 'string' ? [object.text] : [];
  return [...own, ...Object.entries(object).flatMap(([key, v]) => (key === 'private_metadata' || key === 'state' ? [] : textsIn(v)))];
}
