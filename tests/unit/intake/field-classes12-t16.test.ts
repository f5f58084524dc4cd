import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const ids = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// Classes of everyday traffic (pending reports16): invented sentences of each class in both languages and SMS
// spellings, and the look-alikes that must not be read as them.

describe('SMS past tenses (-ed typed -d) and misspelt people are read like the full words', () => {
  it.each([
    ['3 civilans killd by ADF in Oicha last nite', { category: 'attack_on_civilians', victims: { killed: 3 } }],
    ['Mai-Mai burnd 2 houses in Kipese, 4 villagers woundd', { category: 'attack_on_civilians', victims: { injured: 4 } }],
    ['grenade in Beni market, 5 ppl injurd', { victims: { injured: 5 } }],
    ['2 farmers abductd near Mavivi by adf', { category: 'abduction', victims: { abducted: 2 } }],
    ['kidnaping on the Beni road, 3 traders takn', { category: 'abduction', victims: { abducted: 3 } }],
    ['shops lootd in Kiwanja last night', { category: 'looting_destruction' }],
  ] as const)('%s', (text, expected) => {
    expect(parse(text)).toMatchObject(expected);
  });
  it('look-alike: a word that only ends like a past tense is not one ("garden", "children")', () => {
    expect(parse('Women of Oicha planted a garden near the school for the children').category).toBe('other');
  });
});

describe('a quarrel between people over land, cattle or water is a tension, even when it came to blows', () => {
  it.each([
    'quarel over fields btw 2 families of Kalonge, machetes out, nobody hurt',
    'land dispute between Hema and Lendu farmers in Fataki turned into a fight, 2 injured, calm now',
    'Conflit foncier entre deux clans à Kalonge, 3 blessés par des jets de pierres',
    'dispute sur les champs a Bambo entre nande et hutu, tension vive',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'intercommunal_tension', priority: 'medium' });
  });
  it('look-alike: an armed group that killed over land is an attack', () => {
    expect(parse('CODECO killed 2 farmers in Fataki in a dispute over fields').category).toBe('attack_on_civilians');
  });
});

describe('armed men seen, camped or back somewhere, nothing done, are a movement', () => {
  it.each([
    ['CODECO elements seen in the bush behind Largu, no incident so far', ['codeco']],
    ['Mai-Mai camp reported by farmers near Kipese', ['mai-mai']],
    ['les Nyatura réapparus à Karuba depuis lundi', ['nyatura']],
    ['wazalendo come to the Sunday market at Kirumba with guns', ['wazalendo']],
  ])('%s', (text, doers) => {
    expect(parse(text)).toMatchObject({ category: 'armed_group_movement', priority: 'medium' });
    expect(ids(text)).toEqual(doers);
  });
  it.each(["l'enfant disparu hier est réapparu chez sa tante à Beni", 'the missing boy reappeared at his uncle in Oicha'])('look-alike: %s', (text) => {
    expect(parse(text).category).not.toBe('armed_group_movement');
  });
});

describe('money demanded with a price from civilians is a looting (C6); held until paid is a detention; a threat said with it is the threat', () => {
  it.each([
    ['police at the Kasindi border charging women traders 5$ each, whoever does not pay loses her goods', 'looting_destruction'],
    ['des agents de police exigent 2000 FC aux motards au rond-point, sinon saisie de la moto', 'looting_destruction'],
    ['a trader held at the FARDC post of Mushaki until his family paid 50$', 'arbitrary_detention'],
    ["un creuseur détenu au camp militaire jusqu'à ce que sa famille paie 100$", 'arbitrary_detention'],
  ])('%s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
  it('look-alike: a levy with those who refuse threatened is a threat', () => {
    expect(parse('Wazalendo imposing 1000 FC per household in Kirumba, those who refuse are threatened').category).toBe('threat_intimidation');
  });
});

describe('what they will do "if" people go on is a threat; soldiers who said it are the doers (C2)', () => {
  it.each([
    ['soldiers told the women of Lubero market they will burn the stalls if complaints continue', ['fardc']],
    ['des militaires ont averti les commerçants de Kasindi: ils vont brûler les boutiques', ['fardc']],
    ['wazalendo say they will kill anyone who talks to the monusco in Kitshanga', ['wazalendo']],
  ])('%s', (text, doers) => {
    expect(parse(text).category).toBe('threat_intimidation');
    expect(ids(text)).toEqual(doers);
  });
  it('look-alike: soldiers who told people the road is open did no harm', () => {
    const r = parse('soldiers told traders in Lubero that the road to Butembo is open again');
    expect(r.category).not.toBe('threat_intimidation');
    expect(r.perpetrators).toEqual([]);
  });
});

describe('soldiers out of control ("en débandade", "retreating", "ivres") who did harm are the army (C2)', () => {
  it.each([
    'shops looted in Kanyabayonga by retreating soldiers last evening',
    'pillage des boutiques à Kaina hier soir, des militaires en débandade',
    'militaires ivres ont tirer a Kiwanja, 1 blessé',
    'drunk soldiers beat a moto driver in Kiwanja',
  ])('%s', (text) => {
    expect(ids(text)).toEqual(['fardc']);
  });
  it('look-alike: retreating soldiers who only passed are no doers', () => {
    expect(ids('retreating soldiers passed through Kanyabayonga toward Kirumba this morning')).toEqual([]);
  });
});

describe('a road blocked with trees, vehicles turned back, is an access denial', () => {
  it.each([
    'WFP trucks on the Komanda-Luna road, armed men put trees across and turn vehicles back',
    'des hommes armés ont mis des troncs d’arbres en travers de la route Mambasa-Biakato, les camions refoulés',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'access_denial', priority: 'medium' });
  });
  it('look-alike: trucks stuck in the mud', () => {
    expect(parse('Trucks stuck in the mud on the Beni-Kasindi road after the rains').category).toBe('other');
  });
});

