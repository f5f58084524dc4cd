import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// Classes of wording from pending reports40 (people wounded or taken), second pass: invented sentences in both
// languages, SMS style where it fits, and the look-alikes that must not change.

describe('C12: people taken and let go who were raped are the survivors counted (victims/freed-then-raped.ts)', () => {
  it.each([
    ['4 femmes enlevées par des Raïa Mutomboki à Numbi, 2 relâchées après avoir été violées', 4, 2],
    ['5 women abducted by Mai-Mai near Luofu, 3 released after being raped', 5, 3],
    ['6 femmes prises par les CODECO a Jiba, 4 liberees apres avoir ete violees', 6, 4],
    ['3 women taken by CODECO at Jiba were released the same night; they say they were raped', 3, 3],
    ['les 3 femmes enlevées par les CODECO à Nizi ont été relâchées, elles disent avoir été violées', 3, 3],
    ['2 women kidnapped by ADF near Oicha were freed yesterday; they said they were raped', 2, 2],
    ['4 femmes kidnappées par des Nyatura ont été libérées hier, elles affirment avoir été violées', 4, 4],
  ])('%s', (text, abducted, crsvSurvivors) => {
    const r = parse(text);
    expect(r.category).toBe('crsv');
    expect(r.sensitivity).toBe('restricted');
    expect(r.victims).toMatchObject({ abducted, crsvSurvivors });
  });

  it.each([
    ['4 femmes enlevées par des Raïa Mutomboki à Numbi, 2 relâchées après avoir payé', 'abduction'],
    ['3 women taken by CODECO were released; they say they were beaten', 'abduction'],
    ['5 women abducted by Mai-Mai near Luofu, 3 released after paying a ransom', 'abduction'],
  ])('no rape told: %s', (text, category) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    expect(r.victims.crsvSurvivors).toBeNull();
  });
});

describe('people still in the bush with an armed group, or back from it, were taken (categories/held-in-bush.ts)', () => {
  it.each([
    ['biakato suivi: le chef et sa femme liberes hier soir, 3 tjrs ds la brousse avec les Mai-Mai', 3],
    ['3 toujours dans la brousse avec les ADF apres l attaque de Mamove', 3],
    ['Lubero: 2 toujours en brousse chez les Mai-Mai', 2],
    ['4 still in the bush with CODECO after the attack on Djugu', 4],
    ['Mutwanga: 3 women back from 2 months in the bush with ADF', 3],
    ['5 femmes revenues de la brousse avec les ADF à Eringeti', 5],
    ['3 women back from 2 months in captivity with ADF', 3],
  ])('%s', (text, abducted) => {
    expect(parse(text)).toMatchObject({ category: 'abduction', priority: 'high', victims: { abducted } });
  });

  it.each([
    ['3 familles toujours en brousse depuis l attaque de Mamove', 'displacement'],
    ['ADF still in the bush near Oicha', 'armed_group_movement'],
  ])('no group holding counted people: %s', (text, category) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    expect(r.victims.abducted).toBeNull();
  });

  it('the army in the bush with people holds nobody', () => {
    expect(parse('2 still in the bush with FARDC').victims.abducted).toBeNull();
  });
});

describe('"both" people taken or let go are two abducted (victims/both-taken.ts)', () => {
  it.each([
    ['Follow-up Marabo: both motorcyclists released last night after the ransom was paid'],
    ['both traders kidnapped on Friday near Kasindi by Mai-Mai were freed today'],
    ['both teachers abducted by ADF near Mutwanga'],
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'abduction', victims: { abducted: 2 } });
  });

  it.each([
    ['both sides exchanged fire near Kitchanga, 2 civilians abducted', 2],
    ['both villages attacked by ADF, 3 kidnapped', 3],
  ])('"both" of no people taken: %s', (text, abducted) => {
    expect(parse(text).victims.abducted).toBe(abducted);
  });

  it('both arrested by the police: held, nobody abducted (C23)', () => {
    const r = parse('both were arrested by the police in Beni');
    expect(r.category).toBe('arbitrary_detention');
    expect(r.victims.abducted).toBeNull();
  });
});

