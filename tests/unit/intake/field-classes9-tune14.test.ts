import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const ids = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// Classes of one-line quick reports (tests/corpus reports14): invented sentences of each class in both
// languages and SMS spellings, and the look-alikes that must not be read as them.

describe('"ville morte" is a shutdown day, not a death', () => {
  it.each([
    'Beni: la PNC a interpellé 6 jeunes pendant la journée ville morte',
    'Butembo ville morte today, youths arrested at the roundabout',
    'Ville morte à Goma: 3 manifestants arrêtés',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('arbitrary_detention');
    expect(r.victims.killed).toBeNull();
    expect(r.priority).toBe('medium');
  });
  it('look-alike: a killing during the ville morte is still a killing', () => {
    const r = parse('Un commerçant tué à Beni pendant la ville morte');
    expect(r.category).toBe('attack_on_civilians');
    expect(r.victims.killed).toBe(1);
  });
});

describe('an inflammatory speech is hate speech, not arson', () => {
  it.each([
    "Propos incendiaires d'un député contre les Banyamulenge à Uvira",
    'Inflammatory remarks against Hema on a Bunia radio show',
    'message incendiaire circule sur whatsapp a Beni contre les Nande',
    'Incendiary speech at a rally in Butembo targeting Rwandophones',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('hate_speech_incitement');
  });
  it.each(['Maison incendiée par des inconnus à Beni', 'Houses torched in Kibirizi overnight'])('look-alike, arson: %s', (text) => {
    expect(parse(text).category).toBe('looting_destruction');
  });
});

describe('held without a lawyer or illegally is an arbitrary detention', () => {
  it.each([
    'Three traders held at Beni for a week by military intelligence, no access to a lawyer',
    'Un enseignant détenu à Bunia depuis 10 jours, sans accès à un avocat',
    "L'armée détient illégalement 4 pêcheurs au cachot de Kasindi",
    'Youth leader illegally detained in Butembo since Monday',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('arbitrary_detention');
  });
  it('look-alike: a team denied access is access denial', () => {
    expect(parse('MSF team denied access to Kalunguta by FARDC').category).toBe('access_denial');
  });
});

describe('"roués de coups" is ill-treatment', () => {
  it.each(['Un motard roué de coups par des éléments Mai-Mai à Lubero', 'Deux commerçants roués de coups à la barrière de Kanyabayonga'])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('torture_ill_treatment');
    expect(r.priority).toBe('medium');
  });
});

describe('a building taken apart and carried off is looting', () => {
  it.each([
    'Les Wazalendo ont démonté les tôles des maisons abandonnées à Kitshanga',
    'Soldiers dismantling market stalls in Sake and selling the iron sheets',
    'M23 took the roof sheets of the Kibirizi health post',
  ])('%s', (text) => {
    expect(['looting_destruction', 'child_violation']).toContain(parse(text).category);
    expect(parse(text).categoryFromText).toBe(true);
  });
  it('look-alike: "démontre" (shows) is no looting', () => {
    expect(parse('Le rapport démontre que la situation reste calme à Beni').category).toBe('other');
  });
});

describe('an ultimatum to pay is a threat', () => {
  it.each([
    'Mai-Mai tell fishermen in Kyavinyonge: pay or your canoes burn',
    'Nyatura aux commerçants de Kitchanga: payez sinon on brûle vos boutiques',
    'VDP warn traders in Minova: pay or ur houses burn',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('threat_intimidation');
    expect(r.priority).toBe('medium');
  });
});

describe('children out of an armed group\'s ranks are a recruitment', () => {
  it.each([
    'Eight boys who escaped from Mai-Mai ranks handed over to a child protection partner in Lubero',
    'Cinq enfants sortis des rangs des Nyatura remis à une ONG à Masisi',
    'Six enfants démobilisés des Raia Mutomboki accueillis à Shabunda',
    'Released from ADF captivity: 5 children handed over to a partner in Beni',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('child_violation');
    expect(r.sensitivity).toBe('restricted');
  });
  it('look-alike: adult fighters leaving the ranks are no child violation', () => {
    expect(parse('10 M23 fighters deserted their ranks and surrendered to FARDC in Rutshuru').category).not.toBe('child_violation');
  });
});

