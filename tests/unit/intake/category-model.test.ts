import { describe, expect, it } from 'vitest';
import { CategoryModel, trainCategoryModel } from '../../../src/intake/category-model.js';
import { consultModel } from '../../../src/intake/model-reading.js';
import { createIntakeContext, parseQuickReport, tokenize } from '../../../src/intake/index.js';
import { modelFeatures } from '../../../src/intake/category-model.js';
import { runTrainModel } from '../../../src/cli/train-model.js';
import type { CategoryId } from '../../../src/domain/taxonomy.js';
import { mission } from './fixtures.js';

const features = (text: string) => modelFeatures(tokenize(text), new Uint8Array(tokenize(text).length));

// A small invented training set: threats said without the keyword list's words, and ordinary news.
const examples: Array<[string, CategoryId]> = [
  ['journalist received anonymous calls telling him to stop his programme', 'threat_intimidation'],
  ['activist told his name is on their list, men came at night asking for him', 'threat_intimidation'],
  ['anonymous calls to the pastor telling him to leave town', 'threat_intimidation'],
  ['the chief received calls at night, his name on a list', 'threat_intimidation'],
  ['motorbikes following the teacher every day since his testimony, calls at night', 'threat_intimidation'],
  ['meeting of the protection cluster postponed to Monday', 'other'],
  ['heavy rain, the bridge is closed to traffic', 'other'],
  ['market day went normally, traders came from the villages', 'other'],
];
const model = new CategoryModel(trainCategoryModel(examples.map(([text, category]) => ({ features: features(text), category }))));

describe('the category model', () => {
  it('reads words it learnt with a category, most likely first, probabilities summing to 1', () => {
    const read = model.classify(features('the head teacher got anonymous calls, his name is on a list'));
    expect(read[0]).toMatchObject({ category: 'threat_intimidation' });
    expect(read[0]!.probability).toBeGreaterThan(0.9);
    expect(read.reduce((sum, r) => sum + r.probability, 0)).toBeCloseTo(1, 9);
  });

  it('ignores words it never saw: only the share of each category in training is left', () => {
    const read = model.classify(features('zzz qqq'));
    expect(read.map((r) => [r.category, r.probability.toFixed(3)])).toEqual([
      ['threat_intimidation', (5 / 8).toFixed(3)],
      ['other', (3 / 8).toFixed(3)],
    ]);
  });

  it('does not read places or actors: a model must not learn that a village means a kind of incident', () => {
    const tokens = tokenize('ADF attacked Kamango market');
    const taken = new Uint8Array(tokens.length);
    taken[0] = 1; // ADF
    taken[2] = 1; // Kamango
    expect(modelFeatures(tokens, taken)).toEqual(['attack', 'market']);
  });

  it('counts a word once per report and lists features in a stable order (the file written is the same for the same corpus)', () => {
    const counts = trainCategoryModel([
      { features: ['menace', 'menace', 'appels'], category: 'threat_intimidation' },
      { features: ['appels'], category: 'other' },
    ]);
    expect(counts).toEqual({ reports: { threat_intimidation: 1, other: 1 }, features: { appels: { threat_intimidation: 1, other: 1 }, menace: { threat_intimidation: 1 } } });
    expect(Object.keys(counts.features)).toEqual(['appels', 'menace']);
  });
});

describe('when the model has its say over the keyword rules', () => {
  const p = (category: CategoryId, probability: number) => ({ category, probability });

  it('no rule found a category: the model decides when it is at least 80 % sure, and Veille says it is unsure', () => {
    expect(consultModel([], [p('threat_intimidation', 0.85), p('hate_speech_incitement', 0.1), p('other', 0.05)])).toEqual({
      ranked: [{ category: 'threat_intimidation', subType: null }],
      decided: true,
      alternatives: ['hate_speech_incitement'],
    });
    expect(consultModel([], [p('threat_intimidation', 0.7), p('other', 0.3)])).toMatchObject({ ranked: [], decided: false });
  });

  it('never decides "other", and never overrules a category the rules found, however sure it is', () => {
    expect(consultModel([], [p('other', 0.99), p('threat_intimidation', 0.01)])).toMatchObject({ decided: false });
    const rules = [{ category: 'looting_destruction' as const, subType: null }];
    expect(consultModel(rules, [p('attack_on_idp_site', 0.9999)])).toEqual({ ranked: rules, decided: false, alternatives: [] });
  });

  it('does not overrule the rules where they found a reason there is no incident (a flood, a false alarm, a distribution)', () => {
    expect(consultModel([], [p('attack_on_civilians', 0.95)], true)).toMatchObject({ ranked: [], decided: false });
  });
});

describe('the parser with a model', () => {
  const withModel = createIntakeContext({ ...mission, categoryModel: model });
  const rulesOnly = createIntakeContext({ ...mission, categoryModel: null });
  const text = 'Butembo: the head teacher got anonymous calls at night, his name is on a list';

  it('a report no keyword rule reads gets the model\'s category, its priority, and the alternatives to tap', () => {
    expect(parseQuickReport(text, rulesOnly)).toMatchObject({ category: 'other', priority: 'low', unsure: ['no_category'] });
    expect(parseQuickReport(text, withModel)).toMatchObject({ category: 'threat_intimidation', priority: 'medium', categoryFromText: true, unsure: ['category'] });
  });

  it('a category the reporter gives is never second-guessed by the model', () => {
    expect(parseQuickReport(`${text} category:other`, withModel)).toMatchObject({ category: 'other', unsure: [] });
  });
});

describe('npm run train-model', () => {
  it('the shipped model is what the corpus trains (a corpus change without retraining fails here)', () => {
    const out: string[] = [];
    const code = runTrainModel(['--check'], { out: (l) => out.push(l), err: (l) => out.push(l) }, mission);
    expect(out).toEqual(['The shipped category model is what the corpus trains.']);
    expect(code).toBe(0);
  });

  it('refuses an unknown option with its usage', () => {
    const err: string[] = [];
    expect(runTrainModel(['--bogus'], { out: () => undefined, err: (l) => err.push(l) }, mission)).toBe(2);
    expect(err.join('\n')).toMatch(/Unknown option '--bogus'[\s\S]*Usage: npm run train-model/);
  });
});
