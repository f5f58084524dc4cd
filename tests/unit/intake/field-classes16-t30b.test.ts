import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// Classes of sitrep wording (pending reports30, second pass): invented sentences in both languages, and look-alikes that must not change.

describe('aid workers beaten or struck by a doer: humanitarians hurt, counted', () => {
  it.each([
    ['2 volontaires de la Croix-Rouge frappés par des Wazalendo à Kiwanja', 2],
    ['Selon OCHA, 3 volontaires de la Croix-Rouge frappés par des militaires à Masisi pendant les obsèques', 3],
    ['2 volontaires de la Croix-Rouge battus par des Wazalendo à Masisi centre', 2],
    ['un agent de la Croix-Rouge battu par des militaires à Kiwanja', 1],
    ['2 Red Cross volunteers beaten by Wazalendo during the burial of the victims in Masisi', 2],
    ['ICRC team stopped by Zaire militia at Pimbo, 1 staff beaten with sticks, medical kits taken', 1],
    ['Caritas team stopped by CODECO at Largu, two volunteers beaten', 2],
    ['WFP convoy ambushed by armed men near Kiwanja, 2 drivers wounded', 2],
  ] as const)('%s', (text, injured) => {
    const r = parse(text);
    expect(r.category).toBe('attack_on_humanitarians');
    expect(r.victims.injured).toBe(injured);
    expect(r.victims.killed).toBeNull();
    expect(r.priority).toBe('medium');
  });
  it.each([
    // (people struck by a doer, no aid worker: beaten; a bullet or lightning is no beating)
    ['Un motard frappé par des militaires à Kiwanja', 'torture_ill_treatment'],
    ['3 élèves frappées par les policiers à Goma', 'torture_ill_treatment'],
    ['2 cultivateurs frappés par la foudre à Rutshuru', 'other'],
    ['villages frappés par les inondations à Uvira', 'other'],
    ['MSF team treated 3 wounded civilians after the ADF attack in Oicha', 'attack_on_civilians'],
  ] as const)('not aid workers: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
  it('a burial as the time of another harm counts no dead', () => {
    expect(parse('2 motards tabassés par des militaires pendant l\'enterrement des 5 victimes à Oicha').victims.killed).toBeNull();
    expect(parse('burial of 5 victims of the ADF attack in Oicha').victims.killed).toBe(5);
    expect(parse('inhumation des 7 victimes du massacre de Mbau').victims.killed).toBe(7);
  });
});

describe('people arrested by an armed group, then held "until their families pay": the arrested counted once, abducted', () => {
  it.each([
    ['wazalendo arrested 5 youths in pinga for refusing to join, holding them at their position til families pay 50$', 5],
    ['Nyatura arrested 3 traders at Kitchanga and are holding them until families pay a ransom', 3],
    ['M23 picked up 6 youths in Rubare, keeping them until each family pays 100$', 6],
    ["les CODECO ont arrêté 4 commerçants à Largu et les gardent jusqu'à ce que leurs familles paient", 4],
    ["les Wazalendo ont arrêté 5 jeunes à Pinga, gardés à leur position jusqu'à ce que les familles paient 50$", 5],
  ] as const)('%s', (text, abducted) => {
    const r = parse(text);
    expect(r.category).toBe('abduction');
    expect(r.victims.abducted).toBe(abducted);
  });
  it.each([
    // (the state's forces holding people for money: a detention, nobody abducted, C23)
    'FARDC arrested 5 youths in Pinga, holding them until families pay',
    "la police a arrêté 4 motards à Goma et les garde jusqu'au paiement d'une amende",
  ])('state: %s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('arbitrary_detention');
    expect(r.victims.abducted).toBeNull();
  });
});

describe('animals counted with an approximate number are no people taken', () => {
  it.each([
    'Twirwaneho ont emporté une trentaine de vaches à Mikenge, les propriétaires bafuliru menacent de riposter',
    'Twirwaneho ont emporté une dizaine de chèvres à Mikenge',
    'les Mai-Mai ont emmené une vingtaine de vaches à Kipese',
    'Twirwaneho took a dozen cows at Mikenge',
    'CODECO took a dozen goats at Largu',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.victims.abducted).toBeNull();
    expect(['looting_destruction', 'intercommunal_tension']).toContain(r.category);
    expect(r.priority).toBe('medium');
  });
  it.each([
    ['Twirwaneho ont enlevé une trentaine de personnes à Mikenge', 30],
    ['Mai-Mai abducted a dozen farmers near Kipese', 12],
  ] as const)('people: %s', (text, abducted) => {
    expect(parse(text).victims.abducted).toBe(abducted);
  });
});

