import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// Classes of wording from pending reports40 (people wounded or taken), as invented sentences in both languages, SMS
// style where it fits, and the look-alikes that must not change.

describe('people taken and someone wounded, nobody killed: the abduction names the report (taken-and-wounded.ts)', () => {
  it.each([
    ['Armed men stopped a minibus near Eringeti, shot the driver in the leg and marched 4 passengers into the bush', 1, 4],
    ['gunmen kidnapped a trader in Butembo at 8pm, his guard was wounded', 1, 1],
    ['ADF raid on Mayimoya: 2 civilians wounded and 3 abducted', 2, 3],
    ['Mai-Mai shot and wounded a moto driver and took his 2 passengers near Kasugho', 1, 2],
    ['ambush on a truck near Komanda, driver wounded, 5 passengers abducted by armed men', 1, 5],
    ['les Mai-Mai ont blessé un motard par balle et enlevé son passager près de Kasugho', 1, 1],
    ['embuscade contre un bus à Mambasa, chauffeur blessé, 6 passagers enlevés par des hommes armés', 1, 6],
    ['hommes armes ont enleve 3 femmes et blesse 2 hommes a Kibirizi cette nuit', 2, 3],
    ['Nyatura ont kidnappé 2 commerçants à Kitchanga, un gardien blessé à la machette', 1, 2],
  ])('%s', (text, injured, abducted) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'abduction', priority: 'high' });
    expect(r.victims).toMatchObject({ injured, abducted });
  });

  it.each([
    ['ADF killed 2 and abducted 4 at Mamove, 3 wounded', 'attack_on_civilians'],
    ['ADF attack on Oicha: 3 wounded, no one abducted', 'attack_on_civilians'],
    ['armed men tried to kidnap a trader at Butembo, he was wounded by a bullet', 'attack_on_civilians'],
    ['un commerçant blessé par balle par des hommes armés à Beni', 'attack_on_civilians'],
    ['les ADF ont tué 3 civils et enlevé 2 femmes à Eringeti, 1 blessé', 'attack_on_civilians'],
  ])('not a taking with wounds only: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('C23: people held by an armed group for a sum asked for each of them are abducted (group-arrests.ts perHead)', () => {
  it.each([
    ['les Wazalendo retiennent 4 commerçants à leur QG depuis lundi et exigent 100$ chacun', 4],
    ['Wazalendo holding 3 traders at their base since Monday, demanding 200$ each', 3],
    ['Mai-Mai are holding 5 fishermen at Baraka and want 50 USD per head', 5],
    ['les Nyatura detiennent 2 motards a Kitchanga et demandent 100 dollars par personne', 2],
    ['raia mutomboki retiennent 6 creuseurs a Kamituga, exigent 20$ par tete', 6],
  ])('%s', (text, abducted) => {
    expect(parse(text)).toMatchObject({ category: 'abduction', priority: 'high', victims: { abducted } });
  });

  it.each([
    ['les FARDC retiennent 4 commerçants au camp et exigent 100$ chacun', 'arbitrary_detention'],
    ['police holding 3 youths at the station, asking 20 USD each', 'arbitrary_detention'],
    ['barrière des Mai-Mai à Lubero: ils exigent 1000 FC chacun aux passagers', 'looting_destruction'],
    ['les ADF retiennent 11 personnes dont le catéchiste, selon les rescapés', 'arbitrary_detention'],
  ])('held by the state, a toll, or held with no sum asked (C23, C6): %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('C5: a group outside the actor list holding people is their doer (doers/groups.ts DOING)', () => {
  it.each([
    ['la CRP retient en otage deux agents de la Croix-Rouge depuis hier', 'CRP'],
    ['les FPIC retiennent 3 creuseurs à Gety depuis lundi', 'FPIC'],
    ['APCLS holds 2 teachers hostage near Nyabiondo', 'APCLS'],
    ['NDC-R kept 4 traders at their camp for three days', 'NDC-R'],
    ['Les FRPI séquestrent 5 cultivateurs à Tsheyi', 'FRPI'],
  ])('%s', (text, name) => {
    expect(parse(text).perpetrators.map((p) => p.actorId ?? p.name)).toEqual([name]);
  });

  it.each([
    'les ONG retiennent leurs agents à Goma par prudence',
    'WFP keeps its trucks at Beni until the road is safe',
    'the HGR holds 3 wounded civilians from the Oicha attack',
  ])('an agency or a hospital keeping its own people is no doer: %s', (text) => {
    expect(parse(text).perpetrators).toEqual([]);
  });
});

