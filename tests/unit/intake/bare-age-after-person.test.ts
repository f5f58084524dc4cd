import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

// One person named, then a bare number: the number is their age, not a count of victims ("woman 30 raped" had read 30
// survivors, "man 45 killed by ADF" 45 killed and critical). Invented sentences, both languages.
describe('a bare age after one person is no count', () => {
  it.each([
    ['girl 13 sexually abused by FARDC soldier in Minova', { crsvSurvivors: 1, childrenAffected: 1 }, 'restricted'],
    ['woman 30 raped by 2 armed men near Kiwanja', { crsvSurvivors: 1 }, 'restricted'],
    ['femme 35 violée par 3 hommes armés à Sake', { crsvSurvivors: 1 }, 'restricted'],
    ['man 45 killed by ADF in Oicha', { killed: 1 }, 'standard'],
    ['homme 40 ans tué par balle à Beni', { killed: 1 }, 'standard'],
    ['husband 50 killed, wife raped by Nyatura in Masisi', { killed: 1, crsvSurvivors: 1 }, 'restricted'],
  ] as const)('%s', (text, counts, sensitivity) => {
    const r = parseQuickReport(text, intake);
    expect(Object.fromEntries(Object.entries(r.victims).filter(([, v]) => v !== null))).toEqual(counts);
    expect(r.sensitivity).toBe(sensitivity);
  });

  it('one man killed is high, not the critical of 45 killed', () => {
    expect(parseQuickReport('man 45 killed by ADF in Oicha', intake).priority).toBe('high');
  });

  // Swahili "wa miaka N" (of N years) is an age: the girl is a child, and 12 is no count of survivors, 9 none of the dead
  it.each([
    ['msichana wa miaka 12 alibakwa na askari', 'crsvSurvivors', 12],
    ['mtoto wa miaka 9 aliuawa Beni', 'killed', 9],
  ] as const)('%s', (text, key, age) => {
    const r = parseQuickReport(text, intake);
    expect(r.category).toBe('child_violation');
    expect(r.sensitivity).toBe('restricted');
    expect(r.priority).toBe('high');
    expect(r.victims[key]).not.toBe(age);
  });

  // Look-alikes: a plural, a count with its own people after the person, a bare count.
  it.each([
    ['men 45 killed by ADF in Oicha', { killed: 45 }],
    ['Oicha: 45 killed by ADF', { killed: 45 }],
    ['child 3 children abducted', { abducted: 3, childrenAffected: 3 }],
  ] as const)('%s keeps its count', (text, counts) => {
    const r = parseQuickReport(text, intake);
    expect(Object.fromEntries(Object.entries(r.victims).filter(([, v]) => v !== null))).toEqual(counts);
  });
});
