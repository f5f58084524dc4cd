import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const ids = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// Classes of everyday traffic and grave incidents (pending reports15): invented sentences of each class in both
// languages and SMS spellings, and the look-alikes that must not be read as them.

describe('shops and houses broken into at night, in French, are a looting', () => {
  it.each([
    'vol nocturne à Kasindi, 3 boutiques cassées',
    'Beni: boutiques forcées cette nuit au marché Kilokwa',
    'cambriolage a Oicha, porte cassee, marchandises emportees',
    'Vol avec effraction chez un commerçant de Butembo',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('looting_destruction');
  });
  it('look-alike: a flight is no theft', () => {
    expect(parse('Le vol UNHAS pour Bunia annulé ce matin, météo').category).not.toBe('looting_destruction');
  });
});

describe('a weapon pointed at people is a threat; soldiers who point it are the doers', () => {
  it.each([
    ['soldiers pointed their guns at moto drivers in Oicha, ppl scared', ['fardc']],
    ['Des militaires ont braqué leurs armes sur des vendeuses au marché de Mangina', ['fardc']],
    ['ADF pointing guns at farmers near Eringeti, they ran away', ['adf']],
  ])('%s', (text, doers) => {
    const r = parse(text);
    expect(r.category).toBe('threat_intimidation');
    expect(ids(text)).toEqual(doers);
  });
  it('look-alike: shot at is an attack, not a gun pointed', () => {
    expect(parse('Soldiers shot at a crowd in Beni, 2 injured').category).toBe('attack_on_civilians');
  });
});

describe('a message left that they will come back to do worse is a threat', () => {
  it.each([
    'Les CODECO ont laissé un message à Djugu: ils reviendront finir le travail',
    'ADF left a note in Mamove saying they will come back to finish the job',
    "des tracts laissés à Beni: 'on va finir le travail'",
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'threat_intimidation', priority: 'medium' });
  });
  it('look-alike: workers who left to finish the job elsewhere', () => {
    expect(parse('Construction workers in Beni finished the job on the bridge').category).toBe('other');
  });
});

describe('two communities at each other, calm now, is a tension, not an attack under way', () => {
  it.each([
    'Bafuliiru and Banyamulenge youth threw stones at each other in Luvungi, 3 injured, calm now',
    'Hema et Lendu se sont jetés des pierres à Fataki, 2 blessés, calme maintenant',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('intercommunal_tension');
    expect(r.priority).not.toBe('critical');
  });
});

describe('armed men settled around or above a village are a movement', () => {
  it.each([
    ['CODECO ds les collines au dessus de Largu, ils descendent au village la nuit', ['codeco']],
    ['Mai-Mai installed a position on the hill above Mutwanga since Monday', ['mai-mai']],
    ['attaque imminente sur Fataki, beaucoup de CODECO autour du village depuis 16h', ['codeco']],
  ])('%s', (text, doers) => {
    expect(parse(text).category).toBe('armed_group_movement');
    expect(ids(text)).toEqual(doers);
  });
  it('look-alike: people hiding in the hills are displaced', () => {
    expect(parse('la population de Bule dort ds les collines par peur des CODECO').category).toBe('displacement');
  });
});

describe('armed men about, feared, with nothing done, are their presence', () => {
  it.each(['armed men in the fields of Mutwanga since yesterday, farmers fear to go', 'hommes armés dans les champs de Kamango depuis 2 jours, la pop a peur'])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'armed_group_movement', priority: 'medium' });
  });
  it('look-alike: an attack feared first names no movement', () => {
    expect(parse('On craint une attaque des ADF sur Oicha').category).not.toBe('armed_group_movement');
  });
});

describe('a presence watched ("no incident so far") is the movement, not a quiet day', () => {
  it.each(['M23 elements deployed on the hills above Kibirizi this morning. No incident so far.', 'Wazalendo positionnés autour de Sake depuis hier, pas d incident pour l instant'])('%s', (text) => {
    expect(parse(text).category).toBe('armed_group_movement');
  });
  it('look-alike: a quiet day is still quiet', () => {
    expect(parse('Beni: nuit calme, no incident so far').category).toBe('other');
  });
});

