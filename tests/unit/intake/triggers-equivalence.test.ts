import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { trigger, said, useTriggers } from '../../../src/intake/triggers.js';
import { tokenize } from '../../../src/intake/normalize.js';
import { intake } from './fixtures.js';

// Every reader that declares trigger words (src/intake/triggers.ts) is skipped when none of them is in the report. A
// trigger is a necessary condition only: if one leaves out a word its reader needs, some report reads differently with
// triggers on. Every report the project holds (main corpus, teaching sets, held-out sets: their text only, compared
// with itself) is parsed both ways and must read the same.
// (a folder may be absent: pending sets come and go)
const texts = ['tests/corpus', 'tests/corpus/pending', 'tests/corpus/heldout'].filter((dir) => existsSync(dir)).flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
    .filter((l) => l.trim() !== '' && !l.trimStart().startsWith('//'))
    .map((l) => (JSON.parse(l) as { text: string }).text),
);

// (the place compared by its id: the gazetteer entry itself is the same object either way)
const reading = (text: string): string => {
  const r = parseQuickReport(text, intake);
  return JSON.stringify({ ...r, place: r.place?.id ?? null });
};

describe('trigger words change no reading', () => {
  afterAll(() => useTriggers(true));

  it(`reads all ${texts.length} corpus reports the same with triggers on and off`, { timeout: 300_000 }, () => {
    useTriggers(false);
    const off = texts.map(reading);
    useTriggers(true);
    const differ = texts.filter((t, i) => reading(t) !== off[i]);
    expect(differ).toEqual([]);
    expect(texts.length).toBeGreaterThan(8000);
  });
});

describe('said', () => {
  const hit = trigger(['hit', 'atteint', 'tabass*']);
  it.each([
    ['one woman hit by a stray bullet', true],
    ['une femme atteinte par balle', false],
    ['un homme atteint par balle', true],
    ['ils ont tabassé 2 jeunes', true],
    ['a woman shot dead', false],
  ] as const)('%s → %s', (text, expected) => {
    expect(said(tokenize(text), hit)).toBe(expected);
  });

  it('refuses a stem shorter than three letters', () => {
    expect(() => trigger(['ta*'])).toThrow('trigger stem too short: "ta*"');
  });

  it('fires every reader while triggers are off', () => {
    useTriggers(false);
    expect(said(tokenize('nothing here'), hit)).toBe(true);
    useTriggers(true);
    expect(said(tokenize('nothing here'), hit)).toBe(false);
  });
});
