import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// Classes of community alert network messages (pending reports21, third pass): invented sentences of each class in
// both languages, phone spellings and Swahili, and the look-alikes that must not be read as them.

describe('an armed group said or feared to be coming: the feared group named, a warning of attack (C9)', () => {
  it.each([
    ['les gens ont peur a Kipese, on dit que les ADF arrivent', 'adf'],
    ['on dit les codeco arrive a Fataki, pop inquiete', 'codeco'],
    ['people afraid in Kipese, they say ADF are coming', 'adf'],
    ['rumour in Eringeti that ADF are coming tonight', 'adf'],
    ['people scared in Mangina, they say Mai-Mai arriving tonight', 'mai-mai'],
    ['peur a Kibirizi, rumeurs que les Nyatura vont venir cette nuit', 'nyatura'],
  ])('%s', (text, actor) => {
    const r = parse(text);
    expect(r.perpetrators.map((p) => p.actorId)).toContain(actor);
    expect(r.category).toBe('threat_intimidation');
    expect(r.priority).toBe('medium');
  });
  it('Swahili: "inasemekana ADF wanakuja" names ADF', () => {
    expect(doers('inasemekana ADF wanakuja Oicha, watu wanaogopa')).toContain('adf');
  });
  it.each([
    ['rumours M23 coming, people leaving Kanyabayonga towards Kirumba since morning', 'displacement', ['m23']],
    ['rumeurs que les Mai-Mai arrivent a Bunyatenge, les gens fuient', 'displacement', ['mai-mai']],
    ['Niania calme mais pop inquiete, rumeur que ADF arrive', 'other', []],
    ['people say ADF coming to Eringeti but the FARDC commander denies, calm for now', 'other', []],
  ] as const)('look-alike (people leaving: the flight; a calm or denial: nothing): %s', (text, category, actors) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    expect(r.perpetrators.map((p) => p.actorId)).toEqual(actors);
  });
});

describe('a group naming a feared attack on a site, with the displaced said worried: the warning, the group named', () => {
  it.each([
    ["rumeurs d'attaque CODECO sur le site, deplaces tres inquiets, demande de patrouille", 'codeco'],
    ['rumours of a CODECO attack on the site, IDPs worried', 'codeco'],
    ["menace d'incursion des ADF sur le site de Kipese, les deplaces ont peur", 'adf'],
    ["rumeurs d'attaque des ADF sur Mamove, les habitants ont peur", 'adf'],
    ['rumour of an M23 attack on Kanyaruchinya site, displaced people very scared', 'm23'],
  ])('%s', (text, actor) => {
    const r = parse(text);
    expect(r.category).toBe('threat_intimidation');
    expect(r.perpetrators.map((p) => p.actorId)).toContain(actor);
  });
  it.each([
    'rumours of an M23 attack on Kibumba, IDPs fled the site',
    "rumeurs d'attaque CODECO, 300 deplaces arrives a Bunia",
  ])('look-alike (the displaced fled or arrived): the displacement (%s)', (text) => {
    expect(parse(text).category).toBe('displacement');
  });
  it('look-alike (a force on site after the fact): no doer', () => {
    expect(doers('tirs entendus pres de Bulengo, les FARDC sont sur le site')).not.toContain('fardc');
  });
});

describe('people who ran or fled for fear of a named group, a school closed with it: the flight (C9)', () => {
  it.each([
    ['school closd in Biakato teachers run bcoz of ADF rumour', 'adf'],
    ['families ran for fear of CODECO in Fataki', 'codeco'],
    ['teachers ran because of ADF in Biakato, school closed', 'adf'],
    ['ecole fermee a Biakato, les enseignants fuient par peur des ADF', 'adf'],
    ['ecoles fermees a Mangina, les eleves et enseignants ont fui par crainte des ADF', 'adf'],
  ])('%s', (text, actor) => {
    const r = parse(text);
    expect(r.category).toBe('displacement');
    expect(r.perpetrators.map((p) => p.actorId)).toContain(actor);
  });
  it.each(['Schools in Sange closed since Monday due to fighting', 'ecoles fermees a Sange a cause des combats'])('look-alike (schools closed for a cause, nobody said to flee): the closure (%s)', (text) => {
    expect(parse(text).category).toBe('other');
  });
});

