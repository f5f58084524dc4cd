import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// Classes behind the misses of pending reports35 (phone-typed one-liners from South Kivu and Rutshuru, Masisi, Walikale;
// t35): invented sentences of each class in both languages, SMS style where it fits, and the look-alikes that must not
// be read as them.

describe('goods of the lake and the road taken by armed men are looting (lake-and-road-goods.ts)', () => {
  it.each([
    'Mai-Mai stopped boats near Baraka, took fish and fuel',
    'Baraka: les mai-mai ont pris 2 pirogues et le poisson des pecheurs',
    'M23 seized the outboard engines of 3 fishermen at Kituku',
    'les wazalendo ont emporte le carburant des motards a Sake',
    'wazalendo took the charcoal of the women on the Sake road',
    'mai mai wamechukua samaki ya wavuvi, ont pris aussi les filets a Makobola',
    'Mai-Mai took fuel and salt at Kigulube market last night',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('looting_destruction');
    expect(r.priority).toBe('medium');
    expect(r.victims.abducted).toBeNull();
  });
  it.each([
    ['Mai-Mai took 3 fishermen near Baraka', 'abduction'],
    ['les mai-mai ont pris 4 pecheurs sur le lac a Makobola', 'abduction'],
  ] as const)('look-alike (people taken): %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
  it.each(['les pecheurs ont pris la pirogue pour Baraka', 'fishermen took a boat to Uvira this morning'])('look-alike (a boat taken to go somewhere): %s', (text) => {
    expect(parse(text).category).not.toBe('looting_destruction');
  });
});

describe('a levy in gold, per digger or boat, or with "chq" for chaque is looting (C6, levy-in-kind.ts)', () => {
  it.each([
    'barriere wazalendo a Kibwa, 500fc pr chq passager',
    'barriere M23 a Kalengera, 1000 FC par chq moto',
    'Numbi: wazalendo exigent 1 gramme d\'or par creuseur',
    'Rubaya: M23 demand a gram of gold per digger every week',
    'wazalendo wanadai 2g d\'or kwa kila mchimbaji',
    'Nyabibwe: mai-mai exigent 5000fc par pirogue',
    'Lulingu: Raia Mutomboki demand 2000 FC per digger at the mine',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('looting_destruction');
    expect(r.priority).toBe('medium');
  });
  it.each(['Numbi: le prix du gramme d\'or a baisse a 60 dollars', 'les creuseurs de Numbi ont trouve 2 grammes d\'or'])('look-alike (gold priced or found): %s', (text) => {
    expect(parse(text).category).not.toBe('looting_destruction');
  });
});

describe('a killing threatened with the verb of shooting is a death threat, nobody killed', () => {
  it.each([
    'ceux qui refusent de payer sont menaces d\'etre abattus a Kibua',
    'Kalehe: le chef de localite menace d\'etre fusille par les Raia Mutomboki',
    'les motards sont menaces de se faire abattre a Sake',
    'traders threatened with being shot if they refuse to pay at Kibua',
    'Pinga: the teacher was threatened with being killed by APCLS fighters',
    'journalists of Bukavu threatened with being executed by wazalendo',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('threat_intimidation');
    expect(r.priority).toBe('medium');
    expect(r.victims.killed).toBeNull();
  });
  it.each(['2 motards abattus par des militaires a Sake', 'trader shot dead at Kibua by wazalendo'])('look-alike (a killing done): %s', (text) => {
    expect(parse(text).category).toBe('attack_on_civilians');
    expect(parse(text).priority).toBe('high');
  });
});

describe('a levy with those who refuse threatened is a threat (C6: a threat said with it)', () => {
  it.each([
    'une coalition wazalendo a etabli 4 barrieres sur l\'axe Walikale-Mpofi, chaque vehicule paie 20 000fc et ceux qui refusent sont menaces d\'etre abattus',
    'FARDC at Kengezi checkpoint ask 2000 FC per moto, those who refuse are threatened',
    'barriere des mai-mai a Lulimba, 2000 FC par moto, ceux qui refusent sont menaces',
    'M23 barrier at Kibumba, 1000 FC per moto, threatening anyone refusing',
    'les mai-mai exigent 2000 FC par moto a Lulimba, menaces contre ceux qui refusent',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('threat_intimidation');
    expect(r.priority).toBe('medium');
  });
  it.each([
    'barriere des mai-mai a Lulimba, 2000 FC par moto',
    'barriere des mai-mai a Lulimba, 2000 FC par moto, ceux qui refusent ont leurs motos saisies',
    'M23 barrier at Kibumba, 1000 FC per moto, those who refuse have their goods seized',
  ])('look-alike (the levy, or its sanction on goods): %s', (text) => {
    expect(parse(text).category).toBe('looting_destruction');
  });
});

describe('the shooter said still there or still firing, or fire going on for some minutes, is under way (C10, still-there.ts)', () => {
  it.each([
    'Sake: 1 tireur isole tire sur les passants a la sortie vers Minova, 1 femme blessee, il est toujours la',
    'Goma: gunman shot 2 people at the market, he is still there',
    'Minova: tirs sur le marche, 2 blesses, les tireurs sont toujours sur place',
    'Sake: shooter still firing near the bus park, 1 injured',
    'Kiwanja: un homme arme a tue un motard au rond-point, ils tirent toujours',
    'Kamanyola: les FARDC tirent sur les wazalendo depuis 30min au centre, la pop court dans tous les sens',
    'Bukavu: shooting in Kadutu since 20min, people running',
  ])('%s', (text) => {
    expect(parse(text).priority).toBe('critical');
  });
  it.each([
    'Sake: 1 tireur a blesse une femme hier, il a fui',
    'Sake: 2 blesses par balle hier, les deplaces sont toujours la',
    'Bunagana: tirs entendus de 5h a 6h, calme depuis 30min',
    'Goma: a man was shot yesterday at the market, the police is still there',
  ])('look-alike (gone, the displaced still there, a span that closed): %s', (text) => {
    expect(parse(text).priority).not.toBe('critical');
  });
});

describe('police or a soldier who "shot" a person named without an article did it (C1, C2; host-forces.ts)', () => {
  it.each([
    ['soldier shot moto taxi driver at Sake barrier b/c he refused to pay, died on the spot', 'fardc'],
    ['policeman shot trader at Kavumu barrier, injured', 'pnc'],
    ['soldier shot woman in the leg at Minova market', 'fardc'],
    ['Uvira: soldier shot fisherman who refused to give his catch', 'fardc'],
    ['Bukavu: police shot student during the march in Kadutu', 'pnc'],
    ['drunk soldier shot motard at Kavumu last night', 'fardc'],
  ] as const)('%s', (text, doer) => {
    expect(doers(text)).toContain(doer);
  });
  it.each(['soldier shot in ambush near Sake', 'policeman shot dead by bandits at Sake', 'soldier shot yesterday near Sake by unknown gunmen'])('look-alike (the soldier or policeman was shot): %s', (text) => {
    expect(doers(text)).not.toContain('fardc');
    expect(doers(text)).not.toContain('pnc');
  });
});

describe('the group the people harmed are "said to be" is what they are taken for, not a doer (said-to-be.ts)', () => {
  it.each([
    ['Bunagana: M23 \'arrested\' 8 young men said to be wazalendo, whereabouts unknown', ['m23']],
    ['2 youths believed to be M23 collaborators beaten by soldiers in Sake', ['fardc']],
    ['Kitshanga: M23 ont arrete 3 jeunes pris pour des wazalendo', ['m23']],
    ['Goma: des civils consideres comme des M23 tabasses par des wazalendo', ['wazalendo']],
    ['Rubaya: wazalendo beat 2 traders thought to be M23 informers', ['wazalendo']],
    ['Kitshanga: M23 beat 3 youths mistaken for wazalendo', ['m23']],
  ] as const)('%s', (text, expected) => {
    expect(doers(text)).toEqual([...expected]);
  });
  it.each([
    ['Mweso: armed men said to be FDLR killed 3 farmers', 'fdlr'],
    ['Kiwanja: assaillants presentes comme des wazalendo ont pille 4 boutiques', 'wazalendo'],
    ['Masisi: 5 people abducted by men believed to be Nyatura', 'nyatura'],
    ['a moto driver was taken to the FARDC position and beaten there by soldiers', 'fardc'],
  ] as const)('look-alike (the armed men said to be that group did it, or taken to its post): %s', (text, doer) => {
    expect(doers(text)).toContain(doer);
  });
});

describe('a group named by its withdrawal before a return did not do it (gone-or-denounced.ts)', () => {
  it.each([
    'Itebero: after the M23 withdrawal about 2,500 people came back from Walikale centre over the weekend',
    'Nyanzale: since the Nyatura departure, 600 people returned home',
    'Kalembe: following the wazalendo pull-out, 300 families came back',
    "Kibirizi: after the M23's withdrawal, 400 people returned to their fields",
    'Kibirizi: apres le retrait des M23, 300 menages sont rentres',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('displacement');
    expect(doers(text)).toEqual([]);
  });
  it.each([
    ['Bunagana: after the M23 withdrawal, wazalendo looted the shops', ['wazalendo']],
    ['Kitshanga: people fled after the M23 attack on the village', ['m23']],
  ] as const)('look-alike (another group did it, or the group attacked): %s', (text, expected) => {
    expect(doers(text)).toEqual([...expected]);
  });
});

describe('a group\'s fighters counted before its name among the harmed are victims, counted (everyday-traffic-1.ts, actors.ts)', () => {
  it.each([
    ['Kalengera: explosion, 1 civil tue et 2 elts M23 blesses', 'injured', 2],
    ['Kalengera: bomb blast, 1 civilian killed and 2 elts M23 wounded', 'injured', 2],
    ['Mweso: 2 elts FARDC blesses dans une embuscade', 'injured', 2],
    ['Kilolirwe: 3 combattants M23 tues par une mine', 'killed', 3],
  ] as const)('%s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
    expect(doers(text)).not.toContain('m23');
  });
  it.each([
    ['Kalengera: 2 elts M23 ont blesse un motard', 'm23'],
    ['Rutshuru: elts M23 ont tue 2 civils', 'm23'],
  ] as const)('look-alike (the fighters did the harm): %s', (text, doer) => {
    expect(doers(text)).toContain(doer);
  });
});

