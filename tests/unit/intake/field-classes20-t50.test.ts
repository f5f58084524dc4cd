import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// Classes t50 taught from reports50 (people harmed, counted every way). Invented sentences, with look-alikes.

describe('SMS "n" is "and" between counted people (normalize.ts)', () => {
  it.each([
    ['3 men n 2 women killed when ADF attacked Mbau', 'killed', 5],
    ['one woman n a girl of 14 raped by militia at Lume', 'crsvSurvivors', 2],
  ] as const)('%s', (text, field, count) => {
    expect(parse(text).victims[field]).toBe(count);
  });
  it("French n' keeps its apostrophe: \"personne n'a été blessé\"", () => {
    expect(parse("Tirs à Beni cette nuit, personne n'a été blessé").victims.injured).toBe(0);
  });
});

describe('armed men named without a group, picking people up, take them (C23; categories/armed-men-before.ts)', () => {
  it.each([
    ['men with guns picked up 3 farmers near Mbau and want 100$ each', 3],
    ['armed men picked up 2 traders at Kasindi', 2],
    ['des hommes en armes ont ramassé 4 jeunes à Rubare', 4],
  ])('%s', (text, abducted) => {
    const alert = parse(text);
    expect(alert.category).toBe('abduction');
    expect(alert.victims.abducted).toBe(abducted);
  });
  it.each([['police picked up 4 youths at Rubare'], ['3 men picked up at Rubare']])('not taken by armed men: %s', (text) => {
    expect(parse(text).victims.abducted).toBeNull();
  });
});

describe('a sum in dollars is no count of people (victims/money-not-people.ts)', () => {
  it.each([
    ['bandits robbed a shop at Oicha, 1 guard injured $2,500 taken'],
    ['gunmen took 400$ from traders at Mbau, nobody hurt'],
  ])('%s', (text) => {
    expect(parse(text).victims.abducted).toBeNull();
  });
  it('people still counted beside a sum: "took $300 and 2 traders"', () => {
    expect(parse('armed men took $300 and abducted 2 traders near Mbau').victims.abducted).toBe(2);
  });
});

describe('"blue helmets" counted like "casques bleus" (victims/victim-vocabulary.ts)', () => {
  it.each([
    ['3 blue helmets slightly injured by stones at Beni', 'injured', 3],
    ['2 blue helmets killed in an ambush near Oicha', 'killed', 2],
  ] as const)('%s', (text, field, count) => {
    expect(parse(text).victims[field]).toBe(count);
  });
});

describe('children counted past the first after a comma: "a child killed …, 2 others hurt" (victims/child-and-others.ts)', () => {
  it.each([
    ['un garçon tué par une grenade à Mutwanga, deux autres blessés', 3],
    ['a girl killed by a stray bullet at Oicha, 2 others wounded', 3],
  ])('%s', (text, children) => {
    expect(parse(text).victims.childrenAffected).toBe(children);
  });
  it.each([
    ['a man killed by a stray bullet at Oicha, 2 others wounded', null],
    ['un enfant tué à Mutwanga, 2 autres civils blessés', 1],
  ])('not children: %s', (text, children) => {
    expect(parse(text).victims.childrenAffected).toBe(children);
  });
});

describe('people left homeless are the displaced (victims/homeless-counts.ts)', () => {
  it.each([
    ['heavy rains at Uvira, some 600 people lost their homes', 600],
    ['Incendie au quartier Kasenga: 250 sinistrés sans abri', 250],
    ['fire in Bulengo: 80 families homeless', 80],
  ])('%s', (text, displaced) => {
    expect(parse(text).victims.displaced).toBe(displaced);
  });
  it.each([['30 homes burnt at Kipese, 2 killed'], ['une veuve sans abri après l’incendie à Kiwanja']])('no count of people: %s', (text) => {
    expect(parse(text).victims.displaced).toBeNull();
  });
});

describe('the death of animals is nobody killed (categories/animal-harmed.ts)', () => {
  it.each([['Tension à Kiliba après la mort de 3 chèvres'], ['quarrel at Bogoro after the death of 5 cows']])('%s', (text) => {
    expect(parse(text).victims.killed).toBeNull();
  });
  it('people still: "la mort de 2 civils"', () => {
    expect(parse('la mort de 2 civils à Karuba').victims.killed).toBe(2);
  });
});

