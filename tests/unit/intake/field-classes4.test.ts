import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// Classes of wording found by writing new reports (tests/corpus/reports4.*): each with several forms.

describe('a call to kill, attack or burn is incitement, not a killing', () => {
  it.each([
    'Hate messages on WhatsApp calling Hema youth to kill Lendu in Djugu',
    'Tracts appelant les jeunes à tuer les Hunde retrouvés à Masisi',
    'Un notable de Fataki pousse les jeunes à attaquer les Hema',
    'Voice note circulating in Uvira calling people to burn Banyamulenge houses',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('hate_speech_incitement');
    expect(r.killingSignal).toBe(false);
    expect(r.victims.killed).toBeNull();
    expect(r.priority).toBe('medium');
  });

  it('a killing told beside a call is still a killing', () => {
    expect(parse('Armed men killed a man who called his neighbour to help in Beni')).toMatchObject({ category: 'attack_on_civilians', priority: 'high' });
  });
});

describe('barricades put up on a road are a roadblock', () => {
  it.each([
    'Les Raia Mutomboki ont dressé des barricades sur la route Shabunda-Kitutu',
    'Youths put up barricades on the road at Kiwanja',
    'Mai-Mai barricaded the road Butembo-Kasugho since yesterday',
    'Barricades sur la RN2 a Kanyabayonga, vehicules humanitaires bloques',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'access_denial', subType: 'roadblock' });
  });

  it('people shutting themselves in are not a roadblock', () => {
    expect(parse("La population s'est barricadée dans l'église de Mavivi par peur des ADF").category).not.toBe('access_denial');
  });
});

describe('"faire irruption" is a raid', () => {
  it.each<[string, string, string]>([
    ['Des hommes armes ont fait irruption a Mavivi ce soir, 1 mort', 'attack_on_civilians', 'high'],
    ['ADF font irruption au marché de Kainama', 'attack_on_civilians', 'medium'],
    ['Des hommes armés ont fait irruption dans le site de déplacés de Rhoe cette nuit, 2 femmes violées', 'crsv', 'critical'],
  ])('%s', (text, category, priority) => {
    expect(parse(text)).toMatchObject({ category, priority });
  });
});

describe('gunfire in a clash between armed men, nobody harmed, is fighting', () => {
  it.each([
    'Accrochage entre Nyatura et FDLR a Mweso, tirs nourris',
    'Heavy gunfire heard in Kitshanga, clashes between M23 and Wazalendo',
    'Affrontements M23-Wazalendo a Kalengera depuis ce matin, detonations entendues',
    'clashes FARDC vs ADF nr Eringeti since 5am, shots heard from town, no civ casualties so far',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'armed_group_movement', subType: 'fighting' });
    expect(r.alternatives).toContain('attack_on_civilians');
  });

  it('civilians killed in the crossfire make it an attack on civilians', () => {
    expect(parse('Clashes between FARDC and ADF near Oicha, 3 civilians killed in crossfire')).toMatchObject({ category: 'attack_on_civilians', victims: { killed: 3 } });
  });

  it('an attack word that is not gunfire keeps the attack', () => {
    expect(parse('ADF attacked Mamove during clashes with FARDC').category).toBe('attack_on_civilians');
  });
});

describe('a stated absence with a qualifier is still a known zero', () => {
  it.each([
    ['no civ casualties so far in Eringeti', { killed: 0, injured: 0 }],
    ['Attack on Mbau repelled, no civilian deaths reported', { killed: 0 }],
    ['Shooting in Beni town, no immediate casualties', { killed: 0, injured: 0 }],
  ] as const)('%s', (text, counts) => {
    expect(parse(text).victims).toMatchObject(counts);
  });
});
