import { describe, expect, it } from 'vitest';
import { parseCount, parseQuickReport, readNumber, tokenize } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

function read(text: string) {
  const tokens = tokenize(text);
  const n = readNumber(tokens, 0);
  return n && { value: n.value, words: n.next, article: n.article, zero: n.zero };
}

describe('number words', () => {
  it.each([
    ['4', 4],
    ['12', 12],
    ['1,200', 1200],
    ['1.200', 1200],
    ['one', 1],
    ['two', 2],
    ['twelve', 12],
    ['twenty', 20],
    ['twenty-five', 25],
    ['twenty five', 25],
    ['one hundred and twenty', 120],
    ['deux', 2],
    ['trois', 3],
    ['quinze', 15],
    ['dix-sept', 17],
    ['vingt', 20],
    ['vingt et un', 21],
    ['vingt-cinq', 25],
    ['soixante-dix', 70],
    ['quatre-vingt', 80],
    ['quatre-vingt-dix', 90],
    ['deux cents', 200],
    ['trois mille', 3000],
    ['a dozen', 12],
    ['une dizaine', 10],
    ['une vingtaine', 20],
    ['une quarantaine', 40],
    ['une centaine', 100],
  ])('reads %s as %i', (text, value) => {
    expect(read(text)?.value).toBe(value);
  });

  it('reads only the number, not the words after it', () => {
    expect(read('4 killed')).toEqual({ value: 4, words: 1, article: false, zero: false });
    expect(read('vingt-cinq personnes tuées')).toEqual({ value: 25, words: 2, article: false, zero: false });
    expect(read('two three')?.value).toBe(2);
  });

  it('marks articles, which count as 1 only before a victim noun', () => {
    expect(read('a child')).toEqual({ value: 1, words: 1, article: true, zero: false });
    expect(read('une femme')).toEqual({ value: 1, words: 1, article: true, zero: false });
  });

  it('reads zero words', () => {
    expect(read('no one')).toEqual({ value: 0, words: 2, article: false, zero: true });
    expect(read('aucun')?.zero).toBe(true);
    expect(read('zero')?.value).toBe(0);
  });

  it('is accent- and case-insensitive', () => {
    expect(read('TROIS')?.value).toBe(3);
    expect(read('Zéro')?.value).toBe(0);
  });

  it('finds no number in other words', () => {
    expect(read('killed')).toBeNull();
    expect(read('M23')).toBeNull();
    expect(read('')).toBeNull();
  });

  it('parses whole override values and refuses anything left over', () => {
    expect(parseCount(tokenize('4'))).toBe(4);
    expect(parseCount(tokenize('four'))).toBe(4);
    expect(parseCount(tokenize('quatre'))).toBe(4);
    expect(parseCount(tokenize('une dizaine'))).toBe(10);
    expect(parseCount(tokenize('0'))).toBe(0);
    expect(parseCount(tokenize('many'))).toBeNull();
    expect(parseCount(tokenize('4 or 5'))).toBeNull();
    expect(parseCount(tokenize('a'))).toBeNull();
    expect(parseCount(tokenize(''))).toBeNull();
  });
});

describe('half a dozen, several dozen, and counts after a colon', () => {
  it('reads half a dozen as six and several dozen as unknown but at least two dozen', () => {
    expect(parseQuickReport('Half a dozen civilians killed by ADF in Oicha', intake).victims.killed).toBe(6);
    expect(parseQuickReport('Une demi-douzaine de civils tués à Oicha', intake).victims.killed).toBe(6);
    const several = parseQuickReport('Several dozen people killed in Lume', intake);
    expect(several.victims.killed).toBeNull();
    expect(several.priority).toBe('critical');
  });

  it('reads each count of a list typed as labels', () => {
    const r = parseQuickReport('killed: 3, injured: 5 in Oicha', intake);
    expect([r.victims.killed, r.victims.injured]).toEqual([3, 5]);
    const f = parseQuickReport('morts: 4, blessés: 2 à Mavivi', intake);
    expect([f.victims.killed, f.victims.injured]).toEqual([4, 2]);
  });
});

describe('digits then a word of thousands, as SMS writes them', () => {
  it.each([
    ['2 mille déplacés', 2000, 2],
    ['5 thousand people', 5000, 2],
    ['3 milles personnes', 3000, 2],
    ['12 mille', 12000, 2],
  ])('%s', (text, value, words) => {
    expect(read(text)).toMatchObject({ value, words });
  });

  it('counts the displaced, in both languages', () => {
    expect(parseQuickReport('2 mille déplacés arrivés à Oicha fuyant les ADF', intake).victims.displaced).toBe(2000);
    expect(parseQuickReport('about 3 thousand people fled Kitshanga', intake).victims.displaced).toBe(3000);
  });

  it('leaves a number set apart from the word alone', () => {
    expect(read('2, mille')).toMatchObject({ value: 2, words: 1 });
    expect(read('2 000 déplacés')).toMatchObject({ value: 2000, words: 2 });
  });
});
