import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// Classes behind the misses of pending reports25 (t25): category boundaries and where it happened when two or three
// places are named. Invented sentences of each class in both languages, SMS style where it fits, and look-alikes.

describe('people named by their trade before the noun ("a maize trader") are the people an armed group took (C23)', () => {
  it.each([
    ["Wazalendo 'arrested' a maize trader at their post and want 500 USD before releasing him", 'wazalendo', 1],
    ['Mai-Mai took a cattle herder to the forest', 'mai-mai', 1],
    ['Mai-Mai took 2 cattle herders to the forest last night', 'mai-mai', 2],
    ['Nyatura arrested a charcoal trader near Pinga', 'nyatura', 1],
    ['CODECO took the village chief', 'codeco', 1],
    ['les Wazalendo ont arrêté un vendeur de maïs à leur barrière', 'wazalendo', 1],
  ] as const)('%s', (text, doer, abducted) => {
    const r = parse(text);
    expect(r.category).toBe('abduction');
    expect(doers(text)).toEqual([doer]);
    expect(r.victims.abducted).toBe(abducted);
  });
  it.each([
    ['FARDC arrested a maize trader in Beni', 'arbitrary_detention'],
    ['Les M23 ont pris le contrôle de Rubaya ce matin', 'armed_group_movement'],
    ['Raia Mutomboki ont pris le contrôle de la cité ce matin', 'armed_group_movement'],
  ] as const)('look-alike (the state arrests, or a town taken): %s', (text, category) => {
    expect(parse(text).category).toBe(category);
    expect(parse(text).victims.abducted).toBeNull();
  });
});

describe('a companion named after where it happened is taken or killed too ("abducted near Boga with his driver")', () => {
  it.each([
    ['Infirmier de Medair enlevé près de Boga avec son chauffeur', 'abducted', 2],
    ['a trader abducted near Boga with his son', 'abducted', 2],
    ['un commerçant enlevé hier à Mavivi avec son fils', 'abducted', 2],
    ['un commerçant tué hier à Mavivi avec son fils', 'killed', 2],
    ['a farmer killed in Mavivi yesterday along with his wife', 'killed', 2],
    ['pasteur enleve a Boga ac sa femme', 'abducted', 2],
  ] as const)('%s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });
  it.each([
    ['un commerçant enlevé à Boga avec sa marchandise', 'abducted', 1],
    ['2 farmers killed at Mavivi, with their goats taken', 'killed', 2],
    ['a trader abducted near Boga, his son fled with his wife', 'abducted', 1],
  ] as const)('look-alike (goods, or another clause): %s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });
});

describe('where people or bodies were taken to is not where it happened', () => {
  it.each([
    ['NDC-R elts came to Kibua at night and took the village chief and 2 of his guards to their base near Pinga', 'kibua'],
    ['FARDC took 4 young men from Kirumba market to their camp in Kanyabayonga for verification', 'kirumba'],
    ["2 civils tues par balles ce matin sur l'axe Eringeti-Kainama, corps ramenes a Oicha", 'eringeti'],
    ['3 cultivateurs enlevés à Mavivi, emmenés vers Oicha', 'mavivi'],
    ['les Mai-Mai ont pris 3 jeunes à Kibua et les ont conduits à Pinga', 'kibua'],
    ['2 killed in Mavivi, bodies brought to Oicha', 'mavivi'],
    ['3 motards arrêtés à Kiliba par les militaires, transférés à Uvira', 'kiliba'],
  ] as const)('%s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
  it.each([
    ['Mai-Mai came to Kibua and killed 2 farmers', 'kibua'],
    ['3 people taken to Pinga', 'pinga'],
    ['ADF took Kibua yesterday', 'kibua'],
  ] as const)('look-alike (one place, or no carrying to it): %s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
});

describe('a heading naming the territory, then the village where it happened: the village', () => {
  it.each([
    ['Djugu: bagarre entre jeunes hema et lendu au marché de Largu, 3 blessés', 'largu'],
    ['Djugu territory: 3 killed in Largu', 'largu'],
    ['Walikale: les M23 ont pris 3 jeunes à Pinga', 'pinga'],
    ['Walikale - 2 women raped near Pinga by armed men', 'pinga'],
  ] as const)('%s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
  it.each([
    ['Djugu centre, 3 blessés par des CODECO à Largu', 'djugu'],
    ['Kalehe: des villages se vident vers Minova à cause des affrontements Wazalendo/M23', 'kalehe'],
    ["Kalehe: situation calme dans l'ensemble, circulation normale sur l'axe Minova–Kalehe", 'kalehe'],
  ] as const)('look-alike (the town itself, where people went, a calm day): %s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
});
