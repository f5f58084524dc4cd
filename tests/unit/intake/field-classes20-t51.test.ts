import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name).filter((d) => d !== 'unknown');

// Classes taught from reports51 (boundaries between categories and who did it). Invented sentences, with look-alikes.

describe("an accident's drowned are counted; 'y' between a count and its verb (victims/victim-vocabulary.ts)", () => {
  it.each([
    ['canoe overturned on the lake near Kyavinyonge, 4 drowned', 4],
    ['barque chavirée près de Kalehe, 5 noyés', 5],
    ['un obus est tombé sur l\'école, trois élèves y ont perdu la vie', 3],
    ['attaque au marché de Mbau, deux commerçants y ont été tués', 2],
  ])('%s', (text, killed) => {
    expect(parse(text).victims.killed).toBe(killed);
  });

  it('a drowning found and denied as violence counts nobody', () => {
    expect(parse('body found at Mavivi is a man who drowned, police say no sign of violence').victims.killed).toBeNull();
  });
});

describe('people counted through a longer name (victims/victim-vocabulary.ts, victims/beaten-injured.ts)', () => {
  it.each([
    ['3 blue helmets injured when their vehicle was hit near Kiwanja', 'injured', 3],
    ["trois agents d'une ONG internationale battus et dépouillés près de Mambasa", 'injured', 3],
    ['two agents of an NGO beaten and robbed near Komanda', 'injured', 2],
    ["l'infirmier titulaire du centre de santé de Mangina enlevé par des inconnus", 'abducted', 1],
  ] as const)('%s', (text, field, n) => {
    expect(parse(text).victims[field]).toBe(n);
  });

  it("agents of a state service beaten are not an organisation's staff: 'agents de l'ANR battus et dépouillés' counts none", () => {
    expect(parse("deux agents de l'ANR battus et dépouillés").victims.injured).toBeNull();
  });
});

describe('a force that arrested the one who did the harm did not do it (constructions/suspects-arrested.ts)', () => {
  it.each([
    ['police arrested the young man who stabbed his brother in Butembo'],
    ["la police a arrêté le jeune qui a poignardé son frère à Butembo"],
  ])('%s', (text) => {
    expect(doers(text)).toEqual([]);
  });

  it.each([
    ["les FARDC ont arrêté un de leurs militaires qui a tué un motard à Oicha", 'fardc'],
    ['police beat the man who stabbed his brother in Butembo', 'pnc'],
  ])('still a doer: %s', (text, id) => {
    expect(doers(text)).toContain(id);
  });
});

describe("host forces and services named as doers (doers/host-forces.ts, groups.ts, raped-in-custody.ts)", () => {
  it.each([
    ['polce arrestd 4 traders at the market in Beni', 'pnc'],
    ["une détenue violée au cachot de l'ANR à Goma", 'ANR'],
    ['woman raped in the police cell at Beni', 'pnc'],
  ])('%s', (text, id) => {
    expect(doers(text)).toContain(id);
  });

  it("the Republican Guard is the army, no free-text 'Garde'", () => {
    expect(doers('des éléments de la Garde républicaine ont tabassé deux motards à Kinshasa')).toEqual(['fardc']);
    expect(doers('elements of the Republican Guard beat two drivers in Goma')).toEqual(['fardc']);
  });

  it('a rape in a cell by a fellow detainee names no force', () => {
    expect(doers('femme violée au cachot de la police par un codétenu')).toEqual([]);
  });
});

describe('host forces as victims or responders (doers/host-forces.ts, force-as-victim.ts, ordnance-finder.ts)', () => {
  it.each([
    ['un militaire abattu à Kiwanja par des inconnus'],
    ['un policier abattu devant le commissariat de Beni'],
    ['PNC officer and a civilian killed in a Mai-Mai ambush near Lubero'],
    ['children found a grenade at Rusayo, an FARDC team came and destroyed it'],
    ["des enfants ont trouvé un obus à Sake, une équipe FARDC est venue et l'a détruit"],
  ])('%s', (text) => {
    expect(doers(text).filter((d) => d === 'fardc' || d === 'pnc')).toEqual([]);
  });

  it.each([
    ['un militaire a abattu un motard à Butembo', 'fardc'],
    ['FARDC soldier killed a moto driver in Oicha', 'fardc'],
  ])('still the doer: %s', (text, id) => {
    expect(doers(text)).toContain(id);
  });
});

