import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// Classes the lead found by reading the same report written in English and in French (`/work/prof/pairs`): the two
// languages should give the same alert. Invented sentences, with the look-alikes that must not change.

describe('fighting since a time is under way in French too, where articles lengthen the phrase (categories/under-way.ts, C10)', () => {
  it.each([
    ['Fighting between M23 and FARDC near Sake since this morning, no civilian casualties reported'],
    ['Combats entre le M23 et les FARDC près de Sake depuis ce matin, aucune victime civile signalée'],
    ['Combats entre le M23 et les FARDC près de Sake depuis ce matin'],
    ['Affrontements entre les CODECO et les FARDC à Jiba depuis hier soir'],
    ['des affrontements entre la CODECO et le groupe Zaïre au village de Lopa depuis 5h'],
    ['tirs entre les Wazalendo et les M23 aux alentours de Kitshanga dpuis 6h'],
  ])('%s', (text) => {
    expect(parse(text).priority).toBe('critical');
  });

  it.each([
    // the fighting ended, or the flight is what goes on since the time
    ['Combats entre le M23 et les FARDC près de Sake depuis ce matin jusqu\'à midi, calme revenu'],
    ['Les habitants de Sake ont fui vers Goma suite aux combats entre le M23 et les FARDC, ils sont à Mugunga depuis hier'],
    ['Fighting between M23 and FARDC near Sake yesterday, calm since this morning'],
  ])('not under way: %s', (text) => {
    expect(parse(text).priority).not.toBe('critical');
  });
});

describe('a group\'s shelling told as what killed or hit is over, not under way (categories/signal-hits.ts armedHits)', () => {
  it.each([
    ['M23 shelling killed 2 civilians in Kitshanga', 'high'],
    ['FARDC shelling killed 2 civilians in Kitshanga', 'high'],
    ['M23 shelling hit houses in Kibumba, 1 woman killed', 'high'],
    ['ADF shooting left 3 dead in Mamove', 'high'],
    ['M23 bombing destroyed the school of Kibumba', 'high'],
    // the French says it with a noun already
    ['Des tirs d\'obus du M23 ont tué 2 civils à Kitshanga', 'high'],
  ])('%s', (text, priority) => {
    expect(parse(text).priority).toBe(priority);
  });

  it.each([
    ['M23 shelling Kitshanga now'],
    ['ADF attacking Mamove'],
    ['M23 shelling FARDC trenches near Sake'],
    ['Le M23 bombarde Kitshanga en ce moment'],
  ])('a group doing it now stays under way: %s', (text) => {
    expect(parse(text).priority).toBe('critical');
  });
});

describe('the army\'s or police\'s fire named as a noun names them as the doer (doers/host-forces.ts, C1, C2)', () => {
  const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);
  it.each([
    ['Army shelling killed 2 civilians in Kitshanga', 'fardc'],
    ['army fire killed a child in Sake', 'fardc'],
    ['military drone strike killed 3 civilians in Kibumba', 'fardc'],
    ['Des tirs d\'obus de l\'armée ont tué 2 civils à Kitshanga', 'fardc'],
    ['police gunfire wounded 3 protesters in Beni', 'pnc'],
  ])('%s', (text, doer) => {
    expect(doers(text)).toContain(doer);
  });

  it.each([
    ['M23 shelled the army camp near Sake, no civilian hurt'],
    ['2 civilians killed by M23 shelling near the army base in Sake'],
  ])('the army as a place or a target is no doer: %s', (text) => {
    expect(doers(text)).not.toContain('fardc');
  });
});