describe('two communities blaming each other over a theft or land is a tension', () => {
  it.each([
    'Hunde and Hutu communities trading accusations in Kitchanga after a cow was stolen',
    "Risque d'affrontements entre Hema et Lendu à Fataki après le vol de chèvres",
    'Land dispute between Bafuliro and Banyamulenge families near Sange turning violent, a hut burnt',
    'tension entre Nande et Hutu a Kanyabayonga pour une histoire de vaches volees',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('intercommunal_tension');
  });
  it('look-alike: armed groups clashing are fighting', () => {
    expect(parse('M23 and Wazalendo clashes in Kibirizi, heavy gunfire').category).toBe('armed_group_movement');
  });
});

describe('a contributing country\'s unit is peacekeepers', () => {
  it.each([
    'ADF fired on a Nepalese patrol near Mavivi, no casualties',
    'Embuscade contre une patrouille bangladaise près de Fataki',
    'INDBAT convoy ambushed by M23 near Kiwanja',
    'Attaque contre la base des casques bleus uruguayens à Sake',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('attack_on_peacekeepers');
  });
  it('look-alike: Rwandan troops are no peacekeepers', () => {
    expect(parse('Rwandan troops seen crossing near Bunagana').category).not.toBe('attack_on_peacekeepers');
  });
});

describe('a primary school by its initials (EP, EPA)', () => {
  it.each(["L'EP Kasindi occupée par des militaires FARDC depuis lundi", "Des Wazalendo installés dans l'EPA de Kibirizi, cours suspendus"])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('child_violation');
    expect(r.sensitivity).toBe('restricted');
  });
});

describe('people leaving, or fleeing before the fighting is named, is the displacement', () => {
  it.each([
    'Population of Kipese moving to Lubero after clashes between Mai-Mai and FARDC',
    'Les habitants de Kibirizi quittent le village, affrontements M23-Wazalendo à 5 km',
    'Families fled Nyamilima this morning, M23 and Wazalendo clashing since dawn',
    'hundreds of households leaving Bule for Bunia after CODECO threats',
    'La population de Kipese se déplace vers Lubero après les affrontements',
    'Les villageois de Buleusa abandonnent leurs maisons, combats FDLR-Nyatura',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('displacement');
  });
  it.each(['Heavy fighting between FARDC and M23 at Kibirizi since 5am', 'M23 fighters left Kibirizi towards Nyanzale after clashes', 'M23 positions reported south of Kibirizi, families moving north towards Kanyabayonga', 'Des miliciens se sont déplacés vers Pinga, affrontements avec les FARDC'])('look-alike, armed men: %s', (text) => {
    expect(parse(text).category).toBe('armed_group_movement');
  });
});