describe('beatings by civilians are attacks, not ill-treatment (categories/beaten-by-civilians.ts, struck-by-doers.ts)', () => {
  it.each([
    ['a suspected thief beaten by a mob in Butembo, taken to hospital', 'attack_on_civilians'],
    ['un présumé voleur tabassé par la foule à Goma', 'attack_on_civilians'],
    ['un commerçant frappé par des jeunes à Beni', 'attack_on_civilians'],
    ['deux volontaires de la croix rouge frappés par des jeunes à Butembo', 'attack_on_humanitarians'],
  ])('%s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });

  it('things struck by weather stay no harm', () => {
    expect(parse('maisons frappées par la foudre à Beni').category).toBe('other');
  });
});

describe('an arrest threatened with a levy is the threat (C6, constructions/punished-if-refused.ts)', () => {
  it.each([
    ['soldiers at the Mbau barrier demanding 2000fc per moto or they will be arrested'],
    ['les militaires exigent 1000 fc par passager sinon ils arrêtent le chauffeur'],
  ])('%s', (text) => {
    expect(parse(text).category).toBe('threat_intimidation');
  });

  it.each([
    ['police or soldiers arrested 4 youths in Beni'],
    ['police arrested 3 drivers who refused to pay 5000 fc'],
  ])('arrests done stay detentions: %s', (text) => {
    expect(parse(text).category).toBe('arbitrary_detention');
  });
});

describe('quiet lines that still report something (categories/decide-category.ts)', () => {
  it.each([
    ['rumour of a Mai-Mai attack on Lubero denied by the chief, displaced returning', 'displacement'],
    ['armd men seen near the river at Mavivi, no incident so far', 'armed_group_movement'],
    ["présence d'hommes armés signalée près de Kanyabayonga, pas d'incident", 'armed_group_movement'],
  ])('%s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });

  it.each([
    ['rumour of ADF near Oicha was false, population back to the fields'],
    ["mouvement de militaires FARDC vers Kavumu, pas d'incident"],
    ['calm day in Beni, no incident'],
  ])('stays quiet: %s', (text) => {
    expect(parse(text).category).toBe('other');
  });
});

describe('who took people: the state detains, a group abducts (C23; categories/taken-by-state.ts, group-arrests.ts)', () => {
  it.each([
    ['les policiers ont pris 2 motards à Beni pour vérification', 'arbitrary_detention', null],
    ["l'administration M23 de Kiwanja-centre a arrêté 5 commerçants", 'abduction', 5],
    ['les Wazalendo de Sake-ville ont arrêté 4 jeunes', 'abduction', 4],
    ['les Mai-Mai ont pris 3 jeunes à Kasindi', 'abduction', 3],
  ] as const)('%s', (text, category, abducted) => {
    const alert = parse(text);
    expect(alert.category).toBe(category);
    expect(alert.victims.abducted).toBe(abducted);
  });

  it("soldiers who 'took' goats took no one", () => {
    expect(parse('les militaires ont pris 3 chèvres à Kasindi').category).toBe('looting_destruction');
  });
});

describe('a road cut by the weather is no access denial (categories/categories.ts)', () => {
  it.each([
    ['no access to Kamango since Monday, the bridge was washed away by the rains'],
    ["pas d'accès à Bulambo depuis 2 jours, le pont a été emporté par les pluies"],
  ])('%s', (text) => {
    expect(parse(text).category).toBe('other');
  });

  it('a group that blocks the road still denies access', () => {
    expect(parse('no access to Kamango since Monday, ADF barrier on the road').category).toBe('access_denial');
  });
});
