import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

// People counted in a first clause and harmed again in a second, named there by "them" or "les": the second harm
// counts them (C3). Invented sentences, both languages.
describe('a second harm to the people counted: "and beat them", "et les a tabassés"', () => {
  it.each([
    ['FARDC arrested 5 youths and beat them in Oicha', 'injured', 5],
    ['la PNC a arrêté 3 jeunes et les a tabassés à Beni', 'injured', 3],
    ['M23 took 4 farmers and beat them in Kibumba', 'injured', 4],
    ['Mai-Mai caught 3 traders and whipped them at the barrier in Lubero', 'injured', 3],
    ['des bandits ont arrêté 2 motards et les ont blessés à la machette à Beni', 'injured', 2],
    ['ADF abducted 6 people and killed them in Oicha', 'killed', 6],
    ['ADF abducted 6 people and killed them all in Oicha', 'killed', 6],
    ['les ADF ont enlevé 6 personnes et les ont toutes tuées à Oicha', 'killed', 6],
  ] as const)('%s: %s %d', (text, key, n) => {
    expect(parseQuickReport(text, intake).victims[key]).toBe(n);
  });

  // Look-alikes: one of them named again, animals, "les" an article before a noun.
  it.each([
    ['FARDC arrested 5 youths and beat him in Oicha', 'injured', 1],
    ['ADF took 4 cows and killed them in Oicha', 'killed', null],
    ['5 jeunes arrêtés à Beni, les jeunes ont été relâchés hier', 'injured', null],
  ] as const)('%s: %s %s', (text, key, n) => {
    expect(parseQuickReport(text, intake).victims[key]).toBe(n);
  });
});
