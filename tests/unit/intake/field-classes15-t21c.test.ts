import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// Classes of community alert network messages (pending reports21, second pass): invented sentences of each class in
// both languages, phone spellings, Swahili and Lingala, and the look-alikes that must not be read as them.

describe('a clash that empties villages or sends the population to take refuge: the displacement (C21)', () => {
  it.each([
    'clashes M23 and wazalendo around Kitshanga, villages deserted',
    'fighting Mai-Mai vs Twirwaneho since yesterday near Minembwe, villages empty now',
    'accrochage FARDC-ADF a Mbau, la population s est refugiee a Oicha',
    'affrontements Nyatura et M23 depuis hier, la population se refugie a Kitshanga',
    'wazalendo na m23 wanapigana karibu na Karuba, watu wamekimbia',
    'bitumba kati ya M23 na wazalendo, bato bakimi na Sake',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('displacement');
  });
  it.each([
    'clashes M23 and wazalendo around Kitshanga this morning',
    'accrochage FARDC-ADF a Mbau, 2 civils tues, la population s est refugiee a Oicha',
  ])('look-alike (fighting alone, or people killed): %s', (text) => {
    expect(parse(text).category).not.toBe('displacement');
  });
});

describe('two communities or clans fighting, whatever it cost and whatever it was over: the tension', () => {
  it.each([
    'des jeunes Nande et Hutu se sont affrontes a Kibirizi apres un vol de chevres, 3 blesses',
    'les Hema et Lendu s affrontent a Largu pour un champ, 1 blesse',
    'clash between two clans over a plot in Aru, 3 houses burnt',
    'bagarre entre deux clans a Aru pour une parcelle, 2 maisons brulees',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('intercommunal_tension');
  });
  it.each([
    ['ADF et FARDC se sont affrontes a Mbau, 2 civils blesses', 'attack_on_civilians'],
    ['des bandits ont vole des chevres a Kibirizi et blesse 2 bergers', 'looting_destruction'],
  ])('look-alike (armed sides, a theft by bandits): %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('people held or arrested by an armed group until a price is paid: an abduction counted (C23)', () => {
  it.each([
    ['3 traders held at the Mai-Mai camp near Alimbongo, families asked for 300 dollars', 3],
    ['ADF arrested 2 farmers near Eringeti, they want 500 usd to free them', 2],
    ['les wazalendo detiennent 4 motards a Sake, ils exigent 50000 fc pour les liberer', 4],
    ['mai mai ont arrete 3 pecheurs a Kyavinyonge, rancon demandee', 3],
  ])('%s', (text, n) => {
    expect(parse(text)).toMatchObject({ category: 'abduction', priority: 'high', victims: { abducted: n } });
  });
  it.each([
    'la police a arrete 3 motards a Beni, ils exigent 50000 fc pour les liberer',
    'les FARDC detiennent 4 jeunes a Sake, la famille doit payer 100 dollars',
  ])('look-alike (the state holds them for money: a detention): %s', (text) => {
    expect(parse(text).category).toBe('arbitrary_detention');
  });
});

describe('the police or army holding people until they pay: a detention, nobody kidnapped (C6, C23)', () => {
  it.each([
    'police take 3 moto boys in Butembo, they want 20 dollar each to free them',
    'la police a arrete 3 motards a Beni, ils exigent 50000 fc pour les liberer',
    'les militaires ont ramasse 4 jeunes a Kasindi, la famille doit payer 100 dollars pour les liberer',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'arbitrary_detention', priority: 'medium', victims: { abducted: null, childrenAffected: null } });
  });
  it('look-alike (an armed group holds them for money): an abduction', () => {
    expect(parse('Mai-Mai took 3 moto boys at Alimbongo, they want 20 dollar each to free them')).toMatchObject({ category: 'abduction', victims: { abducted: 3 } });
  });
});

describe('"moto boy", "taxi boys": motorbike-taxi riders, grown men, not children', () => {
  it.each([
    ['bandits killed a moto boy near Oicha last night', 'attack_on_civilians', { killed: 1, childrenAffected: null }],
    ['2 taxi boys abducted by ADF on the Mbau road', 'abduction', { abducted: 2, childrenAffected: null }],
  ] as const)('%s', (text, category, victims) => {
    expect(parse(text)).toMatchObject({ category, victims });
  });
  it('look-alike (a boy): a child', () => {
    expect(parse('a boy killed by ADF near Oicha')).toMatchObject({ category: 'child_violation', victims: { childrenAffected: 1 } });
  });
});

