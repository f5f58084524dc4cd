import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const ids = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// Classes of everyday field traffic (tests/corpus/pending/reports12.*): battalion shorthand, Swahili SMS,
// follow-ups on tolls and hostages, ages, barrier extortion, children leaving armed groups, the reporter's
// office and arrival points, and forces that only report or respond. Invented sentences of each class in both
// languages and SMS spellings, and the look-alikes that must not be read as them.

describe('military shorthand: KIA, WIA, pax, CASEVAC count the dead and wounded', () => {
  it.each([
    ['Ambush at Kokola 0900hrs, 3 civ KIA, 1 pax WIA', 3, 1],
    ['Patrol reports 2 KIA and 4 WIA after ADF raid on Ngite', 2, 4],
    ['Embuscade sur l axe Mbau: 1 chauffeur KIA, 2 pax WIA', 1, 2],
    ['1 farmer KIA near Mamove, 2 WIA casevac to Beni', 1, 2],
  ])('%s', (text, killed, injured) => {
    const r = parse(text);
    expect(r.victims.killed).toBe(killed);
    expect(r.victims.injured).toBe(injured);
    expect(r.category).toBe('attack_on_civilians');
  });

  it.each(['Kia motors truck stuck on the Beni road, NTR', 'Patrol at Mavivi 1400hrs: NTR, pax movement normal'])('look-alike, nobody counted: %s', (text) => {
    const r = parse(text);
    expect(r.victims.killed).toBeNull();
    expect(r.victims.injured).toBeNull();
  });
});