describe('an IDP site entered by armed men, its people beaten there, or its attack imminent', () => {
  it.each([
    'CODECO militiamen entered the Rhoe site at night firing in the air',
    'Des militaires ont tabassé des déplacés au site de Kanyaruchinya',
    "Menace d'attaque imminente contre le site de Plaine Savo, CODECO signalés à 3 km",
    'Grenades lancées contre le site Lushagala, 2 morts',
    "Menace d'attaque imminente sur le camp de déplacés de Rhoe",
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('attack_on_idp_site');
    expect(r.priority).toBe('critical');
  });
  it.each([
    ['Soldiers shot in the air to disperse a crowd at Butembo market', 'other'],
    ['Displaced families at Bulengo site report armed men threatening them at night', 'threat_intimidation'],
    ['Rhoe: rumour that CODECO will enter the site tonight, people packing', 'threat_intimidation'],
    ["Rumeur d'attaque sur le site de Plaine Savo, à vérifier", 'threat_intimidation'],
  ])('look-alike: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('taxes taken under threat are the threat', () => {
  it.each(['Racket et menaces des Nyatura contre les transporteurs de Kitchanga', 'Illegal taxes and threats by Mai-Mai against fishermen at Kyavinyonge'])('%s', (text) => {
    expect(parse(text).category).toBe('threat_intimidation');
  });
  it('look-alike: taxes alone are extortion', () => {
    expect(parse('Taxes illégales à la barrière des Wazalendo à Ngote').category).toBe('looting_destruction');
  });
});

describe("the needs of people already displaced are no new displacement", () => {
  it.each(["Manque de vivres au site de Kigonze, les déplacés réclament une distribution", 'Water shortage at Rhoe site, the displaced asking for water trucking'])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('other');
    expect(r.priority).toBe('low');
  });
  it('look-alike: new arrivals counted are the displacement', () => {
    const r = parse('500 new IDPs arrived at Rhoe site, need food');
    expect(r.category).toBe('displacement');
    expect(r.victims.displaced).toBe(500);
  });
});

describe('an arbitrary arrest paid off is a detention, not a kidnapping', () => {
  it.each(['Arrestation arbitraire de 3 taximen à Beni, libérés contre 20$', 'arbitrary arrest of 5 moto drivers in Oicha, released for 10$ each'])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('arbitrary_detention');
    expect(r.priority).toBe('medium');
    expect(r.victims.abducted).toBeNull();
  });
  it("look-alike: an armed group's captives freed for money were abducted", () => {
    expect(parse('Mai-Mai took 4 farmers at Alimbongo and want 100$ each to let them go').category).toBe('abduction');
  });
});

describe("a staff member's relatives harmed are not an attack on humanitarians", () => {
  it.each([
    ["La femme d'un agent de MSF enlevée à Rutshuru", 1],
    ['Two relatives of an ICRC driver kidnapped in Kiwanja', 2],
  ] as const)('%s', (text, abducted) => {
    const r = parse(text);
    expect(r.category).toBe('abduction');
    expect(r.victims.abducted).toBe(abducted);
  });
  it('look-alike: the staff member abducted is an attack on humanitarians', () => {
    expect(parse('MSF driver abducted near Rutshuru').category).toBe('attack_on_humanitarians');
  });
});

