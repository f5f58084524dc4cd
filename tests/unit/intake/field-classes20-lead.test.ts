import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// Classes the lead found this sitting. Invented sentences, with the look-alikes that must not change.

describe('members of a force harmed "à" a place are the victims, whatever names the force (doers/actors.ts victimsFollow)', () => {
  it.each([
    ['un element des Wazalendo tue a Kitshanga'],
    ['3 combattants des Nyatura tues a Kibirizi lors des combats'],
    ['2 agents de la PNC enleves a Oicha'],
    ['2 soldats de la garde republicaine tues a Kiwanja'],
  ])('%s', (text) => {
    expect(doers(text)).toEqual([]);
  });

  it('counts them when the count is read: 2 agents de la PNC enleves a Oicha', () => {
    expect(parse('2 agents de la PNC enleves a Oicha').victims.abducted).toBe(2);
  });

  it.each([
    ['2 FARDC killed a man in Beni', ['fardc']],
    ['des militaires FARDC ont tué un civil à Kamango', ['fardc']],
  ])('still the doers: %s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
});