describe('a part of those counted, told with a detail of its own, is not more people (part-of-wounded.ts)', () => {
  it.each([
    ['Bukavu: 2 students shot and wounded by police during the strike, one hit in the chest', 2],
    ['two children wounded by a grenade they found in a field at Fataki, one lost a hand', 2],
    ['4 wounded at Oicha after the ADF raid, two hit in the head', 4],
    ['2 civilians shot and wounded at Kasindi, one hit by a stray bullet at the market', 2],
    ['2 motards blessés par balle à Beni, un touché au ventre', 2],
    ['3 civils blessés par des éclats d\'obus à Kibumba, deux atteints aux jambes', 3],
    ['5 blesses a Kiwanja, 2 touches a la tete', 5],
  ])('%s', (text, injured) => {
    expect(parse(text).victims.injured).toBe(injured);
  });

  it.each([
    ['the 6 people abducted by ADF have come home, 2 say they were whipped every day', 2, 6],
    ['les 5 otages libérés hier à Pinga, deux disent avoir été fouettés', 2, 5],
    ['Kamango: 4 hostages released by ADF, 3 of them say they were beaten', 3, 4],
  ])('freed hostages, some say they were beaten: %s', (text, injured, abducted) => {
    expect(parse(text).victims).toMatchObject({ injured, abducted });
  });

  it.each([
    ['2 wounded at Kasindi, one man killed', { killed: 1, injured: 2 }],
    ['3 civilians wounded by M23 shelling in Kibumba, one seriously', { injured: 3 }],
    ['3 blessés par balle à Kiwanja, dont un grièvement', { injured: 3 }],
    ['Kirumba: one man shot in the leg, 2 others wounded by machete', { injured: 3 }],
  ])('another harm or other people: %s', (text, victims) => {
    expect(parse(text).victims).toMatchObject(victims);
  });
});

describe('people taken named one by one in a list are summed (listed-people.ts)', () => {
  it.each([
    ['Masisi: le chef de village, sa femme et leurs trois enfants enlevés par les Nyatura cette nuit', 5],
    ['des Raia Mutomboki ont enlevé l\'administrateur adjoint et deux policiers près de Shabunda', 3],
    ['CODECO abducted the wife and the 16-year-old daughter of a local pastor at Nizi', 2],
    ['ADF abducted the chief of Mamove, his wife and their 2 sons last night', 4],
    ['the pastor and his 3 children were abducted by Mai-Mai at Kasugho', 4],
    ['les ADF ont kidnappé un enseignant et deux élèves à Mamove', 3],
    ['nyatura ont enleve le chef, sa femme et 2 cultivateurs a Kibirizi', 4],
  ])('%s', (text, abducted) => {
    expect(parse(text).victims.abducted).toBe(abducted);
  });

  it.each([
    ['Nyatura ont enlevé le chef de village à Kibirizi', 1],
    ['les Mai-Mai ont enlevé le chef et ses vaches', 1],
    ['ADF abducted the nurse, she was later released', 1],
    ['gunmen kidnapped a trader in Butembo at 8pm, his guard was wounded', 1],
    ['the chief and his children abducted by CODECO at Largu', undefined],
  ])('one person, things, or a plural with no number: %s', (text, abducted) => {
    expect(parse(text).victims.abducted ?? undefined).toBe(abducted);
  });
});

