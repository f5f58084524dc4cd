import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// Classes of sitrep wording (pending reports30, second pass): invented sentences in both languages, and look-alikes that must not change.

describe('aid workers beaten or struck by a doer: humanitarians hurt, counted', () => {
  it.each([
    ['2 volontaires de la Croix-Rouge frappés par des Wazalendo à Kiwanja', 2],
    ['Selon OCHA, 3 volontaires de la Croix-Rouge frappés par des militaires à Masisi pendant les obsèques', 3],
    ['2 volontaires de la Croix-Rouge battus par des Wazalendo à Masisi centre', 2],
    ['un agent de la Croix-Rouge battu par des militaires à Kiwanja', 1],
    ['2 Red Cross volunteers beaten by Wazalendo during the burial of the victims in Masisi', 2],
    ['ICRC team stopped by Zaire militia at Pimbo, 1 staff beaten with sticks, medical kits taken', 1],
    ['Caritas team stopped by CODECO at Largu, two volunteers beaten', 2],
    ['WFP convoy ambushed by armed men near Kiwanja, 2 drivers wounded', 2],
  ] as const)('%s', (text, injured) => {
    const r = parse(text);
    expect(r.category).toBe('attack_on_humanitarians');
    expect(r.victims.injured).toBe(injured);
    expect(r.victims.killed).toBeNull();
    expect(r.priority).toBe('medium');
  });
  it.each([
    // (people struck by a doer, no aid worker: beaten; a bullet or lightning is no beating)
    ['Un motard frappé par des militaires à Kiwanja', 'torture_ill_treatment'],
    ['3 élèves frappées par les policiers à Goma', 'torture_ill_treatment'],
    ['2 cultivateurs frappés par la foudre à Rutshuru', 'other'],
    ['villages frappés par les inondations à Uvira', 'other'],
    ['MSF team treated 3 wounded civilians after the ADF attack in Oicha', 'attack_on_civilians'],
  ] as const)('not aid workers: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
  it('a burial as the time of another harm counts no dead', () => {
    expect(parse('2 motards tabassés par des militaires pendant l\'enterrement des 5 victimes à Oicha').victims.killed).toBeNull();
    expect(parse('burial of 5 victims of the ADF attack in Oicha').victims.killed).toBe(5);
    expect(parse('inhumation des 7 victimes du massacre de Mbau').victims.killed).toBe(7);
  });
});