describe('perpetrators: accused by residents, responders, denounced, a group\'s size', () => {
  it.each([
    ["Les Wazalendo accusés par la population d'avoir pillé le marché de Sake", ['wazalendo']],
    ['M23 accused by residents of burning houses in Kibirizi', ['m23']],
    ["Les Wazalendo accusent les M23 d'avoir tué 2 civils à Kibirizi", ['m23']],
    ['UXO found near Oicha market, area cordoned off by FARDC', []],
    ['Engin non explosé découvert à Beni, zone bouclée par les FARDC', []],
    ['ADF attacked Mamove, FARDC and MONUSCO repelled them, 3 civilians killed', ['adf']],
    ["Viol d'une femme à Kiwanja par des M23, cas signalé à la PNC", ['m23']],
    ['FARDC and Wazalendo looted shops in Kanyabayonga', ['fardc', 'wazalendo']],
    ['Journalist in Bunia threatened after denouncing CODECO abuses', []],
    ['Un activiste menacé à Goma pour avoir dénoncé les exactions des M23', []],
    ['ADF group of about 40 seen near Kainama', ['adf']],
    ["Groupe d'environ cinquante CODECO aperçu près de Fataki", ['codeco']],
  ] as const)('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe('counts: the verb, then how, when, by whom or where, then whom', () => {
  it.each([
    ['Des bandits ont blessé par balle un motard à Beni', 'injured', 1],
    ['Enlevés cette nuit à Pinga: trois enseignants', 'abducted', 3],
    ['kidnapé hier soir un commerçant à Butembo', 'abducted', 1],
    ['Killed yesterday near Oicha: two farmers', 'killed', 2],
    ['Mai-Mai shot 3 fishermen at Kyavinyonge, all evacuated to hospital', 'injured', 3],
    ['Woman killed and another wounded in Beni', 'injured', 1],
    ['2 500 new IDPs arrived in Rhoe since Sunday', 'displaced', 2500],
    ['Afflux de déplacés à Kanyaruchinya, on parle de 3000 personnes', 'displaced', 3000],
    ['Families fleeing Kibirizi, some 400 on the road to Kanyabayonga', 'displaced', 400],
    ['Les ADF ont enlevé 5 enfants à Mamove, dont une fille de 12 ans', 'childrenAffected', 5],
    ['Nyatura recruiting in Kitchanga, 5 boys taken to their camp', 'childrenAffected', 5],
  ] as const)('%s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });
  it.each([
    ['Un enfant tué et un autre blessé par une bombe à Rutshuru', { killed: 1, injured: 1, childrenAffected: 2 }],
    // (children taken by an armed group are counted abducted too, C18)
    ['Nyatura recruiting in Kitchanga, 5 boys taken to their camp', { abducted: 5 }],
    // taken first, the recruitment said after: the taking stays an abduction
    ['Boy of 13 taken by Mai-Mai from Kipese to carry their loads, family says he was recruited', { abducted: 1 }],
    ['ADF shot 3 farmers dead near Oicha', { killed: 3, injured: null }],
    ['Attaque à Mavivi: 3 civils tués, un autre blessé par balle', { killed: 3, injured: 1 }],
  ] as const)('%s', (text, counts) => {
    const v = parse(text).victims;
    for (const [k, n] of Object.entries(counts)) expect(v[k as keyof typeof v]).toBe(n);
  });
});

describe('places: the village left unknown to the gazetteer, a name said with another territory', () => {
  it.each([
    ['300 personnes ont fui Kisiki vers Beni', null],
    ['Ppl fled Kambau towards Oicha after gunfire', null],
    ['Des familles ont fui Kamango vers Beni', 'kamango'],
    ['Kilia, Irumu territory: 5 civilians killed by ADF', 'irumu-territory'],
    ['Kasindii: 2 killed by ADF', 'kasindi'],
    ['ADF attack on Ntoyo, 6 villagers missing', null],
  ] as const)('%s', (text, place) => {
    expect(parse(text).place?.id ?? null).toBe(place);
  });
});

describe('taken for care is not abducted; an area closed off after the fact was a response', () => {
  it.each([
    ['FDLR shot 3 farmers near Tongo, all 3 taken to Rutshuru hospital', 'attack_on_civilians', { injured: 3, abducted: null }, 'medium'],
    ["Deux blessés emmenés à l'hôpital de Beni après l'attaque des ADF", 'attack_on_civilians', { injured: 2, abducted: null }, 'medium'],
    ['Two nurses taken from Oicha hospital by ADF', 'abduction', { abducted: 2 }, 'high'],
    ['Un chauffeur emmené de force vers Mambasa par des Mai-Mai', 'abduction', { abducted: 1 }, 'high'],
  ] as const)('%s', (text, category, counts, priority) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    expect(r.priority).toBe(priority);
    for (const [k, n] of Object.entries(counts)) expect(r.victims[k as keyof typeof r.victims]).toBe(n);
  });
  it.each(["Zone sécurisée par la MONUSCO après l'attaque des ADF à Mamove, 2 morts", 'ADF attacked Mamove, 2 dead; area cordoned off by MONUSCO'])('%s', (text) => {
    expect(parse(text).category).toBe('attack_on_civilians');
    expect(ids(text)).toEqual(['adf']);
  });
  it('look-alike: a peacekeepers\' base attacked is an attack on peacekeepers', () => {
    expect(parse('ADF attacked the MONUSCO base at Mavivi, no casualties').category).toBe('attack_on_peacekeepers');
  });
});
