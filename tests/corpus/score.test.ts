import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMission } from '../../src/config/mission.js';
import { runEval } from '../../src/cli/eval.js';
import { labelProblems, loadCorpus, parseCorpusFile, type Corpus } from './corpus.js';
import { compare, perpetratorsMatch, scoreBySet, scoreCorpus, setOf, shortfalls, type Reading } from './score.js';

const mission = loadMission('data/mission.example.json');

const entry = (fields: Record<string, unknown>) => parseCorpusFile('t.jsonl', JSON.stringify({ id: 'x-1', lang: 'en', text: 'x', ...fields }))[0]!;
const reading = (fields: Partial<Reading> = {}): Reading => ({
  place: 'beni',
  category: 'attack_on_civilians',
  perpetrators: [],
  victims: { killed: null, injured: null, abducted: null, crsvSurvivors: null, childrenAffected: null, displaced: null },
  priority: 'high',
  sensitivity: 'standard',
  conductMatter: false,
  ...fields,
});
const protection = { place: 'beni', category: 'attack_on_civilians', perpetrators: [], victims: { killed: 2 }, priority: 'high', sensitivity: 'standard' };
const wrong = (e: ReturnType<typeof entry>, r: Reading) => compare(e, r).filter((x) => !x.right).map((x) => `${x.field}: ${x.expected} / ${x.got}`);

