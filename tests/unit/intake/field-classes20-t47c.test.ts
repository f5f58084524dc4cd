import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const ids = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// t47c: reports47 (people held by armed groups and the state, levies, forced labour), after t47b; invented sentences,
// English and French (and SMS style), with look-alikes that must not change.

describe('C23: the state holds for money only when its force is the holder (categories/state-held-for-money.ts)', () => {
  it.each([
    // a kidnapping told by its own words, a force only reporting it
    ['PNC Butembo: 3 traders kidnapped on the Kyondo road, let go Friday after the families paid 2,000 USD'],
    ['Police Bunia: un chauffeur enlevé à Lopa relâché contre 500$'],
    // bandits or gunmen holding people for money, the police only not told
    ['bandits took 2 moto drivers near Kasindi and asked 300$ each, families afraid to inform the police'],
    ['Des hommes armés inconnus ont pris 4 pêcheurs à Kasenyi, exigent 200$ chacun, la police pas encore saisie'],
    // a force that freed hostages
    ['Kamango: 4 otages libérés par les FARDC hier soir, les ravisseurs avaient exigé 1000$'],
    ['3 hostages freed by soldiers near Eringeti, captors had demanded money'],
  ] as const)('look-alike, an abduction and the force no doer: %s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('abduction');
    expect(ids(text)).not.toContain('fardc');
    expect(ids(text)).not.toContain('pnc');
  });

  it.each([
    ['Police in Kasindi held 6 moto drivers overnight and asked 20,000 FC each to let them go', ['pnc']],
    ['Les militaires de la barrière de Kanyabayonga ont retenu 5 commerçants et exigé 10$ chacun pour les relâcher', ['fardc']],
  ] as const)('still a detention by the force that held them: %s', (text, doers) => {
    const r = parse(text);
    expect(r.category).toBe('arbitrary_detention');
    expect(r.victims.abducted ?? null).toBeNull();
    expect(ids(text)).toEqual(doers);
  });
});

describe('C7/C23: people a group forced to carry its loads are taken, counted (victims/forced-to-carry.ts)', () => {
  it.each([
    ['CODECO forced 7 women of Djaiba to carry their loads to Wadda, 2 came back', 7],
    ['Les Nyatura obligent 4 cultivateurs à transporter des munitions vers leur camp de Kibua', 4],
    ['Wazalendo forced about a dozen Kalembe villagers to carry looted goats to their position', 12],
    ['les Mai-Mai ont obligé une quinzaine de jeunes de Bunyatenge à porter leurs bagages', 15],
  ] as const)('%s → %i abducted', (text, n) => {
    expect(parse(text).victims.abducted).toBe(n);
  });

  it.each([
    // not carrying: the forced work is not read as a taking here
    ['M23 forced 3 women to cook for them at Rubare'],
    // the state's forces: C23 is read elsewhere
    ['FARDC forced 6 youths to carry ammunition to the front at Kibirizi'],
  ] as const)('look-alike, nobody counted taken: %s', (text) => {
    expect(parse(text).victims.abducted ?? null).toBeNull();
  });
});

describe('C3/C22: a swollen face or eyes is one person hurt (victims/swollen.ts)', () => {
  it.each([
    ['the boy came back with swollen eyes after 2 days with the Wazalendo in Kalembe'],
    ['Kitshanga: un jeune homme gardé 3 jours par les Nyatura, relâché le visage tuméfié'],
  ] as const)('%s → 1 injured', (text) => {
    expect(parse(text).victims.injured).toBe(1);
  });

  it.each([
    ['Le fleuve est enflé à Kasindi, 3 maisons emportées'],
    ['4 detainees released from the Bunia cell, all with swollen feet'], // (four people, not one)
  ] as const)('look-alike, not read as one hurt: %s', (text) => {
    expect(parse(text).victims.injured ?? null).not.toBe(1);
  });
});

describe('C23: the state requisitioning vehicles with their drivers holds the drivers (categories/requisitioned.ts)', () => {
  it.each([
    ['La police a réquisitionné 4 taxis-motos et leurs chauffeurs à Butembo pour une patrouille', 'arbitrary_detention', ['pnc']],
    ['Beni: FARDC requisitioned 2 pickups and their drivers for the Mayangose operation, drivers still with them', 'arbitrary_detention', ['fardc']],
    ['FARDC requisitioned 3 trucks of traders in Beni for troop transport, not returned', 'looting_destruction', ['fardc']],
  ] as const)('%s → %s', (text, category, doers) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    expect(r.victims.abducted ?? null).toBeNull();
    expect(r.priority).toBe('medium');
    expect(ids(text)).toEqual(doers);
  });

  it.each([
    // a group requisitioning people to carry is forced labour (main corpus fr3-042), not read here
    ['Des civils de Kashuga réquisitionnés par les Nyatura pour porter des colis', 'torture_ill_treatment'],
  ] as const)('look-alike: %s → %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('C23: people of a village taken by a group, the village between them and the taking (victims/count-then-activity.ts)', () => {
  it.each([
    ['4 jeunes de Kalembe pris par des éléments Nyatura hier soir', 4],
    ['2 femmes de Kibua prises par les Mai-Mai, sans nouvelles', 2],
  ] as const)('%s → %i abducted', (text, n) => {
    expect(parse(text).victims.abducted).toBe(n);
  });
});

describe('a labour levy: each household made to send someone to work is forced labour (categories/split-phrases.ts)', () => {
  it.each([
    ['Wazalendo ordering each family of Kalembe to provide a young man to carry their loads'],
    ['Les Nyatura exigent que chaque ménage de Kibua envoie un homme pour creuser leurs tranchées, sinon 5000 FC'],
  ] as const)('%s → ill-treatment (forced labour)', (text) => {
    const r = parse(text);
    expect(r.category).toBe('torture_ill_treatment');
    expect(r.priority).toBe('medium');
  });

  it.each([
    // money sent, nobody to work
    ['Les Mai-Mai exigent que chaque famille envoie 2000 FC par semaine a Bunyatenge'],
    ['M23 demanding each household send 5000 FC to their position in Rubare'],
  ] as const)('look-alike, no forced labour: %s', (text) => {
    expect(parse(text).category).not.toBe('torture_ill_treatment');
  });
});

describe('C7/C22: all of those taken found hurt are hurt, "all alive" none killed (victims/taken-and-hurt.ts)', () => {
  it.each([
    ['4 motards enlevés par des hommes armés à Kasindi, retrouvés ce matin ligotés et tabassés en brousse, tous vivants', 4],
    ['2 herders abducted by Mai-Mai near Minembwe, found next day beaten and tied to a tree, all alive', 2],
  ] as const)('%s → %i hurt, none killed', (text, n) => {
    const r = parse(text);
    expect(r.victims.injured).toBe(n);
    expect(r.victims.killed).toBe(0);
  });

  it.each([
    // one of them singled out
    ['2 traders abducted near Oicha, one found beaten this morning'],
  ] as const)('look-alike, not all hurt: %s', (text) => {
    expect(parse(text).victims.injured ?? null).not.toBe(2);
  });
});