describe('people counted with a wound named (victims/wound-named.ts)', () => {
  it.each([
    ['Soldiers fired on protesters in Beni, four people with gunshot wounds at HGR', 4],
    ['Tirs à Butembo, 2 civils avec des blessures par balle', 2],
  ])('%s', (text, injured) => {
    expect(parse(text).victims.injured).toBe(injured);
  });
  it('things with holes are no one: "3 houses with bullet holes"', () => {
    expect(parse('Mai-Mai attacked Kipese, 3 houses with bullet holes').victims.injured).toBeNull();
  });
});

describe('one more by ordinal, harmed by a second verb (constructions/military-police-register.ts)', () => {
  it.each([
    ['a farmer abducted near Mbau, a 2nd shot and wounded', 1],
    ['un commerçant enlevé à Bunagana, un deuxième blessé par balle', 1],
  ])('%s', (text, injured) => {
    expect(parse(text).victims.injured).toBe(injured);
  });
  it('"for a second time" harms no one', () => {
    expect(parse('for a second time armed men attacked Kipese').victims.injured).toBeNull();
  });
});

describe('C20: health staff hurt with no agency and no facility named are civilians hurt (categories/categories.ts)', () => {
  it.each([['a nurse shot in the arm by gunmen on the Oicha road'], ['un infirmier blessé par balle sur la route de Mutwanga']])('%s', (text) => {
    expect(parse(text).category).toBe('attack_on_civilians');
  });
  it.each([['MSF nurse wounded by gunmen near Drodro'], ['Nurse at Nyankunde hospital beaten by soldiers']])('still humanitarians: %s', (text) => {
    expect(parse(text).category).toBe('attack_on_humanitarians');
  });
});

describe('C6: a levy with its rate, one who refused beaten, stays the levy (categories/beaten-for-goods.ts)', () => {
  it.each([
    ['CODECO roadblock at Lopa, 1000 FC per passenger, one driver whipped for refusing', 1],
    ['barrière des Raia Mutomboki à Bunyakiri, 500 FC par piéton, 2 cultivateurs tabassés', 2],
  ])('%s', (text, injured) => {
    const alert = parse(text);
    expect(alert.category).toBe('looting_destruction');
    expect(alert.victims.injured).toBe(injured);
  });
  it('a beating with no levy stays the beating: "Raia Mutomboki beat 2 drivers at Bunyakiri"', () => {
    expect(parse('Raia Mutomboki beat 2 drivers at Bunyakiri').category).not.toBe('looting_destruction');
  });
});

describe('children handling ordnance, or heading the report, are its victims (categories/ordnance-children.ts)', () => {
  it.each([
    ['children playing with a grenade at Kasindi, 1 child killed 3 injured', 4],
    ['élèves de l’EP Kasando: 3 blessés par l’explosion d’un obus', 3],
  ])('%s', (text, children) => {
    expect(parse(text).victims.childrenAffected).toBe(children);
  });
  it('adults named among the hurt: "kids playing with a grenade, 1 child dead, 2 women hurt"', () => {
    expect(parse('kids playing with a grenade at Kasindi, 1 child dead, 2 women hurt').victims.childrenAffected).toBe(1);
  });
});

describe('ordnance lying in a field, a mining site, a fire of electrical cause (categories/reread-long-tail.ts, context-keywords.ts)', () => {
  it.each([
    ['an RPG round in a field at Kibirizi, a farmer lost two fingers when he touched it', 'explosive_hazard'],
    ['un obus dans un champ à Karuba a blessé un cultivateur', 'explosive_hazard'],
    ['glissement de terrain dans une mine à Lugushwa: 3 orpailleurs morts', 'other'],
    ['Fire at Kirumba market of electrical cause, 20 stalls burnt', 'other'],
  ])('%s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
  it.each([
    ['M23 fired mortar rounds into a field at Karuba, 2 farmers killed', 'explosive_hazard'],
    ['un creuseur a sauté sur une mine à Kamituga', 'other'],
  ])('not so: %s', (text, category) => {
    expect(parse(text).category).not.toBe(category);
  });
});

it('a breakdown said keeps its children: "3 blessés dont deux enfants"', () => {
  expect(parseQuickReport('Des enfants jouaient avec une grenade à Kasindi: 4 blessés dont trois enfants', intake).victims.childrenAffected).toBe(3);
});
