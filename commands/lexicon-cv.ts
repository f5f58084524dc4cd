import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadMission } from '../src/config/mission.js';
import type { CategoryId } from '../src/domain/taxonomy.js';
import { createIntakeContext, parseQuickReport, tokenize } from '../src/intake/index.js';
import type { Token } from '../src/intake/normalize.js';
import { FEATURE_SETS, guessCategories, prepareLexicon, trainLexicon, type FeatureSet, type Guess } from '../src/intake/categories/lexicon.js';
import { asList, parseCorpusFile, type CorpusEntry } from '../tests/corpus/corpus.js';
import { CORPUS_DIR, examplesOf, mainCorpusFiles, SETTINGS } from './train-lexicon.js';

/**
 * `npm run lexicon-cv`: how the learned category fallback would do on reports it was not trained on,
 * measured WITHIN the main corpus (the held-out sets are never read here). Leave one set out
 * (`reportsN`, both languages): train on the other sets, then read the left-out set's reports on which
 * the rules find no category, as the parser would. For each feature set and threshold it prints how
 * many of those the fallback reads right (against the rules' `other`), how many it moves off a
 * correct `other`, and how often the label is among the guesses it offers.
 */

const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99];

interface HiddenReport {
  set: string;
  accepted: CategoryId[];
  /** The report's words with every keyword the rules know taken out. */
  tokens: Token[];
}

interface PoolReport {
  set: string;
  accepted: CategoryId[];
  tokens: Token[];
}

interface Outcome {
  threshold: number;
  right: number;
  moved: number;
  movedRight: number;
  offOther: number;
}

const setOf = (file: string): string => file.replace(/\.(en|fr)\.jsonl$/, '');

function loadSets(): Map<string, CorpusEntry[]> {
  const sets = new Map<string, CorpusEntry[]>();
  for (const f of mainCorpusFiles()) {
    const entries = parseCorpusFile(f, readFileSync(join(CORPUS_DIR, f), 'utf8'));
    sets.set(setOf(f), [...(sets.get(setOf(f)) ?? []), ...entries]);
  }
  return sets;
}

/** The reports on which the rules find no category: the parser asks a lexicon that never sets one. */
function poolOf(sets: Map<string, CorpusEntry[]>): PoolReport[] {
  const mission = loadMission('data/mission.example.json');
  const probe = trainLexicon([{ features: ['x'], categories: ['other'] }], { features: 'words', smoothing: 1, threshold: 2, minCount: 1, trainedOn: { files: [], sha256: '' } });
  const context = createIntakeContext({ ...mission, lexicon: probe });
  const pool: PoolReport[] = [];
  for (const [set, entries] of sets) {
    for (const e of entries) {
      if (e.kind !== 'protection') continue;
      const r = parseQuickReport(e.text, context);
      if (r.categoryGuess !== null) pool.push({ set, accepted: asList(e.category), tokens: tokenize(r.description) });
    }
  }
  return pool;
}

/**
 * The main corpus has few reports whose words the rules do not know (its sets were tuned on). To see the
 * model on the everyday reports it is meant for, every report is also read with the rules' keywords
 * taken out, which leaves the words the rules never learnt ("prowling", "on nous interdit").
 */
function hiddenOf(sets: Map<string, CorpusEntry[]>): HiddenReport[] {
  const context = createIntakeContext({ ...loadMission('data/mission.example.json'), lexicon: null });
  const out: HiddenReport[] = [];
  for (const [set, entries] of sets) {
    for (const e of entries) {
      if (e.kind !== 'protection') continue;
      const tokens = tokenize(e.text);
      const gone = new Uint8Array(tokens.length);
      for (const h of context.signals.find(tokens)) gone.fill(1, h.start, h.end);
      const kept = tokens.flatMap((t, i) => (gone[i] ? [] : [{ ...t, breakBefore: t.breakBefore || (i > 0 && gone[i - 1] === 1) }]));
      if (kept.length > 0) out.push({ set, accepted: asList(e.category), tokens: kept });
    }
  }
  return out;
}