describe('a school taken over by armed men said by its pronoun ("qui s\'y installent", "who moved in"): C13', () => {
  it.each([
    ["Selon le CAN Kibua, des deplaces ont ete chasses de l'ecole par des Wazalendo qui s'y installent.", 'wazalendo'],
    ["les Wazalendo ont chasse les eleves de l'ecole de Kibua et s'y sont installes", 'wazalendo'],
    ["l'ecole primaire de Rubare: les M23 y campent depuis lundi", 'm23'],
    ['IDPs chased out of Kibua school by Wazalendo who moved in', 'wazalendo'],
  ])('%s', (text, actor) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'child_violation', priority: 'high', sensitivity: 'restricted' });
    expect(r.perpetrators.map((p) => p.actorId)).toContain(actor);
  });
});

describe('the displaced sleeping or lodging in a school: sheltered there, no occupation (C13 needs armed men occupying it)', () => {
  it.each([
    ['Kibua: approx 1,200 people arrived from Mpofi after the M23 advance, sleeping in the school', 1200],
    ["500 deplaces arrives a Rubare apres les combats M23-FARDC, ils dorment dans l'ecole", 500],
    ['IDPs from Kitshanga fled the M23 advance, now sleeping in classrooms at Mweso primary school', null],
    ["300 menages ont fui l'avancee du M23, ils logent dans l'ecole de Kibua", null],
  ])('%s', (text, displaced) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'displacement', priority: 'medium', sensitivity: 'standard' });
    expect(r.victims.displaced).toBe(displaced);
  });
  it.each(['M23 elements sleeping in the school at Kibua', "les Wazalendo logent dans l'ecole primaire de Kibua"])('look-alike (the armed group sleeps there): C13 (%s)', (text) => {
    expect(parse(text).category).toBe('child_violation');
  });
});

describe('gunfire only heard while people flee, said to go on: under way, critical (C10)', () => {
  it.each([
    'Alerte CAN Bunia, 14h10 : tirs nourris entendus a Nyankunde, la population se refugie a la paroisse. Situation en cours.',
    'heavy gunfire heard in Nyankunde, people fleeing to the parish. Situation ongoing.',
    'gunshots heard near Kalunguta, villagers running to the bush, shooting still going on',
    'tirs entendus a Mangina, la population fuit vers Beni, les tirs continuent',
    'risasi zinasikika Kalunguta, watu wanakimbia, bado inaendelea',
  ])('%s', (text) => {
    expect(parse(text).priority).toBe('critical');
  });
  it.each([
    'tirs entendus cette nuit a Mangina, la population a fui, calme revenu ce matin',
    'tirs entendus a Mangina, la population fuit, evaluation en cours',
    'gunfire heard in Mangina, people fled, verification ongoing',
    'tirs entendus a Mangina hier soir, les deplaces arrivent a Beni, situation en cours de suivi',
  ])('look-alike (calm back, or an inquiry or follow-up is what goes on): not critical (%s)', (text) => {
    expect(parse(text).priority).not.toBe('critical');
  });
});

describe('a mishap where an armed group is named only as holding the place: no attack, no doer', () => {
  it.each([
    ["CAN Rubaya : 2 creuseurs tues par l'effondrement d'un puits, le M23 controle toujours la mine.", 2],
    ['3 diggers killed when a pit collapsed at Rubaya mine, M23 still controls the site', 3],
    ['Rubaya, zone sous controle du M23: eboulement dans un puits, 4 creuseurs morts', 4],
    ["un camion s'est renverse a Sake, zone controlee par le M23, 3 morts", 3],
  ])('%s', (text, killed) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'other', priority: 'high', perpetrators: [], victims: { killed } });
  });
  it.each([
    'M23 killed 2 diggers at Rubaya mine, they control the site',
    'le M23 controle la mine de Rubaya et a tue 2 creuseurs',
    'Rubaya: 2 creuseurs tues par des hommes armes, zone sous controle du M23',
  ])('look-alike (people killed by someone, not by the mishap): the attack (%s)', (text) => {
    expect(parse(text).category).toBe('attack_on_civilians');
  });
});

