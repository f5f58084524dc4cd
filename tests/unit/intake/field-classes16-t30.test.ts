import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// Classes of sitrep wording (pending reports30): invented sentences in both languages, and look-alikes that must not change.

describe('a territory named as the frame of a sitrep line, then the village: the village', () => {
  it.each([
    ['2 incidents in Beni terr. (1) Oicha: 1 civ KIA by ADF. (2) Mbau: 2 abducted', 'oicha'],
    ['151200B: 2 incidents in Beni territory: Eringeti, 1 civ killed by ADF; Mavivi, 2 abducted', 'eringeti'],
    ['overnight in Rutshuru terr: M23 looted goats in Rubare and killed a herder', 'rubare'],
    ['Sitrep 221800B Rutshuru : Kiwanja, 2 motards tabassés par des policiers', 'kiwanja'],
    ['Sitrep Beni - Mavivi, les ADF ont tué 2 civils', 'mavivi'],
    ['Dans le territoire de Rutshuru, les FDLR ont enlevé 2 pêcheurs à Nyamilima', 'nyamilima'],
    ['Deux incidents en territoire de Beni : à Mbau 1 civil tué, à Eringeti 2 enlevés', 'mbau'],
  ] as const)('%s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
  it.each([
    // (the town itself; a place people went to; a calm day)
    ['Sitrep 221800B Rutshuru : 2 motards tabassés par des policiers, pop fuit vers Kiwanja', 'rutshuru'],
    ['ADF attack in Beni town, 3 killed, people fled to Mbau', 'beni'],
    ['Beni terr: ADF killed 2 civilians, families fled towards Oicha', 'beni'],
    ['Police in Beni arrested 2 men from Mbau', 'beni'],
  ] as const)('stays: %s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
});

describe('places marked RAS or calm in a sitrep go behind the place with the incident', () => {
  it.each([
    ['Sitrep extract 241200B: Mamove RAS. Oicha RAS. Eringeti: 2 civ abducted by ADF', 'eringeti'],
    ['Mbau RAS, Oicha: ADF killed 2 farmers', 'oicha'],
    ['Kiwanja calme, à Rubare 2 civils tués par les FDLR', 'rubare'],
    ['Kiwanja RAS. Rubare: vol de bétail par des FDLR', 'rubare'],
    ['Oicha shwari, Mbau: ADF wameua watu 2', 'mbau'],
  ] as const)('%s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
  it.each([
    // (every place quiet; RAS before the place is its own day)
    ['Oicha RAS, Mbau RAS', 'oicha'],
    ['RAS à Mambasa sauf un vol de moto, voleur arrêté par la PNC', 'mambasa-centre'],
    ['ADF killed 2 in Oicha, Mbau calm', 'oicha'],
  ] as const)('stays: %s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
});
