import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const who = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// Classes of wording behind the misses of tests/corpus/reports8.* (frequent categories, counts said every way).
// Sentences are invented for each class, in both languages, with look-alikes that must not trigger it.

describe('displacement: people sheltering, arriving and counted', () => {
  it.each([
    ['Families sleeping in churches in Kiwanja after fleeing Kibirizi, about 400', 'kibirizi', 400],
    ['Les déplacés logent dans les églises de Sake, environ 300, venus de Mweso', 'mweso', 300],
    ['some 250 people arrived from Ngungu and are staying with host families in Minova', 'ngungu', 250],
    ['arrivée de 500 dplcs à Komanda venant de Mambasa', 'mambasa-centre', 500],
    ['une centaine de personnes ont trouvé refuge à la paroisse de Kiwanja', 'kiwanja', 100],
    ['mvt de pop de Kamango vers Oicha, env 1500 pers', 'kamango', 1500],
    ['Exodus from Pinga after clashes, at least 1,500 people on the road to Walikale', 'pinga', 1500],
  ] as const)('%s', (text, place, displaced) => {
    expect(parse(text)).toMatchObject({ category: 'displacement', place: { id: place }, victims: { displaced }, priority: 'medium' });
  });

  it('the whole of those who fled is counted, its children part of it', () => {
    expect(parse('Quarante personnes dont 25 enfants ont fui Mbau vers Oicha').victims).toMatchObject({ displaced: 40, childrenAffected: null });
  });

  it('armed men sleeping in a building use it; "Some 500 people ran to the base" is no estimate after a flight', () => {
    expect(parse('FARDC sleeping in the school at Rubaya')).toMatchObject({ category: 'child_violation', sensitivity: 'restricted' });
    expect(parse('Les soldats logent dans les églises de Sake').category).not.toBe('displacement');
    expect(parse('Le marché de Beni est vide à cause de la grève').category).toBe('other');
    expect(parse('Meeting with host families in Minova on Tuesday').category).toBe('other');
    expect(parse('Distribution of food to 300 households in Kiwanja host families').category).toBe('other');
  });

  it('what people fled from is the cause, in SMS and French too', () => {
    for (const text of ['dozens of families fled Mbau aftr clashes btw armed grps', 'Mass displacement from Kalunguta toward Beni as ADF approach', 'dplcmt massif de Kishishe vers Kiwanja suite a l avancee des M23', 'Le village de Ngungu vidé de ses habitants depuis les affrontements de dimanche']) {
      expect(parse(text).category, text).toBe('displacement');
    }
    expect(parse('clashes nr Kitshanga, abt 90 ppl moved to Mweso')).toMatchObject({ category: 'displacement', victims: { displaced: 90 } });
    // people counted but someone killed: the attack still names it
    expect(parse('Fighting in Nyabiondo, 2 civilians killed, 150 people fled').category).toBe('attack_on_civilians');
  });

  it('nights spent in town are a displacement from the village', () => {
    expect(parse('Villagers of Mavivi spend the night in Beni, return to fields during the day')).toMatchObject({ category: 'displacement', place: { id: 'mavivi' } });
    expect(parse('Les habitants de Mavivi passent la nuit à Beni')).toMatchObject({ category: 'displacement', place: { id: 'mavivi' } });
    expect(parse('ADF killed 3 in Mbau, at least 40 houses burnt').victims.displaced).toBeNull();
  });

  it('a village the gazetteer does not know, left for a known town, leaves the place unknown', () => {
    expect(parse('Residents of the village of Ndoma fled to Komanda').place).toBeNull();
    expect(parse('300 IDPs fled to Komanda').place?.id).toBe('komanda');
  });
});

