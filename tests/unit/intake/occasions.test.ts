import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

// A peaceful occasion (a mass, a wedding, a match, work done together) with no category found by the rules: the learned
// lexicon's guess is offered, never set (categories/occasions.ts). The rules still read a harm done at such an occasion.
describe('a peaceful occasion is not named from the lexicon alone', () => {
  it.each([
    ['Les jeunes Hunde et Hutu ont nettoyé ensemble le marché de Kitchanga', 'intercommunal_tension'],
    ['lettre de la paroisse de Mayimoya, ils annoncent venir pour la messe de dimanche', 'threat_intimidation'],
  ])('%s', (text, offered) => {
    const r = parseQuickReport(text, intake);
    expect(r.category).toBe('other');
    expect(r.categoryGuess).toBe('offered');
    expect(r.alternatives).toContain(offered);
  });

  it('a harm done at an occasion is still read by the rules', () => {
    const r = parseQuickReport('ADF attacked a wedding in Oicha, 5 killed', intake);
    expect(r.category).toBe('attack_on_civilians');
    expect(r.victims.killed).toBe(5);
  });

  it('without an occasion, a confident guess still names the alert', () => {
    const r = parseQuickReport('Armed men in single file going up the hills of Kibumba toward the FARDC position', intake);
    expect(r.category).toBe('armed_group_movement');
    expect(r.categoryGuess).toBe('set');
  });
});