describe('Swahili verbs of SMS reports count victims, noun or verb before the number', () => {
  it.each([
    ['Oicha: ADF wameua watu 4 usiku', 'killed', 4],
    ['Mangina watu 5 wameuawa na ADF jana', 'killed', 5],
    ['Eringeti: maiti 3 zimepatikana shambani', 'killed', 3],
    ['Kainama: mkulima 1 amekufa, ADF wamemkata panga', 'killed', 1],
    ['ADF wameteka watu 9 vill. Bulongo', 'abducted', 9],
    ['Kamango: wanawake 6 wametekwa na ADF leo', 'abducted', 6],
    ['Butembo: raia 2 wamejeruhiwa na risasi', 'injured', 2],
  ] as const)('%s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });

  it('children taken, noun first: "watoto 4 wamechukuliwa" counts 4 abducted children (restricted)', () => {
    const r = parse('Mavivi: watoto 4 wamechukuliwa na ADF usiku');
    expect(r.victims.abducted).toBe(4);
    expect(r.victims.childrenAffected).toBe(4);
    expect(r.category).toBe('child_violation');
    expect(r.sensitivity).toBe('restricted');
  });

  it.each(['Beni: wafanyabiashara wanalalamika bei ya mafuta', 'Oicha: watu 300 wamekusanyika kwa mkutano wa amani'])('look-alike, nobody harmed: %s', (text) => {
    const r = parse(text);
    expect(r.victims.killed).toBeNull();
    expect(r.victims.abducted).toBeNull();
  });
});

describe('follow-ups: the toll now, people taken then found dead, the wounded who died', () => {
  it.each([
    ['UPDATE Mamove: toll now 11, 3 more bodies found in the bush', 11],
    ['Bilan Ngite desormais 9, deux autres corps retrouves ce matin', 9],
    ['Bodies of the 4 Kamango traders found near the river', 4],
    ['Les corps des 3 pecheurs retrouves au bord du lac Edouard', 3],
    ['Update Oicha: bilan 6 civilians dead now, 1 more died at hospital', 6],
  ])('%s', (text, killed) => {
    expect(parse(text).victims.killed).toBe(killed);
  });

  it.each([
    ['3 motards enlevés mardi retrouvés morts près de Kasindi', 3],
    ['Kayna: 2 fishermen abducted last week found dead by the river', 2],
  ])('taken then found dead are killed, no longer abducted: %s', (text, n) => {
    const r = parse(text);
    expect(r.victims.killed).toBe(n);
    expect(r.victims.abducted).toBeNull();
  });

  it.each([
    ['Bilan revu: 5 morts, deux blessés ayant succombé à l hôpital de Beni', 5],
    ['5 killed at Mamove, incl. 2 wounded who died later at Oicha hospital', 5],
  ])('the wounded who died are not injured: %s', (text, killed) => {
    const r = parse(text);
    expect(r.victims.killed).toBe(killed);
    expect(r.victims.injured).toBeNull();
  });

  it('a toll with no "more" keeps the count told next to the dead', () => {
    expect(parse('Mamove: 4 killed by ADF, toll may rise').victims.killed).toBe(4);
  });
});

describe('hostages: taken as a noun, how many of them, how many still held', () => {
  it.each([
    ['Ngite: ADF have taken 8 hostages, mostly women', 8],
    ['Les ADF ont pris 14 otages à Bulongo cette nuit', 14],
    ['Halungupa: 2 of the 6 escaped yesterday', 6],
    ['Kamango otages: sur les 12, 5 liberes ce matin', 12],
    ['Mangusu otages: 3 wamerudi, 7 bado msituni', 7],
    ['Update Lodjo: 1 freed, the 4 others still with their captors', 4],
  ])('%s', (text, n) => {
    const r = parse(text);
    expect(r.victims.abducted).toBe(n);
    expect(r.priority).toBe('high');
  });

  it('a count of people without hostages is not read as one: "12 people attended the meeting with the hostages\' families"', () => {
    expect(parse("Oicha: 12 people attended the meeting with the hostages' families").victims.abducted).toBeNull();
  });
});

describe('a child\'s age is not a count: "Girl 16 abducted", "boy approx 12 yrs injured"', () => {
  it.each([
    ['Girl 15 abducted by ADF near Mavivi', 'abducted'],
    ['Boy approx 11 yrs injured by a stray bullet at Oicha', 'injured'],
    ['Fille 13 enlevée par des miliciens à Fataki', 'abducted'],
    ['Garçon environ 10 ans blessé par balle à Bunia', 'injured'],
  ] as const)('%s', (text, key) => {
    const r = parse(text);
    expect(r.victims[key]).toBe(1);
    expect(r.victims.childrenAffected).toBe(1);
    expect(r.sensitivity).toBe('restricted');
  });

  it.each([
    ['2 girls and 3 boys abducted at Kainama', 'abducted', 5],
    ['Enfants 3 enlevés à Biakato', 'abducted', 3],
  ] as const)('look-alike, a real count of children: %s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });
});

describe('money demanded at a barrier or per head is extortion (looting_destruction), not access denial', () => {
  it.each([
    'Mai-Mai roadblock at Kasindi junction, 3000 FC per moto',
    'Barrière des Wazalendo à Alimbongo: 1000 FC par piéton, 5000 par camion',
    'Zaïre elements at a checkpoint near Fataki ask 2000 FC from every passenger, those who refuse are beaten',
    'CODECO ont érigé une barrière à Largu où ils exigent 500 FC, ceux qui refusent sont détenus',
    'barriere ya Mai-Mai Kalunguta wanadai 1000fc kwa kila mtu',
    'Jeton de 2000 FC exigé aux motards à la sortie de Komanda',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('looting_destruction');
    expect(r.priority).toBe('medium');
  });

  it.each([
    ['Roadblock at Kasindi junction, traffic blocked since morning', 'access_denial'],
    ['Le sac de ciment coûte 30 000 FC à Bunia depuis la fermeture de la route', null],
    ['Men at the barrier told drivers: pay 2000 FC or you die', 'threat_intimidation'],
  ])('look-alike: %s', (text, category) => {
    const r = parse(text);
    if (category) expect(r.category).toBe(category);
    else expect(r.category).not.toBe('looting_destruction');
  });
});

describe('children leaving an armed group or in its after-care are a recruitment case (child_violation, restricted)', () => {
  it.each([
    '5 boys left a Mai-Mai group near Kalunguta and reached Beni',
    'Trois enfants sortis des rangs des CODECO remis aux partenaires de protection à Bunia',
    'Two girls escaped from an ADF camp and are now at the transit centre in Beni',
    'Un garçon de 14 ans évadé du groupe Zaïre accueilli au centre de transit de Bunia',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('child_violation');
    expect(r.sensitivity).toBe('restricted');
  });

  it.each(['Children left school early because of heavy rain in Beni', 'Les enfants ont quitté le terrain de football après la pluie à Bunia'])('look-alike: %s', (text) => {
    expect(parse(text).category).not.toBe('child_violation');
  });
});

describe('where it happened: not the reporter\'s office, not where people arrived from a place the gazetteer does not know', () => {
  it.each([
    ['Relayé par CLA Mahagi: deux femmes violées hier à Nioka par des hommes armés', 'nioka'],
    ['CLA Bunia (relais asso femmes Nizi): menaces contre des femmes déplacées', 'nizi'],
    ['Djugu, Largu: CODECO ont brûlé 10 maisons', 'largu'],
    ['Administrator of Lubero: 2 civilians killed by Mai-Mai at Kirumba', 'kirumba'],
    ['Le maire de Beni signale 3 morts à Mavivi', 'mavivi'],
  ])('%s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });

  it.each([
    'About 200 households arrived Oicha from Tenambo since morning',
    'Arrival of 500 IDPs at COB Mavivi from Masulukwede after ADF raid',
    'pop ya Kalumendo inahama vers Mambasa, env 200 menages',
  ])('arrivals from a place the gazetteer does not know have no place: %s', (text) => {
    expect(parse(text).place).toBeNull();
  });

  it.each([
    ['Le maire de Beni signale 3 morts dans la ville', 'beni'],
    ['Returnees from Uganda arriving in Bunagana, no shelter', 'bunagana'],
    ['Arrival of 300 IDPs in Oicha from Eringeti', 'eringeti'],
  ])('look-alike, the origin is known or across a border: %s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
});

describe('forces that report, search, find bodies or free hostages, and groups the victim is suspected of siding with, are not perpetrators', () => {
  it.each([
    ['FARDC reports M23 shelling on Kirumba, 2 civilians killed', ['m23']],
    ['PNC Beni: des éléments ADF ont tué un motard à Mavivi', ['adf']],
    ['Kidnapping of 3 farmers at Ngite by ADF. Search ongoing with FARDC.', ['adf']],
    ['update Eringeti: FARDC wamepata maiti 2 za wakulima', []],
    ['Mangusu: 6 otages liberes na FARDC leo', []],
    ['FARDC looted the shop of a trader accused of ADF links at Oicha', ['fardc']],
    ['Crowd burnt 3 FARDC vehicles in Beni after the killings', []],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it.each([
    ['FARDC looted shops at Mavivi market', ['fardc']],
    ['ADF: 3 killed in Mamove last night', ['adf']],
  ])('look-alike, the force or group did it: %s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it.each(['Relayé par CLA Aru: une femme violée à Ariwara', 'Enquête ouverte par l OPJ de Bunia sur le meurtre du commerçant'])('a staff title is no armed group: %s', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('the harm named as a noun with its count; a general strike; a false alarm', () => {
  it.each([
    ['Le maire confirme la mort de 4 personnes à Beni', 'killed', 4],
    ['Le chef de poste confirme l enlèvement de 7 personnes par les ADF', 'abducted', 7],
    ['The administrator confirmed the killing of 6 civilians in Mamove', 'killed', 6],
  ] as const)('%s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });

  it.each(['Butembo: journée ville morte, boutiques fermées, calme', 'Beni: calm day during the ville morte called by civil society'])('"ville morte" is a strike, not a death: %s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('other');
    expect(r.victims.killed).toBeNull();
  });

  it.each(['M23 ont attaqué un camion à Kirumba? fausse alerte, c etait un accident', 'ADF attack on Oicha convoy? false alarm, it was an accident'])('a false alarm names no perpetrator: %s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('other');
    expect(r.perpetrators).toEqual([]);
  });

  it.each([
    ['Gunmen killed a nurse on her way home in Beni', 'attack_on_civilians'],
    ['Caritas nurse shot dead at the Oicha health centre', 'attack_on_humanitarians'],
  ])('health staff killed off duty are civilians; at work or with an agency, humanitarians: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('more follow-up counts: freed from captivity, "d\'entre elles", in brackets, "à mort", escaped prisoners', () => {
  it.each([
    // Hostages back who tell of another harm: both counted, those freed still abducted (convention C12 of 2026-12-06).
    ["Les 6 otages ont été libérés hier à Ngite; deux d'entre eux ont été blessés pendant la captivité", { abducted: 6, injured: 2 }],
    ['The 4 hostages were released at Oicha, 2 of them were raped in captivity', { abducted: 4, crsvSurvivors: 2 }],
    ['9 enfants (3 filles) enlevés par les ADF à Mavivi', { abducted: 9, childrenAffected: 9 }],
    ['12 people (incl 4 women) abducted by ADF near Oicha', { abducted: 12 }],
    ['Un présumé voleur lynché à mort à Beni', { killed: 1 }],
    ['3 voleurs lynchés à mort par la foule à Bunia', { killed: 3 }],
    ['Kasindi: 3 abducted farmers, update: bodies found in the bush', { killed: 3, abducted: null }],
  ] as const)('%s', (text, counts) => {
    const v = parse(text).victims;
    for (const [key, n] of Object.entries(counts)) expect(v[key as keyof typeof v]).toBe(n);
  });

  it.each(['Évasion à la prison de Beni: 40 détenus en fuite', 'Jailbreak at Bunia central prison, 15 prisoners escaped overnight'])('escaped prisoners are not displaced: %s', (text) => {
    expect(parse(text).victims.displaced).toBeNull();
  });

  it.each(['5 prisonniers libérés par le tribunal de Beni', 'Court released 3 detainees at Bunia'])('look-alike, released with no captivity named is no abduction: %s', (text) => {
    expect(parse(text).victims.abducted).toBeNull();
  });

  it.each(['Le chef de groupement dément les rumeurs d attaque ADF à Kasugho', 'The administrator denies rumours of an M23 attack on Kirumba'])('a rumour denied is other, with no perpetrator: %s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('other');
    expect(r.perpetrators).toEqual([]);
  });
});

describe('a quarrel between communities, a ransom still bargained, a person held in the present tense', () => {
  it.each(['Kasenyi: conflit entre pêcheurs hema et alur, 2 blessés, calme revenu', 'Dispute between Nande and Hutu farmers at Kibirizi, one injured with a machete'])('a quarrel between two communities with someone hurt is intercommunal: %s', (text) => {
    expect(parse(text).category).toBe('intercommunal_tension');
  });

  it.each(['Les Mai-Mai ont enlevé 3 commerçants à Kayna, demande de rançon en cours', 'ADF abducted 2 traders near Oicha, ransom negotiations ongoing'])('a ransom bargained "en cours" is no attack under way (high, not critical): %s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('abduction');
    expect(r.priority).toBe('high');
  });

  it('"L\'OPJ détient un homme depuis 5 jours" is a detention', () => {
    expect(parse("L'OPJ de Bunia détient depuis 5 jours un homme pour une dette").category).toBe('arbitrary_detention');
  });

  it('look-alike: an armed group that "détient" people holds hostages (abduction)', () => {
    expect(parse('Les CODECO détiennent depuis hier six cultivateurs capturés aux champs près de Largu').category).toBe('abduction');
  });

  it.each([
    ['update Mangina site: 6 morts sasa, 2 wamekufa hopitali', 6],
    ['Update Ngite: 4 dead now, 1 more died at Oicha hospital', 4],
  ])('the dead "now" are the total: %s', (text, n) => {
    expect(parse(text).victims.killed).toBe(n);
  });

  it('"watoto 3 kati ya 6 walichukuliwa" counts the 6 children taken', () => {
    const r = parse('Mavivi: watoto 3 kati ya 6 walichukuliwa na ADF wamerudi leo');
    expect(r.victims.abducted).toBe(6);
    expect(r.victims.childrenAffected).toBe(6);
  });
});

describe('the site people fled to is their refuge; the place the displaced are of is the place they left', () => {
  it.each([
    ['Fataki: 1 civilian killed by CODECO, about 2,000 fled to Rhoe site', 'attack_on_civilians', 'high'],
    ['Jiba: 3 tués par les CODECO, la population a fui vers le site de déplacés de Plaine Savo', 'attack_on_civilians', 'high'],
  ])('%s', (text, category, priority) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    expect(r.priority).toBe(priority);
  });

  it('look-alike: the site attacked stays an attack on an IDP site (critical)', () => {
    const r = parse('Armed men attacked Rhoe site, 2 killed, others fled to Bunia');
    expect(r.category).toBe('attack_on_idp_site');
    expect(r.priority).toBe('critical');
  });

  it.each([
    ['Niania: deplaces ya Mambasa wamefika, 300 watu ds l eglise', 'mambasa-centre'],
    ['Bunia: pop de Fataki arrivée ce matin, environ 400 personnes', 'fataki'],
  ])('%s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
});

describe('"the victim" told of after the incident is one', () => {
  it.each([
    ["Un militaire ivre a tiré sur un motard à Beni. La victime est grièvement blessée.", 'injured'],
    ['Gunmen attacked a trader near Oicha; the victim was hospitalised', 'injured'],
  ] as const)('%s', (text, key) => {
    expect(parse(text).victims[key]).toBe(1);
  });

  it('look-alike: "the victims\' families" counts nobody', () => {
    expect(parse("Beni: the victims' families met the mayor").victims.injured).toBeNull();
  });
});
