import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

// Animals counted and taken, their keepers named after a comma ("une centaine de vaches, éleveurs en fuite"): the count
// is of animals, nobody is abducted; "cattle herders" with no comma are people. Invented sentences, both languages.
describe('animals counted, then their keepers in another clause', () => {
  it.each([
    ['les codeco ont emporte une centaine de vaches, eleveurs en fuite a Largu'],
    ['CODECO took about 30 cows, herders fled, in Largu'],
    ['Twirwaneho ont pris une vingtaine de chèvres, bergers dispersés, à Minembwe'],
  ])('%s: a looting, nobody taken', (text) => {
    const r = parseQuickReport(text, intake);
    expect(r.category).toBe('looting_destruction');
    expect(r.victims.abducted).toBeNull();
  });

  it.each([
    ['2 cattle herders abducted by CODECO in Largu', 2],
    ['CODECO ont enlevé 3 éleveurs de vaches à Largu', 3],
  ])('%s: %d keepers taken', (text, n) => {
    expect(parseQuickReport(text, intake).victims.abducted).toBe(n);
  });
});