describe('goods or money taken with a weapon pointed: the robbery, not a threat (C6 keeps money demanded at gunpoint a threat)', () => {
  it.each([
    'Numbi mining site: men in FARDC uniform taking gold from diggers at gunpoint',
    'armed men taking money from traders at gunpoint in Sake',
    'bandits taking phones from passengers at gunpoint on the Goma-Sake road',
    "des hommes armes prennent l'argent des passagers sous la menace des armes pres de Sake",
    "des bandits prennent les telephones des passagers sous la menace d'une arme a Kavumu",
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'looting_destruction', priority: 'medium' });
  });
  it.each([
    'soldiers demanding money at gunpoint at the Sake barrier',
    "des militaires exigent de l'argent sous la menace des armes a la barriere de Sake",
  ])('look-alike (money demanded): the threat (%s)', (text) => {
    expect(parse(text).category).toBe('threat_intimidation');
  });
});

describe('goods taken first ("enlevé des motos", "seized", "confisqué"), their owners beaten after: the looting', () => {
  it.each([
    'CLA Lubero : des militaires indisciplines ont enleve des motos a Miriki et tabasse leurs proprietaires.',
    'des militaires ont confisque les telephones des passagers et tabasse ceux qui protestaient a Kavumu',
    'soldiers seized 3 motorbikes at Miriki and beat the owners',
    'des policiers ont saisi les marchandises des vendeuses a Beni et les ont battues',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'looting_destruction', priority: 'medium' });
  });
  it.each([
    'des militaires ont tabasse 2 motards a Miriki puis enleve leurs motos',
    'soldiers beat a driver at Kavumu and then seized his motorbike',
  ])('look-alike (the beating told first): ill-treatment (%s)', (text) => {
    expect(parse(text).category).toBe('torture_ill_treatment');
  });
});

describe('soldiers or police who come in order to harm, or with an object pronoun before the verb: the doers (C1, C2)', () => {
  it.each([
    ['CLA Sake : les deplaces du site de Lushagala disent que des militaires entrent la nuit pour les racketter.', 'fardc'],
    ['soldiers come into Lushagala site at night to extort the IDPs', 'fardc'],
    ['les deplaces disent que des militaires les rackettent la nuit', 'fardc'],
    ["des policiers l'ont frappe au marche de Beni", 'pnc'],
    ['des policiers passent chaque soir pour exiger 2000 FC aux motards a Beni', 'pnc'],
    ['des militaires nous ont tabasse a Rubare', 'fardc'],
    ['police come to the market every evening to extort the women traders', 'pnc'],
  ])('%s', (text, actor) => {
    expect(doers(text)).toContain(actor);
  });
  it.each([
    "des militaires sont venus pour securiser le site apres l'attaque",
    'police came to arrest the suspects in Beni',
    'les militaires ne les ont pas frappes, selon la population',
    'soldiers came to help the wounded in Oicha',
  ])('look-alike (a response, the crime answered, a negation): no doer (%s)', (text) => {
    expect(doers(text)).toEqual([]);
  });
});