describe('the hurt of people taken, once let go or found (victims/taken-and-hurt.ts)', () => {
  it.each([
    ['both motorcyclists released last night after the ransom was paid; one was badly beaten and is at Bunia hospital', 2],
    ['2 motorcyclists released after ransom; one was beaten', 2],
    ['les 2 motards libérés après rançon, l un a été sérieusement tabassé et est à l hôpital', 2],
    ['les 3 otages libérés, l un d entre eux a été tabassé', 3],
    ['un commerçant enlevé à Kiliba par des inconnus armés, retrouvé le lendemain ligoté en brousse avec des blessures au visage', 1],
    ['Bukavu: un journaliste enlevé par des hommes en civil, retrouvé deux jours après, torturé, avec des brûlures', 1],
    ['a trader kidnapped in Butembo was found two days later with wounds on his face', 1],
    ['an NGO guard kidnapped at Kitchanga was found injured near the road', 1],
  ])('%s', (text, abducted) => {
    expect(parse(text).victims).toMatchObject({ injured: 1, abducted });
  });

  it.each([
    ['un commerçant enlevé à Kiliba retrouvé sain et sauf'],
    ['a trader kidnapped in Butembo was found unharmed'],
    ['2 motorcyclists released after ransom; one was killed'],
    ['2 motorcyclists released after ransom, both back home'],
  ])('nobody hurt, or a death: %s', (text) => {
    expect(parse(text).victims.injured ?? 0).toBe(0);
  });
});

describe('C23: animals taken with people are not counted among them (victims/livestock-owners.ts)', () => {
  it.each([
    ['Minembwe: un berger tué et deux autres emmenés par des hommes armés qui ont emporté une soixantaine de vaches', 2],
    ['Twirwaneho took 3 herders and about 40 cows near Minembwe', 3],
    ['armed men abducted 2 herders and took away 30 goats', 2],
    ['des hommes armés ont enlevé 4 bergers et emporté 12 vaches à Bijombo', 4],
  ])('%s', (text, abducted) => {
    expect(parse(text).victims.abducted).toBe(abducted);
  });
});

describe('"taxi-motos" harmed are the riders (victims/taxi-motos.ts)', () => {
  it.each([
    ['beni: 3 taxi-motos enleves vers mayimoya par les ADF, leurs motos brulees', 'abduction', { abducted: 3 }],
    ['deux taxi-motos ont été kidnappés par les Mai-Mai à Lubero', 'abduction', { abducted: 2 }],
    ['2 taxi-motos tués par les ADF à Oicha', 'attack_on_civilians', { killed: 2 }],
    ['2 taxi-motos blessés par balle à Beni', 'attack_on_civilians', { injured: 2 }],
  ])('%s', (text, category, victims) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    expect(r.victims).toMatchObject(victims);
  });

  it.each([['3 taxi-motos volés par des bandits à Beni'], ['3 taxi-motos brûlés par les ADF à Oicha']])('the bikes: %s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('looting_destruction');
    expect(r.victims.abducted).toBeNull();
  });
});