describe('mocking a people, or preaching against a people, is hate speech; the group named in the slur did nothing', () => {
  it.each([
    ['song going round Kiwanja bars mocking Hutu as FDLR spies', []],
    ['pastor in Bunia preaching against foreign Nande traders', []],
    ['un prêche contre les Banyamulenge à Uvira ce dimanche', []],
  ] as const)('%s', (text, doers) => {
    expect(parse(text).category).toBe('hate_speech_incitement');
    expect(ids(text)).toEqual(doers);
  });
  it('look-alike: a pastor who preached against an armed group', () => {
    expect(parse("A pastor in Kamango who preached against ADF received a phone call saying 'we are coming'").category).toBe('threat_intimidation');
  });
});

describe('fire aimed toward a post is an attack', () => {
  it.each([
    'M23 fired towards the blue helmets position in Kitshanga',
    'les ADF ont tiré en direction de la base des casques bleus de Mavivi',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('attack_on_peacekeepers');
  });
});

describe('an authority denies, nothing confirmed, no new threat: no incident', () => {
  it.each([
    'ppl say CODECO coming to Fataki but the FARDC cmdr denies, calm for now',
    'rumour of attack on Mavivi tonight, checked with the chief, nothing confirmed',
    'Réunion du comité de protection à Komanda; aucune nouvelle menace signalée',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'other', priority: 'low', perpetrators: [] });
  });
  it('look-alike: a commander who denied a team access is the access denied', () => {
    expect(parse('FARDC commander denied the JHRO team access to detainees in Beni').category).toBe('access_denial');
  });
});

describe('where victims are now is no attack going on; bodies collected by a team are no killing told; "sasa hivi" is now', () => {
  it('2 women raped by armed men near Kamango, at hosp now: high, not critical', () => {
    expect(parse('2 wmn raped by armed men nr Kamango, at hosp now')).toMatchObject({ category: 'crsv', priority: 'high' });
  });
  it('une femme violée à Oicha, à l’hôpital maintenant: high', () => {
    expect(parse("une femme violée par des hommes armés à Oicha, à l'hôpital maintenant").priority).toBe('high');
  });
  it('a Red Cross team stoned while collecting bodies, no injuries: medium', () => {
    expect(parse('Red Cross team stoned by youths in Butembo while collecting bodies. No injuries.')).toMatchObject({ category: 'attack_on_humanitarians', priority: 'medium' });
  });
  it('wanapigana sasa hivi: fighting right now is under way (C10)', () => {
    expect(parse('M23 na wazalendo wanapigana Kirumba sasa hivi, raia 2 wameuawa').priority).toBe('critical');
  });
  it('look-alike: shooting now, not at hospital, stays under way', () => {
    expect(parse('ADF attacking Mavivi now, 2 killed').priority).toBe('critical');
  });
});

describe('people taken from a place or by someone are abducted', () => {
  it.each([
    ['ppl taken frm Boikene last night, dont know how many, ADF', null],
    ['5 farmers taken by Mai-Mai near Kipese', 5],
    ['M23 wamechukua vijana Kiwanja usiku', null],
    ['M23 wamechukua vijana 6 Kiwanja kwa kazi ya nguvu', 6],
  ] as const)('%s', (text, n) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'abduction', priority: 'high' });
    expect(r.victims.abducted).toBe(n);
  });
  it('look-alike: people taken to hospital', () => {
    expect(parse('3 injured people taken to Beni hospital after the accident').category).not.toBe('abduction');
  });
  it('look-alike: "wanachukua 1000fc" takes money, not people', () => {
    expect(parse('wanachukua 1000fc kwa kila moto Kiwanja')).toMatchObject({ category: 'looting_destruction', victims: { abducted: null } });
  });
});

describe('a group named as what the victims are said to be (spies, informers) did not do it', () => {
  it.each([
    ['Wazalendo beat a trader in Kitshanga accusing him of being an M23 spy', ['wazalendo']],
    ['les ADF ont tué 2 hommes à Eringeti, accusés d’être des espions des FARDC', ['adf']],
  ])('%s', (text, doers) => {
    expect(ids(text)).toEqual(doers);
  });
});

