import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const doers = (text: string) => parseQuickReport(text, intake).perpetrators.map((p) => p.actorId ?? p.name).filter((d) => d !== 'unknown');

// C1, C2: unnamed soldiers or police are the host army or police when they did the harm, also when their duty or unit
// stands between them and the verb ("en opération", "on patrol", "of the 3410th regiment").
describe('police or soldiers with their duty or unit before the verb did the harm', () => {
  it.each([
    ['les militaires en opération ont incendié 10 maisons à Kamango', 'fardc'],
    ['soldiers of the 3410th regiment extorted goats in Kamango', 'fardc'],
    ['soldiers on patrol shot a moto driver at Mavivi', 'fardc'],
    ['police on duty beat a trader in Beni', 'pnc'],
    ['les militaires du 34e secteur ont pillé des chèvres à Mbau', 'fardc'],
    ['les policiers en patrouille ont tabassé un motard à Oicha', 'pnc'],
  ])('%s', (text, id) => {
    expect(doers(text)).toEqual([id]);
  });
  it.each([
    ['2 soldiers of the 3410th regiment killed in an ADF ambush near Mbau', ['adf']],
    ['des militaires en opération ont été attaqués par les ADF à Mbau', ['adf']],
    ['soldiers of the regiment came after the attack, 3 civilians killed by ADF', ['adf']],
  ])('look-alike, the soldiers harmed or responding: %s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
});

// Soldiers or police "shot in an ambush / in the crossfire" were hit: not the doers, no HRDDP flag ("shot in the air" fires).
describe('police or soldiers shot in a fight are no doers', () => {
  it.each(['2 soldiers shot in an ambush near Mbau', 'a FARDC soldier shot in the crossfire at Mbau', '2 policemen shot in an attack on the Mbau post'])('%s', (text) => {
    const r = parseQuickReport(text, intake);
    expect(doers(text)).toEqual([]);
    expect(r.hostState).toBe(false);
  });
  it.each([
    ['soldiers shot in the air to disperse the crowd at Mbau', 'fardc'],
    ['soldiers shot 2 civilians in Mbau', 'fardc'],
  ])('look-alike, they fired: %s', (text, id) => {
    expect(doers(text)).toEqual([id]);
  });
});

// C1: the police said the official way ("les forces de l'ordre", "agents de l'ordre", "law enforcement officers") who did
// the harm are the PNC; come after it, they only responded.
describe('the forces of law and order who did the harm are the police', () => {
  it.each([
    ["Agents de l'ordre ont battu un journaliste à Bunia", ['pnc']],
    ["Les forces de l'ordre ont dispersé la manifestation à balles réelles, 2 morts à Goma", ['pnc']],
    ['law enforcement officers beat traders at Kasindi market', ['pnc']],
    ["Les forces de l'ordre sont arrivées après l'attaque ADF à Mamove", ['adf']],
    ["l'ordre du jour de la réunion à Beni: la sécurité", []],
  ])('%s', (text, doers) => {
    expect(parseQuickReport(text, intake).perpetrators.map((p) => p.actorId ?? p.name)).toEqual(doers);
  });
});
