import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

// C10, two more ways an attack is said to go on: armed men surrounding a village, a site or a town now, and the
// attackers still there. An attack on the place, under way: critical. Invented sentences, both languages.
describe('a place surrounded now, or the attackers still there, is an attack under way', () => {
  it.each([
    ['Les assaillants sont toujours dans le village de Lopa', 'attack_on_civilians'],
    ['armed men surrounding Rhoe site, residents trapped', 'attack_on_idp_site'],
    ['Des hommes armés encerclent le village de Lopa', 'attack_on_civilians'],
    ['Kitchanga est encerclée par les M23', 'attack_on_civilians'],
    ['attackers still in Mamove, gunfire heard', 'attack_on_civilians'],
    ['CODECO cernent le site de Rhoe depuis ce matin', 'attack_on_idp_site'],
  ])('%s', (text, category) => {
    const r = parseQuickReport(text, intake);
    expect(r.category).toBe(category);
    expect(r.priority).toBe('critical');
    expect(r.underway).toBe(true);
  });
});

describe('look-alikes: a home surrounded, a past encirclement, an operation, the adjective', () => {
  it.each([
    ['youths surrounded his house shouting, nobody hurt', 'threat_intimidation', 'medium'],
    ['Des hommes armés ont encerclé la maison du chef à Lopa', 'threat_intimidation', 'medium'],
    ['FARDC encerclent les positions ADF près de Mbau', 'armed_group_movement', 'medium'],
    ['FARDC surrounding Mbau after ADF sighting', 'armed_group_movement', 'medium'],
    ['Fataki: 1200 people have fled towards Bule since Sunday, CODECO attacks in the surrounding villages', 'displacement', 'medium'],
  ])('%s', (text, category, priority) => {
    const r = parseQuickReport(text, intake);
    expect(r.category).toBe(category);
    expect(r.priority).toBe(priority);
  });
});
