import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// Classes of everyday-traffic reports (tests/corpus reports13): invented sentences of each class in both
// languages, and the look-alikes that must not be read as them.

describe('marks of blows borne by people are injuries (C3)', () => {
  it.each([
    ['Cachot de Sake: un prisonnier présente des traces de coups au visage', 1],
    ['Uvira: trois détenus libérés, deux portaient des marques de sévices', 2],
    ['Bukavu: 4 detainees released, 3 bear marks of beating on the back', 3],
    ['Kavumu: the detainee shows signs of ill-treatment, family alarmed', 1],
  ])('%s', (text, injured) => {
    expect(parse(text).victims.injured).toBe(injured);
  });
  it.each([
    'Sake: le corps ne présente aucune trace de coups, enquête ouverte',
    'Mugunga: des traces de balles sur les murs de l école après les tirs',
    'Goma: marks of bullets on the church walls after the night shooting',
  ])('look-alike: %s', (text) => {
    expect(parse(text).victims.injured).toBeNull();
  });
});
