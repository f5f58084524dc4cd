import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// Classes behind the misses of pending reports32 (one-line quick reports, phone-typed; t32): invented sentences of each
// class in both languages, SMS style where it fits, and the look-alikes that must not be read as them.

describe('a state service named with the town of its office is who held or ill-treated (C5)', () => {
  it.each([
    ['ANR Bunia holding 2 journalists since fri, no charges', 'arbitrary_detention'],
    ['ANR Beni detaining 3 students since monday without charge', 'arbitrary_detention'],
    ['ANR Butembo detient un journaliste depuis 5 jrs sans dossier', 'arbitrary_detention'],
    ['ANR Uvira a arrete 2 militants de la societe civile hier', 'arbitrary_detention'],
    ['ANR Bukavu: activist given electric shocks during 3 days of interrogation', 'torture_ill_treatment'],
    ['ANR Goma: un militant dit avoir ete prive de sommeil et menace d electrocution pdt l interrogatoire', 'torture_ill_treatment'],
    ['ANR: journalist given electric shocks during interrogation, says his lawyer', 'torture_ill_treatment'],
  ] as const)('%s', (text, category) => {
    expect(parse(text).category).toBe(category);
    expect(doers(text)).toEqual(['ANR']);
  });
  it.each([
    'ANR Beni: access to the cell refused to monitors',
    'Goma: 2 journalists arrested by unknown men, ANR Bunia says it knows nothing',
  ])('look-alike (the service not the doer): %s', (text) => {
    expect(doers(text)).not.toContain('ANR');
  });
});

describe('an armed group outside the list that took or tied people is named (C5)', () => {
  it.each([
    ['Pinga: APCLS tied a man accused of sorcery to a tree all nite', 'APCLS'],
    ['NDC-R tied 2 women to a tree for a whole day at Kashebere', 'NDC-R'],
    ['Nyabiondo: les APCLS ont pris 4 motards, ils veulent 100$ par tete', 'APCLS'],
    ['les FPIC ont pris 3 cultivateurs au champ a Komanda', 'FPIC'],
    ['les FPIC ont ligote 3 cultivateurs a Komanda', 'FPIC'],
  ] as const)('%s', (text, doer) => {
    expect(doers(text)).toEqual([doer]);
  });
  it.each([
    '4 motards pris a Nyabiondo, ravisseurs inconnus',
    'a man tied to a tree at Pinga, the authors are unknown',
  ])('look-alike (no group named): %s', (text) => {
    expect(parse(text).perpetrators.filter((p) => p.actorId === null)).toEqual([]);
  });
});