describe('a distance out of the opening place toward another is the opening place (places/dateline-over-route.ts)', () => {
  it.each([
    ['Komanda: ADF ambush on a truck 12 km toward Mambasa; driver killed', 'komanda'],
    ['Komanda: embuscade ADF contre un camion à 12 km vers Mambasa, chauffeur tué', 'komanda'],
    ['Oicha: 2 farmers killed by ADF 5 km towards Eringeti', 'oicha'],
  ])('%s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });

  it.each([
    ['ADF ambush on a truck 12 km toward Mambasa; driver killed', 'mambasa-centre'],
    ['ADF killed 2 farmers at Mamove, 5 km towards Eringeti', 'mamove'],
  ])('no opening place: %s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
});

describe('the weapon between the verb and the one harmed (victims/manner-before-object.ts)', () => {
  it.each([
    ['Teturi: des Mai-Mai ont violé 2 femmes et blessé à la machette le mari de l une d elles', 'injured'],
    ['des hommes armés ont blessé par balle un motard à Beni', 'injured'],
    ['un voleur a blessé au couteau sa voisine à Butembo', 'injured'],
    ['les ADF ont tué à coups de machette le chef de Mamove', 'killed'],
    ['des bandits ont blesse a la machette un commercant a Kiwanja', 'injured'],
  ])('%s', (text, key) => {
    expect(parse(text).victims[key as 'injured' | 'killed']).toBe(1);
  });

  it.each([
    ['des hommes armés ont blessé par balle 3 civils à Beni', 3],
    ['des hommes armés ont blessé à la machette la vache du chef', null],
  ])('a count, or no person: %s', (text, injured) => {
    expect(parse(text).victims.injured).toBe(injured);
  });
});

describe('C18: a daughter or son given an age under 18 is a child harmed (victims/aged-kin.ts)', () => {
  it.each([
    ['Nizi: CODECO abducted the wife and the 16-year-old daughter of a local pastor'],
    ['CODECO abducted the 16-year-old son of a pastor at Nizi'],
    ['CODECO abducted the pastor s daughter, aged 16, at Nizi'],
    ['les CODECO ont enlevé sa fille âgée de 15 ans à Nizi'],
    ['les CODECO ont enlevé la fille de 16 ans du pasteur à Nizi'],
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('child_violation');
    expect(r.victims.childrenAffected).toBe(1);
  });

  it.each([['CODECO abducted the pastor s 22-year-old son at Nizi'], ['the 16-year-old daughter of the pastor was seen at the market']])('an adult, or no harm: %s', (text) => {
    expect(parse(text).victims.childrenAffected).toBeNull();
  });
});

describe('"hostage update" is a heading, no hostage counted (victims/victim-groups.ts)', () => {
  it.each([
    ['Mweso: hostage update - the 3 NRC staff abducted on Tuesday were freed unharmed today', 3],
    ['hostage update: the 3 traders abducted on Tuesday were freed today', 3],
    ['Mweso hostage follow up: 2 traders still held by the Nyatura', 2],
    ['a hostage freed by ADF reached Oicha last night', 1],
  ])('%s', (text, abducted) => {
    expect(parse(text).victims.abducted).toBe(abducted);
  });
});

describe('a peacekeeping unit heading or reporting is the teller, not the target (categories/unit-heading.ts)', () => {
  it.each([
    ['INDBATT: shots heard around Rwindi right now, M23 advancing on Wazalendo positions, civilians trapped in the market'],
    ['INDBATT reports shots heard around Rwindi right now, M23 advancing on Wazalendo positions, civilians trapped in the market'],
    ['BANBATT: tirs entendus à Kiwanja, le M23 avance sur les positions des Wazalendo, civils terrés au marché'],
  ])('%s', (text) => {
    expect(parse(text).category).not.toBe('attack_on_peacekeepers');
  });

  it.each([
    ['INDBATT: M23 fired on the TOB at Rwindi, 2 peacekeepers wounded'],
    ['INDBATT: patrol ambushed near Rwindi by M23'],
    ['INDBATT: came under fire at Rwindi'],
    ['MONUSCO: 2 peacekeepers wounded by ADF near Oicha'],
    ['BANBATT: notre patrouille prise pour cible par le M23 à Kiwanja'],
  ])('the mission hit: %s', (text) => {
    expect(parse(text).category).toBe('attack_on_peacekeepers');
  });
});

describe('the loot people are made to carry is the purpose of their taking (categories/loot-carried.ts)', () => {
  it.each([
    ['Irumu: FPIC elements wounded 2 gold diggers near Gety and took 6 others to carry their loot', 6],
    ['FPIC elements wounded 2 gold diggers near Gety and took 6 men to carry their loot', 6],
    ['les FPIC ont blessé 2 creuseurs et emmené 6 autres pour transporter leur butin à Gety', 6],
    ['les Mai-Mai ont pillé le marché de Lubero et emmené 5 hommes pour porter le butin', 5],
  ])('%s', (text, abducted) => {
    expect(parse(text)).toMatchObject({ category: 'abduction', priority: 'high', victims: { abducted } });
  });

  it.each([['armed men looted 3 shops in Beni'], ['les Mai-Mai ont pillé le butin des creuseurs à Lubero']])('a looting told by its verb: %s', (text) => {
    expect(parse(text).category).toBe('looting_destruction');
  });
});
