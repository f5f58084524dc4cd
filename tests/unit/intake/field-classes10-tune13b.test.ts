import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// Classes of everyday-traffic reports (tests/corpus reports13): invented sentences of each class in both
// languages, and the look-alikes that must not be read as them.

describe('marks of blows borne by people are injuries (C3)', () => {
  it.each([
    ['Cachot de Sake: un prisonnier présente des traces de coups au visage', 1],
    ['Uvira: trois détenus libérés, deux portaient des marques de sévices', 2],
    ['Bukavu: 4 detainees released, 3 bear marks of beating on the back', 3],
    ['Kavumu: the detainee shows signs of ill-treatment, family alarmed', 1],
  ])('%s', (text, injured) => {
    expect(parse(text).victims.injured).toBe(injured);
  });
  it.each([
    'Sake: le corps ne présente aucune trace de coups, enquête ouverte',
    'Mugunga: des traces de balles sur les murs de l école après les tirs',
    'Goma: marks of bullets on the church walls after the night shooting',
  ])('look-alike: %s', (text) => {
    expect(parse(text).victims.injured).toBeNull();
  });
});

const ids = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

describe('soldiers and police as doers said in more ways (C1, C2)', () => {
  it.each([
    ['Soldiers at Rugari checkpoint beat a moto driver who refused to pay', 'fardc'],
    ['Kijana amepigwa risasi Sake par un militaire saoul', 'fardc'],
    ['Kibirizi: deux femmes blessées par des tirs de militaires ivres au marché', 'fardc'],
    ['Bunagana: exactions des policiers contre les motards, 3 blessés', 'pnc'],
    ['Police sub-station Kiwanja holding 4 youths without charge for a week', 'pnc'],
  ])('%s', (text, doer) => {
    expect(ids(text)).toContain(doer);
  });
  it.each([
    'Échanges de tirs entre militaires ougandais et ADF près de Eringeti, pas de victime civile',
    'Soldiers at Kavumu checkpoint came after the robbers fled, shop owner shot in the leg',
    'Policier tué par des bandits à Goma, son arme emportée',
  ])('look-alike: %s', (text) => {
    const got = ids(text);
    expect(got).not.toContain('fardc');
    expect(got).not.toContain('pnc');
  });
});

it('look-alike: a protest against soldiers\' harassment names no doer', () => {
  expect(ids('Kirumba: les jeunes manifestent contre les tracasseries des militaires au marché')).not.toContain('fardc');
});

describe('where a complaint was filed, and the media that relay, are not the doers', () => {
  it.each([
    'Complaint filed at PNC Kiwanja: a woman abducted on her way to the market',
    'Plainte déposée à la PNC de Sake : un commerçant enlevé la nuit dernière',
    'Selon Radio Okapi, une femme enlevée à Kitshanga par des inconnus',
    'Information relayée par la RTNC : deux pêcheurs enlevés près de Vitshumbi',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('abduction');
    expect(ids(text).filter((id) => id !== 'unknown')).toEqual([]);
  });
  it('look-alike: the police who abducted are the doers', () => {
    expect(ids('Des policiers ont enlevé un commerçant à Sake, plainte déposée au parquet')).toContain('pnc');
  });
});

describe('pupils kept out of class are not children harmed (counted as unknown)', () => {
  it.each([
    'Ecole de Rubare occupée par des militaires depuis mardi, 350 élèves hors classe',
    'Kitchanga schools shut since Friday, about 900 pupils affected',
    'Shule ya Kibirizi imefungwa, 500 students out of class since Monday',
  ])('%s', (text) => {
    expect(parse(text).victims.childrenAffected).toBeNull();
  });
  it('look-alike: pupils hurt are counted', () => {
    expect(parse('Kiwanja: 3 pupils injured when a shell hit the school').victims.childrenAffected).toBe(3);
  });
});

describe('people tied up during a robbery: the looting is the report', () => {
  it.each([
    'Kiwanja: 3 shops looted by armed men overnight, the guards tied up',
    'Boutiques pillées à Rutshuru cette nuit, les propriétaires ligotés',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('looting_destruction');
  });
  it('look-alike: tied up with nothing taken stays ill-treatment', () => {
    expect(parse('Sake: un motard ligoté et abandonné en brousse par des inconnus').category).toBe('torture_ill_treatment');
  });
});

describe('a protest where nobody was harmed is other (low)', () => {
  it.each([
    'Youth protest against insecurity in Kiwanja, roads blocked with burning tyres',
    'PNC déployée à Sake après une marche des jeunes contre l\'insécurité, pneus brûlés sur la route',
    'FPU deployed to Rutshuru after a demonstration against insecurity, barricades on the main road',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('other');
    expect(r.priority).toBe('low');
  });
  it.each([
    ['Des manifestants ont brûlé un véhicule de la MONUSCO à Uvira', 'attack_on_peacekeepers'],
    ['Goma: manifestants dispersés à balles réelles par la police, 3 blessés', 'attack_on_civilians'],
    ['Protesters block MONUSCO convoy at Kanyabayonga, peacekeepers turned back', 'access_denial'],
  ])('look-alike: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});
