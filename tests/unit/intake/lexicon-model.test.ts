import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLexiconModel, formatModel, mainCorpusFiles, MODEL_PATH, SETTINGS } from '../../../commands/train-lexicon.js';

/**
 * The committed model (src/intake/categories/lexicon-model.json) is what `npm run train-lexicon` makes of the main
 * corpus as it stands: a label changed or a set added without retraining fails here.
 */
describe('the learned lexicon', () => {
  it('is trained from the main corpus files only, never the held-out or pending sets', () => {
    const files = mainCorpusFiles();
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((f) => /^reports\d*\.(en|fr)\.jsonl$/.test(f))).toBe(true);
    expect(JSON.parse(readFileSync(MODEL_PATH, 'utf8')).trainedOn.files).toEqual(files);
  });

  it('is up to date with the corpus', () => {
    const committed = readFileSync(MODEL_PATH, 'utf8');
    const fresh = formatModel(buildLexiconModel());
    const stale = committed !== fresh;
    expect(stale, 'src/intake/categories/lexicon-model.json is stale against tests/corpus/reports*.jsonl: run `npm run train-lexicon` and commit the file').toBe(false);
  });

  it('keeps the settings cross-validation chose', () => {
    expect(JSON.parse(readFileSync(MODEL_PATH, 'utf8'))).toMatchObject(SETTINGS);
  });
});
