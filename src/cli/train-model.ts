import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadMission, type Mission } from '../config/mission.js';
import { createIntakeContext, parseQuickReport } from '../intake/index.js';
import { categoryFeatures } from '../intake/parser.js';
import { CategoryModel, trainCategoryModel, type CategoryModelCounts } from '../intake/category-model.js';
import { asList, loadCorpus, type CorpusEntry } from '../../tests/corpus/corpus.js';
import { percent, readingOf, scoreCorpus, share } from '../../tests/corpus/score.js';

/**
 * `npm run train-model`: learns the category model (src/intake/category-model.ts) from the main
 * corpus — never the held-out set — and writes `src/intake/category-model.json`, which ships with
 * Veille. It then says, by ten-fold cross-validation (each report read by a model trained without
 * it), how many reports the parser reads fully right with the model and with the rules alone.
 */

export const MODEL_FILE = fileURLToPath(new URL('../intake/category-model.json', import.meta.url));
const FOLDS = 10;

const USAGE = `Usage: npm run train-model [-- options]
  --check   write nothing; exit 1 when the shipped model is not what the corpus trains (run npm run train-model)
  --help    this text`;

/** The model the corpus trains: every labelled protection report, by its first category. */
export function trainFromCorpus(mission: Mission, entries: readonly CorpusEntry[]): CategoryModelCounts {
  const rules = createIntakeContext({ ...mission, categoryModel: null });
  return trainCategoryModel(entries.flatMap((e) => (e.kind === 'protection' ? [{ features: categoryFeatures(e.text, rules), category: asList(e.category)[0]! }] : [])));
}

/** One line per feature, so a corpus change shows as a readable diff of the file. */
export function modelFileText(counts: CategoryModelCounts): string {
  const rows = Object.entries(counts.features).map(([f, row]) => `    ${JSON.stringify(f)}: ${JSON.stringify(row)}`);
  return `{\n  "reports": ${JSON.stringify(counts.reports)},\n  "features": {\n${rows.join(',\n')}\n  }\n}\n`;
}

function crossValidate(mission: Mission, entries: readonly CorpusEntry[]): { rules: number; model: number; total: number } {
  const rulesOnly = createIntakeContext({ ...mission, categoryModel: null });
  const rules = scoreCorpus(entries, (text) => readingOf(parseQuickReport(text, rulesOnly))).fullyRight;
  let model = 0;
  for (let fold = 0; fold < FOLDS; fold++) {
    const held = entries.filter((_, i) => i % FOLDS === fold);
    const trained = new CategoryModel(trainFromCorpus(mission, entries.filter((_, i) => i % FOLDS !== fold)));
    const context = createIntakeContext({ ...mission, categoryModel: trained });
    model += scoreCorpus(held, (text) => readingOf(parseQuickReport(text, context))).fullyRight;
  }
  return { rules, model, total: entries.length };
}

export function runTrainModel(argv: string[], io: { out(line: string): void; err(line: string): void }, mission = loadMission('data/mission.example.json')): number {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { check: { type: 'boolean' }, help: { type: 'boolean' } } }));
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const { main } = loadCorpus(mission);
  const text = modelFileText(trainFromCorpus(mission, main));
  if (values.check) {
    const same = readFileSync(MODEL_FILE, 'utf8') === text;
    io.out(same ? 'The shipped category model is what the corpus trains.' : 'The shipped category model is out of date: run npm run train-model and commit src/intake/category-model.json.');
    return same ? 0 : 1;
  }
  writeFileSync(MODEL_FILE, text);
  const protection = main.filter((e) => e.kind === 'protection').length;
  io.out(`Category model trained on ${protection} labelled reports of the main corpus (held-out set not read); written to src/intake/category-model.json.`);
  io.out(`Cross-validating (${FOLDS} folds: each report read by a model trained without it)…`);
  const cv = crossValidate(mission, main);
  io.out(`  rules alone        ${cv.rules}/${cv.total}  ${percent(share(cv.rules, cv.total))} fully right`);
  io.out(`  rules with model   ${cv.model}/${cv.total}  ${percent(share(cv.model, cv.total))} fully right`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let code: number;
  try {
    code = runTrainModel(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) });
  } catch (error) {
    console.error((error as Error).message);
    code = 2;
  }
  process.exit(code);
}
