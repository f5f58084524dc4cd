import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const who = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name.toLowerCase());

// Classes of wording behind the misses of tests/corpus/pending/reports13.* (everyday traffic from North and South
// Kivu). Sentences are invented for each class, in both languages, with look-alikes that must not trigger it.

describe('Swahili verbs in SMS reports: subject + tense + root, every form', () => {
  it.each([
    ['Watu 4 waliuawa usiku a Kibumba na bandits', 'attack_on_civilians', { killed: 4 }],
    ['Kiwanja: mtu mmoja ameuawa ce matin pres du marche', 'attack_on_civilians', { killed: 1 }],
    ['3 wamama wamebakwa pres de Numbi hier soir', 'crsv', { crsvSurvivors: 3 }],
    ['Watu wawili wametekwa nyara sur la route de Mweso', 'abduction', { abducted: 2 }],
    ['Rubaya: wakulima 5 walitekwa na wapiganaji ce matin', 'abduction', { abducted: 5 }],
    ['Kibabi: bakata wamechoma nyumba 10 usiku', 'looting_destruction', {}],
    ['Sake: mtu mmoja amepigwa risasi na bandits usiku', 'attack_on_civilians', { injured: 1 }],
    ['Watu 2 walipigwa na askari a Rubaya', 'torture_ill_treatment', { injured: 2 }],
  ] as const)('%s', (text, category, victims) => {
    const r = parse(text);
    expect(r.category, text).toBe(category);
    expect(r.victims, text).toMatchObject(victims);
  });

  it('fighting said in Swahili with people running is a flight', () => {
    expect(parse('FDLR na Nyatura wanapigana karibu na Nyabiondo, watu wanakimbia').category).toBe('displacement');
  });

  it('look-alikes: nobody killed said in Swahili, the bakata militia, "bakwa" inside another word', () => {
    const none = parse('Kibumba: hakuna aliyeuawa, watu wamerudi nyumbani');
    expect(none.victims.killed ?? 0).toBe(0);
    expect(none.category).not.toBe('attack_on_civilians');
    expect(parse('Les bakata ont installé une barrière à Karuba').category).not.toBe('crsv');
  });
});

describe('people fleeing fighting or a rumoured attack, nobody harmed: the flight is the report', () => {
  it.each([
    'Tirs nourris entre Nyatura et FDLR a Kalembe, la population en fuite vers Pinga',
    'Exchange of fire Mai-Mai vs Twirwaneho near Minembwe, villagers fleeing to the centre',
    "Rumeur d'une incursion ADF sur Kamango, les habitants dorment ds la brousse",
    'Rumours of an M23 attack tonight, families have left Kibirizi for Kiwanja',
    'pop de Bambo en fuite vers Kiwanja, on entend des tirs depuis ce matin',
  ])('%s', (text) => {
    expect(parse(text).category, text).toBe('displacement');
  });

  it('fighting going on since an hour of today with people fleeing now is under way (critical)', () => {
    expect(parse('Combats FARDC-M23 depuis 5h a Kalengera, la population fuit vers Rubare')).toMatchObject({ category: 'displacement', priority: 'critical' });
    expect(parse('Clashes M23 vs Wazalendo since 0600hrs at Kitshanga, civilians fleeing towards Mweso')).toMatchObject({ category: 'displacement', priority: 'critical' });
    // a flight after yesterday's clashes is no attack going on
    expect(parse('Following the clashes of yesterday, civilians fleeing Kitshanga towards Mweso').priority).toBe('medium');
  });

  it.each([
    // an attack said as such, going on, stays the attack
    ['Attaque en cours a Eringeti, tirs nourris, la pop fuit vers Oicha', 'attack_on_civilians'],
    ['shooting ongoing in Oicha right now, people fleeing to the base', 'attack_on_civilians'],
    // people ordered to leave are threatened, not yet gone
    ['Les Nyatura exigent que les Hunde quittent Kitshanga avant demain', 'threat_intimidation'],
    // armed men moving, people fleeing: the movement is the report
    ['M23 positioned above Kibumba, population fleeing', 'armed_group_movement'],
  ])('look-alike: %s', (text, category) => {
    expect(parse(text).category, text).toBe(category);
  });
});

describe('shells falling now, fighting resumed: under way', () => {
  it.each([
    'Mortar rounds falling on Kanyabayonga since 1500hrs, casualties unknown',
    'Les obus continuent de tomber sur Sake, bilan inconnu',
    'Shelling resumed on Mweso at 1400hrs, impacts near the market',
    'Les tirs ont repris a Kitshanga ce soir',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category, text).toBe('attack_on_civilians');
    expect(r.priority, text).toBe('critical');
  });

  it('look-alike: a market that "a repris" is no fighting resumed', () => {
    expect(parse('Le marché de Kiwanja a repris normalement ce matin').category).toBe('other');
  });
});