describe('corpus loader', () => {
  it('refuses a malformed entry, naming the file, line and field', () => {
    expect(() => parseCorpusFile('a.jsonl', '\n{"id":"a-1","lang":"en","text":"x","place":null,"category":"killing","perpetrators":[],"priority":"high","sensitivity":"standard"}')).toThrow(
      /a\.jsonl:2: category/,
    );
    expect(() => parseCorpusFile('a.jsonl', '{"id":"a-1","lang":"en","text":"x"')).toThrow(/a\.jsonl:1: not JSON/);
    expect(() => parseCorpusFile('a.jsonl', JSON.stringify({ ...protection, id: 'a-1', lang: 'en', text: 'x', victms: {} }))).toThrow(/victms/);
    expect(() => parseCorpusFile('a.jsonl', JSON.stringify({ ...protection, id: 'a-1', lang: 'en', text: 'x', victims: { killed: -1 } }))).toThrow(/victims\.killed/);
  });

  it('catches a label that breaks the priority or restriction rule', () => {
    expect(labelProblems(entry({ ...protection, victims: { killed: 6 } }))).toEqual(['priority high is below the rule (critical)']);
    expect(labelProblems(entry({ ...protection, category: 'crsv' }))).toContain('a CRSV or child-violation category is restricted');
    expect(labelProblems(entry({ ...protection, category: 'looting_destruction', victims: {} }))).toEqual(['priority high is above the rule (medium) without being critical']);
    expect(labelProblems(entry({ ...protection, category: 'looting_destruction', victims: {}, priority: 'high', uncountedHarm: true }))).toEqual([]);
    expect(labelProblems(entry({ ...protection, category: 'other', victims: {}, priority: 'medium' }))).toEqual(['priority medium is above the rule (low) without being critical']);
    // A category list whose floors differ allows any priority between them, and nothing outside.
    const landmine = { ...protection, category: ['explosive_hazard', 'child_violation'], sensitivity: ['standard', 'restricted'], victims: {} };
    expect(labelProblems(entry({ ...landmine, priority: 'medium' }))).toEqual([]);
    expect(labelProblems(entry({ ...landmine, priority: 'high' }))).toEqual([]);
    expect(labelProblems(entry({ ...landmine, priority: 'low' }))).toEqual(['priority low is below the rule (medium)']);
  });

  it('refuses an unknown place or actor, a reused id, and the same text in both sets', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    mkdirSync(join(dir, 'heldout'));
    const line = (id: string, text: string, more: Record<string, unknown> = {}) => JSON.stringify({ ...protection, id, lang: 'en', text, ...more });
    writeFileSync(join(dir, 'a.jsonl'), [line('a-1', '2 killed in Beni'), line('a-2', 'x', { place: 'atlantis', perpetrators: ['aliens'] })].join('\n'));
    writeFileSync(join(dir, 'heldout', 'h.jsonl'), [line('a-2', 'y'), line('h-1', '2 KILLED in Béni!')].join('\n'));
    try {
      expect(() => loadCorpus(mission, dir)).toThrow(/place "atlantis" is not in the gazetteer[\s\S]*perpetrator "aliens" is not an actor id[\s\S]*id a-2 already used[\s\S]*\[h-1\]: the same text as .*\[a-1\]/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a pending teaching set whose text is a held-out report\'s', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    mkdirSync(join(dir, 'heldout'));
    mkdirSync(join(dir, 'pending'));
    const line = (id: string, text: string) => JSON.stringify({ ...protection, id, lang: 'en', text });
    writeFileSync(join(dir, 'a.jsonl'), line('a-1', '2 killed in Beni'));
    writeFileSync(join(dir, 'heldout', 'h.jsonl'), line('h-1', '3 killed in Oicha'));
    writeFileSync(join(dir, 'pending', 'p.jsonl'), line('p-1', '3 Killed in Oicha.'));
    try {
      expect(() => loadCorpus(mission, dir)).toThrow(/\[p-1\]: the same text as .*\[h-1\]/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads the corpus with every place and actor known to the mission', () => {
    const corpus = loadCorpus(mission);
    expect(corpus.main.length).toBeGreaterThan(0);
    expect(corpus.heldout.length).toBeGreaterThan(0);
  });
});

describe('scoring a reading against its label', () => {
  it('takes unknown as different from zero, and accepts any listed alternative', () => {
    const e = entry({ ...protection, category: ['attack_on_civilians', 'displacement'], victims: { killed: 0, injured: [0, null] }, priority: 'medium' });
    expect(wrong(e, reading({ category: 'displacement', priority: 'medium', victims: { ...reading().victims, killed: 0 } }))).toEqual([]);
    expect(wrong(e, reading({ category: 'other', priority: 'medium' }))).toEqual(['category: attack_on_civilians or displacement / other', 'killed: 0 / unknown']);
  });

  it('compares perpetrators as a set, unknown meaning none, free text by the group name', () => {
    expect(perpetratorsMatch(['adf', 'fardc'], [], [{ actorId: 'fardc', name: 'FARDC' }, { actorId: 'adf', name: 'ADF' }])).toBe(true);
    expect(perpetratorsMatch([], [], [{ actorId: 'unknown', name: 'Unknown' }])).toBe(true);
    expect(perpetratorsMatch(['adf'], [], [])).toBe(false);
    expect(perpetratorsMatch([], ['APCLS'], [{ actorId: null, name: 'APCLS fighters' }])).toBe(true);
    expect(perpetratorsMatch([], ['NDC-R'], [{ actorId: null, name: 'ndc r' }])).toBe(true);
    expect(perpetratorsMatch([], [], [{ actorId: null, name: 'bandits' }])).toBe(false);
    expect(perpetratorsMatch([], ['Gumino'], [{ actorId: null, name: 'groupe' }])).toBe(false);
  });

  it('scores a conduct matter on the conduct flag, and a protection alert taken for one as a miss', () => {
    const conduct = parseCorpusFile('c.jsonl', JSON.stringify({ id: 'c-1', lang: 'en', text: 'x', conductMatter: true }))[0]!;
    expect(compare(conduct, reading({ conductMatter: true })).map((x) => [x.field, x.right])).toEqual([['conduct', true]]);
    expect(wrong(entry(protection), reading({ conductMatter: true, victims: { ...reading().victims, killed: 2 } }))).toEqual(['conduct: false / true']);
  });

  it('counts fully right reports and falls short below the thresholds', () => {
    const e = entry(protection);
    const right = reading({ victims: { ...reading().victims, killed: 2 } });
    const score = scoreCorpus([e, { ...e, id: 'x-2', text: 'y' }], (text) => (text === 'x' ? right : reading()));
    expect(score.fullyRight).toBe(1);
    expect(score.fields.killed).toEqual({ right: 1, scored: 2 });
    expect(score.misses).toEqual([{ id: 'x-2', text: 'y', field: 'killed', expected: '2', got: 'unknown' }]);
    expect(shortfalls(score)).toEqual(['fully right 50.0 % < 97.0 %', 'killed 50.0 % < 98.0 %']);
  });
});

describe('scoring per set', () => {
  it('names a set by its file without language, and counts it apart in natural order', () => {
    const line = (id: string, text: string) => JSON.stringify({ ...protection, id, lang: 'fr', text });
    const from = (path: string, ...lines: string[]) => parseCorpusFile(path, lines.join('\n'));
    const entries = [
      ...from('tests/corpus/heldout/heldout10.fr.jsonl', line('t-1', 'a')),
      ...from('tests/corpus/heldout/heldout2.fr.jsonl', line('t-2', 'b')),
      ...from('tests/corpus/heldout/heldout.en.jsonl', line('t-3', 'c'), line('t-4', 'd')),
      ...from('tests/corpus/heldout/heldout.fr.jsonl', line('t-5', 'e')),
    ];
    expect(entries.map(setOf)).toEqual(['heldout10', 'heldout2', 'heldout', 'heldout', 'heldout']);
    const right = reading({ victims: { ...reading().victims, killed: 2 } });
    expect(scoreBySet(entries, (text) => (text === 'c' || text === 'a' ? right : reading()))).toEqual([
      { set: 'heldout', total: 3, fullyRight: 1 },
      { set: 'heldout2', total: 1, fullyRight: 0 },
      { set: 'heldout10', total: 1, fullyRight: 1 },
    ]);
  });
});

describe('npm run eval', () => {
  // The parser's stand-in reads "2 killed" and nothing else, so these tests do not move with the parser.
  const read = (text: string) => reading({ place: 'kasindi', perpetrators: [{ actorId: 'adf', name: 'ADF' }], victims: { ...reading().victims, killed: text.includes('2 killed') ? 2 : null } });
  const run = (argv: string[], corpus?: Corpus) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = runEval(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, { mission, corpus, read });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
  const tiny = (text: string): Corpus => ({
    main: parseCorpusFile('m.jsonl', JSON.stringify({ ...protection, id: 'm-1', lang: 'en', text, place: 'kasindi', perpetrators: ['adf'] })),
    heldout: parseCorpusFile('h.jsonl', JSON.stringify({ ...protection, id: 'h-1', lang: 'fr', text: 'SECRET held-out text', place: 'kasindi' })),
  });

  it('prints its usage with --help and refuses an unknown argument', () => {
    expect(run(['--help'])).toMatchObject({ code: 0, out: expect.stringContaining('Usage: npm run eval') });
    const bad = run(['--chek']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/Unknown option '--chek'[\s\S]*Usage: npm run eval/);
  });

  it('prints the per-field figures and every miss, and fails with --check only', () => {
    const corpus = tiny('ADF attack in Kasindi');
    const plain = run([], corpus);
    expect(plain.code).toBe(0);
    expect(plain.out).toContain('killed                 0/1    0.0 %  (target ≥ 98.0 %)');
    expect(plain.out).toContain('[m-1] ADF attack in Kasindi\n      killed: expected 2, got unknown');
    expect(plain.out).not.toContain('SECRET');
    expect(plain.out).toContain('Held-out (not tuned on): 1 reports\n  fully right            0/1    0.0 %  (aim on unseen reports ≥ 95.0 %)\n  place                  1/1  100.0 %\n');
    expect(plain.out).toMatch(/Summary: main 0\.0 % fully right \(0\/1\), below the thresholds: .*killed 0\.0 % < 98\.0 %.*; held-out/);
    expect(run(['--check'], corpus).code).toBe(1);
    expect(run(['--check'], tiny('ADF: 2 killed in Kasindi')).code).toBe(0);
  });

  it('scores the files given with --set in place of the main corpus (a set still pending)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pending-'));
    const file = join(dir, 'p.en.jsonl');
    writeFileSync(file, [JSON.stringify({ ...protection, id: 'p-1', lang: 'en', text: 'ADF: 2 killed in Kasindi', place: 'kasindi', perpetrators: ['adf'] }), JSON.stringify({ ...protection, id: 'p-2', lang: 'en', text: 'ADF raid on Kasindi', place: 'kasindi', perpetrators: ['adf'] })].join('\n'));
    try {
      const { code, out } = run(['--set', file], tiny('main corpus line'));
      expect(code).toBe(0);
      expect(out).toContain('Main corpus: 2 reports\n  fully right            1/2   50.0 %');
      expect(out).toContain('[p-2] ADF raid on Kasindi\n      killed: expected 2, got unknown');
      expect(out).not.toContain('main corpus line');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints JSON with --json, leaving out held-out texts unless asked', () => {
    const { out } = run(['--json'], tiny('ADF attack in Kasindi'));
    const json = JSON.parse(out) as { main: { misses: unknown[] }; heldout: { misses?: unknown[]; missCount: number }; meetsThresholds: boolean };
    expect(json.meetsThresholds).toBe(false);
    expect(json.main.misses).toHaveLength(1);
    expect(json.heldout.misses).toBeUndefined();
    expect(run(['--json', '--show-heldout-misses'], tiny('x')).out).toContain('"SECRET held-out text"');
  });

  it('prints the held-out fully-right score per set, without texts, in text and JSON', () => {
    const held = (path: string, id: string, text: string, killed: number) =>
      parseCorpusFile(path, JSON.stringify({ ...protection, id, lang: 'fr', text, place: 'kasindi', perpetrators: ['adf'], victims: { killed } }));
    const corpus: Corpus = {
      main: tiny('x').main,
      heldout: [
        ...held('tests/corpus/heldout/heldout.fr.jsonl', 'h-1', 'SECRET one: 2 killed', 2),
        ...held('tests/corpus/heldout/heldout.en.jsonl', 'h-2', 'SECRET two', 2),
        ...held('tests/corpus/heldout/heldout4.fr.jsonl', 'h-3', 'SECRET three: 2 killed', 2),
      ],
    };
    const plain = run([], corpus).out;
    expect(plain).toContain('Held-out fully right, by set:\n  heldout                1/2   50.0 %\n  heldout4               1/1  100.0 %\n');
    expect(plain).not.toContain('SECRET');
    const json = JSON.parse(run(['--json'], corpus).out) as { heldout: { sets: unknown } };
    expect(json.heldout.sets).toEqual([
      { set: 'heldout', total: 2, fullyRight: 1 },
      { set: 'heldout4', total: 1, fullyRight: 1 },
    ]);
    expect(run(['--json'], corpus).out).not.toContain('SECRET');
  });

  it('with --kinds-of-miss counts how the held-out misses fall, without their texts, ids, places or group names', () => {
    const held = (id: string, text: string, extra: object) =>
      parseCorpusFile('heldout9.fr.jsonl', JSON.stringify({ ...protection, id, lang: 'fr', text, place: 'kasindi', perpetrators: ['adf'], ...extra }));
    const corpus: Corpus = {
      main: tiny('x').main,
      heldout: [
        ...held('h-secret-1', 'SECRET one', { victims: { killed: 2 } }),
        ...held('h-secret-2', 'SECRET two', { victims: { killed: 3 }, perpetrators: ['m23'], otherPerpetrators: ['Groupe Secret'] }),
      ],
    };
    const { out, code } = run(['--kinds-of-miss'], corpus);
    expect(code).toBe(0);
    expect(out).toContain('How the held-out misses fall (counted; no text, id, place or group name):\n     2  killed: a count expected, unknown read\n');
    expect(out).toContain('     1  perpetrators: m23 missed');
    expect(out).toContain('     1  perpetrators: adf read in excess');
    expect(out).toContain('     1  perpetrators: a group outside the actor list missed');
    expect(out).not.toMatch(/SECRET|h-secret|Groupe Secret/);
    const json = JSON.parse(run(['--json', '--kinds-of-miss'], corpus).out) as { heldout: { kindsOfMiss: Array<{ kind: string; count: number }> } };
    expect(json.heldout.kindsOfMiss[0]).toEqual({ kind: 'killed: a count expected, unknown read', count: 2 });
    expect(JSON.stringify(json)).not.toMatch(/SECRET|h-secret|Groupe Secret/);
    // without the option nothing of it is printed
    expect(run([], corpus).out).not.toContain('How the held-out misses fall');
  });
});
