import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// Classes the lead found this sitting. Invented sentences, with the look-alikes that must not change.

describe("a person's thing taken counts nobody taken (categories/people-taken.ts, victims/victim-words.ts)", () => {
  it.each([
    ["armed men took the nurse's motorcycle near Oicha"],
    ["gunmen took the teacher's phone and money at Mbau"],
    ["bandits took the trader's motorbike on the Beni road"],
  ])('%s', (text) => {
    expect(parse(text).victims.abducted).toBeNull();
  });

  it.each([
    ["armed men took the chief's son near Oicha", 1],
    ['armed men took the nurse near Oicha', 1],
    ['ADF took 3 farmers near Mbau', 3],
  ])('still taken: %s', (text, abducted) => {
    expect(parse(text).victims.abducted).toBe(abducted);
  });
});
