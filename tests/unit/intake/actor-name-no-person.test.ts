import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

// "Raia" is "civilian" in Swahili, but inside the name of Raia Mutomboki it opens no group of people: "Raia Mutomboki
// took fuel" had read one person abducted. A word of an actor's or a place's name never starts a count.
describe("a word of an actor's name is no person counted", () => {
  it.each([
    ['Raia Mutomboki took fuel at Shabunda', 'looting_destruction'],
    ['Raia Mutomboki took the coltan of the diggers in Shabunda', 'looting_destruction'],
    ['les Raia Mutomboki ont pris le carburant des commerçants à Shabunda', 'looting_destruction'],
  ] as const)('%s', (text, category) => {
    const r = parseQuickReport(text, intake);
    expect(r.category).toBe(category);
    expect(r.victims.abducted).toBeNull();
    expect(r.perpetrators.map((p) => p.actorId)).toEqual(['raia-mutomboki']);
  });

  // The people they took are still counted; "raia" outside the name still names civilians.
  it.each([
    ['raia mutomboki took 2 ANR agents hostage in shabunda centre', 'abducted', 2],
    ['Raia Mutomboki abducted 3 traders near Shabunda', 'abducted', 3],
    ['ADF wameua raia 3 Oicha', 'killed', 3],
  ] as const)('%s: %s %d', (text, key, n) => {
    expect(parseQuickReport(text, intake).victims[key]).toBe(n);
  });
});
