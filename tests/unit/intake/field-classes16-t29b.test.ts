import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// reports29, second pass: classes of wording the first pass (t29) left, as invented sentences in both languages and SMS
// style, with the look-alikes that must keep their reading.

describe('a shot that names where it hit the body is a wound (victims/shot-in-limb.ts)', () => {
  it.each([
    ['police officer shot a moto driver in the leg at Mugunga checkpoint', 1],
    ['a soldier shot a trader in the arm in Beni market', 1],
    ['soldiers shot 2 civilians in the legs in Beni', 2],
    ['pnc shot a student in the thigh during the march in Butembo', 1],
    ['un policier a tiré sur un motard à la jambe à Mugunga', 1],
    ['un militaire a blessé par balles 3 civils à Walungu', 3],
    ['des militaires ont blessé par balle deux passants au marché de Beni', 2],
    ['un militaire ivre a blessé par balle un civil à Walungu', 1],
  ])('%s', (text, injured) => {
    const r = parse(text);
    expect(r.victims.injured).toBe(injured);
    expect(r.victims.killed).toBeNull();
    expect(r.priority).toBe('medium');
  });

  it.each([
    ['soldiers shot dead a moto driver in Beni', 1, null],
    ['a soldier shot a trader in Beni market', null, null],
    ['police shot at the crowd in the morning in Goma', null, null],
  ])('no body part, or a killing, keeps its reading: %s', (text, killed, injured) => {
    const r = parse(text);
    expect(r.victims.killed).toBe(killed);
    expect(r.victims.injured).toBe(injured);
  });
});

describe('the one who did the harm arrested afterwards: the harm is the report (categories/shooter-arrested.ts)', () => {
  it.each([
    ['Walungu: un militaire ivre a blessé par balle 2 civils dans un bar hier soir, arrêté par la police militaire'],
    ['Walungu: un militaire ivre a blessé 2 civils dans un bar hier soir, il a été arrêté'],
    ['a drunk soldier shot 2 civilians in a bar in Walungu, arrested by the military police'],
    ['a drunk soldier wounded a trader in Beni market, he was arrested by military police'],
    ['un policier a blessé un motard à Beni hier, aussitôt arrêté par ses chefs'],
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('attack_on_civilians');
    expect(r.priority).toBe('medium');
  });

  it.each([
    ['un policier a blessé un motard à Beni, arrêté et gardé au cachot sans mandat', 'torture_ill_treatment'],
    ['police arrested 5 youths and beat them in Beni, 2 injured', 'arbitrary_detention'],
  ])('an arrest of the victims, or abuse in custody, keeps its reading: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('people taken to where the state holds people are detained, not abducted (C23; categories/taken-by-state.ts)', () => {
  it.each([
    ['Bunia: police dispersed a civil society press conference, 4 journalists taken to the ANR office', ['ANR', 'pnc']],
    ['3 youths picked up in Beni market and taken to the police station', ['pnc']],
    ['4 journalistes emmenés au bureau de l\'ANR à Bunia', ['ANR']],
    ['deux motards amenés au cachot à Butembo', []],
    ['3 jeunes ramassés au marché et conduits au cachot de la police à Beni', ['pnc']],
  ])('%s', (text, who) => {
    const r = parse(text);
    expect(r.category).toBe('arbitrary_detention');
    expect(r.victims.abducted).toBeNull();
    expect(r.priority).toBe('medium');
    expect(doers(text).sort()).toEqual([...who].sort());
  });

  it.each([
    ['2 farmers taken to the Mai-Mai camp in Lubero'],
    ['2 farmers taken to the bush by armed men in Lubero'],
    ['deux cultivateurs emmenés en brousse par des hommes armés à Lubero'],
  ])('taken by a group, or to the bush, stays an abduction: %s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('abduction');
    expect(r.victims.abducted).toBe(2);
  });
});