describe('a rape told after another harm of the same person, or of a girl whose age ends the message: the survivor counted', () => {
  it.each([
    ['une femme enlevee par des bandits puis violee a Kavumu', { abducted: 1, crsvSurvivors: 1 }],
    ['woman taken to the bush near Mweso and raped by armed men', { abducted: 1, crsvSurvivors: 1 }],
    ['des Nyatura ont viole une fille de 14 ans.', { crsvSurvivors: 1, childrenAffected: 1 }],
  ] as const)('%s', (text, victims) => {
    expect(parse(text).victims).toMatchObject(victims);
  });
  it('look-alike (a woman raped at 25): no child', () => {
    expect(parse('des Nyatura ont viole une femme de 25 ans.').victims).toMatchObject({ crsvSurvivors: 1, childrenAffected: null });
  });
});

describe('a child protection network that relays the report (RECOPE) is no armed group, and its seat not where it happened', () => {
  it.each([
    'Report from RECOPE Mambasa: armed men took 2 girls from the market',
    'Selon le RECOPE de Komanda, 2 enfants blesses par une grenade',
    'CBCPM Oicha reports a boy recruited by ADF',
  ])('%s', (text) => {
    expect(parse(text).perpetrators.map((p) => p.name)).not.toContain(text.split(' ').find((w) => /^(RECOPE|CBCPM)$/.test(w)));
  });
  it.each([
    'Selon le RECOPE de Komanda, 3 civils tues a Mambelenga',
    'Selon le reseau de Gety, 2 femmes violees a Bukiringi',
  ])('the seat, with a village the gazetteer lacks: no place (%s)', (text) => {
    expect(parse(text).place).toBeNull();
  });
  it('look-alike (a place the network is not "of"): the place stays', () => {
    expect(parse('Selon le RECOPE, 3 civils tues a Komanda').place?.id).toBe('komanda');
  });
});

describe('a price per vehicle or head said before the amount at a barrier: extortion', () => {
  it.each([
    'barriere des wazalendo a Sake kila pikipiki 2000 fc',
    'barriere des mai mai a Lubero, chaque motard 3000 fc',
    'roadblock by Nyatura at Kilolirwe, every truck 20 dollars',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'looting_destruction', subType: 'extortion', priority: 'medium' });
  });
  it('look-alike (a price said with no barrier and no demand): no extortion', () => {
    expect(parse('a Butembo chaque sac de ciment 30000 fc maintenant').category).not.toBe('looting_destruction');
  });
});

describe('people counted, said minors by their age: the children affected', () => {
  it.each([
    ['les Mai-Mai ont enrole 5 jeunes de moins de 18 ans a Miriki', 5],
    ['4 youths under 18 recruited by Nyatura near Kilolirwe', 4],
  ])('%s', (text, n) => {
    expect(parse(text)).toMatchObject({ category: 'child_violation', victims: { childrenAffected: n } });
  });
  it('look-alike (under a tree): no child', () => {
    expect(parse('ADF killed 3 people under a tree near Oicha').victims.childrenAffected).toBeNull();
  });
});

describe('"the camp" where people arrested by a force were held or beaten is that force\'s camp, not an IDP camp', () => {
  it.each([
    'Mugunga: 2 jeunes arretes par les militaires, tabasses au camp',
    'Kiwanja: 3 traders arrested by soldiers and held at the camp overnight',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).not.toBe('attack_on_idp_site');
    expect(r.priority).not.toBe('critical');
  });
  it('look-alike (gunfire in the camp under a place heading): the IDP site attacked', () => {
    expect(parse('Bulengo: shooting inside the camp right now')).toMatchObject({ category: 'attack_on_idp_site', priority: 'critical' });
  });
});

describe('a policeman or soldier who killed someone in the active voice is the doer, not a combatant harmed', () => {
  it.each([
    'un policier a tue un taximan a Beni suite a une dispute',
    'soldiers have killed a trader at Mweso market after a quarrel',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'attack_on_civilians', victims: { killed: 1 } });
  });
  it('look-alike (a policeman killed in a clash): the clash', () => {
    expect(parse('Accrochages entre Mai-Mai et policiers a Lubero, les Mai-Mai ont tue 1 policier').category).toBe('armed_group_movement');
  });
});