describe('a numbered regiment is the host army (C2)', () => {
  it.each([
    ['elts of the 3410 regiment shot a civilian at Kasindi market after an argument', 'attack_on_civilians'],
    ['soldiers of the 3303 rgt looted shops in Kirumba', 'looting_destruction'],
    ['des elements du 3410e regiment ont tabasse un motard a Beni', 'torture_ill_treatment'],
    ['des elts du 3303e regt ont pille des boutiques a Kirumba', 'looting_destruction'],
  ] as const)('%s', (text, category) => {
    expect(parse(text).category).toBe(category);
    expect(doers(text)).toEqual(['fardc']);
  });
  it.each([
    ['3 civilians killed by ADF, the 3410 regiment deployed to Mamove', ['adf']],
    ['les ADF ont tue 2 civils a Eringeti, le 31e regiment est arrive apres', ['adf']],
  ] as const)('look-alike (the regiment responding): %s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
});

describe('a sexual-violence topic heading ("SV:", "VS:", "GBV:") is no group', () => {
  it.each([
    'SV: 2 IDP women raped collecting firewood outside Bulengo site, attackers unk',
    'VS: 3 femmes violees au champ a Kalunguta',
    'GBV: woman raped near Kanyaruchinya on her way to the market',
    'SV - 2 femmes violees pres du site de Rusayo',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('crsv');
    expect(parse(text).perpetrators.filter((p) => p.actorId === null)).toEqual([]);
  });
  it('a group named after the heading is still read', () => {
    expect(doers('SV: 2 women raped by FDLR in Nyanzale')).toEqual(['fdlr']);
  });
});

describe("a peacekeepers' base under a named group's fire is an attack on them, one side said unharmed is no quiet day", () => {
  it.each([
    ['TOB Kamango hit by ADF fire 0300hrs, PKs responded, no casualties', 'adf'],
    ['COB Mavivi under M23 fire this morning, no casualties', 'm23'],
    ['the MONUSCO base at Boga came under CODECO fire last night', 'codeco'],
    ['Boga: base des casques bleus visee par des tirs ADF cette nuit, riposte, RAS cote MONUSCO', 'adf'],
    ['base de la MONUSCO a Kiwanja visee par des tirs M23, RAS de notre cote', 'm23'],
    ['position des casques bleus a Sake visee par des tirs M23 vers 3h, RAS chez les casques bleus', 'm23'],
  ] as const)('%s', (text, doer) => {
    const r = parse(text);
    expect(r.category).toBe('attack_on_peacekeepers');
    expect(doers(text)).toEqual([doer]);
    expect(r.priority).toBe('medium');
  });
  it.each([
    'RAS a Mangina cette nuit',
    'Kasindi: RAS, nuit calme',
    'nothing to report in Oicha, all quiet',
  ])('look-alike (a quiet day): %s', (text) => {
    expect(parse(text).category).toBe('other');
    expect(parse(text).priority).toBe('low');
  });
  it('look-alike (a fire that is no shooting): a house fire in Oicha, cause unknown', () => {
    expect(parse('a house fire in Oicha last night, cause unknown').category).not.toBe('attack_on_peacekeepers');
  });
});

describe('"no access" closing a report of someone held is the person held out of reach (detention), not an access denial', () => {
  it.each([
    'DEMIAP Goma still holding the civil society president of Sake, 3 days now, no access',
    'ANR Beni holding a journalist since friday, no access',
    'un activiste detenu par l ANR a Beni depuis vendredi, sans acces',
    'FARDC holding 3 fishermen in a container at Kasenyi since monday, pas d acces',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('arbitrary_detention');
  });
  it.each([
    'MSF team held at the FARDC barrier in Kiwanja for 3 hours, no access',
    'OCHA convoy stopped by soldiers at Kalengera, pas d acces',
  ])('look-alike (aid workers or the mission kept out): %s', (text) => {
    expect(parse(text).category).toBe('access_denial');
  });
});

describe("marriage forced on women, the verb first and the word in quotes, is CRSV; the cases counted are its survivors", () => {
  it.each([
    ["Raia Mutomboki fighters in Kitutu forcing women into 'marriage', at least 4 cases known at the health centre", 'raia-mutomboki', 4],
    ['Nyatura forcing women into marriage near Kitchanga, at least 6 cases', 'nyatura', 6],
    ["les Raia Mutomboki forcent les femmes au 'mariage' a Kitutu", 'raia-mutomboki', null],
    ['des femmes contraintes au mariage par des Mai-Mai a Lulingu', 'mai-mai', null],
  ] as const)('%s', (text, doer, survivors) => {
    const r = parse(text);
    expect(r.category).toBe('crsv');
    expect(r.sensitivity).toBe('restricted');
    expect(r.priority).toBe('high');
    expect(doers(text)).toEqual([doer]);
    expect(r.victims.crsvSurvivors).toBe(survivors);
  });
  it('look-alike (a marriage not forced): a wedding in Kitutu disturbed by drunk youths', () => {
    expect(parse('a wedding in Kitutu disturbed by drunk youths, no one hurt').category).not.toBe('crsv');
  });
});

describe('an aid agency named as where the hurt are cared for is not the one attacked', () => {
  it.each([
    ['detainee at the FARDC camp in Kiwanja beaten w/ rifle butts, came out with wounds on his back, now at MSF', 'torture_ill_treatment'],
    ['un detenu tabasse au cachot des FARDC a Kiwanja, maintenant chez MSF', 'torture_ill_treatment'],
    ['un motard tabasse par des militaires a Sake, soigne chez MSF', 'torture_ill_treatment'],
  ] as const)('%s', (text, category) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    expect(r.priority).toBe('medium');
    expect(r.victims.injured).toBe(1);
  });
  it.each([
    'MSF staff beaten by youths at Mangina',
    'un chauffeur de MSF enleve a Kitchanga',
  ])('look-alike (the agency attacked): %s', (text) => {
    expect(parse(text).category).toBe('attack_on_humanitarians');
  });
});