describe('IDP sites said in SMS, and an attacked site ahead of its child victims', () => {
  it.each(['Fire set to 40 shelters in Kanyaruchinya camp by unknown men', 'tirs ds site dplcs Kanyaruchinya ce soir', 'Camp de Rusayo: 2 déplacés tués par des bandits', 'site de dplcés Bulengo attaqué ce matin'])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'attack_on_idp_site', priority: 'critical' });
  });

  it('children among the dead of a shelled site; rapes in a raid stay CRSV first', () => {
    expect(parse('IDP site at Lushagala shelled, 5 dead including 2 children')).toMatchObject({ category: 'attack_on_idp_site', victims: { killed: 5, childrenAffected: 2 }, sensitivity: 'standard' });
    expect(parse('Bandits stormed the Kigonze IDP site at night and raped 3 women')).toMatchObject({ category: 'crsv', priority: 'critical', victims: { crsvSurvivors: 3 } });
    expect(parse('Displaced of the Rusayo site extorted every night by armed men').priority).toBe('medium');
  });
});

describe('CRSV survivors counted every way', () => {
  it.each([
    ['5 survivantes de viol reçues au CS de Kalonge', 5],
    ['Four SGBV survivors referred to Panzi', 4],
    ['viol collectif à Luvungi, au moins 6 femmes, FARDC indisciplinés', 6],
    ['Mariage forcé de deux femmes par des Nyatura à Kitshanga', 2],
    ['She says she was raped by two soldiers near Sake', 1],
    ['Woman gang-raped by bandits on the Ngungu road', 1],
    ['Women held as sex slaves by ADF near Eringeti, 4 escaped', 4],
    ['Sexual violence in Lulimba: 3 women and 1 man violated', 4],
    ['3 femmes + 2 vieilles violées par des bandits à Kamango', 5],
    ['clinic in Mweso notes more rape cases, 12 in November', 12],
    ['2 wmn rpd by fardc nr sake', 2],
    ['fille vlée par un milicien a Djugu', 1],
    ['Abuse sexuelle sur une fillette de 8 ans à Kiwanja', 1],
    ['Viols signalés à Kalehe, au moins 8', 8],
  ] as const)('%s', (text, survivors) => {
    expect(parse(text)).toMatchObject({ victims: { crsvSurvivors: survivors }, sensitivity: 'restricted' });
  });

  it('girls held as wives are children too; a ceasefire violated is no survivor', () => {
    expect(parse('3 girls held as wives by ADF escaped last week in Eringeti').victims).toMatchObject({ crsvSurvivors: 3, childrenAffected: 3 });
    expect(parse('M23 violated the ceasefire near Kibumba').victims.crsvSurvivors).toBeNull();
  });

  it('survivors treated elsewhere: the place they came from', () => {
    expect(parse('9 survivors of rape from Numbi treated at the Minova hospital').place?.id).toBe('numbi');
    expect(parse('Sept survivantes de viol accueillies au CS de Katana, venant de Kalonge').place?.id).toBe('kalonge');
  });
});

describe('children used and counted', () => {
  it.each([
    ['boy aged 14 used as porter by CODECO in Djugu', 1],
    ['Fille de 15 ans utilisée comme cuisinière par les Mai-Mai à Lulimba', 1],
    ['kadogos manning the Kalunguta barrier, about 6', 6],
    ['children used as porters by M23 near Kiwanja, at least 8 seen', 8],
  ] as const)('%s', (text, children) => {
    expect(parse(text)).toMatchObject({ category: 'child_violation', victims: { childrenAffected: children }, sensitivity: 'restricted' });
  });

  it('"Child soldiers seen" counts nobody; who holds a child now did not harm it', () => {
    expect(parse('Child soldiers seen at a CODECO roadblock near Nizi').victims.childrenAffected).toBeNull();
    expect(who('girl 13yrs used as cook by Mai-Mai in Lulimba, now with FARDC')).toEqual(['mai-mai']);
  });

  it('children most of those taken make a child violation; a breakdown restates them', () => {
    expect(parse('Enlèvement de 4 élèves et de leur enseignant par des bandits près de Mikenge')).toMatchObject({ category: 'child_violation', victims: { abducted: 5, childrenAffected: 4 } });
    expect(parse('ADF abducted 6 schoolchildren near Oicha, 3 girls and 3 boys').victims).toMatchObject({ abducted: 6, childrenAffected: 6 });
    expect(parse('L école de Kipese incendiée par des hommes armés, aucun élève blessé').victims.childrenAffected).toBeNull();
  });
});

