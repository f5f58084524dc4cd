import { CATEGORY_IDS, isCategoryId, type CategoryId } from '../../domain/taxonomy.js';
import type { Token } from '../normalize.js';

/**
 * The learned fallback for the category: a multinomial naive Bayes over the report's normalised
 * words, trained offline from the labelled main corpus (`npm run train-lexicon`) and asked only
 * when the keyword rules found no category at all. Hand rules miss words they have never met; the
 * model has seen every word of the corpus next to its label, so an everyday report in new words
 * ("they are prowling round the fields", "on nous interdit la route") still gets a likely reading.
 */

/** Which words the model counts: whole words, 5-letter stems, and either with the pairs of neighbours. */
export type FeatureSet = 'words' | 'stems' | 'words+bigrams' | 'stems+bigrams';
export const FEATURE_SETS: readonly FeatureSet[] = ['words', 'stems', 'words+bigrams', 'stems+bigrams'];

/** The committed model (`src/intake/categories/lexicon-model.json`): per-class counts, so it stays readable and small. */
export interface LexiconModel {
  /** Which files it was trained from and their fingerprint: the staleness test compares it. */
  trainedOn: { files: string[]; sha256: string };
  features: FeatureSet;
  /** Add-k smoothing. */
  smoothing: number;
  /** A guess at least this likely sets the category; below, the guesses are only offered. */
  threshold: number;
  /** Features seen fewer times than this over the corpus were pruned. */
  minCount: number;
  classes: CategoryId[];
  /** Reports of each class (the prior). */
  docs: number[];
  /** Feature occurrences of each class, over the kept features. */
  totals: number[];
  /** Feature → flat pairs [class index, count, class index, count, …]. */
  counts: Record<string, number[]>;
}

/** A model ready to score: log-probabilities precomputed once at start-up. */
export interface Lexicon {
  readonly features: FeatureSet;
  readonly threshold: number;
  readonly classes: readonly CategoryId[];
  readonly logPrior: Float64Array;
  /** log P(unseen-in-class feature | class), for a known feature absent from a class. */
  readonly logFloor: Float64Array;
  /** Feature → per-class log P(feature | class) minus the floor, only where the class has seen it. */
  readonly lift: ReadonlyMap<string, readonly (readonly [number, number])[]>;
}

export interface Guess {
  category: CategoryId;
  /** Posterior probability under the model (0–1). */
  p: number;
}

// Short function words carry no category and are the bulk of every report.
const MIN_LETTERS = 2;
const NUMBER = /^\d+$/;

/** The features of a report's words: one-letter words ("l'", "d'") drop out, numbers too (in pairs they stand as `#`: "# tues"). */
export function lexiconFeatures(tokens: readonly Token[], set: FeatureSet): string[] {
  const stems = set.startsWith('stems');
  const units: (string | null)[] = [];
  for (const t of tokens) {
    const w = NUMBER.test(t.norm) ? '#' : t.norm;
    units.push(w === '#' || w.length >= MIN_LETTERS ? (stems ? w.slice(0, 5) : w) : null);
  }
  const out: string[] = [];
  for (const u of units) if (u !== null && u !== '#') out.push(u);
  if (set.endsWith('bigrams')) {
    // A pair does not run across clause punctuation: "armed, men" are two thoughts.
    for (let i = 1; i < units.length; i++) {
      const a = units[i - 1];
      const b = units[i];
      if (a && b && !tokens[i]!.breakBefore) out.push(`${a} ${b}`);
    }
  }
  // Each feature once a report: in one-line reports a repeated word says little more.
  return [...new Set(out)];
}

/** Precomputes the log-probabilities of a trained model. */
export function prepareLexicon(model: LexiconModel): Lexicon {
  const n = model.classes.length;
  const vocabulary = Object.keys(model.counts).length;
  const allDocs = model.docs.reduce((a, b) => a + b, 0);
  const logPrior = new Float64Array(n);
  const logFloor = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    logPrior[c] = Math.log(model.docs[c]! / allDocs);
    logFloor[c] = Math.log(model.smoothing / (model.totals[c]! + model.smoothing * vocabulary));
  }
  const lift = new Map<string, (readonly [number, number])[]>();
  for (const [feature, pairs] of Object.entries(model.counts)) {
    const row: (readonly [number, number])[] = [];
    for (let i = 0; i < pairs.length; i += 2) {
      const c = pairs[i]!;
      row.push([c, Math.log((pairs[i + 1]! + model.smoothing) / (model.totals[c]! + model.smoothing * vocabulary)) - logFloor[c]!]);
    }
    lift.set(feature, row);
  }
  for (const c of model.classes) if (!isCategoryId(c)) throw new Error(`lexicon model: unknown category ${c}`);
  return { features: model.features, threshold: model.threshold, classes: model.classes, logPrior, logFloor, lift };
}