describe('a harm said none ("no injuries", "aucun blessé", "no one hurt") is no harm done to whoever is named beside it', () => {
  it.each([
    ['Nioka: angry youths barricaded the road, MONUSCO vehicles turned back, no injuries', 'access_denial', 'medium'],
    ['des jeunes ont bloque la route a Nioka, vehicules MONUSCO refoules, aucun blesse', 'access_denial', 'medium'],
    ['false alarm Lume: shots heard were a soldier firing in the air at a wedding, no one hurt', 'other', 'low'],
    ['false alarm in Beni, the shots were police firing in the air, nobody injured', 'other', 'low'],
  ] as const)('%s', (text, category, priority) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    expect(r.priority).toBe(priority);
    expect(doers(text)).toEqual([]);
  });
  it.each([
    ['MONUSCO patrol attacked by youths in Nioka, no injuries', 'attack_on_peacekeepers'],
    ['patrouille MONUSCO prise a partie a Kiwanja, aucun blesse', 'attack_on_peacekeepers'],
    ['MONUSCO convoy shot at near Kiwanja, no casualties', 'attack_on_peacekeepers'],
    ['Zaire elements threw rocks at a UN patrol in Fataki, no injuries', 'attack_on_peacekeepers'],
    ['des jeunes ont lance des cailloux sur une patrouille MONUSCO a Fataki, aucun blesse', 'attack_on_peacekeepers'],
  ] as const)('look-alike (an attack on the mission that hurt nobody is still one): %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe("the mission's vehicle seized and its driver beaten is an attack on the mission", () => {
  it.each([
    ['wazalendo youths seized a MONUSCO truck at Kibati and beat the driver', ['wazalendo']],
    ['youths stopped a MONUSCO vehicle at Kibati and whipped the driver', []],
    ['des jeunes wazalendo ont saisi un camion de la MONUSCO a Kibati et tabasse le chauffeur', ['wazalendo']],
    ['un chauffeur de la MONUSCO tabasse par des jeunes a Kibati', []],
  ] as const)('%s', (text, expected) => {
    const r = parse(text);
    expect(r.category).toBe('attack_on_peacekeepers');
    expect(r.priority).toBe('medium');
    expect(doers(text)).toEqual(expected);
  });
  it('look-alike (the mission finds the beaten man): MONUSCO patrol found a man beaten by soldiers near Kibati', () => {
    expect(parse('MONUSCO patrol found a man beaten by soldiers near Kibati').category).toBe('torture_ill_treatment');
  });
});

