import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const ids = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// Classes of counts, places and doers said every way (pending reports17): invented sentences of each class in both
// languages and SMS spellings, and the look-alikes that must not be read as them.

describe('the mission\'s assets named "UN" or "onusien" are peacekeepers attacked', () => {
  it.each([
    ['UN helicopter hit by gunfire over Mweso, M23 blamed', 'attack_on_peacekeepers'],
    ['Convoi onusien pris pour cible par des hommes armés près de Kiwanja', 'attack_on_peacekeepers'],
    ['tirs sur une patrouille onusienne a Rumangabo ce matin', 'attack_on_peacekeepers'],
    ['UN drone fired at by CODECO near Fataki', 'attack_on_peacekeepers'],
  ])('%s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
  it('look-alike: the French article "un drone" is no UN asset', () => {
    expect(parse('tirs sur un drone privé à Beni').category).not.toBe('attack_on_peacekeepers');
  });
});

describe('schools by other names and in SMS, occupied by armed men, are a child violation (C13)', () => {
  it.each([
    'M23 occupying Kibumba institute since Monday',
    'codeco elts occupy Fataki prim sch, no classes',
    'Wazalendo using the secondary sch of Kitshanga as a base',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'child_violation', sensitivity: 'restricted', priority: 'high' });
  });
  it('look-alike: teachers of a school on strike is no violation', () => {
    expect(parse('Teachers of Lopa primary sch on strike over pay').category).not.toBe('child_violation');
  });
});

describe('a mine said suspected or lying on a road is an explosive hazard', () => {
  it.each([
    'suspected mine on the road to Pinga, trucks turned back',
    'Mine suspecte sur l axe Kitchanga-Mweso, circulation arrêtée',
    'possible IED near Mavivi bridge, area cordoned',
    'mine on rd Beni-Kasindi found by villagers',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'explosive_hazard', priority: 'medium' });
  });
  it('look-alike: a gold mine attacked is no explosive', () => {
    expect(parse('CODECO attacked the gold mine of Lopa, 2 diggers killed').category).toBe('attack_on_civilians');
  });
});

describe('ultimatums in hours, in SMS, are threats', () => {
  it.each([
    'M23 told families of Kalengera to leave within 48h',
    'les CODECO ont ordonné aux Hema de quitter sous 72h',
    'ADF letter: pay in 24hrs or we come',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('threat_intimidation');
  });
  it('look-alike: "no incident in 24h" is a quiet day', () => {
    expect(parse('Kamango: no incident in 24h').category).toBe('other');
  });
});

describe('an arrest threatened is the threat, not a detention', () => {
  it.each([
    'Police threatening moto drivers in Bunia with arrest unless they pay',
    'Des militaires menacent les commerçantes de Mangina d arrestation si elles ne paient pas',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('threat_intimidation');
  });
  it('look-alike: people arrested are detained', () => {
    expect(parse('Police arrested 3 moto drivers in Bunia, held without charge').category).toBe('arbitrary_detention');
  });
});

describe('people taken by a named group are abducted', () => {
  it.each(['ppl taken by ADF near Oicha last night, nbr unknown', 'des femmes prises par les CODECO a Djugu hier soir'])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'abduction', priority: 'high' });
  });
  it('look-alike: goats taken by a group are no abduction', () => {
    expect(parse('goats taken by ADF near Oicha last night').category).not.toBe('abduction');
  });
});

describe('households or civilians on the move from fighting are the displacement', () => {
  it.each([
    'Clashes FARDC vs M23 in Rubaya: about 500 households moving toward Sake',
    'Combats à Mweso, des familles en mouvement vers Kitchanga',
    'Mass movement of civilians out of Kibirizi as the fighting comes closer',
    'Mouvement massif des populations de Pinga vers Walikale, combats en cours',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('displacement');
  });
  it('look-alike: armed men moving are a movement', () => {
    expect(parse('ADF moving toward Mweso, families scared').category).toBe('armed_group_movement');
  });
});