describe('C23 for groups outside the actor list: their arrests are abductions (unlisted-group-arrests.ts)', () => {
  it.each([
    ['Pinga: des APCLS ont arrete 12 personnes qui refusaient de payer la ration', 'APCLS', 12],
    ['Pinga: 5 motards arretes par des NDC-R', 'NDC-R', 5],
    ['Kamanyola: les Imbonerakure ont arrete 3 pecheurs', 'Imbonerakure', 3],
    ['Nyabiondo: APCLS fighters arrested 4 farmers who refused to pay', 'APCLS', 4],
    ['Uvira: Red Tabara arrested 2 herders near Kiliba', 'Red Tabara', 2],
    ['Djugu: FRPI ont arrete 6 cultivateurs au champ', 'FRPI', 6],
  ] as const)('%s', (text, doer, n) => {
    const r = parse(text);
    expect(r.category).toBe('abduction');
    expect(r.priority).toBe('high');
    expect(r.victims.abducted).toBe(n);
    expect(doers(text)).toContain(doer);
  });
  it.each(['Pinga: l\'ANR a arrete 3 jeunes', 'Uvira: 2 pecheurs arretes par la DEMIAP'])('look-alike (a state service arrests: detention): %s', (text) => {
    expect(parse(text).category).toBe('arbitrary_detention');
  });
});