describe("the teller's office named with its town is its seat, not where it happened", () => {
  it.each([
    ["Per Caritas Butembo, Mai-Mai took 3 girls aged 14-16 from Kipese as 'wives', one escaped", 'kipese'],
    ['Selon MSF Goma, 2 blessés par balles reçus de Sake après des tirs des M23', 'sake'],
    ["D'après la Croix-Rouge de Beni, 4 corps retrouvés à Mbau ce matin", 'mbau'],
    ['According to Radio Okapi Bunia, CODECO attacked Largu last night, 3 killed', 'largu'],
    ['Selon Caritas Bunia, les CODECO ont pillé le centre de santé de Largu', 'largu'],
  ] as const)('%s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
  it.each([
    // (the seat alone is the place; a place not after a teller's name stays)
    ['Per Caritas Butembo, 3 houses burnt in Butembo town by unknown men', 'butembo'],
    ['Per OCHA, ADF killed 4 in Oicha, families fled to Beni', 'oicha'],
    ['ADF killed 2 in Mbau, per MSF Beni', 'mbau'],
  ] as const)('stays: %s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
});

describe('a bomb said in Swahili that came down and killed or wounded is an attack; one found or planted is a hazard', () => {
  it.each([
    ['Sake: watu 3 wameuawa na bomu ya M23 ce matin au quartier Mubambiro, plusieurs blessés', 'attack_on_civilians'],
    ['Sake: watu 3 wameuawa na bomu ce matin', 'attack_on_civilians'],
    ['Bomu imeanguka sokoni Sake, watu 2 wamekufa', 'attack_on_civilians'],
    ['mabomu ya M23 yameanguka Mubambiro, watu 4 wamejeruhiwa', 'attack_on_civilians'],
    ['Sake: 3 personnes tuées par une bombe des M23 ce matin', 'attack_on_civilians'],
    ['Sake: an M23 bomb killed 3 civilians this morning', 'attack_on_civilians'],
    ['bomu imepatikana shambani Sake', 'explosive_hazard'],
    ['bomu haijalipuka karibu na shule ya Sake', 'explosive_hazard'],
    ['bomu la kutegwa barabarani karibu na Sake', 'explosive_hazard'],
    ['une bombe non explosée trouvée au champ à Sake', 'explosive_hazard'],
  ] as const)('%s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('SMS-typed harm "by soldiers" / "par des policiers" names the host forces as doers (C1)', () => {
  it.each([
    ['2 wmn rpd by soldiers at the Rwindi barrier ystday, MSF caring for them', 'fardc'],
    ['2 women rapd by soldiers at Rwindi', 'fardc'],
    ['fille vlée par des militaires à Kiwanja hier', 'fardc'],
    ['3 motards tabasés par des policiers à Beni', 'pnc'],
    ['moto driver beatn by soldiers at Kasindi', 'fardc'],
    ['2 women raped by soldiers at the Rwindi barrier yesterday', 'fardc'],
  ] as const)('%s', (text, doer) => {
    expect(parse(text).perpetrators.map((p) => p.actorId)).toEqual([doer]);
  });
  it.each([
    // (soldiers who came afterwards did nothing)
    '2 wmn rpd by armed men near Rwindi, soldiers arrived later',
  ])('not the soldiers: %s', (text) => {
    expect(parse(text).perpetrators.map((p) => p.actorId)).not.toContain('fardc');
  });
});

const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

describe('a clash named by its two sides hyphened, one unlisted: both sides are doers (C4, C5)', () => {
  it.each([
    ["Selon MSF, 9 blessés par balles reçus à l'HGR de Masisi en provenance de Nyabiondo après les combats Nyatura-APCLS", ['nyatura', 'APCLS']],
    ['Nyatura-APCLS clashes at Nyabiondo, 2 civilians killed', ['nyatura', 'APCLS']],
    ['combats FARDC-CNRD à Kitchanga', ['fardc', 'CNRD']],
    ['heavy fighting APCLS-Nyatura near Nyabiondo since dawn', ['nyatura', 'APCLS']],
    ['affrontements M23-FPIC près de Kalengera, la population fuit', ['m23', 'FPIC']],
  ] as const)('%s', (text, expected) => {
    expect(doers(text).sort()).toEqual([...expected].sort());
  });
  it.each([
    // (a road named by its two ends; a group's faction after its name)
    ['combats à Kalengera sur la route Goma-Sake', []],
    ['Mai-Mai Yakutumba ont attaqué Fizi', ['mai-mai']],
  ] as const)('stays: %s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
});

describe('a mission base or post "harassed" is under harassing fire: an attack on peacekeepers', () => {
  it.each([
    'Sitrep 251800B Masisi: COB Masisi harassed by unknown armed men, fire returned, no casualties among troops. Pop of Masisi centre calm',
    'TOB Kamango harassed by ADF, fire returned',
    'la base de la MONUSCO à Kamango harcelée par des ADF, riposte, pas de pertes parmi les troupes',
    'ADF harassing the COB at Kamango since 2am',
    'COB Masisi harcelée cette nuit par des hommes armés',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('attack_on_peacekeepers');
  });
  it.each([
    // (people harassed near a base; a group harassing traders, told by peacekeepers)
    'civilians harassed by soldiers at the MONUSCO gate in Kiwanja',
    'peacekeepers report that M23 harass traders near the COB',
  ])('not the base: %s', (text) => {
    expect(parse(text).category).toBe('threat_intimidation');
  });
  it('no casualties among troops is nobody killed or hurt (C11)', () => {
    const r = parse('COB Masisi harassed by unknown armed men, fire returned, no casualties among troops');
    expect([r.victims.killed, r.victims.injured]).toEqual([0, 0]);
  });
});

describe('some of those taken said "free" again: the total taken is counted (C12)', () => {
  it.each([
    ['3 of the 7 truck drivers kidnapped at tongo r free, 4 still w captors, mai mai suspected', 7],
    ['3 of the 7 drivers kidnapped at Tongo are free', 7],
    ['2 of the 5 farmers abducted near Oicha now free', 5],
    ['2 des 5 cultivateurs enlevés à Oicha sont libres, 3 toujours en brousse', 5],
    ['3 of the 7 truck drivers kidnapped at Tongo released', 7],
  ] as const)('%s', (text, abducted) => {
    expect(parse(text).victims.abducted).toBe(abducted);
  });
  it('free care is no release', () => {
    expect(parse('free medical care for 3 of the 7 wounded at Oicha').victims.abducted).toBeNull();
  });
});
