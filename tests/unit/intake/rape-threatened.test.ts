import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// A rape threatened is a threat (medium: no CRSV happened yet) but the report holds a sexual-violence term, so it is
// restricted (DESIGN "One decision…": fail closed; README C17). Rapes someone denounced are what the threatened
// person spoke of. Invented sentences, both languages.
describe('a rape threatened is a restricted threat', () => {
  it.each([
    'a woman leader in Fataki threatened with rape by CODECO if she keeps speaking',
    'ADF threatened to rape the women of Lume',
    'Women of Lume say unknown armed men told them they would be raped if they keep farming near the park',
    'les femmes de Lume seront violees si elles continuent d aller au champ, disent les hommes armes',
    'menaces de viol contre les femmes de Lume par des hommes armés',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'threat_intimidation', priority: 'medium', sensitivity: 'restricted' });
  });
  // Rapes a threatened person denounced are what she spoke of, not a rape threatened; she is a source on CRSV, so the
  // report is still restricted (fail closed, tests/corpus/label-changes/2026-12-07-lead.md).
  it.each([
    'la présidente des femmes de Nioka menacée de mort depuis qu elle a dénoncé les viols de Nioka',
    'Women’s association president in Sange intimidated for denouncing sexual violence',
  ])('look-alike, rapes denounced: a threat, still restricted: %s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'threat_intimidation', priority: 'medium', sensitivity: 'restricted' });
  });
  it('look-alike, no sexual violence named: standard', () => {
    expect(parse('ADF threatened to kill the chief of Lume')).toMatchObject({ category: 'threat_intimidation', priority: 'medium', sensitivity: 'standard' });
  });
  it('look-alike, a rape done stays CRSV, high', () => {
    expect(parse('2 femmes violées à Lume par des hommes armés')).toMatchObject({ category: 'crsv', priority: 'high', sensitivity: 'restricted' });
  });
});
