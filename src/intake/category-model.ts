import { readFileSync } from 'node:fs';
import { CATEGORY_IDS, type CategoryId } from '../domain/taxonomy.js';
import type { Token } from './normalize.js';

/**
 * A second reader for the category: a naive Bayes model over the words of the report, learnt from
 * the labelled corpus (`npm run train-model` writes `category-model.json`). The keyword rules
 * stay the reader; the model speaks only where rules are known to fall short on unseen reports:
 * when they find no category at all ("got 3 anonymous calls telling him to drop his show"), and
 * when it is all but certain the rules picked the wrong one (see `consultModel`). Why a model:
 * focal points say the same thing in more ways than any keyword list holds; words seen with a
 * category across ~1,700 labelled reports carry over to wordings nobody listed.
 *
 * Features are the report's words without places, actors (a model must not learn that Kamango means
 * ADF attacks), digits and short or common words, each cut to its first 6 letters so "menacé",
 * "menaces" and "menacent" count as one.
 */

const STEM_LENGTH = 6;
/** Additive smoothing: a word never seen with a category does not rule it out. */
const SMOOTHING = 0.5;

// Words too common in every category to say anything (English and French).
const COMMON_WORDS = new Set(
  'the a an of in on at to and or by for from with is was were are be been has have had this that it its his her their they them he she we our you de la le les des du en et au aux un une par pour dans sur est sont ont ete qui que se ce cette ces ils elle il on ne pas plus son sa ses leur leurs vers avec'.split(' '),
);

/** The report's words the model reads: not places or actors (`taken`), not numbers, not common words. */
export function modelFeatures(tokens: readonly Token[], taken: Uint8Array): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const word = tokens[i]!.norm.replace(/[^a-z]/g, '');
    if (word.length < 3 || COMMON_WORDS.has(word)) continue;
    out.push(word.slice(0, STEM_LENGTH));
  }
  return out;
}

/** What training writes: per category, how many reports and, per feature, how many reports had it. */
export interface CategoryModelCounts {
  reports: Partial<Record<CategoryId, number>>;
  features: Record<string, Partial<Record<CategoryId, number>>>;
}

/** Counts each feature once per report, per labelled category (the first one when a label allows two). */
export function trainCategoryModel(examples: ReadonlyArray<{ features: readonly string[]; category: CategoryId }>): CategoryModelCounts {
  const reports: Partial<Record<CategoryId, number>> = {};
  const features: Record<string, Partial<Record<CategoryId, number>>> = {};
  for (const { features: list, category } of examples) {
    reports[category] = (reports[category] ?? 0) + 1;
    for (const f of new Set(list)) {
      const row = (features[f] ??= {});
      row[category] = (row[category] ?? 0) + 1;
    }
  }
  // Sorted keys: the file written is the same for the same corpus, so a test can compare it.
  const sorted = Object.fromEntries(Object.keys(features).sort().map((f) => [f, features[f]!]));
  return { reports, features: sorted };
}

export interface CategoryProbability {
  category: CategoryId;
  probability: number;
}

export class CategoryModel {
  private readonly categories: CategoryId[];
  private readonly prior: Float64Array;
  private readonly weights = new Map<string, Float64Array>();

  constructor(counts: CategoryModelCounts) {
    this.categories = CATEGORY_IDS.filter((c) => (counts.reports[c] ?? 0) > 0);
    const total = this.categories.reduce((n, c) => n + counts.reports[c]!, 0);
    const vocabulary = Object.keys(counts.features).length;
    // How many (report, feature) pairs each category holds: the denominator of a feature's likelihood.
    const mass = this.categories.map((c) => Object.values(counts.features).reduce((n, row) => n + (row[c] ?? 0), 0));
    this.prior = Float64Array.from(this.categories, (c) => Math.log(counts.reports[c]! / total));
    const denominators = mass.map((m) => m + SMOOTHING * vocabulary);
    for (const [feature, row] of Object.entries(counts.features)) {
      this.weights.set(feature, Float64Array.from(this.categories, (c, k) => Math.log(((row[c] ?? 0) + SMOOTHING) / denominators[k]!)));
    }
  }

  /** Every category the model knows, most likely first; probabilities sum to 1. Words it never saw are ignored. */
  classify(features: readonly string[]): CategoryProbability[] {
    const scores = Float64Array.from(this.prior);
    for (const f of new Set(features)) {
      const w = this.weights.get(f);
      if (!w) continue;
      for (let k = 0; k < scores.length; k++) scores[k]! += w[k]!;
    }
    const top = Math.max(...scores);
    let sum = 0;
    for (let k = 0; k < scores.length; k++) sum += scores[k] = Math.exp(scores[k]! - top);
    return this.categories.map((category, k) => ({ category, probability: scores[k]! / sum })).sort((a, b) => b.probability - a.probability);
  }
}

let shipped: CategoryModel | null = null;

/** The model trained on the project's corpus, shipped with Veille; read once per process. */
export function shippedCategoryModel(): CategoryModel {
  shipped ??= new CategoryModel(JSON.parse(readFileSync(new URL('./category-model.json', import.meta.url), 'utf8')) as CategoryModelCounts);
  return shipped;
}
