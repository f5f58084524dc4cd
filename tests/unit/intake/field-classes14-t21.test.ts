import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// Classes of the community alert network's phone-typed register (pending reports21): phonetic French, English verbs in
// their base form, Swahili verbs with an object and Lingala words; invented sentences of each class and the look-alikes
// that must not be read as them.

describe('killing said in base form, phonetically, in Swahili with an object or in Lingala: killed counted', () => {
  it.each([
    ['nyatura kill 3 ppl in kibirizi last nite', 3],
    ['4 people die when adf come to mamove', 4],
    ['m23 wamewauwa watu watatu pale kibirizi jana', 3],
    ['codeco walimuua mzee pale largu usiku', 1],
    ['adf wameuwa watu kumi na watatu oicha', 13],
    ['mai mai babomi bato mibale na kasugho', 2],
    ['ils ont tuer mon frere au champ a mamove hier soir', 1],
  ])('%s', (text, killed) => {
    const r = parse(text);
    expect(r.category).toBe('attack_on_civilians');
    expect(r.victims.killed).toBe(killed);
    expect(r.priority === 'high' || r.priority === 'critical').toBe(true);
  });
  it.each([
    'wazalendo wanasema tutawaua wote mkiwasaidia m23',
    'the radio say the old chief die of sickness in beni hospital',
  ])('look-alike (a threat, an illness): %s', (text) => {
    expect(parse(text).category).not.toBe('attack_on_civilians');
  });
});

describe('people taken with an everyday verb by an armed group or bandits (C23): abduction, counted', () => {
  it.each([
    ['bandi take 3 man on road komanda this morning', 3],
    ['les codeco ont pris 4 jeunes hommes a largu cette nuit', 4],
    ['mai mai wamemuteka mwalimu pale kasugho', 1],
    ['ADF wamewateka watu wanne pale mavivi', 4],
    ['des hommes armés ont ramassé 2 femmes au champ a ngadi', 2],
  ])('%s', (text, abducted) => {
    const r = parse(text);
    expect(r.category).toBe('abduction');
    expect(r.victims.abducted).toBe(abducted);
  });
  it('children taken are counted as children affected too (C18)', () => {
    const r = parse('adf wamechukuwa bana 3 pale mbau usiku');
    expect(r.victims).toMatchObject({ abducted: 3, childrenAffected: 3 });
    expect(r.sensitivity).toBe('restricted');
  });
  it.each([
    'bandi take phone and money of traders on road beni kasindi',
    'mai mai ont pris 30 chevres a kasugho',
    'wazalendo bazwi moto ya motard na lubero',
  ])('look-alike (goods, a motorbike): %s', (text) => {
    const r = parse(text);
    expect(r.category).not.toBe('abduction');
    expect(r.victims.abducted).toBeNull();
  });
  it('taken by the police is no abduction (C23)', () => {
    expect(parse('police take 3 moto boy in butembo they want 20 dollar to free them').category).not.toBe('abduction');
  });
});

describe('burning, stealing, eating the goats, making people pay, in base forms, phonetic French and Lingala: looting', () => {
  it.each([
    'zaire burn 10 houses in djaiba nobody die',
    'bandits armés ont voler les chevres a nizi cette nuit',
    'wazalendo batumbi ndako na pinga',
    'mai mai they eat our goats in kasugho since 3 days',
    'm23 make them pay 2000 fc each day at rubaya market',
    'des militaires indisciplinés ont enlevé des motos a kanyabayonga',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('looting_destruction');
  });
  it('"nobody die" says no one was killed', () => {
    expect(parse('codeco burn 5 houses in largu nobody die').victims.killed).toBe(0);
  });
  it.each([
    'mai mai warn traders pay or ur shops burn',
    'the chief was threatened for refusing to pay taxes at mambasa',
  ])('look-alike (a threat): %s', (text) => {
    expect(parse(text).category).toBe('threat_intimidation');
  });
});

