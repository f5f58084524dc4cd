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

describe('members of an army unit named by its service, harmed, are counted and did nothing (doers/factions.ts, victims/victim-groups.ts)', () => {
  it.each([
    ['2 soldats de la garde républicaine tués à Kiwanja', 'killed', 2],
    ['2 soldiers of the Republican Guard killed in Kiwanja', 'killed', 2],
    ['un militaire de la garde républicaine blessé à Goma', 'injured', 1],
    ['3 policiers de la police militaire blessés hier à Beni', 'injured', 3],
  ] as const)('%s', (text, field, count) => {
    const alert = parse(text);
    expect(alert.victims[field]).toBe(count);
    expect(alert.perpetrators).toEqual([]);
  });

  it('the unit that did the harm is still the army: "la garde républicaine a tué 2 civils"', () => {
    const alert = parse('la garde républicaine a tué 2 civils à Kiwanja');
    expect(alert.perpetrators.map((p) => p.actorId)).toEqual(['fardc']);
    expect(alert.victims.killed).toBe(2);
  });
});

describe('"body count" is the toll, not a body (victims/victim-words.ts)', () => {
  it('"the body count is not known yet" counts nobody killed', () => {
    expect(parse('Attack on Mbau, the body count is not known yet').victims.killed).toBeNull();
  });

  it.each([
    ['Attack on Mbau, a body found', 1],
    ['the body of a driver found near Oicha', 1],
    ['Attack on Mbau, the body count is 4', 4],
  ])('still counted: %s', (text, killed) => {
    expect(parse(text).victims.killed).toBe(killed);
  });
});
