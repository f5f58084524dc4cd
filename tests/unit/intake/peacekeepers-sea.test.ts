import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

// Sexual abuse by UN personnel is a conduct matter, not a protection alert, also when the peacekeeper is named with a
// nationality ("Pakistani peacekeeper accused of rape") or when the report is of a child fathered by one.
// Invented sentences, both languages.
describe('sexual abuse by a peacekeeper named with a nationality, a child fathered by one: conduct matters', () => {
  it.each([
    'Pakistani peacekeeper accused of rape of a woman near Sake base',
    'un casque bleu uruguayen accusé de viol sur une femme à Sake',
    'a child born of a peacekeeper father, the mother asks for support, Bukavu',
    "un enfant né d'un casque bleu, la mère demande une pension, Bukavu",
    'a woman in Beni says the father of her child is a peacekeeper who left',
  ])('%s', (text) => {
    expect(parseQuickReport(text, intake).conductMatter).toBe(true);
  });

  // Peacekeepers beside a rape they did not commit; a birth with no UN person.
  it.each([
    'Nepalese peacekeepers ambushed near Kamango, 2 women raped by ADF',
    'Indian peacekeepers escorted a rape survivor to Goma',
    'a baby born of a displaced mother at the site in Kanyaruchinya',
  ])('%s: no conduct matter', (text) => {
    expect(parseQuickReport(text, intake).conductMatter).toBe(false);
  });
});