/** The model's categories for these words, most likely first, with their posterior probability. */
export function guessCategories(lexicon: Lexicon, tokens: readonly Token[]): Guess[] {
  const n = lexicon.classes.length;
  const score = Float64Array.from(lexicon.logPrior);
  let known = 0;
  for (const f of lexiconFeatures(tokens, lexicon.features)) {
    const row = lexicon.lift.get(f);
    if (!row) continue;
    known++;
    for (const [c, lift] of row) score[c]! += lift;
  }
  if (known === 0) return [];
  for (let c = 0; c < n; c++) score[c]! += known * lexicon.logFloor[c]!;
  let max = -Infinity;
  for (const s of score) if (s > max) max = s;
  let sum = 0;
  for (let c = 0; c < n; c++) sum += Math.exp(score[c]! - max);
  const guesses: Guess[] = [];
  for (let c = 0; c < n; c++) guesses.push({ category: lexicon.classes[c]!, p: Math.exp(score[c]! - max) / sum });
  return guesses.sort((a, b) => b.p - a.p);
}

/** One labelled report for training: its features and every category its label accepts. */
export interface LexiconExample {
  features: readonly string[];
  categories: readonly CategoryId[];
}

/** Counts the examples into a model; a report labelled with several categories counts for each. */
export function trainLexicon(
  examples: readonly LexiconExample[],
  options: { features: FeatureSet; smoothing: number; threshold: number; minCount: number; trainedOn: LexiconModel['trainedOn'] },
): LexiconModel {
  const seen = new Map<string, number>();
  for (const e of examples) for (const f of e.features) seen.set(f, (seen.get(f) ?? 0) + e.categories.length);
  const classes = CATEGORY_IDS.filter((c) => examples.some((e) => e.categories.includes(c)));
  const index = new Map(classes.map((c, i) => [c, i]));
  const docs = classes.map(() => 0);
  const totals = classes.map(() => 0);
  const perFeature = new Map<string, number[]>();
  for (const e of examples) {
    for (const category of e.categories) {
      const c = index.get(category)!;
      docs[c]!++;
      for (const f of e.features) {
        if (seen.get(f)! < options.minCount) continue;
        totals[c]!++;
        let row = perFeature.get(f);
        if (!row) perFeature.set(f, (row = classes.map(() => 0)));
        row[c]!++;
      }
    }
  }
  // (no prototype: a word such as "constructor" is a feature like any other)
  const counts: Record<string, number[]> = Object.create(null);
  for (const f of [...perFeature.keys()].sort()) counts[f] = perFeature.get(f)!.flatMap((n, c) => (n > 0 ? [c, n] : []));
  return { trainedOn: options.trainedOn, features: options.features, smoothing: options.smoothing, threshold: options.threshold, minCount: options.minCount, classes, docs, totals, counts };
}

/** What the fallback made of a report the rules could not place: a category to set, or only guesses to offer. */
export interface LexiconReading {
  /** The guess to set as the category (confidence low: the confirmation still offers the others); null to keep the rules' reading. */
  category: CategoryId | null;
  /** The model's other likely categories, best first (never `other`: "Other…" opens Edit). */
  alternatives: CategoryId[];
}

const OFFERED = 3;

/**
 * Categories a guess may name on its own. An attack (on civilians, a site, peacekeepers or humanitarians) is said
 * in words the rules know well, and naming one makes the alert critical or high: a guess that one happened,
 * from words such as "site" or "déplacés", would chase people for nothing ("manque de vivres au site de Kigonze"
 * was once guessed an attack on the site). Those, and every grave harm (killings, abductions, CRSV, children),
 * are only offered. A guess names the everyday categories the rules most often miss.
 */
const MAY_SET: ReadonlySet<CategoryId> = new Set([
  'armed_group_movement', 'displacement', 'threat_intimidation', 'access_denial', 'intercommunal_tension',
  'hate_speech_incitement', 'arbitrary_detention', 'looting_destruction', 'explosive_hazard',
]);

/**
 * Access denied is said with a word of keeping out, stopping or refusing ("blocked", "suspended", "empêché", "refoulé",
 * "no access"); without one the guess is only offered: "the NGO says WFP will come back next week with food" shares
 * its words (an agency, food, coming back) with the denials the lexicon learned from, and announces the opposite.
 */
const DENIAL = /^(block\w*|bloqu\w*|barr\w*|stop\w*|arret\w*|suspen\w*|refus\w*|refoul\w*|deni\w*|deny\w*|empech\w*|interdi\w*|prevent\w*|obstruct\w*|entrav\w*|turned|rebrouss\w*|no|pas|sans|without|impossible|inaccessib\w*|access|acces|closed|ferme\w*|withdr\w*|retir\w*|evacu\w*|halt\w*|restrict\w*|cannot|cant|unable|not|n|ne|never|jamais|held|kept|cut|coup\w*|fees|tax\w*|detour\w*|demand\w*|exig\w*)$/;
function denialSaid(tokens: readonly Token[]): boolean {
  return tokens.some((t) => DENIAL.test(t.norm));
}

/** Applied only when the rules found no category: above the threshold a guess is set, below it the guesses are offered. */
export function lexiconReading(lexicon: Lexicon, tokens: readonly Token[], mayName = true): LexiconReading {
  const guesses = guessCategories(lexicon, tokens);
  const top = guesses[0];
  const category = mayName && top && MAY_SET.has(top.category) && top.p >= lexicon.threshold && (top.category !== 'access_denial' || denialSaid(tokens)) ? top.category : null;
  const alternatives = guesses.filter((g) => g.category !== 'other' && g.category !== category).slice(0, OFFERED).map((g) => g.category);
  return { category, alternatives };
}