describe('people shot, then how many of them died: the dead killed, the others injured', () => {
  it.each([
    ['wazalendo shot 3 villagers at Kitshanga, one died on the way to hospital', 1, 2],
    ['des militaires ont blessé 3 personnes par balle à Beni, une est morte', 1, 2],
  ])('%s', (text, killed, injured) => {
    expect(parse(text)).toMatchObject({ victims: { killed, injured }, priority: 'high' });
  });
  it('look-alike: people shot with nobody said dead are not counted as killed', () => {
    expect(parse('police shot 3 protesters in Butembo').victims.killed).toBeNull();
  });
});

describe('Swahili arrivals: "wamefika X kutoka Y" is a displacement from Y, counted', () => {
  it.each([
    ['wakimbizi 2000 wamefika Sake kutoka Karuba', 'karuba', 2000],
    ['watu 150 walifika Kiwanja kutoka Rubare jana', 'rubare', 150],
  ])('%s', (text, place, displaced) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'displacement', victims: { displaced } });
    expect(r.place?.id).toBe(place);
  });
});

describe('a victim named with two complements, then others of the same harm, counts them all', () => {
  it.each([
    ['les Mai-Mai ont enlevé le chef de village de Kitutu et deux de ses fils', { abducted: 3 }],
    ["ADF ont tué le pasteur de l'église de Mavivi et deux fidèles", { killed: 3 }],
  ])('%s', (text, victims) => {
    expect(parse(text).victims).toMatchObject(victims);
  });
  it('look-alike: the chief of a village then another harm, not another person', () => {
    expect(parse('les ADF ont tué le chef de village de Kitutu et brûlé 3 maisons').victims.killed).toBe(1);
  });
});

describe('held, beaten or tortured at a force\'s position: who holds the position did it', () => {
  it.each([
    ['man torturd at Mutwanga fardc position, wounds on his back', ['fardc']],
    ['a trader detained at the M23 position of Kibumba for 3 days', ['m23']],
  ])('%s', (text, doers) => {
    expect(ids(text)).toEqual(doers);
  });
  it('look-alike: a position only named as where a clash was', () => {
    expect(ids('clashes near FARDC positions at Mutwanga, 2 civilians killed by ADF')).toEqual(['adf']);
  });
});

describe('a fight between two different sides of civilians, nobody killed, is a tension', () => {
  it.each([
    'fight btw moto-taxi drivers and IDPs at Drodro water point, 1 man badly beaten',
    'bagarre entre creuseurs et commerçants à Mongbwalu, 2 blessés',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'intercommunal_tension', priority: 'medium' });
  });
  it.each([
    'Bunia IDP site Kigonze: fight between IDPs during food distribution, 3 injured.',
    'fight between FARDC and M23 at Kitshanga, 2 civilians injured',
  ])('look-alike: %s', (text) => {
    expect(parse(text).category).not.toBe('intercommunal_tension');
  });
});

describe('"displaced" said of people who suffered another harm names who they are, not a displacement count', () => {
  it.each([
    ['8 personnes déplacées ont été arrêtées par la PNC à Mugunga', { displaced: null }],
    ['3 displaced women were raped near Bulengo', { displaced: null, crsvSurvivors: 3 }],
  ])('%s', (text, victims) => {
    expect(parse(text).victims).toMatchObject(victims);
  });
  it.each([
    ['300 personnes déplacées sont arrivées à Sake', 300],
    ['500 people displaced were sheltering in the church of Kiwanja', 500],
  ])('look-alike: %s', (text, displaced) => {
    expect(parse(text).victims.displaced).toBe(displaced);
  });
});

describe('a health facility named after its place, where victims were brought, is not where the harm was done', () => {
  it.each([
    '3 survivors of sexual violence reached Nyangezi health centre from Kaziba; attackers FDLR',
    'a wounded man brought to Beni hospital this morning',
  ])('%s', (text) => {
    expect(parse(text).place).toBeNull();
  });
  it.each([
    ['2 women raped in Kiwanja, taken to Rutshuru hospital', 'kiwanja'],
    ['ADF attacked Oicha hospital last night', 'oicha'],
  ])('look-alike: %s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
});

describe('a group not in the list, back, coming or said to come back, is named as written (C5, C9)', () => {
  it.each([
    ['NDC-R réapparus à Mpofi depuis mardi, à vérifier', ['NDC-R']],
    ['families leaving Nyankunde for Bunia, they say CRP will come back', ['CRP']],
  ])('%s', (text, doers) => {
    expect(ids(text)).toEqual(doers);
  });
  it.each(['the NGO says WFP will come back next week with food', 'MSF will come back to Oicha next week'])('look-alike: %s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'other', perpetrators: [] });
  });
});

describe("a group's fighters or child soldiers captured by the army did not suffer the army's harm: the army is no doer", () => {
  it.each(['kadogo 4 wa Nyatura wamekamatwa na FARDC Nyabiondo', '3 combattants CODECO arrêtés par les FARDC à Fataki'])('%s', (text) => {
    expect(ids(text)).not.toContain('fardc');
  });
  it.each(['2 traders wamekamatwa na FARDC Nyabiondo', '3 civilians arrested by FARDC in Fataki accused of being CODECO fighters'])('look-alike: %s', (text) => {
    expect(ids(text)).toContain('fardc');
  });
});