describe('children said among the wounded, nobody killed: a child violation (maiming), high (children-among-wounded.ts)', () => {
  it.each([
    ['Update Kiwanja: fighting stopped at noon; injured now 12, 2 of them children'],
    ['Kibumba: une bombe tombée au marché, 8 blessés dont 3 enfants, tir venu des positions M23'],
    ['sake maj: 9 blesses civils dont 4 enfants admis a l hopital, pas de morts signales'],
    ['5 wounded including 2 kids in the M23 shelling of Rubare'],
    ['Rutshuru: 6 civils blessés par balles perdues, parmi eux deux élèves'],
    ['shell hit Mubambiro market, 7 injured among them 3 children'],
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'child_violation', priority: 'high' });
  });

  it.each([
    ['ce mat a Bulongo: 2 femmes et 3 enfants blessés par balles, auteurs inconnus', 'attack_on_civilians'],
    ['ADF attack at Oicha: 3 killed and 6 wounded including 2 children', 'attack_on_civilians'],
    ['2000 personnes ont fui Kanyabayonga, dont des enfants', 'displacement'],
    ['grenade thrown into Rhoe IDP site tonight, 4 injured incl 1 child', 'attack_on_idp_site'],
    ['M23 shelling at Kibumba: 4 wounded, all adults', 'attack_on_civilians'],
  ])('not children said among the wounded only: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('"now" said of a toll, "caught in the crossfire" once the harm is told: harm done, not under way (toll-now.ts)', () => {
  it.each([
    ['bunyatenge maj: maintenant 5 blesses et 2 morts, 4 disparus', 'high'],
    ['Update Kiwanja: injured now 12', 'medium'],
    ['bilan maintenant 3 morts a Mamove', 'high'],
    ['Oicha update: now 4 wounded and 1 dead', 'high'],
    ['Lume: 5 wounded, two seriously, after Mai-Mai attacked the FARDC position; civilians caught in the crossfire', 'medium'],
    ['Kiwanja: 2 civils blessés, pris entre deux feux lors des combats M23-Wazalendo hier', 'medium'],
  ])('%s', (text, priority) => {
    expect(parse(text).priority).toBe(priority);
  });

  it.each([
    'fighting now in Kiwanja between M23 and Wazalendo',
    'M23 are attacking Kibumba now, 2 civilians wounded',
    'shooting right now at Rwindi, civilians trapped in the market',
    'civilians caught in the crossfire at Kiwanja, FARDC vs M23',
    'les combats continuent maintenant a Kalembe, 3 blesses',
  ])('still under way: %s', (text) => {
    expect(parse(text).priority).toBe('critical');
  });
});

describe('a force named in the condition of another\'s threat is no doer (doers/force-in-condition.ts)', () => {
  const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);
  it.each([
    ['a letter signed ADF left at Mavivi parish warns the village will be attacked if the FARDC stay', 'adf'],
    ['Mai-Mai threaten to burn the village if the FARDC stay', 'mai-mai'],
    ['les CODECO menacent d\'attaquer Largu si les FARDC ne partent pas', 'codeco'],
    ['Nyatura say they will attack Kibirizi unless the army leaves', 'nyatura'],
    ['les ADF menacent les habitants tant que les militaires restent a Mamove', 'adf'],
  ])('%s', (text, doer) => {
    expect(doers(text)).toEqual([doer]);
  });

  it.each([
    ['FARDC beat a trader at Beni as if he were a thief', ['fardc']],
    ['ADF threatened to attack if the FARDC arrested their men; FARDC later beat 2 youths', ['adf', 'fardc']],
  ])('the force that did the harm stays: %s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
});

describe('a group threatening to take, kill or attack people is a threat, medium (threatened-harm.ts)', () => {
  it.each([
    'Masisi centre: people say Nyatura threaten to kidnap anyone who has not paid the contribution by Friday',
    'Nyatura threaten to kidnap traders at Kitchanga',
    'les Nyatura menacent d\'enlever les commerçants qui refusent de payer',
    'Mai-Mai threatening to abduct the chief of Kasugho',
    'wazalendo menacent d enlever les motards de Sake',
    'les CODECO menacent de tuer le chef de Largu',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'threat_intimidation', priority: 'medium' });
    expect(r.victims.abducted ?? null).toBeNull();
  });

  it.each([
    ['Nyatura kidnapped 3 traders who refused to pay', 'abduction'],
    ['Nyatura threaten the population of Kibirizi', 'threat_intimidation'],
  ])('a taking done, or a threat with no harm named: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('a harm suspected and its agent after "par/by" name the doer (doers/suspected-harm-by.ts)', () => {
  const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);
  it.each([
    ['mamove: 3 cultivateurs portes disparus depuis hier au champ, on soupconne un enlevement par les ADF', ['adf']],
    ['les gens soupconnent un enlevement par les ADF a Eringeti', ['adf']],
    ['residents suspect an abduction by ADF near Oicha', ['adf']],
    ['on soupçonne une attaque par des CODECO à Largu', ['codeco']],
  ])('%s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });

  it.each([
    ['2 jeunes arretes par les FARDC, soupconnes de collaborer avec les ADF', ['fardc']],
    ['un jeune tabassé par des policiers, soupconne d\'etre un M23', ['pnc']],
  ])('the group the victims are suspected of being stays no doer: %s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
});
