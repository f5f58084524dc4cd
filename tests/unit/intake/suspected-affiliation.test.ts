import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

// Civilians arrested by the police or the army for an affiliation suspected (links with, collaboration with, being an
// armed group's) are an arbitrary detention, the force its doer (C1, C2); thieves or killers "suspected" and caught are
// the force's response (law and order, no doer). Invented sentences, both languages.
describe('arrested for an affiliation suspected: a detention', () => {
  it.each([
    ['FARDC detained 4 men suspected of ADF links in Oicha'],
    ['FARDC arrested 4 men suspected of being ADF collaborators in Oicha'],
    ['Police arrested 6 youths suspected of links with Mai-Mai in Lubero'],
    ['La police a arrêté 6 jeunes soupçonnés de collaboration avec les Mai-Mai à Lubero'],
  ])('%s', (text) => {
    expect(parseQuickReport(text, intake).category).toBe('arbitrary_detention');
  });

  it('names the police who arrested them', () => {
    expect(parseQuickReport('Police arrested 6 youths suspected of links with Mai-Mai in Lubero', intake).perpetrators.map((p) => p.actorId)).toEqual(['pnc']);
  });
});

describe('look-alikes: thieves or bandits suspected and caught are law and order', () => {
  it.each([
    ['Police arrested two suspected thieves in Beni'],
    ['arrestation de 3 présumés bandits armés, acheminés au parquet'],
  ])('%s', (text) => {
    const r = parseQuickReport(text, intake);
    expect(r.category).toBe('other');
    expect(r.perpetrators).toEqual([]);
  });
});
