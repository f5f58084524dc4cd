import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asList, parseCorpusFile, type CorpusEntry } from '../tests/corpus/corpus.js';
import { tokenize } from '../src/intake/normalize.js';
import { lexiconFeatures, trainLexicon, type FeatureSet, type LexiconExample, type LexiconModel } from '../src/intake/categories/lexicon.js';

/**
 * `npm run train-lexicon`: trains the parser's learned category fallback (src/intake/categories/lexicon.ts) from
 * the labelled MAIN corpus only (`tests/corpus/reports*.jsonl`; never `heldout/` nor `pending/`) and
 * writes `src/intake/categories/lexicon-model.json`. The settings were chosen by leave-one-set-out cross-validation
 * within the main corpus (`npm run lexicon-cv`, README "How well Veille reads reports").
 */

export const CORPUS_DIR = fileURLToPath(new URL('../tests/corpus/', import.meta.url));
export const MODEL_PATH = fileURLToPath(new URL('../src/intake/categories/lexicon-model.json', import.meta.url));

/** What cross-validation chose (npm run lexicon-cv). */
export const SETTINGS = { features: 'stems' as FeatureSet, smoothing: 0.5, threshold: 0.99, minCount: 2 };

/** The main corpus files, by name: only the top folder's `reports*.jsonl`. */
export function mainCorpusFiles(dir = CORPUS_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /^reports\d*\.(en|fr)\.jsonl$/.test(e.name))
    .map((e) => e.name)
    .sort();
}

/** One labelled example a protection report; conduct matters have no category and teach nothing here. */
export function examplesOf(entries: readonly CorpusEntry[], features: FeatureSet): LexiconExample[] {
  return entries.flatMap((e) => (e.kind === 'protection' ? [{ features: lexiconFeatures(tokenize(e.text), features), categories: asList(e.category) }] : []));
}

/** The model the committed corpus gives, with the chosen settings. */
export function buildLexiconModel(dir = CORPUS_DIR, settings = SETTINGS): LexiconModel {
  const files = mainCorpusFiles(dir);
  const hash = createHash('sha256');
  const entries: CorpusEntry[] = [];
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'utf8');
    hash.update(`${f}\n${text}\n`);
    entries.push(...parseCorpusFile(f, text));
  }
  return trainLexicon(examplesOf(entries, settings.features), { ...settings, trainedOn: { files, sha256: hash.digest('hex') } });
}

/** The model as committed: the settings first, one feature a line, so a retrain reads as a diff. */
export function formatModel(model: LexiconModel): string {
  const { counts, ...head } = model;
  const lines = Object.keys(counts).map((f) => `    ${JSON.stringify(f)}: ${JSON.stringify(counts[f])}`);
  const top = JSON.stringify(head, null, 2).slice(0, -2);
  return `${top},\n  "counts": {\n${lines.join(',\n')}\n  }\n}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const model = buildLexiconModel();
  const text = formatModel(model);
  writeFileSync(MODEL_PATH, text);
  const docs = model.docs.reduce((a, b) => a + b, 0);
  console.log(`lexicon: ${Object.keys(model.counts).length} features (${model.features}, seen ≥ ${model.minCount} times), ${model.classes.length} categories, ${docs} labelled readings from ${model.trainedOn.files.length} files; ${(text.length / 1024).toFixed(0)} KB written to src/intake/categories/lexicon-model.json`);
}