describe('a count written in words then repeated in figures in brackets is one count', () => {
  it.each([
    ['Baraka: trois (3) femmes violees par des Mai-Mai Yakutumba au retour du marche', 'crsvSurvivors', 3],
    ['deux (2) civils tues a Baraka par des hommes armes', 'killed', 2],
    ['two (2) civilians killed in Baraka by armed men', 'killed', 2],
    ['cinq (05) personnes enlevees par des hommes armes a Kipese', 'abducted', 5],
    ['four (4) women raped near Kalehe by armed men', 'crsvSurvivors', 4],
  ] as const)('%s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });
  it.each([
    ['3 morts (bilan provisoire) a Baraka', 'killed', 3],
    ['2 tues a Mbau (dont 1 enfant)', 'killed', 2],
  ] as const)('look-alike (a bracket that repeats no count): %s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });
});

describe('quick-report count shorthand: "3 inj", peacekeepers as "PKs"', () => {
  it.each([
    ['Red Cross volunteers beaten by youths in Mangina during a burial, 3 inj', 'injured', 3],
    ['clashes FARDC-M23 in Kibirizi, 2 dead 5 inj', 'injured', 5],
    ['MONUSCO convoy stoned in Kanyaruchinya by protesters, 2 PKs slightly hurt', 'injured', 2],
    ['1 PK wounded when the convoy was stoned at Kanyaruchinya', 'injured', 1],
    ['affrontements a Kibirizi, 1 mort 4 inj', 'injured', 4],
  ] as const)('%s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });
  it('look-alike (a PK patrol is no count): PK patrol in Kiwanja, 3 civilians hurt in crossfire', () => {
    expect(parse('PK patrol in Kiwanja, 3 civilians hurt in crossfire').victims.injured).toBe(3);
  });
});

describe('an actor named only as what was hit or threatened (its positions, its families) is not who did it (C4)', () => {
  it.each([
    ['Kiwanja: au moins 4 civils tues ds les bombardements M23 sur les positions FARDC/wazalendo, une dizaine de blesses', ['m23']],
    ['4 civils tues ds les bombardements M23 sur les positions des wazalendo', ['m23']],
    ['4 civilians killed in M23 shelling of wazalendo positions at Kiwanja', ['m23']],
    ['M23 shelling on FARDC/Wazalendo positions near Sake, 3 civilians dead', ['m23']],
    ["AFC/M23 cadres told the chiefs of Kibumba that families of wazalendo will be 'dealt with'", ['m23']],
    ['menaces du M23 contre les familles des Wazalendo a Kibumba', ['m23']],
  ] as const)('%s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
  it.each([
    ['Wazalendo fired from their positions at Kibumba on the market, 2 dead', ['wazalendo']],
    ['les Wazalendo ont attaque les positions M23 a Kibumba, 2 civils tues', ['wazalendo']],
    ['clashes between M23 and Wazalendo displaced 3000 in Kibumba', ['m23', 'wazalendo']],
    ['Civilians from Kibumba forced to dig trenches on M23 positions, those who refuse are beaten', ['m23']],
    ['Habitants de Mweso obliges de creuser sur les positions des FDLR', ['fdlr']],
    ["two women forced to live as 'wives' of Raia Mutomboki fighters in Kamituga", ['raia-mutomboki']],
  ] as const)('look-alike (the one firing, both sides of a clash, work on its positions, wives of its fighters): %s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
});

describe('a landmine named by its article ("tué par une mine", "stepped on a mine") is an explosive hazard, not a mining site', () => {
  it.each([
    ['Rwindi: un cultivateur tue par une mine en labourant son champ', 'killed', 1],
    ['a farmer killed by a mine while ploughing near Rwindi', 'killed', 1],
    ['un berger a saute sur une mine pres de Rwindi', null, null],
    ['a herder stepped on a mine near Rwindi, lost his leg', null, null],
  ] as const)('%s', (text, key, n) => {
    const r = parse(text);
    expect(r.category).toBe('explosive_hazard');
    if (key) expect(r.victims[key]).toBe(n);
  });
  it('look-alike (a mine collapse is no explosive): 2 creuseurs tues dans l effondrement de la mine de Rubaya', () => {
    expect(parse("2 creuseurs tues dans l'effondrement de la mine de Rubaya").category).not.toBe('explosive_hazard');
  });
});

describe('return fire said to go on is fighting under way (C10)', () => {
  it.each([
    'Nyankunde: FARDC attaques par des miliciens CRP ce mat, 2 civils tues par balles perdues, riposte tjrs en cours',
    'FARDC position attaquee par les ADF a Mamove, riposte toujours en cours',
    'ADF attacked the FARDC post at Mamove, FARDC still returning fire',
    'attaque des ADF a Mamove, la riposte se poursuit',
  ])('%s', (text) => {
    expect(parse(text).priority).toBe('critical');
  });
  it('look-alike (the return fire ended): ADF attack on Mamove repelled this morning, la riposte a pris fin', () => {
    expect(parse('ADF attack on Mamove repelled this morning, la riposte a pris fin').priority).not.toBe('critical');
  });
});

describe('a written warning telling of the group coming, in the third person, is a threat of attack', () => {
  it.each([
    ["lettre des ADF trouvee a Mayimoya, ils annoncent venir 'ce soir'", 'adf', 'critical'],
    ['ADF letter found at Mayimoya, they say they will come tonight', 'adf', 'critical'],
    ['tract des CODECO a Djugu, ils promettent de revenir attaquer', 'codeco', 'medium'],
    ['note left by Mai-Mai at Kipese, they threaten to attack the village', 'mai-mai', 'medium'],
  ] as const)('%s', (text, doer, priority) => {
    const r = parse(text);
    expect(r.category).toBe('threat_intimidation');
    expect(doers(text)).toEqual([doer]);
    expect(r.priority).toBe(priority);
  });
  it.each([
    'lettre de la paroisse de Mayimoya, ils annoncent venir pour la messe de dimanche',
    'letter from the Mayimoya parish, they announce coming for the Sunday mass',
  ])('look-alike (no group named): %s', (text) => {
    expect(parse(text).category).not.toBe('threat_intimidation');
  });
});

describe('people running or spending the night away on a rumour have fled (C9: the rumoured group named), counted when civilians are', () => {
  it.each([
    ["rumeur d'attaque ADF: plus de 200 personnes ont dormi a l'eglise de Mangina", 'adf', 200],
    ['rumours of M23 coming to Kibumba, 300 people slept at the parish', 'm23', 300],
    ['Nyabiondo: bato ebele (many ppl) running again after rumours Nyatura are coming, not confirmed yet', 'nyatura', null],
    ['peur des ADF a Mangina, 150 habitants passent la nuit en brousse', 'adf', 150],
  ] as const)('%s', (text, doer, displaced) => {
    const r = parse(text);
    expect(r.category).toBe('displacement');
    expect(doers(text)).toEqual([doer]);
    expect(r.victims.displaced).toBe(displaced);
  });
  it.each([
    '3 soldiers slept at the school in Mangina after their patrol',
    "3 militaires ont dormi a l'ecole de Mangina",
  ])('look-alike (soldiers sleeping somewhere have not fled): %s', (text) => {
    expect(parse(text).category).not.toBe('displacement');
    expect(parse(text).victims.displaced).toBeNull();
  });
  it('look-alike (households are no count of people, C8): peur des ADF, 50 familles passent la nuit en brousse', () => {
    expect(parse('peur des ADF a Mangina, 50 familles passent la nuit en brousse').victims.displaced).toBeNull();
  });
});

describe('a count whose people are glossed in brackets before the harm', () => {
  it.each([
    ['Kalunguta: watu wawili (le chef du village et sa femme) kidnappes par des inconnus armes cette nuit', 'abducted', 2],
    ['2 personnes (un enseignant et son fils) enlevees a Kipese', 'abducted', 2],
    ['3 civilians (all farmers) killed by ADF near Eringeti', 'killed', 3],
  ] as const)('%s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });
  it.each([
    ['3 morts (bilan provisoire) a Baraka', 'killed', 3],
    ['2 tues a Mbau (dont 1 enfant)', 'killed', 2],
  ] as const)('look-alike: %s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });
});

describe('someone who lost fingers, a hand or a leg is injured (the number before the body part is no count of people)', () => {
  it.each([
    ['un enfant de 8 ans a perdu 2 doigts en manipulant une munition trouvee a Kanyaruchinya', 1, 1],
    ['a boy of 8 lost 2 fingers handling a grenade in Kanyaruchinya', 1, 1],
    ["une fillette a perdu une main dans l'explosion d'une grenade a Rutshuru", 1, 1],
    ['2 children lost fingers when an old shell exploded in Kibumba', 2, 2],
    ['a farmer lost his leg to a mine near Rwindi', 1, null],
  ] as const)('%s', (text, injured, children) => {
    const r = parse(text);
    expect(r.victims.injured).toBe(injured);
    expect(r.victims.childrenAffected).toBe(children);
  });
  it.each(['the chief lost his phone in Beni', 'FARDC lost 2 positions to M23 near Kibumba'])('look-alike (no body lost): %s', (text) => {
    expect(parse(text).victims.injured).toBeNull();
  });
});

describe('a follow-up "2 des 6 otages libérés, les 4 autres…" counts the 6 taken once (C7)', () => {
  it.each([
    ['suite Itebero: 2 des 6 otages liberes hier soir, les 4 autres tjrs aux mains des Raia Mutomboki', 6],
    ['2 of the 6 hostages freed last night in Itebero, the other 4 still held by Raia Mutomboki', 6],
    ['3 des 7 cultivateurs enleves a Kipese relaches, les 4 autres toujours detenus par les Mai-Mai', 7],
  ] as const)('%s', (text, abducted) => {
    expect(parse(text).victims.abducted).toBe(abducted);
  });
  it('look-alike (the freed number then those still held adds up): 3 otages liberes, 2 autres toujours detenus par les Mai-Mai', () => {
    expect(parse('3 otages liberes, 2 autres toujours detenus par les Mai-Mai').victims.abducted).toBe(5);
  });
});

describe('an armed group passing through a place is a movement, even with no incident', () => {
  it.each([
    ['des wazalendo armes sont passes au marche de Rubaya, ont achete des vivres et sont repartis sans incident', 'wazalendo'],
    ['Wazalendo fighters passed through Rubaya market this morning, no incident', 'wazalendo'],
    ['des Nyatura sont passes par Kibirizi vers 5h, sans incident', 'nyatura'],
    ['Mai-Mai came through Kipese at dawn, no incident reported', 'mai-mai'],
  ] as const)('%s', (text, doer) => {
    const r = parse(text);
    expect(r.category).toBe('armed_group_movement');
    expect(doers(text)).toEqual([doer]);
    expect(r.priority).toBe('medium');
  });
  it('look-alike (a quiet day): RAS a Rubaya, journee calme', () => {
    expect(parse('RAS a Rubaya, journee calme').category).toBe('other');
  });
});

describe('where people fled to, said phone-typed ("vrs", "twd") or as where they sleep, is not where it happened', () => {
  it.each([
    ['Mwesso: plus de 3000 personnes fuient vrs Kitchanga suite aux combats M23-wazalendo', 'mweso'],
    ["3morts ds l'attaq des presumes ADF a Eringheti cette nuit dont 1 femme, pop en fuite vrs Oicha", 'eringeti'],
    ['Kibirizi: 500 people fleeing twd Kiwanja after M23 shelling', 'kibirizi'],
    ['Kamango calme, des gens dorment encore a Beni', 'kamango'],
  ] as const)('%s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
  it('look-alike (one place only): rumeur d attaque ADF, 200 personnes ont dormi a l eglise de Mangina', () => {
    expect(parse("rumeur d'attaque ADF: plus de 200 personnes ont dormi a l'eglise de Mangina").place?.id).toBe('mangina');
  });
});

describe('the bare word "site" after an entry or an attack is the displaced people\'s site (C19: critical)', () => {
  it.each([
    ['Drodro: incursion des codeco au site repoussee par FARDC et Banbatt vers 2h, sans victimes', ['codeco']],
    ['Kanyaruchinya: irruption d hommes armes au site cette nuit, 1 blesse', []],
    ['Bulengo: armed men attacked the site at 2am, 2 IDPs killed', []],
    ['Lushagala: CODECO raided the site last night, huts burnt', ['codeco']],
  ] as const)('%s', (text, expected) => {
    const r = parse(text);
    expect(r.category).toBe('attack_on_idp_site');
    expect(r.priority).toBe('critical');
    expect(doers(text)).toEqual(expected);
  });
  it.each([
    'attaque au site minier de Rubaya, 2 creuseurs blesses',
    'CODECO attacked the mining site near Mongbwalu',
    'visite du gouverneur au site de Rubaya',
  ])('look-alike (a mining site, or no attack): %s', (text) => {
    expect(parse(text).category).not.toBe('attack_on_idp_site');
  });
});

describe('the children among the victims with the number after the noun ("incl enfants 2", "dont enfants 2")', () => {
  it.each([
    ['bomb fell on a house in Kalengera, watu 4 dead incl enfants 2, shell came from M23 side per locals', 4, 2],
    ['4 morts dont enfants 2 a Kalengera', 4, 2],
    ['3 killed in Kalengera including children 2', 3, 2],
  ] as const)('%s', (text, killed, children) => {
    const r = parse(text);
    expect(r.victims.killed).toBe(killed);
    expect(r.victims.childrenAffected).toBe(children);
  });
  it.each([
    ['4 morts a Kalengera dont un enfant 2 ans', 1],
    ['5 killed including women 2 in Beni', null],
  ] as const)('look-alike (an age, or no children): %s', (text, children) => {
    expect(parse(text).victims.childrenAffected).toBe(children);
  });
});
