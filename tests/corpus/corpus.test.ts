import { describe, expect, it } from 'vitest';
import { loadMission } from '../../src/config/mission.js';
import { CATEGORY_IDS } from '../../src/domain/taxonomy.js';
import { createIntakeContext, parseQuickReport } from '../../src/intake/index.js';
import { asList, loadCorpus } from './corpus.js';
import { formatMisses, readingOf, scoreCorpus, shortfalls } from './score.js';

/**
 * The quick-report corpus: its composition is what the issue asks for, and the real parser reads
 * at least 97 % of its reports fully right and every field at least 98 % right. The held-out set
 * is checked for composition only: it estimates the score on unseen reports and is not a target.
 */

const mission = loadMission('data/mission.example.json');
const corpus = loadCorpus(mission);
const context = createIntakeContext(mission);

describe('quick-report corpus', () => {
  it('has at least 300 reports, 40 % of them in French', () => {
    expect(corpus.main.length).toBeGreaterThanOrEqual(300);
    const french = corpus.main.filter((e) => e.lang === 'fr').length;
    expect(french / corpus.main.length).toBeGreaterThanOrEqual(0.4);
  });

  it('has at least 10 reports of every category', () => {
    const perCategory = new Map<string, number>(CATEGORY_IDS.map((c) => [c, 0]));
    for (const e of corpus.main) {
      if (e.kind !== 'protection') continue;
      // An ambiguous report counts for its first (preferred) category only.
      const first = asList(e.category)[0]!;
      perCategory.set(first, perCategory.get(first)! + 1);
    }
    const short = [...perCategory].filter(([, n]) => n < 10);
    expect(short, `categories with fewer than 10 reports: ${short.map(([c, n]) => `${c} ${n}`).join(', ')}`).toEqual([]);
  });

  it('has a held-out set of about 100 reports, 40 % of them in French', () => {
    expect(corpus.heldout.length).toBeGreaterThanOrEqual(90);
    expect(corpus.heldout.filter((e) => e.lang === 'fr').length / corpus.heldout.length).toBeGreaterThanOrEqual(0.4);
  });

  it('is read fully right for at least 97 % of reports, every field at least 98 %', () => {
    const score = scoreCorpus(corpus.main, (text) => readingOf(parseQuickReport(text, context)));
    const short = shortfalls(score);
    const report = short.length === 0 ? '' : `${short.join('; ')}\nMisses:\n${formatMisses(score.misses).join('\n')}`;
    expect(short, report).toEqual([]);
    // (it parses every report of the main corpus, ~6,000 now: on a loaded two-core machine that took past the 20 s default)
  }, 90_000);
});