describe('bombs that came down are an attack; one found or home-made stays an explosive hazard', () => {
  it('bombs that fell', () => {
    expect(parse('Bombe tombee sur le marche de Kibumba, 3 morts')).toMatchObject({ category: 'attack_on_civilians', victims: { killed: 3 } });
    expect(parse('Plus de 400 deplaces arrives a Goma depuis Sake apres les bombes de la nuit').category).toBe('displacement');
  });
  it.each(['Bombe non explosée trouvée dans un champ a Rubare', 'Unexploded bomb found near the school in Kiwanja', 'FARDC defused a bomb left near the church in Beni'])('look-alike: %s', (text) => {
    expect(parse(text).category, text).toBe('explosive_hazard');
  });
});

describe('money exacted at a barrier is extortion (looting), not access denied', () => {
  it.each([
    'Kibabi: barriere des Nyatura, chaque moto paye 3000fc',
    'Wazalendo checkpoint at Mushaki, drivers pay 5000 FC each',
    'M23 roadblock at Rugari, travellers asked for a passage tax of 2000 UGX',
    'Barrière des FARDC à Ngungu: frais de passage de 500 FC par piéton',
  ])('%s', (text) => {
    expect(parse(text).category, text).toBe('looting_destruction');
  });

  it.each([
    // an ultimatum is a threat
    ['Men at the Kalehe barrier told drivers: pay 5,000 FC or you die', 'threat_intimidation'],
    // a roadblock with no money asked stays access denied
    ['M23 checkpoint at Kibumba blocking the humanitarian convoy', 'access_denial'],
  ])('look-alike: %s', (text, category) => {
    expect(parse(text).category, text).toBe(category);
  });
});

describe('incidents at an IDP site that are no attack on the site', () => {
  it.each([
    ['Site de Bulengo: bagarre entre deplaces et jeunes du quartier, 2 blesses', 'intercommunal_tension'],
    ['Clashes between IDPs and the host community at Rusayo site over firewood, 1 injured', 'intercommunal_tension'],
    ['Grenade found near the water point of Lushagala site, please send a team', 'explosive_hazard'],
    ['Des militaires ont volé les vivres distribués dans le site de Rusayo', 'looting_destruction'],
  ])('%s', (text, category) => {
    const r = parse(text);
    expect(r.category, text).toBe(category);
    expect(r.priority, text).toBe('medium');
  });

  it('look-alikes: armed men raiding a site, a numbered site attacked, stay attacks on the site', () => {
    expect(parse('Armed men attacked Bulengo IDP site at night, 2 killed')).toMatchObject({ category: 'attack_on_idp_site', priority: 'critical' });
    expect(parse('Hommes armes ont attaque Mugunga 3 site cette nuit, 1 mort')).toMatchObject({ category: 'attack_on_idp_site', priority: 'critical' });
  });

  it('armed men entering a site at night and frightening its people is a threat', () => {
    expect(parse('Les femmes de Rusayo disent que des hommes armés entrent dans le site la nuit, elles ont peur').category).toBe('threat_intimidation');
  });
});

describe('an armed group about on a calm day is a movement; the state\'s patrols are routine', () => {
  it.each([
    ['Kitshanga calme, mais les Nyatura patrouillent sur la route de Mweso', 'nyatura'],
    ['Masisi centre calm today, FDLR everywhere on the hills', 'fdlr'],
    ['Rubaya calme, wazalendo wengi sur la route', 'wazalendo'],
  ])('%s', (text, group) => {
    const r = parse(text);
    expect(r.category, text).toBe('armed_group_movement');
    expect(who(text)).toContain(group);
  });

  it('look-alikes: FARDC on patrol on a calm day, a calm day with an unconfirmed rumour', () => {
    expect(parse('Kiwanja calme depuis hier, les FARDC patrouillent').category).toBe('other');
    expect(parse("Calme a Kibumba. Rumeur d'attaque des M23 non confirmee")).toMatchObject({ category: 'other', priority: 'low' });
  });
});

describe('what did not happen: a foiled attempt, a false alarm', () => {
  it.each([
    'Kidnapping attempt on the Goma-Sake road foiled, the kidnappers ran away',
    "Tentative d'enlèvement déjouée à Kiwanja par les jeunes du quartier",
    'Reported abduction at Rusayo was a false alarm, the boy was at his uncle',
    "Fausse alerte: pas d'attaque a Kibumba, les tirs etaient des petards",
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category, text).toBe('other');
    expect(r.priority, text).toBe('low');
  });

  it('look-alike: an abduction after an attempt that failed earlier is still an abduction', () => {
    expect(parse('2 traders abducted near Rubaya yesterday by armed men').category).toBe('abduction');
  });
});