describe('made to flee is a flight, not forced recruitment', () => {
  it.each(['Fighting between M23 and Wazalendo near Kibirizi forced families to flee towards Kanyabayonga', 'Les combats CODECO-Zaire ont forcé les habitants à fuir vers Bunia'])('%s', (text) => {
    expect(parse(text).category).toBe('displacement');
  });
  it('look-alike: children forced to join are recruited', () => {
    expect(parse('Mai-Mai forced 4 children to join them in Lubero').category).toBe('child_violation');
  });
});

describe('a levy taken with no threat said is looting (C6)', () => {
  it.each(['CODECO collecting taxes on every cow sold at Largu market', 'Les Nyatura perçoivent des taxes sur les sacs de charbon à Kitshanga'])('%s', (text) => {
    expect(parse(text).category).toBe('looting_destruction');
  });
  it('look-alike: a levy with threats stays the threat', () => {
    expect(parse('Wazalendo collecting taxes at Sake and threatening those who refuse').category).toBe('threat_intimidation');
  });
});

describe('money taken from every passer-by by police or soldiers is extortion by them', () => {
  it.each([
    ['Police at Mahagi port taking 2000 FC from every trader', ['pnc']],
    ['Des militaires prennent 1000 FC à chaque commerçant au pont de Mambasa', ['fardc']],
  ])('%s', (text, doers) => {
    expect(parse(text).category).toBe('looting_destruction');
    expect(ids(text)).toEqual(doers);
  });
});

describe('a dispute named first between two sides, nobody hurt and no armed group, is the tension', () => {
  it.each(['tension at Kasindi between herders and farmers over a field, one hut burnt', 'conflit foncier à Bule entre deux familles, menaces de mort'])('%s', (text) => {
    expect(parse(text).category).toBe('intercommunal_tension');
  });
  it('look-alike: armed men threatening is the threat', () => {
    expect(parse('tension at Kasindi: armed men threatened farmers over a field').category).toBe('threat_intimidation');
  });
});

describe('a whole people called an armed group is incitement; the group in the slur did nothing', () => {
  it.each([
    ["a Wazalendo chief said at a rally in Sake 'all Tutsi are M23'", ['wazalendo']],
    ['Un pasteur de Bunia a déclaré que tous les Lendu sont des CODECO', []],
    ['message whatsapp à Beni: every Nande is ADF', []],
  ])('%s', (text, doers) => {
    expect(parse(text).category).toBe('hate_speech_incitement');
    expect(ids(text)).toEqual(doers);
  });
  it('look-alike: armed men said to be a group is no slur', () => {
    expect(ids('The men who attacked Mamove are ADF, 4 killed')).toEqual(['adf']);
  });
});

describe('people carried off are abducted, not goods taken', () => {
  it.each(['Les ADF ont emporté plusieurs personnes à Eringeti', 'CODECO took 3 people with them from Largu at night'])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'abduction', priority: 'high' });
  });
  it('look-alike: goods carried off stay the looting', () => {
    expect(parse('Les ADF ont emporté des chèvres à Eringeti').category).toBe('looting_destruction');
  });
});

describe('a group named only as gone, hosted or denounced did not do the harm', () => {
  it.each([
    ['Les Nyatura ont brûlé 10 maisons à Kilolirwe après le départ des M23', ['nyatura']],
    ['CODECO warned Fataki chiefs: any village hosting FARDC will be attacked', ['codeco']],
    ['Returns: 200 families back in Kibirizi after FARDC redeployed', []],
    ["Un journaliste d'Uvira menacé depuis qu'il a dénoncé les barrières des Wazalendo", []],
  ])('%s', (text, doers) => {
    expect(ids(text)).toEqual(doers);
  });
  it('look-alike: a group that came through and burnt is the doer', () => {
    expect(ids('Maisons brûlées à Makobola après le passage des Twirwaneho')).toEqual(['twirwaneho']);
  });
});

