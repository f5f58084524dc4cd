import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const ids = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// Battalion and police focal points' register (pending reports19): invented sentences of each class in both languages
// and sitrep spellings, and the look-alikes that must not be read as them.

describe('counts written with a times sign, as sitreps do, are counts', () => {
  it.each([
    ['SITREP: ADF raid on Mamove, 04 x civs killed, 02 x wounded evacuated', { killed: 4, injured: 2 }],
    ['x3 abducted by armed men on the Mambasa road last night', { abducted: 3 }],
    ['Embuscade sur l axe Luna: 02 x tués, 05 x blessés', { killed: 2, injured: 5 }],
    ['x2 enfants enlevés par les CODECO à Djugu', { abducted: 2, childrenAffected: 2 }],
    ['09 x déplacés tués au site de Plaine Savo', { killed: 9 }],
    ['Coy patrol hit, 1 x peacekeeper killed, 4x wounded', { injured: 4 }],
    ['06 x bodies found near Kokola this morning', { killed: 6 }],
  ])('%s', (text, counts) => {
    expect(parse(text).victims).toMatchObject(counts);
  });
  it.each([
    'x2 vehicles burnt by CODECO at Fataki',
    'x morts à Beni, bilan à confirmer',
  ])('look-alike: no person or harm counted after the sign (%s)', (text) => {
    expect(parse(text).victims).toMatchObject({ killed: null, injured: null, abducted: null });
  });
});

describe('armed groups seen passing "without incident" or "RAS" are a movement, not a quiet day', () => {
  it.each([
    ['Mai-Mai walked through Kirumba centre at 0900hrs heading west, no incident', 'mai-mai'],
    ['Les Nyatura ont traversé Kitshanga cette nuit vers Mweso sans incident', 'nyatura'],
    ['CODECO marching through Largu towards Fataki, RAS', 'codeco'],
    ['M23 de passage à Kibirizi ce matin, aucun incident', 'm23'],
  ])('%s', (text, group) => {
    expect(parse(text)).toMatchObject({ category: 'armed_group_movement', priority: 'medium' });
    expect(ids(text)).toEqual([group]);
  });
  it.each([
    'Patrouille FARDC passée par Kibirizi, sans incident',
    'Rumeur de passage des ADF à Mayimoya démentie, sans incident',
    'Calm night in Oicha, no incident',
    'Calm in Kanyabayonga but pop fears M23 advance from the south, no incident',
  ])('look-alike: a quiet day stays one (%s)', (text) => {
    expect(parse(text).category).toBe('other');
  });
});

describe('a casualty figure not known yet is an unknown count, not zero', () => {
  it.each([
    'heavy shooting in Ngadi, ADF. No casualty figure yet',
    'Attaque ADF à Mavivi, pas encore de bilan des victimes',
    'No casualty toll available yet for the Oicha attack',
  ])('%s', (text) => {
    expect(parse(text).victims).toMatchObject({ killed: null, injured: null });
  });
  it.each([
    ['ADF attack on Kamango repelled, no casualties', { killed: 0, injured: 0 }],
    ['Tirs à Kiwanja cette nuit, pas de victimes', { killed: 0, injured: 0 }],
  ])('look-alike: no casualties at all is zero (%s)', (text, counts) => {
    expect(parse(text).victims).toMatchObject(counts);
  });
});

describe('people "pris par" an armed group, in French, are abducted', () => {
  it.each([
    ['mon mari a été pris par les M23 au champ', 'm23', 1],
    ['Ma fille prise par les Mai-Mai hier soir à Kirumba', 'mai-mai', 1],
    ['3 femmes prises par les ADF aux champs de Mamove', 'adf', 3],
    ['le cultivateur a été pris par des CODECO près de Largu', 'codeco', 1],
  ])('%s', (text, group, n) => {
    expect(parse(text)).toMatchObject({ category: 'abduction', priority: 'high', victims: { abducted: n } });
    expect(ids(text)).toEqual([group]);
  });
  it.each([
    'chèvres prises par les wazalendo à Nyabiondo',
    'Pris par la pluie, les éleveurs sont rentrés à Kitchanga',
  ])('look-alike: no person taken by a group (%s)', (text) => {
    expect(parse(text).category).not.toBe('abduction');
  });
});

describe("the battalions' and police focal points' titles are reporters, not doers", () => {
  it.each([
    ['Relayed by TOC: trader shot dead near Lume by men in uniform', []],
    ['Msg du PF CAN de Kiwanja: un enseignant enlevé par les M23', ['m23']],
    ['JOC: 2 civilians killed by ADF at Mapobu', ['adf']],
  ])('%s', (text, doers) => {
    expect(ids(text)).toEqual(doers);
  });
});

