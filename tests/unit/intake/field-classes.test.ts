import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// Classes of wording that reports from the field use and that unseen reports got wrong (issue 11).
describe('a raid on an IDP site is critical even when its rapes make it a CRSV case', () => {
  it.each([
    'Armed men raided Lushagala IDP camp overnight, 3 women raped and shelters looted',
    'Gunmen stormed the Rhoe camp for displaced people, women sexually assaulted',
    'Site de déplacés de Mugunga attaqué cette nuit, une femme violée',
    'incursion d hommes armes ds le site de deplaces de Bulengo, 2 fmmes violees',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('crsv');
    expect(r.priority).toBe('critical');
    expect(r.sensitivity).toBe('restricted');
  });

  it('keeps rapes near a site, with no attack on it, high', () => {
    expect(parse('Des femmes déplacées violées en allant chercher du bois autour du site de Lushagala').priority).toBe('high');
    expect(parse('Water point at Kanyaruchinya site: armed men molested women queuing, two of them raped').priority).toBe('high');
  });
});