describe('C6 at a barrier: people held until they pay by the state are detained (by an armed group, abducted: C23); aid workers stopped and asked for money are access denied', () => {
  it.each([
    ['villagers held at the FARDC checkpoint in Kasindi until they pay 2000 FC', 'arbitrary_detention'],
    // (held until they pay by an armed group is an abduction: C23 keeps C6's detention for the state's forces)
    ['motards retenus à la barrière des Wazalendo jusqu à ce qu ils paient 5000 FC', 'abduction'],
    ['Mai-Mai barrier at Kibua stopping NGO trucks, demanding money', 'access_denial'],
    ['barrière des FARDC à Mpofi, jeton de 2000 FC exigé aux véhicules des ONG', 'access_denial'],
  ])('%s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
  it.each(['Wazalendo barrier at Kibua, 2000 FC per moto', 'Wazalendo barrier at Kibua, 2000 FC per moto, according to an NGO'])('look-alike: money asked of travellers at a barrier stays extortion: %s', (text) => {
    expect(parse(text).category).toBe('looting_destruction');
  });
});

describe('stones thrown between two communities, nobody hurt, are a tension', () => {
  it.each([
    'Ethnic tension in Masisi between Hunde and Hutu youths over a field, stones thrown',
    'Tension entre Hema et Lendu à Fataki autour d un marché, jets de pierres',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('intercommunal_tension');
  });
  it('look-alike: stones thrown at a peacekeepers\' convoy are an attack on it', () => {
    expect(parse('Youths threw stones at a MONUSCO convoy in Beni').category).toBe('attack_on_peacekeepers');
  });
});

describe('doers: police or soldiers who opened fire (C1, C2)', () => {
  it.each([
    ['Police opened fire on protesters in Beni, 2 wounded', ['pnc']],
    ['Les militaires ont ouvert le feu sur la foule à Kasindi, un mort', ['fardc']],
    ['Police ouvre le feu sur la foule a Butembo', ['pnc']],
  ])('%s', (text, doers) => {
    expect(ids(text)).toEqual(doers);
    expect(parse(text).category).toBe('attack_on_civilians');
  });
  it('look-alike: police opening an investigation did no harm', () => {
    expect(ids('Police opened an investigation after 2 traders were killed in Beni')).toEqual([]);
  });
});

describe('doers: who signed the leaflets, both sides "X contre Y" (C4), the group whose position people were tortured at', () => {
  it.each([
    ['leaflets signed CODECO found in Fataki saying they will attack', ['codeco']],
    ['des tracts signés ADF retrouvés à Oicha ce matin, menace d attaque', ['adf']],
    ['a letter signed M23 left at the chief\'s house in Rutshuru', ['m23']],
    ['combats en cours à Kitshanga, FARDC contre M23, population terrée', ['fardc', 'm23']],
    ['2 civilians detained and tortured at an M23 position in Kiwanja', ['m23']],
  ])('%s', (text, doers) => {
    expect(ids(text)).toEqual(doers);
  });
  it('look-alike: an attack "contre" a force keeps that force the target', () => {
    expect(ids('Attaque des ADF contre les FARDC à Eringeti, 2 civils tués')).toEqual(['adf']);
  });
  it('look-alike: a force that found the bodies did not kill', () => {
    expect(ids('FARDC found 3 bodies near Oicha, killers unknown')).toEqual([]);
  });
});

describe('doers: a group set apart as suspected, a group on a mining site named after "par"', () => {
  it.each([
    ['Djugu: 2 women raped on the way to the fields, FRPI suspected', ['FRPI']],
    ['Walikale: un orpailleur pris en otage par des Raia Mutomboki sur le site minier de Lulingu', ['raia-mutomboki']],
  ])('%s', (text, doers) => {
    expect(ids(text)).toEqual(doers);
  });
  it('look-alike: a responder on the site is no doer', () => {
    expect(ids('2 bodies found in Beni, FARDC sur le site')).toEqual([]);
  });
});

describe('not the doers: the side the victims are accused of serving', () => {
  it.each([
    ['FARDC beat 3 fishermen at Kyavinyonge, accusing them of feeding ADF', ['fardc']],
    ['wazalendo whipd 4 motards at Kibua saying they work 4 M23', ['wazalendo']],
    ['Les Wazalendo ont fouetté 2 cultivateurs, les accusant de ravitailler les M23', ['wazalendo']],
  ])('%s', (text, doers) => {
    expect(ids(text)).toEqual(doers);
  });
  it('look-alike: made to work for a group names that group', () => {
    expect(ids('M23 forcing villagers of Kibumba to work on M23 trenches')).toEqual(['m23']);
  });
});

describe('counts: ages as "y/o", an aged person joined by "and", one survivor, one blue helmet', () => {
  it.each([
    ['15 y/o girl raped by a militiaman in Djugu', { crsvSurvivors: 1, childrenAffected: 1 }],
    ['boy 12 y/o abducted by ADF near Oicha', { abducted: 1, childrenAffected: 1 }],
    ['CODECO accused of raping 3 women and a 13-year-old girl in Djugu', { crsvSurvivors: 4, childrenAffected: 1 }],
    ['ADF killed 2 men and a 12-year-old boy near Eringeti', { killed: 3, childrenAffected: 1 }],
    ['viol à Sake, survivante référée au CS', { crsvSurvivors: 1 }],
    ['rape case in Minova, the survivor was referred to the hospital', { crsvSurvivors: 1 }],
    ['Blue helmet wounded in an ambush near Mavivi, ADF', { injured: 1 }],
  ])('%s', (text, counts) => {
    expect(parse(text).victims).toMatchObject(counts);
  });
  it('look-alike: 15 girls are fifteen', () => {
    expect(parse('15 girls abducted by ADF near Oicha').victims.abducted).toBe(15);
  });
  it('look-alike: survivors in the plural stay uncounted', () => {
    expect(parse('viols à Sake, survivantes référées au CS').victims.crsvSurvivors).toBeNull();
  });
});

describe('counts: one person opening the report, set apart by asides with a distance, then the harm', () => {
  it.each([
    ['Le chef de village de Kalunguta, localité à 10 km de Beni, abattu cette nuit par des inconnus', { killed: 1 }],
    ['The chief of Ndoma, a village about 5 km from Komanda, shot dead last night by gunmen', { killed: 1 }],
  ])('%s', (text, counts) => {
    expect(parse(text).victims).toMatchObject(counts);
  });
  it('look-alike: the person opening the report who tells of others harmed is no victim', () => {
    expect(parse('Le chef de Kalunguta, village à 10 km de Beni, dit que 4 civils ont été tués').victims.killed).toBe(4);
  });
});

describe('counts: hostages back who say they were raped; beatings typed in SMS; kadogo in the plural', () => {
  it('hostages who say they were raped are the survivors (C12)', () => {
    expect(parse('Les 3 otages libérées à Oicha disent avoir été violées par les ADF').victims).toMatchObject({ abducted: 3, crsvSurvivors: 3 });
  });
  it.each([
    ['M23 whipd 5 motards at Kiwanja', 5],
    ['man torturd at the FARDC camp in Beni, burns on his back', 1],
  ])('%s', (text, injured) => {
    expect(parse(text).victims.injured).toBe(injured);
  });
  it.each([
    ['kadogo vus aux barrières des Mai-Mai à Itebero', null],
    ['un kadogo vu à la barrière des Mai-Mai à Itebero', 1],
  ])('%s', (text, children) => {
    expect(parse(text).victims.childrenAffected).toBe(children);
  });
});

describe('places and priority: a person harmed near an IDP site; "the village of" a people', () => {
  it('a woman raped near the site while collecting firewood is no attack on the site (high)', () => {
    expect(parse('woman raped nr Rhoe site collecting firewood, attackers unknown')).toMatchObject({ category: 'crsv', priority: 'high' });
    expect(parse('femme violée près du site de Lushagala en allant chercher du bois, assaillants inconnus').priority).toBe('high');
  });
  it('look-alike: a raid on the site with rapes stays critical', () => {
    expect(parse('Armed men raided Rhoe IDP site, 2 women raped').priority).toBe('critical');
  });
  it('a people after "the village of" is no village: the town stays the place', () => {
    expect(parse("A leader in Kalehe urged youths to 'clean the village' of Tutsi").place?.id).toBe('kalehe');
  });
  it('look-alike: a village the gazetteer lacks, in a town shared with its territory, is the territory', () => {
    expect(parse('Kalehe: attack on the village of Bunyampuli, 2 killed').place?.id).toBe('kalehe-territory');
  });
});