describe('counts half-said', () => {
  it.each([
    ['Three children killed and two injured by a shell in Kanyaruchinya', { killed: 3, injured: 2, childrenAffected: 5 }],
    ['2 civilians killed in Oicha and 3 more in Eringeti overnight', { killed: 5 }],
    ['Kidnapping at Mangina last night, about 12 people, ADF suspected', { abducted: 12 }],
    ['enlevés par des bandits à Mikenge: 4 pers. dont 2 femmes', { abducted: 4 }],
    ['Blessés par éclats d obus: 4 personnes à Sake', { injured: 4 }],
    ['farmer attacked with machetes in Kamango died at the hospital', { killed: 1 }],
    ['Des bandits ont enlevé un chauffeur de camion et son convoyeur à Mikenge', { abducted: 2 }],
    ['Attaque à Oicha, deux enfants hospitalisés tués', { killed: 2, injured: null }],
    ['Shots at the Bulengo site, one displaced man killed', { killed: 1, displaced: null }],
    ['Sexual assault of 2 displaced women near Bulengo', { crsvSurvivors: 2, displaced: null }],
    ['Injured man succumbed to his wounds in Butembo', { killed: 1 }],
    ['3 killed: 2 men, 1 woman, in Mamove', { killed: 3 }],
    ['man hacked with a machete in Mbau, serious wounds', { injured: 1, killed: null }],
    ['1 mrt 2 blsses a Kamango', { killed: 1, injured: 2 }],
    ['site dplcs Kigonze: 1 dplce tue par balle', { killed: 1, displaced: null }],
    ['pop en fuite vers Oicha, +/- 500 pers', { displaced: 500 }],
    // among the dead: a part of them, the toll stays unknown
    ['ADF attack on Mangina: 3 women and 2 children among the dead', { killed: null }],
    ['Six people, among them 4 children, abducted by ADF in Mamove', { abducted: 6, childrenAffected: 4 }],
    ['Trois enfants et leur mère tués par une bombe à Mugunga', { killed: 4, childrenAffected: 3 }],
    ['7 displaced people, including 3 children, fled to Beni', { displaced: 7, childrenAffected: null }],
    ['Farmer hacked to death in Mbau', { killed: 1, injured: null }],
    ['Enlèvement contre rançon d un commerçant à Butembo', { abducted: 1 }],
    ['A soldier killed 2 civilians in Mamove', { killed: 2 }],
    ['300 displaced people arrived in Kiwanja from Kishishe', { displaced: 300 }],
  ] as const)('%s', (text, victims) => {
    expect(parse(text).victims).toMatchObject(victims);
  });

  it('a death with no violence named is no killing', () => {
    expect(parse('Old man died of illness in Bulengo site').victims.killed).toBeNull();
  });
});

describe('abductions: hostages, ransom, missing', () => {
  it.each([
    ['2 miners held by Raia Mutomboki in Shabunda, ransom demanded', 2],
    ['Prise d otages à Rubaya: 4 creuseurs détenus par les FDLR', 4],
    ['ransom call, family of the 3 Oicha traders asked 2000$', 3],
    ['Three people missing after ADF raid on Mamove', 3],
    ['Après l attaque de Mbau, une dizaine de personnes sont portées disparues', 10],
    ['Young men forcibly taken by M23 to their camp in Rutshuru, 12 of them', 12],
    ['Jeunes gens pris de force par les Nyatura à Kitshanga, 6 d entre eux', 6],
  ] as const)('%s', (text, abducted) => {
    expect(parse(text)).toMatchObject({ category: 'abduction', victims: { abducted }, priority: 'high' });
  });

  it('"hostage-taking" alone counts nobody; people detained by the army are not abducted', () => {
    expect(parse('Hostage-taking reported at a Rubaya mine').victims.abducted).toBeNull();
    expect(parse('People missing after a boat capsized on Lake Edward').category).toBe('other');
    expect(parse('FARDC detained 4 youths in Beni').category).toBe('arbitrary_detention');
  });
});

