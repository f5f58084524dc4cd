/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { CATALOGS, formatDuration, formatTime, HELP_TOPICS, t } from '../../../src/slack/i18n/index.js';
import { subcommands } from '../../../commands/alert/index.js';

/** Every key of a catalog, as paths ("followup.acknowledged"), with the arity of each function. */
function keys(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}(${value.length})`];
  if (typeof value === 'string') return [path];
  if (Array.isArray(value) || value === null || typeof value !== 'object') throw new Error(`${path}: not a string, function or group`);
  return Object.entries(value).flatMap(([k, v]) => keys(v, path ? `${path}.${k}` : k));
}

/** Calls every function of a catalog with sample arguments of the types it takes. */
function rendered(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const args: unknown[] = Array.from({ length: value.length }, (_, i) => `«arg${i}»`);
    // Strings first; then a list last (grading), lists everywhere, or objects of facts (who can).
    const facts = { channels: ['«channel»'], owner: '«owner»', leads: ['«lead»'], reporter: '«reporter»', who: '«who»', at: '«at»' };
    for (const variant of [args, [...args.slice(0, -1), ['«list»']], args.map(() => ['«list»']), args.map(() => facts)]) {
      try {
        return [[path, String(value(...variant))]];
      } catch {
        // the next variant
      }
    }
    throw new Error(`${path}: no sample arguments it takes`);
  }
  return Object.entries(value as object).flatMap(([k, v]) => rendered(v, path ? `${path}.${k}` : k));
}

describe('the message catalogs', () => {
  const languages = Object.keys(CATALOGS) as Array<keyof typeof CATALOGS>;

  it('have the same keys, with functions of the same parameters, in every language', () => {
    const english = keys(CATALOGS.en).sort();
    expect(english.length).toBeGreaterThan(100);
    for (const language of languages) expect(keys(CATALOGS[language]).sort(), language).toEqual(english);
  });

  it('are made of modules (answers, commands, modals…) with the same keys in each language, all merged in', () => {
    const modules = import.meta.glob<Record<string, unknown>>('../../../src/slack/i18n/*.{en,fr}.ts', { eager: true });
    const group = (path: string) => Object.values(modules[path]!).find((v) => typeof v === 'object') as object;
    const english = Object.keys(modules).filter((path) => path.endsWith('.en.ts'));
    expect(english.length).toBeGreaterThanOrEqual(4);
    for (const path of english) {
      const french = path.replace(/\.en\.ts$/, '.fr.ts');
      expect(modules[french], french).toBeDefined();
      expect(keys(group(french)).sort(), path).toEqual(keys(group(path)).sort());
      // Merged into the catalog of each language: every key of the module is there.
      for (const language of languages) expect(keys(CATALOGS[language]), `${path} in ${language}`).toEqual(expect.arrayContaining(keys(group(path))));
    }
  });

  it('say something in every entry, and French says it in French', () => {
    const en = new Map(rendered(t('en')));
    const fr = rendered(t('fr'));
    for (const [path, text] of fr) expect(text.trim(), path).not.toBe('');
    // Words shared by both languages (Section, API…) may match; sentences may not.
    const same = fr.filter(([path, text]) => text === en.get(path) && text.length > 12).map(([path]) => path);
    expect(same).toEqual([]);
  });

  it('describe every subcommand help lists, in English as the subcommand itself does', () => {
    expect([...HELP_TOPICS].sort()).toEqual(subcommands.map((s) => s.name).sort());
    for (const s of subcommands) expect(t('en').help.summaries[s.name as (typeof HELP_TOPICS)[number]], s.name).toBe(s.summary);
  });
});

describe('dates and durations', () => {
  const at = Date.UTC(2026, 11, 1, 21, 47);
  it('are 24-hour, with the zone named, in each language', () => {
    expect(formatTime(at, 'Africa/Kinshasa', 'en')).toBe('1 Dec 2026, 22:47 (Kinshasa)');
    expect(formatTime(at, 'Africa/Kinshasa', 'fr')).toBe('1 déc. 2026, 22:47 (Kinshasa)');
    expect(formatTime(at, 'Africa/Lubumbashi', 'fr')).toBe('1 déc. 2026, 23:47 (Lubumbashi)');
    expect(formatTime(Date.UTC(2026, 4, 3, 5, 4), 'Africa/Kinshasa', 'fr')).toBe('3 mai 2026, 06:04 (Kinshasa)');
  });
  it('say days the way each language does', () => {
    expect(formatDuration(27 * 3_600_000, 'en')).toBe('1 d 3 h');
    expect(formatDuration(27 * 3_600_000, 'fr')).toBe('1 j 3 h');
    expect(formatDuration(125 * 60_000, 'fr')).toBe('2 h 5 min');
    expect(formatDuration(30_000, 'fr')).toBe('30 s');
  });
});