describe('a vehicle stopped and its passengers robbed is looting, in both languages (vehicle-stopped.ts, denials-and-rumours.ts goodsTakenHits)', () => {
  it.each([
    ['Armed men stopped a bus near Komanda and took all the passengers\' money'],
    ['armed men took the phones and money of travellers near Komanda'],
    ['gunmen took cash and phones from the passengers near Komanda'],
    ['Des hommes armés ont arrêté un bus près de Komanda et pris l\'argent de tous les passagers'],
    ['Des hommes armés ont arrêté un bus près de Komanda et dépouillé les passagers'],
    ['hommes armés ont arrete un camion pres de Komanda et emporte la marchandise'],
  ])('%s', (text) => {
    expect(parse(text).category).toBe('looting_destruction');
  });

  it.each([
    ['la police a arrêté le chauffeur du bus à Beni', 'arbitrary_detention'],
    ['la police a arrêté 3 motards à Beni', 'arbitrary_detention'],
    ['ADF took 3 women near Mamove', 'abduction'],
    ['They took refuge in the church of Oicha', 'displacement'],
  ])('people arrested or taken stay so: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('the host force counted among the victims before its name is no doer (doers/force-as-victim.ts)', () => {
  const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);
  it.each([
    ['3 militaires FARDC et 2 civils tués dans une embuscade des ADF près d\'Eringeti'],
    ['3 FARDC soldiers and 2 civilians killed in an ADF ambush near Eringeti'],
    ['2 éléments de la PNC et un civil blessés dans une attaque des Maï-Maï à Lubero'],
  ])('%s', (text) => {
    expect(doers(text)).not.toContain('fardc');
    expect(doers(text)).not.toContain('pnc');
  });

  it.each([
    ['3 militaires FARDC ont tué 2 civils à Beni', 'fardc'],
    ['2 éléments de la PNC ont blessé un motard à Beni', 'pnc'],
    ['2 militaires des FARDC ont violé une femme à Minova', 'fardc'],
  ])('the force that did the harm stays the doer: %s', (text, doer) => {
    expect(doers(text)).toContain(doer);
  });
});

describe('"à" typed "a" after a harm is where it happened, not the article before a victim (doers/a-as-place.ts)', () => {
  const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);
  it.each([
    ['3 policiers blessés à Beni'],
    ['un policier tué à Beni'],
    ['3 policiers blesses a Beni'],
    ['3 agents de la PNC blessés à Beni'],
    ['3 policemen wounded in Beni'],
  ])('police harmed are no doers: %s', (text) => {
    expect(doers(text)).not.toContain('pnc');
  });

  it.each([
    ['un policier a tué un motard à Beni'],
    ['2 policemen killed a civilian in Beni'],
    ['des policiers ont blessé a Beni un motard'],
  ])('police who harmed someone are: %s', (text) => {
    expect(doers(text)).toContain('pnc');
  });
});

describe('armed men who "are" within 3 km and advancing are closing in (categories/closing-in.ts)', () => {
  it.each([
    ['CODECO fighters are 3 km from Drodro and advancing'],
    ['Les CODECO sont à 3 km de Drodro et avancent'],
    ['armed men are 2km from Kasindi, approaching'],
    ['les hommes armés sont à 1 km du village de Lopa et progressent'],
  ])('%s', (text) => {
    expect(parse(text).priority).toBe('critical');
  });

  it.each([
    ['the camp is 2 km from the town, armed men advancing on Drodro'],
    ['Le site est à 2 km de Drodro, les CODECO avancent vers Fataki'],
    ['CODECO fighters are 10 km from Drodro and advancing'],
  ])('where a place lies, or far away, is no closing in: %s', (text) => {
    expect(parse(text).priority).not.toBe('critical');
  });
});

describe('counts in tallies and asides (victims/means-before-count.ts, death-idioms.ts, ages-listed.ts)', () => {
  it.each([
    ['Irumu: blessés par balle: 4, tués: 1. Attaque CRP près de Marabo', { injured: 4, killed: 1 }],
    ['injured by bullets: 4, killed: 1, Irumu', { injured: 4, killed: 1 }],
    ['tués à la machette: 2, blessés: 3 à Mamove', { killed: 2, injured: 3 }],
    ['un homme blessé par balle au bras à Beni', { injured: 1 }],
    // the wounded who died are no longer wounded
    ["Komanda: le bilan de l'embuscade passe à 5 morts, un blessé étant décédé à l'hôpital", { killed: 5, injured: null }],
    ["Komanda: 5 morts, dont un blessé décédé à l'hôpital", { killed: 5, injured: null }],
    // ages set apart after the people: children among them
    ['Two sisters, 14 and 16, raped by armed men near Mpofi', { crsvSurvivors: 2, childrenAffected: 2 }],
    ['Deux filles, 14 et 16 ans, violées près de Mpofi', { crsvSurvivors: 2, childrenAffected: 2 }],
    ['Deux soeurs, 15 et 22 ans, enlevées par les ADF', { abducted: 2, childrenAffected: 1 }],
    ['Two women, 24 and 30, raped near Mpofi', { crsvSurvivors: 2, childrenAffected: null }],
  ])('%s', (text, counts) => {
    expect(parse(text).victims).toMatchObject(counts);
  });
});
