import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const who = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name.toLowerCase());

// Classes of wording behind the misses of tests/corpus/reports12.* (everyday traffic from Ituri and Beni).
// Sentences are invented for each class, in both languages and SMS spellings, with look-alikes that must not trigger it.

describe('police and soldiers as doers in Swahili SMS (C1, C2)', () => {
  it.each([
    ['Oicha: polisi wamepiga wauzaji 3 sokoni, wamejeruhiwa', 'pnc'],
    ['Beni: police inakamata vijana bila sababu, 4 ds le cachot', 'pnc'],
    ['Komanda: wafanyabiashara 5 wameshikwa na police, wanadai pesa', 'pnc'],
    ['Eringeti: militaires wamepiga mama moja sokoni', 'fardc'],
    ['Mangina: vijana 2 wamekamatwa na wanajeshi usiku', 'fardc'],
  ])('%s', (text, actor) => {
    expect(who(text)).toContain(actor);
  });

  it.each([
    'Oicha: watu 3 wameuawa na ADF, police na FARDC wamefika asubuhi',
    'Beni: police na wanajeshi wako sokoni, hakuna shida',
  ])('no doer when police only came or stood by: %s', (text) => {
    expect(who(text)).not.toContain('pnc');
  });
});

describe('police and soldiers "of <place>" then the harm, "passé à tabac", "détient"', () => {
  it.each([
    ['Trois policiers de Beni ont passé à tabac un taximan à la barrière, il est hospitalisé', 'pnc'],
    ["L'OPJ de Mutwanga détient un cultivateur depuis 5 jours pour une dette", 'pnc'],
    ['Soldiers from Oicha beat two farmers on the road to their fields', 'fardc'],
  ])('%s', (text, actor) => {
    expect(who(text)).toContain(actor);
  });

  it('a place after the police and a response is no doer', () => {
    expect(who('Les policiers de Beni sont arrivés après le départ des assaillants ADF, 2 morts')).not.toContain('pnc');
  });
});

describe('police and soldiers accused of the harm', () => {
  it.each([
    ["Un policier de Mambasa accusé d'avoir violé une détenue au cachot", 'pnc'],
    ['Soldiers accused of raping two women near Kainama', 'fardc'],
    ['Des commerçants accusent la police de confisquer leurs marchandises à Aru', 'pnc'],
    ['Les 3 militaires mis en cause pour le pillage de Bogoro ont été transférés', 'fardc'],
  ])('%s', (text, actor) => {
    expect(who(text)).toContain(actor);
  });

  it('accused of nothing harmful names no doer', () => {
    expect(who('Beni: les commerçants accusent la police de lenteur dans les enquêtes')).not.toContain('pnc');
  });
});

describe('a barrier held by soldiers or police', () => {
  it.each([
    ['Barrière illégale tenue par des militaires à Mambasa: 1000 FC par moto', 'fardc'],
    ['Illegal checkpoint manned by police at Komanda, 2000 FC per motorbike', 'pnc'],
  ])('%s', (text, actor) => {
    expect(who(text)).toContain(actor);
  });

  it('men in military dress at a barrier are no army', () => {
    expect(who('Barrière illégale à Mambasa tenue par des hommes en tenue militaire, 1000 FC par moto')).not.toContain('fardc');
  });
});

describe('goods taken or people arrested, then some beaten: the looting or the arrest names the report', () => {
  it.each([
    ['Mutwanga: soldiers took chickens from 4 houses and beat a farmer who complained', 'looting_destruction'],
    ['Komanda: des miliciens ont pillé les boutiques du marché, les commerçants tabassés', 'looting_destruction'],
    ['Beni: police arrested 12 moto drivers during the strike, some beaten in the cell', 'arbitrary_detention'],
    ['Oicha: la police a arrêté 8 jeunes au marché, certains battus au cachot', 'arbitrary_detention'],
  ])('%s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });

  it.each([
    'Beni: 3 detainees beaten at the police station, their goods taken',
    'Oicha: des militaires ont tabassé un commerçant puis emporté ses marchandises',
  ])('a beating told first stays ill-treatment: %s', (text) => {
    expect(parse(text).category).toBe('torture_ill_treatment');
  });
});

describe('refugees counted are people displaced', () => {
  it.each([
    ['80 refugees arrived at Ingbokolo this week', 80],
    ['Aru: 120 réfugiés arrivés à Ariwara depuis lundi', 120],
  ])('%s', (text, displaced) => {
    expect(parse(text)).toMatchObject({ category: 'displacement', victims: { displaced } });
  });

  it.each([
    ['Aru: 2 refugees killed by unknown armed men near Ariwara', { killed: 2, displaced: null }],
    ['Ariwara: 3 réfugiés blessés par des bandits', { injured: 3, displaced: null }],
  ])('refugees harmed are counted by the harm, not as displaced: %s', (text, victims) => {
    expect(parse(text).victims).toMatchObject(victims);
  });
});
