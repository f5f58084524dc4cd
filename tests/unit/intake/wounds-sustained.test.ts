import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

// Wounds said as something a person got ("sustained gunshot wounds", "a reçu une balle au bras"): the people before the
// verb are the injured, one when named in the singular, the number when counted. Invented sentences, both languages.
describe('wounds sustained or received count the injured', () => {
  it.each([
    ['a civilian sustained gunshot wounds in Rutshuru', 1],
    ['Un motard a reçu une balle au bras à Beni', 1],
    ['A man sustained machete wounds in an attack by Mai-Mai at Lubero', 1],
    ['2 farmers received bullet wounds in an ADF ambush near Mbau', 2],
    ['Un détenu a reçu des coups de machette au cachot', 1],
    ['trois civils ont reçu des balles lors de l’attaque de Kamango', 3],
  ])('%s', (text, injured) => {
    expect(parseQuickReport(text, intake).victims.injured).toBe(injured);
  });
});

describe('look-alikes: threats or aid received', () => {
  it.each([
    ['Le chef a reçu des menaces des Mai-Mai à Lubero', 'threat_intimidation'],
    ['Displaced families in Kanyaruchinya received no aid for a week', 'displacement'],
  ])('%s', (text, category) => {
    const r = parseQuickReport(text, intake);
    expect(r.victims.injured).toBeNull();
    expect(r.category).toBe(category);
  });
});
