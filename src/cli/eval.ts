import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadMission, type Mission } from '../config/mission.js';
import { createIntakeContext, parseQuickReport } from '../intake/index.js';
import { loadCorpus, parseCorpusFile, type Corpus } from '../../tests/corpus/corpus.js';
import { formatMisses, formatScore, formatSets, kindsOfMiss, percent, readingOf, scoreBySet, scoreCorpus, share, shortfalls, THRESHOLDS, UNSEEN_TARGET, type Reading, type Score } from '../../tests/corpus/score.js';

/**
 * `npm run eval`: reads every labelled quick report of `tests/corpus` with the real parser and
 * says how many it reads right, field by field, and every miss. The held-out set is scored apart
 * and its texts are not printed (it estimates the score on reports the parser was never tuned on);
 * its fully-right score is also given per set (file name without the language), so a set written
 * after the others were read for analysis is reported apart.
 */

export interface EvalIo {
  out(line: string): void;
  err(line: string): void;
}

const USAGE = `Usage: npm run eval [-- options]
  --check                 exit 1 when the main corpus is below ${percent(THRESHOLDS.fullyRight)} fully right or any field below ${percent(THRESHOLDS.field)}
  --json                  print the results as JSON instead of text
  --show-heldout-misses   also print the held-out misses (not for whoever tunes the parser)
  --kinds-of-miss         also print how the held-out misses fall, counted (no texts: safe for whoever tunes)
  --set <file.jsonl>      score these files (repeatable) in place of the main corpus, e.g. a set still pending
  --help                  this text`;

/** `read` stands in for the parser in tests of the program itself. */
export function runEval(argv: string[], io: EvalIo, options: { mission?: Mission; corpus?: Corpus; read?: (text: string) => Reading } = {}): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      allowPositionals: false,
      options: { check: { type: 'boolean' }, json: { type: 'boolean' }, 'show-heldout-misses': { type: 'boolean' }, 'kinds-of-miss': { type: 'boolean' }, help: { type: 'boolean' }, set: { type: 'string', multiple: true } },
    }));
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const mission = options.mission ?? loadMission('data/mission.example.json');
  const loaded = options.corpus ?? loadCorpus(mission);
  // A pending set is scored alone, as if it were the main corpus, before it is moved in.
  const corpus = values.set ? { ...loaded, main: values.set.flatMap((f) => parseCorpusFile(f, readFileSync(f, 'utf8'))) } : loaded;
  const context = createIntakeContext(mission);
  const read = options.read ?? ((text: string) => readingOf(parseQuickReport(text, context)));
  const main = scoreCorpus(corpus.main, read);
  const heldout = scoreCorpus(corpus.heldout, read);
  const heldoutSets = scoreBySet(corpus.heldout, read);
  const short = shortfalls(main);
  const french = corpus.main.filter((e) => e.lang === 'fr').length;

  if (values.json) {
    const strip = (s: Score, misses: boolean) => ({ ...s, misses: misses ? s.misses : undefined, missCount: s.misses.length });
    const kinds = values['kinds-of-miss'] ? { kindsOfMiss: kindsOfMiss(heldout.misses).map(([kind, count]) => ({ kind, count })) } : {};
    io.out(JSON.stringify({ main: strip(main, true), heldout: { ...strip(heldout, values['show-heldout-misses'] === true), sets: heldoutSets, ...kinds }, thresholds: THRESHOLDS, meetsThresholds: short.length === 0, shortfalls: short }, null, 2));
  } else {
    io.out(`Quick-report corpus: ${corpus.main.length} reports (${percent(share(french, corpus.main.length))} French); held-out: ${corpus.heldout.length}`);
    io.out('');
    for (const line of formatScore('Main corpus', main)) io.out(line);
    io.out('');
    for (const line of formatScore('Held-out (not tuned on)', heldout, 'heldout')) io.out(line);
    io.out('');
    io.out('Held-out fully right, by set:');
    for (const line of formatSets(heldoutSets)) io.out(line);
    io.out('');
    io.out(`Misses in the main corpus (${main.misses.length}):`);
    for (const line of formatMisses(main.misses)) io.out(line);
    if (values['show-heldout-misses']) {
      io.out(`Misses in the held-out set (${heldout.misses.length}):`);
      for (const line of formatMisses(heldout.misses)) io.out(line);
    } else {
      io.out(`Held-out misses (${heldout.misses.length}) are not printed: the parser is not tuned on them.`);
    }
    if (values['kinds-of-miss']) {
      io.out('');
      io.out('How the held-out misses fall (counted; no text, id, place or group name):');
      for (const [kind, count] of kindsOfMiss(heldout.misses)) io.out(`  ${String(count).padStart(4)}  ${kind}`);
    }
    io.out('');
    io.out(
      `Summary: main ${percent(share(main.fullyRight, main.total))} fully right (${main.fullyRight}/${main.total}), ` +
        `${short.length === 0 ? 'meets the thresholds' : `below the thresholds: ${short.join('; ')}`}; ` +
        `held-out ${percent(share(heldout.fullyRight, heldout.total))} fully right (${heldout.fullyRight}/${heldout.total}; aim on unseen reports ≥ ${percent(UNSEEN_TARGET)})`,
    );
  }
  return values.check && short.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let code: number;
  try {
    code = runEval(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) });
  } catch (error) {
    console.error((error as Error).message);
    code = 2;
  }
  process.exit(code);
}
