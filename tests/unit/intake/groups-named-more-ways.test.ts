import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const doers = (text: string) => parseQuickReport(text, intake).perpetrators.map((p) => p.actorId ?? p.name).filter((d) => d !== 'unknown');

// Groups the actor list does not know (C5), named as the doers in more ways than "X fighters": their men, an
// incursion or a barrier of theirs, an attack attributed to them, "the kidnappers are X"; and a host force's
// agents are its officers (C1). Invented sentences, both languages, with look-alikes.
describe('a group outside the actor list named as the doer', () => {
  it.each([
    ['APCLS incursion in Nyabiondo, 2 dead', 'APCLS'],
    ['2 civilians killed in Nyabiondo, attack attributed to APCLS', 'APCLS'],
    ['2 civils tués à Nyabiondo, attaque attribuée aux APCLS', 'APCLS'],
    ['3 morts à Djaiba, attaque imputée aux CRP', 'CRP'],
    ['APCLS men abducted 4 farmers in Nyabiondo', 'APCLS'],
    ['des gars du NDC-R ont enlevé 2 commerçants à Pinga', 'NDC-R'],
    ['4 farmers abducted in Nyabiondo; the kidnappers are APCLS', 'APCLS'],
    ['Nyabiondo: APCLS have set up a barrier, 500 FC per person', 'APCLS'],
    ['APCLS took 5 farmers to their camp', 'APCLS'],
    ['Aveba: 2 morts, auteurs présumés: FRPI', 'FRPI'],
  ])('%s', (text, name) => {
    expect(doers(text)).toEqual([name]);
  });
  it.each([
    ['PNC agents extort 1000 FC from each moto at Kasindi barrier', 'pnc'],
    ['PNC agents beat 2 motorcyclists at Kasindi', 'pnc'],
  ])('a force’s agents are its officers: %s', (text, id) => {
    expect(doers(text)).toEqual([id]);
  });
});

describe('look-alikes: no group is made of a reporter, a community or a group’s informers', () => {
  it.each([
    ['2 youths accused of being ADF agents beaten by the population in Beni', []],
    ['CLA Mahagi reports 3 houses burnt by unknown men', []],
    ['Attack on Mbau attributed to unidentified armed men, 2 dead', []],
    ['the kidnappers are unknown, 3 farmers taken near Oicha', []],
  ])('%s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
});