describe('a bare count opening its clause, then the harm in the passive, takes the count (bare-count-harmed.ts)', () => {
  it.each([
    ['Pinga: des APCLS ont arrete 12 personnes, 2 ont ete fouettees en public avant d\'etre relachees', 'injured', 2],
    ['APCLS arrested 12 people, 2 were whipped in public', 'injured', 2],
    ['Ngungu: M23 forcing men to carry their ammunition, 2 who refused were shot dead yesterday', 'killed', 2],
    ['les M23 obligent les hommes a porter les munitions, 3 qui ont refuse ont ete tues', 'killed', 3],
    ['M23 took 6 porters, 2 who tried to flee were beaten', 'injured', 2],
    ['wazalendo ont attaque Kibua, 2 ont ete blesses par balle', 'injured', 2],
  ] as const)('%s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });
  it.each(['M23 arrested 5 youths, 2 have been released', 'Sake: attaque cette nuit, 3 jours apres 2 ont ete retrouves'])('look-alike (released, found): %s', (text) => {
    const r = parse(text);
    expect(r.victims.killed).toBeNull();
    expect(r.victims.injured).toBeNull();
  });
});

describe('people the army or police arrested, held at "the camp", are at the army\'s camp, not an IDP site (detention-camp.ts)', () => {
  it.each([
    'Sake: FARDC military police arrested 2 civilians and beat them at the camp',
    'Sake: des militaires ont arrete 3 jeunes et les ont tabasses au camp',
    'Minova: soldiers arrested a trader and took him to the camp',
    'Goma: la police a arrete 4 motards, gardes au camp depuis hier',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).not.toBe('attack_on_idp_site');
    expect(r.priority).not.toBe('critical');
  });
  it.each(['Sake: armed men attacked the camp, 2 killed', 'Bulengo: des hommes armes ont attaque le camp, 3 deplaces blesses'])('look-alike (the camp attacked): %s', (text) => {
    expect(parse(text).category).toBe('attack_on_idp_site');
  });
});