/** Every pool report's guesses, from a model trained without its set. */
function foldGuesses(sets: Map<string, CorpusEntry[]>, pool: readonly { set: string; tokens: readonly Token[] }[], features: FeatureSet, smoothing: number, minCount: number): Guess[][] {
  const out: Guess[][] = new Array(pool.length);
  for (const set of sets.keys()) {
    const training = [...sets].filter(([s]) => s !== set).flatMap(([, entries]) => entries);
    const lexicon = prepareLexicon(trainLexicon(examplesOf(training, features), { features, smoothing, threshold: 1, minCount, trainedOn: { files: [], sha256: '' } }));
    pool.forEach((p, i) => {
      if (p.set === set) out[i] = guessCategories(lexicon, p.tokens);
    });
  }
  return out;
}

function outcome(pool: readonly { accepted: CategoryId[] }[], guesses: readonly Guess[][], threshold: number): Outcome {
  const o: Outcome = { threshold, right: 0, moved: 0, movedRight: 0, offOther: 0 };
  pool.forEach((p, i) => {
    const top = guesses[i]![0];
    const set = top && top.category !== 'other' && top.p >= threshold ? top.category : null;
    const read = set ?? 'other';
    if (p.accepted.includes(read)) o.right++;
    if (set) {
      o.moved++;
      if (p.accepted.includes(set)) o.movedRight++;
      else if (p.accepted.includes('other')) o.offOther++;
    }
  });
  return o;
}

/** How often a label other than `other` is among the three guesses offered (today: three fixed common categories). */
function offeredHits(pool: readonly PoolReport[], guesses: readonly Guess[][] | null): number {
  const common: CategoryId[] = ['attack_on_civilians', 'threat_intimidation', 'armed_group_movement'];
  return pool.filter((p, i) => {
    if (p.accepted.includes('other')) return false;
    const offered = guesses ? guesses[i]!.filter((g) => g.category !== 'other').slice(0, 3).map((g) => g.category) : common;
    return p.accepted.some((c) => offered.includes(c));
  }).length;
}

const pct = (n: number, d: number): string => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`);

function main(): void {
  const { values } = parseArgs({ options: { smoothing: { type: 'string', multiple: true }, 'min-count': { type: 'string', multiple: true } } });
  const smoothings = (values.smoothing ?? [String(SETTINGS.smoothing)]).map(Number);
  const minCounts = (values['min-count'] ?? [String(SETTINGS.minCount)]).map(Number);
  const sets = loadSets();
  const pool = poolOf(sets);
  const otherRight = pool.filter((p) => p.accepted.includes('other')).length;
  const notOther = pool.length - otherRight;
  console.log(`Leave-one-set-out over ${sets.size} main-corpus sets; ${pool.length} reports where the rules find no category (${otherRight} labelled other, ${notOther} not).`);
  console.log(`Rules alone (all stay other): ${otherRight}/${pool.length} right (${pct(otherRight, pool.length)}); a label among today's 3 fixed alternatives: ${offeredHits(pool, null)}/${notOther}.`);
  console.log('');
  const hidden = hiddenOf(sets);
  const hiddenOther = hidden.filter((h) => h.accepted.includes('other')).length;
  console.log(`Keywords hidden: ${hidden.length} reports read without the rules' keywords (${hiddenOther} labelled other); "set" is how many the fallback would name, "right" how many of those rightly.`);
  console.log('');
  console.log('features        k     min  threshold | no-category reports: right       moved  moved right  off a right other  label offered | keywords hidden: set   right (precision)  off other');
  for (const minCount of minCounts) {
    for (const smoothing of smoothings) {
      for (const features of FEATURE_SETS) {
        const guesses = foldGuesses(sets, pool, features, smoothing, minCount);
        const hiddenGuesses = foldGuesses(sets, hidden, features, smoothing, minCount);
        const offered = offeredHits(pool, guesses);
        for (const t of THRESHOLDS) {
          const o = outcome(pool, guesses, t);
          const h = outcome(hidden, hiddenGuesses, t);
          console.log(
            `${features.padEnd(15)} ${String(smoothing).padEnd(5)} ${String(minCount).padEnd(4)} ${t.toFixed(2).padEnd(9)} | ${`${o.right}/${pool.length} ${pct(o.right, pool.length)}`.padEnd(26)} ${String(o.moved).padEnd(6)} ${String(o.movedRight).padEnd(12)} ${String(o.offOther).padEnd(18)} ${`${offered}/${notOther}`.padEnd(13)} | ${String(h.moved).padEnd(21)} ${`${h.movedRight} (${pct(h.movedRight, h.moved)})`.padEnd(18)} ${h.offOther}`,
          );
        }
      }
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
