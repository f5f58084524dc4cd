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

describe('someone shot, dead or wounded unsaid, is an attack on civilians with counts unknown', () => {
  it.each([
    'A farmer was shot in Oicha this morning',
    'Soldiers shot a moto driver at Kiwanja who refused to pay',
    'FARDC soldier shot 2 civilians in a bar in Beni',
    'a trader shot him in the leg near Mbau',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('attack_on_civilians');
    expect(r.victims).toMatchObject({ killed: null });
  });

  it('shots in the air are not an attack; "shot dead" stays a killing', () => {
    expect(parse('Soldiers shot in the air to disperse the crowd in Beni').category).toBe('other');
    expect(parse('The teacher was shot dead in Mbau')).toMatchObject({ category: 'attack_on_civilians', victims: { killed: 1 }, priority: 'high' });
  });
});

describe('sexual harassment is sexual violence: CRSV, restricted', () => {
  it.each([
    'Women of Minova report sexual harassment by soldiers at the checkpoint',
    'Harcèlement sexuel des femmes par des militaires à la barrière de Sake',
    'Des commercantes harcelees sexuellement par des policiers au marche de Goma',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'crsv', sensitivity: 'restricted', priority: 'high' });
  });

  it('harassment alone is still a threat', () => {
    expect(parse('Journalists harassed by soldiers in Beni').category).toBe('threat_intimidation');
  });
});

describe('farmers and herders, cattle in the fields: an intercommunal tension', () => {
  it.each([
    'Conflit entre eleveurs et agriculteurs a Djugu, vaches ont devaste les champs',
    'Tension in Aru as cattle destroyed crops of farmers',
    'farmers and herders at odds again in Djugu over transhumance routes',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'intercommunal_tension', priority: 'medium' });
  });

  it('an armed cattle raid that wounds is still an attack', () => {
    expect(parse('Cattle raid by armed herders near Aru, 1 herder injured').category).toBe('attack_on_civilians');
  });
});

describe('salongo (community work) imposed by armed men is forced labour', () => {
  it.each([
    ['Les M23 imposent le salongo chaque samedi aux habitants de Rubare', 'm23'],
    ['Wazalendo imposent salongo aux deplaces de Kitshanga', 'wazalendo'],
  ])('%s', (text, actor) => {
    const r = parse(text);
    expect(r.category).toBe('torture_ill_treatment');
    expect(r.perpetrators.map((p) => p.actorId)).toEqual([actor]);
  });

  it('taxes imposed are not labour', () => {
    expect(parse('Les Wazalendo imposent des taxes aux motards a Sake').category).not.toBe('torture_ill_treatment');
  });
});

describe('"quelques", "some", "certains" before elements say how many, not who', () => {
  it.each([
    ['Quelques éléments M23 ont traversé vers Nyamilima', ['m23']],
    ['Some elements of Nyatura seen near Mweso', ['nyatura']],
    ['Certains éléments FDLR signalés à Tongo', ['fdlr']],
  ])('%s', (text, actors) => {
    expect(parse(text).perpetrators.map((p) => p.actorId ?? `"${p.name}"`)).toEqual(actors);
  });
});

describe('one person named in the singular is one, for every victim noun counted in the plural', () => {
  it.each<[string, Record<string, number>]>([
    ['one passenger wounded on the Goma-Rutshuru road', { injured: 1 }],
    ['Un passager blessé lors du braquage du bus a Kiwanja', { injured: 1 }],
    ['Un étudiant tué par balle à Beni', { killed: 1 }],
    ['a traveller abducted near Komanda', { abducted: 1 }],
  ])('%s', (text, counts) => {
    expect(parse(text).victims).toMatchObject(counts);
  });
});

describe('one soldier of a force harmed is the victim, not the perpetrator', () => {
  it.each<[string, string[]]>([
    ['Un militaire FARDC tué dans une embuscade ADF près de Mbau', ['adf']],
    ['A FARDC soldier killed in an ADF ambush near Oicha', ['adf']],
    ['Un militaire FARDC a tué un civil a Beni', ['fardc']],
    ['A FARDC soldier killed a motorcyclist in Beni', ['fardc']],
  ])('%s', (text, actors) => {
    expect(parse(text).perpetrators.map((p) => p.actorId)).toEqual(actors);
  });
});
