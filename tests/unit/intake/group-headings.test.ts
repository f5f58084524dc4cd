import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const doers = (text: string) => parseQuickReport(text, intake).perpetrators.map((p) => p.actorId ?? p.name);

// Groups outside the mission's list (C5) heading a report before what they did ("CRP: 2 tués à Pimbo"), or typed in
// lower case ("fpic ont tué 2 pers"), are its free-text doers, shown as their acronym. Invented sentences.
describe('a group outside the list heading the report, or typed in lower case, did it', () => {
  it.each([
    ['CRP: 2 tués à Pimbo', ['CRP']],
    ['fpic ont tué 2 pers a bule', ['FPIC']],
    ['apcls ont érigé une barrière à Nyabiondo', ['APCLS']],
    ['FRPI: 40 vaches emportées à Gety', ['FRPI']],
  ])('%s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
});

describe('look-alikes: a source or a topic heading the report names no doer', () => {
  it.each([
    ['OCHA: 2000 IDPs arrived in Bunia', []],
    ['UPDATE: 2 killed in Mamove', []],
    ['CAAC: CODECO recruiting children in Djugu territory; 6 boys taken from Pimbo school', ['codeco']],
  ])('%s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
});