describe('aid stopped for insecurity, calls to expel, children out of a group, held up at gunpoint, protests', () => {
  it.each([
    ['Distribution suspendue a Rusayo, le PAM invoque l insecurite', 'access_denial'],
    ['WFP distribution cancelled in Kanyaruchinya because of insecurity on the road', 'access_denial'],
    ["Des messages appelant a l'expulsion des Banyamulenge circulent a Uvira", 'hate_speech_incitement'],
    ['12 children handed over to child protection in Goma after leaving the Mai-Mai', 'child_violation'],
    ['Des enfants sortis des groupes armes sont au centre de transit de Bukavu', 'child_violation'],
    ['UNHCR vehicle stopped at gunpoint near Rutshuru, staff robbed of phones', 'attack_on_humanitarians'],
    ['Kiwanja: les jeunes ont bloqué la route pour protester contre l insécurité', 'other'],
  ])('%s', (text, category) => {
    expect(parse(text).category, text).toBe(category);
  });

  it('look-alike: a road blocked by an armed group is access denied', () => {
    expect(parse('Mai-Mai blocked the road Butembo-Kasugho, trucks stuck').category).toBe('access_denial');
  });
});

describe('counts said the way everyday traffic says them', () => {
  it.each([
    // a headline with no article
    ['Teacher killed by unknown gunmen in Rutshuru', { killed: 1 }],
    ['Nurse abducted near Kiwanja health centre this morning', { abducted: 1 }],
    ['Kidnapped trader of Sake released after payment', { abducted: 1 }],
    ['Rubaya: moto taxi driver shot dead, his passenger wounded', { killed: 1, injured: 1 }],
    // one person described before the harm
    ['Minova: une fille déplacée de 13 ans violée près du marché', { crsvSurvivors: 1, childrenAffected: 1 }],
    ['Un commerçant accusé de vol a été lynché par la foule à Goma', { killed: 1 }],
    // hostages counted again, the released among the abducted
    ['Hostages released: the 4 Kalehe farmers are back home after their families paid', { abducted: 4 }],
    ['Les 3 femmes de Numbi sont toujours en captivité, les ravisseurs exigent 300$', { abducted: 3 }],
    ['8 cultivateurs enlevés par les FDLR près de Tongo, 3 ont été libérés', { abducted: 8 }],
    ['5 fishermen kidnapped near Kiliba, 2 released later', { abducted: 5 }],
    // ages written after the children
    ['3 boys 12 and 14 abducted by Mai-Mai near Fizi', { abducted: 3, childrenAffected: 3 }],
    // new arrivals, estimates closing a report, cases
    ['About 600 new IDPs arrived in Minova from Numbi', { displaced: 600 }],
    ['people leaving Kibumba towards Goma, approx 1500 since yesterday', { displaced: 1500 }],
    ['Kidnappings on the rise in Nyiragongo, 4 cases this week', { abducted: 4 }],
    ['Kadogo seen guarding the Mai-Mai barrier at Lulimba', { childrenAffected: 1 }],
    ['Kamanyola: la PNC a tiré sur des manifestants, un mort et trois blessés', { killed: 1, injured: 3 }],
  ] as const)('%s', (text, victims) => {
    expect(parse(text).victims, text).toMatchObject(victims);
  });

  it('an estimate abbreviated with a full stop closing a report of flight; a toll "now" is no attack going on', () => {
    expect(parse('Mass displacement from Rubare towards Kiwanja due to M23 shelling, est. 4,000 ppl').victims.displaced).toBe(4000);
    expect(parse('Mass displacement from Rubare towards Kiwanja due to M23 shelling, est. 4,000 ppl').priority).toBe('medium');
    expect(parse('UPDATE Kibirizi attack: toll now 4 killed').priority).toBe('high');
  });

  it('look-alikes: hacked to death is one killed (not injured), child soldiers seen are uncounted', () => {
    expect(parse('Farmer hacked to death in his field near Eringeti').victims).toMatchObject({ killed: 1, injured: null });
    expect(parse('Child soldiers seen at the CODECO roadblock near Nizi').victims.childrenAffected).toBeNull();
    expect(parse('Toujours sans nouvelles du pasteur enlevé à Kibumba').victims.abducted).toBe(1);
  });
});

describe('where it happened: not the source, not the hospital, not a village one letter from a known place', () => {
  it.each([
    ['La société civile de Kalehe dénonce des pillages à Bunyakiri', 'bunyakiri'],
    ['Selon la radio communautaire de Minova, 2 civils tués à Numbi', 'numbi'],
    ['UPDATE Kibirizi attack: a third victim died at Rutshuru hospital', 'kibirizi'],
    ['Civil society of Beni says 3 farmers were killed in Mamove', 'mamove'],
  ])('%s', (text, place) => {
    expect(parse(text).place?.id, text).toBe(place);
  });

  it.each(['Maisons brulees a Kibabi cette nuit', 'Plusieurs femmes violées à Shasha', 'Deux filles violees a Kalungu'])('look-alike village: %s', (text) => {
    expect(parse(text).place, text).toBeNull();
  });

  it('look-alikes: the civil society\'s own members harmed in their town; a typo of a known place still found', () => {
    expect(parse('Menaces contre les membres de la société civile de Beni').place?.id).toBe('beni');
    expect(parse('Attaque a Kibumbaa cette nuit').place?.id).toBe('kibumba');
  });
});