describe('running away, leaving as it sounds, Lingala "bakimi": displacement', () => {
  it.each([
    ['we are 60 people run from kainama sleep in school at oicha', 60],
    ['bato bakimi na kiwanja m23 ekoti', null],
    ['les gens ont quitter kibirizi tout le monde a cause des tirs', null],
  ])('%s', (text, displaced) => {
    const r = parse(text);
    expect(r.category).toBe('displacement');
    if (displaced !== null) expect(r.victims.displaced).toBe(displaced);
  });
});

describe('armed men coming, entering, seen, in phonetic French, Swahili and Lingala: armed group movement', () => {
  it.each([
    'les nyatura sont entrer a kitchanga ce matin',
    'adf sont vu pres de kainama ce soir',
    'm23 wamekuja pale kibirizi asubuhi na bunduki',
    'wazalendo bakoti na pinga lelo',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'armed_group_movement', priority: 'medium' });
  });
  it('displaced people arriving are no armed movement', () => {
    expect(parse('les deplaces sont arrive a oicha ce matin 200 personnes').category).not.toBe('armed_group_movement');
  });
});

describe('shooting going on, said as it sounds: under way, critical', () => {
  it.each([
    'maintenant ils tire partout a mangina les adf',
    'ca tire a kiwanja depuis 4h m23 et wazalendo',
    'coups de feu depuis 22h a oicha on sait pas qui',
    'nyatura and m23 exchanging fire in kitchanga since 6h, population hiding',
  ])('%s', (text) => {
    expect(parse(text).priority).toBe('critical');
  });
  it('a time span that closed is not under way (C10)', () => {
    expect(parse('coups de feu de 2h a 4h a oicha, calme revenu').priority).not.toBe('critical');
  });
});

describe('an IDP site named with "camp" or "site" first: an attack on it is critical', () => {
  it.each([
    'camp lushagala attack by bandits last nite 2 injured',
    'site de Rhoe attaqué ce soir par des hommes armés',
    'des hommes armés sont entrés dans le camp de Bulengo et ont tiré, 1 mort',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'attack_on_idp_site', priority: 'critical' });
  });
  it.each([
    '2 civils fouettés au camp militaire de Rumangabo par des militaires',
    'gold diggers camp at Mongwalu looted by zaire fighters',
  ])('look-alike (a military camp, a miners\' camp): %s', (text) => {
    expect(parse(text).category).not.toBe('attack_on_idp_site');
  });
});

describe('ordnance as it is typed: mines found or exploded, "grenad", Swahili "haijalipuka"', () => {
  it.each([
    'mines trouver dans le champ pres de kibirizi',
    'bomu haija lipuka karibu na soko ya mbau',
    'landmine explod near kasindi road no one hurt',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('explosive_hazard');
  });
  it('a limb lost to a blast is a wound, the child counted', () => {
    const r = parse('mine explode near mutwanga 1 girl loose her leg');
    expect(r.victims).toMatchObject({ injured: 1 });
  });
});

describe('one person counted as the phone-typed register names them', () => {
  it.each([
    ['bandi attack bus on road komanda driver injur', 'injured', 1],
    ['soldier beat my husband at barrier mutwanga he is in hospital', 'injured', 1],
    ['les fardc ont tirer sur un taximan a kitchanga il est mort', 'killed', 1],
    ['ADF abducted 3 MSF staff near Oicha', 'abducted', 3],
  ] as const)('%s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });
  it('a farmer hacked to death is killed, not injured', () => {
    expect(parse('Farmer hacked to death near Mavivi last night').victims.injured).toBeNull();
  });
});

describe('Lingala soldiers ("basoda") as doers (C2)', () => {
  it('basoda who beat people are the FARDC', () => {
    expect(parse('basoda ont tabasser 2 motard a mushaki').perpetrators.map((p) => p.actorId)).toEqual(['fardc']);
  });
});

describe('the CAN/CLA seat named as the sender is not where it happened', () => {
  it.each([
    ['CAN Beni : 3 civils enlevés à Kainama par les ADF', 'kainama'],
    ['Oicha CAN 06:10: ADF entering Mamove now, shots heard', 'mamove'],
  ])('%s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
  it('the seat stays the place when the other place is where people fled to', () => {
    expect(parse('CAN Lita : combats CODECO-FARDC depuis ce matin, la population se réfugie à Fataki').place?.id).toBe('lita');
  });
});