describe('looting and destruction: goods and animals taken', () => {
  it.each([
    'Armed men seized 30 goats in Kamango',
    'Les Nyatura ont enlevé 12 vaches à Kilolirwe',
    'wazalendo grabbing phones and money at the Kibua barrier',
    'vaches et chèvres volées par les bandits à Djugu',
    'Twirwaneho raided goats near Minembwe',
    'Feu mis aux maisons de Kipese par des miliciens',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'looting_destruction', priority: 'medium', victims: { abducted: null } });
  });

  it('people seized are abducted', () => {
    expect(parse('ADF seized 4 farmers in Mbau')).toMatchObject({ category: 'abduction', victims: { abducted: 4 } });
  });
});

describe('perpetrators said every way', () => {
  it.each([
    ['FDLR elts looted shops in Nyamilima', ['fdlr']],
    ['fields burnt in Bogoro, FRPI elts', ['FRPI']],
    ['Violences sexuelles à Gety après le passage des CRP', ['CRP']],
    ['Mai-Mai and CNRD regrouping near Lulimba', ['mai-mai', 'CNRD']],
    ['Nyatura fighters abducted women near Nyabiondo', ['nyatura']],
    ['Attaque des Red Tabara à Lemera, 2 morts', ['Red Tabara']],
    ['Suspected APCLS killed a herder in Nyabiondo', ['APCLS']],
    ['Présumés miliciens Kabido ont pillé des boutiques à Lubero', ['Kabido']],
    ['Hommes en uniforme ont pillé le marché de Kiwanja', []],
  ] as const)('%s', (text, actors) => {
    expect(who(text)).toEqual(actors);
  });

  it('a bare name after "by" is a person, not a group', () => {
    expect(who('Attack by Jean Bosco on his neighbour in Beni')).toEqual([]);
  });

  it('soldiers of a group counted among the victims are not who did it', () => {
    expect(who('3 FARDC soldiers killed in an ambush near Mbau')).not.toContain('fardc');
  });
});

describe('attacks said without an attack word, and look-alikes', () => {
  it('shells falling now are an attack under way; shells landing on hills near a site are not an attack on it', () => {
    expect(parse('M23 shells falling on Mugunga right now, no toll yet')).toMatchObject({ category: 'attack_on_civilians', priority: 'critical' });
    expect(parse('Bulengo: families leaving toward Goma, shells landed on the hills nearby').category).toBe('displacement');
  });

  it('peacekeepers writing of "our base"; no casualties among troops is nobody killed or hurt (convention C11)', () => {
    expect(parse('Our base in Kamango was shot at overnight, no casualties among our troops')).toMatchObject({ category: 'attack_on_peacekeepers', victims: { killed: 0, injured: 0 } });
    expect(parse('Tirs sur Mbau, aucune victime').victims).toMatchObject({ killed: 0, injured: 0 });
  });

  it('an attack only said imminent with armed men on the move is the movement (critical)', () => {
    expect(parse('M23 column moving toward Kiwanja, attack imminent')).toMatchObject({ category: 'armed_group_movement', priority: 'critical' });
    expect(parse('Attaque des ADF à Kamango en cours, 2 morts').category).toBe('attack_on_civilians');
  });

  it('a network down, houses threatened by a dispute, a survivor now at hospital', () => {
    expect(parse('No network in Lubero since Monday, cannot reach our focal point')).toMatchObject({ category: 'other', priority: 'low' });
    expect(parse('Land dispute between two clans in Kalehe centre, houses threatened').category).toBe('intercommunal_tension');
    expect(parse('Woman raped by FARDC soldiers in Kitshanga, survivor now at the health centre').priority).toBe('high');
    expect(parse('Man beaten and stabbed by wazalendo at a roadblock in Kibirizi').category).toBe('attack_on_civilians');
    expect(parse('Detainee beaten in the cachot of Beni, hospitalised').category).toBe('torture_ill_treatment');
  });

  it('a town said of its countryside is the territory', () => {
    expect(parse('Kalehe highlands: 3 women raped by Raia Mutomboki').place?.id).toBe('kalehe-territory');
    expect(parse('Attaque dans les hauts plateaux de Kalehe, 2 morts').place?.id).toBe('kalehe-territory');
    expect(parse('Kalehe market: 2 killed').place?.id).toBe('kalehe');
  });
});