describe('police said as doers in a round-up or holding people in a cell', () => {
  it.each(['rafle de la police à Beni cette nuit, 20 jeunes embarqués', "L'OPJ de Mambasa garde 2 motards au cachot depuis 3 jours"])('%s', (text) => {
    expect(ids(text)).toEqual(['pnc']);
  });
  it('look-alike: a protest against police round-ups names no doer', () => {
    expect(ids('Les jeunes de Beni manifestent contre les rafles de la police')).not.toContain('pnc');
  });
});

describe('an armed group deployed somewhere is moving, not responding', () => {
  it.each([
    ['CODECO elements deployed around Fataki overnight', ['codeco']],
    ['Les Nyatura se sont déployés sur les collines de Kilolirwe', ['nyatura']],
  ])('%s', (text, doers) => {
    expect(parse(text).category).toBe('armed_group_movement');
    expect(ids(text)).toEqual(doers);
  });
  it('look-alike: the army deployed after an attack responds', () => {
    expect(ids('ADF attacked Mamove, 3 killed; FARDC deployed in the area')).toEqual(['adf']);
  });
});

describe('an armed group that came by night raided', () => {
  it.each(['wamekufa 3 at Eringeti, ADF came at night', '2 morts à Kamango, les ADF sont venus la nuit'])('%s', (text) => {
    expect(ids(text)).toEqual(['adf']);
  });
  it('look-alike: the army that came afterwards responded', () => {
    expect(ids('3 killed at Eringeti by ADF, FARDC came in the morning')).toEqual(['adf']);
  });
});

describe('groups outside the list named by their acronym or one name, as doers (C5)', () => {
  it.each([
    ['NDC-R signalés à Pinga depuis hier', ['NDC-R']],
    ['APCLS back in Nyabiondo since Monday', ['APCLS']],
    ['3 civilians killed in Pinga in clashes between Nduma and APCLS, toll unknown', ['Nduma', 'APCLS']],
    ['Journalist held at the ANR office in Beni since Tuesday', ['ANR']],
  ])('%s', (text, doers) => {
    expect(ids(text)).toEqual(doers);
  });
  it('look-alike: figures unknown is no unknown doer', () => {
    expect(ids('2 killed by ADF at Oicha, figures unknown')).toEqual(['adf']);
  });
});

describe('counts said in reports15 wordings', () => {
  it.each([
    ['Fighting near Kibirizi forced about 800 people to flee towards Kanyabayonga', 'displaced', 800],
    ['Kiwanja: 75 new arrivals from Kishishe this morning', 'displaced', 75],
    ['3 red cross volunteers beaten by a mob in Beni', 'injured', 3],
    ['robbery at Oicha market, a woman cut on the hand', 'injured', 1],
    ['Trois enfants tués par les ADF à Eringeti, un quatrième enlevé', 'abducted', 1],
  ] as const)('%s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });
  it('look-alike: a road cut off counts nobody', () => {
    expect(parse('Road Beni-Kasindi cut off by floods, 2 villages isolated').victims.injured).toBeNull();
  });
});

describe('an attack said to look imminent, armed men on the move, is the movement', () => {
  it.each(['Big CODECO group seen near Fataki heading to the centre, attack looks imminent', "Colonne ADF aperçue vers Eringeti, l'attaque semble imminente"])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'armed_group_movement', priority: 'critical' });
  });
  it('look-alike: "Large" is no place one letter away', () => {
    expect(parse('Large M23 column seen near Kibirizi').place?.id).toBe('kibirizi');
  });
});

describe('a so-called or alleged event denied is no news', () => {
  it.each(['the so-called ADF attack on Mamove was denied by the chief, it was a drunk soldier shooting', "La soi-disant incursion des M23 à Kiwanja est démentie par l'administrateur"])('%s', (text) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'other', priority: 'low' });
    expect(r.perpetrators).toEqual([]);
  });
  it('look-alike: access denied stays an access denial', () => {
    expect(parse('Convoy of WFP denied access at Kalengera by M23').category).toBe('access_denial');
  });
});