describe('the beaten named by a plural pronoun are the people counted before it (C3, them-again.ts)', () => {
  it.each([
    ['Sake: FARDC military police arrested 2 civilians and beat them at the camp', 2],
    ['police arrested 3 youths and beat them badly in Goma', 3],
    ['Kiwanja update: the 4 youths arrested by M23 at the market on Friday were released yesterday, they say they were beaten with sticks in custody', 4],
    ['les 5 motards arretes par les wazalendo ont ete liberes, ils ont ete tabasses', 5],
    ['Uvira: 6 fishermen held by FDNB soldiers, they were whipped on the beach', 6],
  ] as const)('%s', (text, n) => {
    expect(parse(text).victims.injured).toBe(n);
  });
  it.each([
    ['soldiers arrested a trader and beat him', 1],
    ['they were beaten at the barrier in Sake', null],
    ['3 youths arrested by police in Goma, they were released without charge', null],
  ] as const)('look-alike (one beaten, nobody counted, nobody beaten): %s', (text, n) => {
    expect(parse(text).victims.injured).toBe(n);
  });
});

describe('C12 for C23 takings: people a group "arrested", released, who tell of a beating stay the abduction (group-arrest-freed.ts)', () => {
  it.each([
    'Kiwanja update: the 4 youths arrested by M23 at the market on Friday were released yesterday, they say they were beaten with sticks in custody',
    'les 5 motards arretes par les wazalendo ont ete liberes, ils ont ete tabasses au cachot',
    'Pinga: 3 traders arrested by APCLS were freed after 2 days, all whipped in custody',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('abduction');
    expect(r.priority).toBe('high');
  });
  it.each(['des policiers ont arrete 3 eleves et les ont battus au cachot, relaches hier'])('look-alike (arrested by the police: the ill-treatment in custody): %s', (text) => {
    expect(parse(text).category).toBe('torture_ill_treatment');
  });
});

describe('a named group on the move with "no incident" and the people only afraid is a movement (moved-people-afraid.ts)', () => {
  it.each([
    ['According to the local chief, around 40 armed Raia Mutomboki passed through Kalonge this afternoon heading north, no incident but the population is afraid and staying indoors', 'raia-mutomboki'],
    ['Nyatura sont passes par Kibabi ce matin, pas d\'incident mais la population a peur', 'nyatura'],
    ['Raia Mutomboki seen near Kalonge yesterday, no incident, people afraid', 'raia-mutomboki'],
    ['wazalendo passed through Kibua heading to Pinga, no incident but people are afraid', 'wazalendo'],
  ] as const)('%s', (text, doer) => {
    const r = parse(text);
    expect(r.category).toBe('armed_group_movement');
    expect(r.priority).toBe('medium');
    expect(doers(text)).toContain(doer);
  });
  it.each([
    'Territorial administrator says situation in Kanyabayonga is calm but pop fears M23 advance from the south.',
    'calme a Kalonge, pas d\'incident, la population a peur des rumeurs',
  ])('look-alike (a movement only feared, or no group): %s', (text) => {
    expect(parse(text).category).toBe('other');
  });
});
