import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

// The learned lexicon names access denied only when a word of keeping out, stopping or refusing is there: aid announced
// or coming back shares its words (an agency, food, returning) with the denials it learned from, and is only offered
// the guess. Invented sentences, both languages.
describe('aid coming back is no access denied', () => {
  it.each([
    ['the NGO says WFP will come back next week with food'],
    ['WFP returns to Kiwanja with food next Monday'],
    ['le PAM reviendra la semaine prochaine avec des vivres à Kiwanja'],
  ])('%s: not named, offered among the alternatives', (text) => {
    const r = parseQuickReport(text, intake);
    expect(r.category).toBe('other');
    expect(r.alternatives).toContain('access_denial');
  });

  it.each([
    ['humanitarian convoy held up for 3 days at the Rubaya roadblock'],
    ["les humanitaires n'ont pas pu accéder à Kibirizi depuis lundi"],
    ['FARDC barred our humanitarian convoy from entering Kitchanga for 2 days'],
  ])('%s: access denied', (text) => {
    expect(parseQuickReport(text, intake).category).toBe('access_denial');
  });
});