describe('the population leaving, said of the population or the village as a whole, is a displacement', () => {
  it.each([
    'Clashes between Nyatura and M23 at Bweremana pushed the pop towards Minova',
    'affrontements CODECO/Zaïre à Djaiba: les villages se vident vers Bunia',
    'La pop de Kalunguta a quitté le village cette nuit, on parle d hommes armés en brousse',
    "Mamove: 'we are all leaving, ADF seen at the river' says the chief",
    'Tout le monde quitte Kisunga, des ADF signalés dans les champs',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'displacement', priority: 'medium' });
  });
  it.each([
    ['Clashes between M23 and FARDC at Kibirizi, M23 pushed the FARDC back towards Kanyabayonga', 'armed_group_movement'],
    ['M23 seen moving towards Kibirizi this morning', 'armed_group_movement'],
  ])('look-alike: troops pushed back or moving are no displacement (%s)', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('the displaced arriving after an attack elsewhere are a displacement, where they shelter is no target', () => {
  it.each([
    'About 1,800 IDPs arrived in Oicha after ADF attacks, sheltering in schools and churches',
    'Site de Bulengo: 900 nouveaux arrivants de Kingi, fuyant les bombardements',
    'Kanyaruchinya site: 600 new arrivals, fled the shelling of Kibumba',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'displacement', priority: 'medium', sensitivity: 'standard' });
  });
  it.each([
    ['ADF attacked the school at Komanda where 300 IDPs were sheltering', 'child_violation'],
    ['M23 shelling hit Lushagala site, 1200 IDPs fled', 'attack_on_idp_site'],
  ])('look-alike: the shelter itself attacked (%s)', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe("the mission's convoy blocked by a protest with burning tyres is access denied", () => {
  it.each([
    'Youths burning tyres on the Butembo road, MONUSCO convoy blocked, protest against killings',
    'Manifestants bloquent le convoi de la MONUSCO à Kanyabayonga, pneus brûlés sur la route',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('access_denial');
  });
  it.each([
    'youths stoned a MONUSCO convoy at Kanyabayonga, 2 vehicles damaged',
    'MONUSCO vehicle burnt by protesters at Butembo',
  ])('look-alike: the convoy itself attacked (%s)', (text) => {
    expect(parse(text).category).toBe('attack_on_peacekeepers');
  });
});

describe('the dead among the wounded, and one more told by an ordinal, are counted once', () => {
  it.each([
    ['site Bulengo: 3 deplaces poignardes cette nuit, 1 decede', { killed: 1, injured: 2 }],
    ['4 wounded by gunfire at Oicha, 1 later died', { killed: 1, injured: 3 }],
    ['2 civils abattus à Kiwanja par des M23, un 3e blessé par balle', { killed: 2, injured: 1 }],
    ['Two farmers killed by ADF at Mamove, a third wounded', { killed: 2, injured: 1 }],
  ])('%s', (text, counts) => {
    expect(parse(text).victims).toMatchObject(counts);
  });
  it('look-alike: "2 blessés, 1 tué" are two harms', () => {
    expect(parse('2 blessés, 1 tué à Beni par des bandits').victims).toMatchObject({ killed: 1, injured: 2 });
  });
});

describe("a police focal point's header or a police cordon names no doer (C1)", () => {
  it.each([
    ['Pt focal PNC Beni: un motard tué par balle par un militaire ivre au rond-point', ['fardc']],
    ['colis suspect au marché de Beni, bouclage PNC en place', []],
    ['suspicious bag at Butembo market, PNC cordon in place', []],
  ])('%s', (text, doers) => {
    expect(ids(text)).toEqual(doers);
  });
  it('look-alike: the police who beat people are the doers', () => {
    expect(ids('La PNC a tabassé deux motards à Beni')).toEqual(['pnc']);
  });
});

describe('suspicious items in sitrep shorthand are an explosive hazard', () => {
  it.each([
    'suspicious pkg at Kasindi border post, waiting EOD',
    'sac suspect abandonné au marché de Beni, attente des démineurs',
    'susp bag near the church at Butembo, EOD requested',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'explosive_hazard', priority: 'medium' });
  });
  it('look-alike: a suspect arrested is no hazard', () => {
    expect(parse('suspect arrested by PNC at Beni after the theft').category).not.toBe('explosive_hazard');
  });
});

describe("a visit refused and the mission's engineers attacked", () => {
  it.each([
    ["Le commandant du camp de Rumangabo refuse la visite des droits de l'homme", 'access_denial'],
    ['HRO visit denied at the Bunia prison by the director', 'access_denial'],
    ['CODECO ambush on UN engineers near Djugu, one truck burnt', 'attack_on_peacekeepers'],
    ['Tirs sur le génie de la MONUSCO à Kalunguta', 'attack_on_peacekeepers'],
  ])('%s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
  it('look-alike: a visit made is no access denied', () => {
    expect(parse("Visite des droits de l'homme au cachot de Beni, 12 détenus vus").category).not.toBe('access_denial');
  });
});

describe('strokes of the whip counted are ill-treatment', () => {
  it.each([
    'A trader received 40 strokes of the whip from Mai-Mai at Kirumba for refusing the levy',
    'Un motard a reçu 20 coups de fouets des Wazalendo à Sake',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'torture_ill_treatment', victims: { injured: 1 } });
  });
  it('look-alike: a whip sold at the market is no harm', () => {
    expect(parse('whips and sticks sold at Beni market').category).not.toBe('torture_ill_treatment');
  });
});

describe('houses burnt while the shooting goes on are the attack (C10)', () => {
  it.each([
    'Kasindi 0600: ADF still in the village, houses set alight, shooting continues',
    'Maisons incendiées à Mutwanga par les ADF, tirs toujours en cours',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'attack_on_civilians', priority: 'critical' });
  });
  it('look-alike: houses burnt last night, nothing under way, are property destroyed', () => {
    expect(parse('ADF burnt 20 houses at Kasindi last night').category).toBe('looting_destruction');
  });
});

describe('a harm said in the future passive is a threat', () => {
  it.each([
    "Tract à Oicha: 'les collaborateurs de la MONUSCO seront égorgés', signé ADF",
    'leaflets at Eringeti: informers will be killed, signed ADF',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'threat_intimidation', priority: 'medium' });
  });
  it('look-alike: a killing done, with more threatened, stays the killing', () => {
    expect(parse("Les ADF ont égorgé 3 civils à Mamove, d'autres seront tués").category).toBe('attack_on_civilians');
  });
});