describe('a harm word, then the place typed in lower case, then whom: the count read past the place', () => {
  it.each([
    ['kidnaping a kasindi 1 chauffeur camion adf', 'abducted', 1],
    ['kidnaping a kasindi 2 chauffeurs adf', 'abducted', 2],
    ['enlevement a eringeti 3 cultivateurs par les adf', 'abducted', 3],
    ['abducted in mangina 3 farmers by adf', 'abducted', 3],
    ['tues a mamove 2 cultivateurs hier soir', 'killed', 2],
    ['wounded near kiwanja 2 traders', 'injured', 2],
    ['blesses a kiwanja 2 commercants par balle', 'injured', 2],
  ] as const)('%s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });
  it('look-alike (the number counts the place\'s days, not people): no count', () => {
    expect(parse('enlevement a kasindi 2 jours apres les combats').victims.abducted).toBeNull();
  });
});

describe('an armed group calling up the youth to train or to join it, nobody taken yet: intimidation', () => {
  it.each([
    ["Rubare CAN: M23 calling all youth to a meeting for 'training', parents hiding their boys", 'm23'],
    ['le M23 convoque tous les jeunes de Rubare a une reunion pour une formation, les parents cachent leurs garcons', 'm23'],
    ['M23 asking every family in Rubare to send one young man for training', 'm23'],
    ['Mai-Mai summoning youth of Kipese to join them, parents afraid', 'mai-mai'],
    ['les Wazalendo obligent les jeunes de Kibirizi a rejoindre leurs rangs', 'wazalendo'],
    ['les Nyatura exigent que chaque famille de Kilolirwe donne un jeune pour la formation militaire', 'nyatura'],
  ])('%s', (text, actor) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'threat_intimidation', priority: 'medium' });
    expect(r.perpetrators.map((p) => p.actorId)).toContain(actor);
  });
  it.each([
    'the chief called a meeting of youth in Rubare about the security',
    'M23 held a meeting with the population of Rubare on taxes',
    'M23 called a meeting of the youth of Rubare on the taxes at the market',
  ])('look-alike (a meeting, no call to train or join): nothing (%s)', (text) => {
    expect(parse(text).category).toBe('other');
  });
  it('look-alike (boys taken to train): the child violation (C18)', () => {
    expect(parse('M23 took 5 boys from Rubare to their training camp').category).toBe('child_violation');
  });
});

describe('a group named as what a threatened person talked about: the subject of the speech, not the doer (as "denouncing", "reporting on")', () => {
  it.each([
    'the radio man in bunia get sms they will kill him bcoz he talk about codeco',
    'un journaliste de Bunia menace de mort pour avoir parle de la CODECO a la radio',
    "l'animateur de la radio a Beni recoit des menaces parce qu'il parle des ADF",
    'journalist in Beni threatened after he spoke about the ADF on air',
    "un activiste d'Oicha menace depuis qu'il a ecrit sur les ADF",
  ])('%s', (text) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'threat_intimidation', perpetrators: [] });
  });
  it.each([
    ['CODECO threatened the radio man in Bunia because he talks about them', 'codeco'],
    ['residents talk about an ADF attack last night in Mamove, 3 killed', 'adf'],
    ['les gens parlent des ADF qui ont tue 3 personnes a Mamove', 'adf'],
  ])('look-alike (the group threatened, or told of by others as the killers): the doer (%s)', (text, actor) => {
    expect(doers(text)).toContain(actor);
  });
});

describe('a short name one letter from a village of another province than the places named: another village, not a typo', () => {
  it.each([
    'Per CAN focal point in Oicha, a woman was raped by two armed men on her way to the field near Ngite on Monday.',
    'focal point in Oicha reports 2 farmers killed by ADF near Ngite',
    'Selon le point focal CAN de Beni, une femme violee pres de Ngite',
  ])('the focal point\'s seat and a village the gazetteer lacks: no place (%s)', (text) => {
    expect(parse(text).place).toBeNull();
  });
  it.each([
    ['focal point in Oicha reports 2 farmers killed by ADF in Oicha town', 'oicha'],
    ['focal point in Mangina reports 2 farmers killed by ADF', 'mangina'],
    ['a woman raped near Ngite by armed men', 'ngote'],
    ['2 civils tues a Kasindii hier, selon la societe civile de Beni', 'kasindi'],
  ])('look-alike (the seat alone, a guess with nothing else named, a long name): the place (%s)', (text, id) => {
    expect(parse(text).place?.id).toBe(id);
  });
});
