import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const ids = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// Classes of everyday field traffic (tests/corpus/reports10.*): quiet days, rumours denied or not
// confirmed, mishaps, gunfire heard as one speaks. Invented sentences of each class in both languages
// and SMS spellings, and the look-alikes that must not be read as them.

describe('a quiet day ("RAS", "calme", "nothing new") is other and low, with no perpetrator', () => {
  it.each([
    'RAS a Eringeti ce matin',
    'Beni ville: RAS, circulation normale',
    'Oicha quiet today, market open',
    'Mangina: nothing new since yesterday',
    'Kamango calme depuis 2 jours, les FARDC patrouillent',
    'Butembo: situation calme mais tendue, boutiques fermées tôt',
    // ("le calme est revenu, les familles regagnent leurs maisons" is a return: displacement by C8, field-conventions-c8-c9.test.ts)
    'Mavivi back to normal, schools reopened after the attack of last week',
    "Bunia: aucun nouvel incident depuis l'attaque de lundi",
    'Kasindi: rien a signaler, marché animé',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('other');
    expect(r.priority).toBe('low');
    expect(r.perpetrators).toEqual([]);
  });

  it.each([
    'Nothing new in Mangina since the raid, IDPs still at the parish, about 300 people',
    'Aucun nouvel incident à Mangina depuis le raid, mais environ 300 déplacés toujours à la paroisse',
  ])('a quiet day that still counts displaced people is the displacement: %s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('displacement');
    expect(r.victims.displaced).toBe(300);
  });

  it.each([
    // calm asked for is no quiet day
    ['Kalonge: tension entre jeunes Bahavu et Batembo, les sages appellent au calme', 'intercommunal_tension'],
    ['Tension between Hema and Lendu youths at Iga Barrière market, elders calling for calm', 'intercommunal_tension'],
    // a killing reported is news, calm or not
    ['Eringeti: 3 civils tués par les ADF cette nuit, calme ce matin', 'attack_on_civilians'],
    ['Oicha calm now but ADF killed 2 farmers in the fields at dawn', 'attack_on_civilians'],
  ])('look-alike: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('a rumour denied is other and low; the group named only in the rumour did nothing', () => {
  it.each([
    'Rumour of M23 in Kibirizi turned out false, the patrol found nothing',
    "Kamango: la rumeur d'une incursion ADF est démentie par le chef de groupement",
    "Démenti: pas d'attaque CODECO à Pimbo contrairement aux messages WhatsApp",
    'ADF claim they took Mayimoya - the administrator denies, FARDC still there',
    'Mbau: no ADF presence confirmed, the chief says the pop can go back to the fields',
    "fausse rumeur d'attaque des Mai-Mai à Lubero, la pop est rentrée",
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('other');
    expect(r.priority).toBe('low');
    expect(r.perpetrators).toEqual([]);
  });

  it('an unconfirmed rumour that sends people to the bush is the displacement, and the feared group its perpetrator (C9)', () => {
    const text = "Mavivi: rumeur d'incursion des ADF, non confirmée, les habitants dorment dehors";
    expect(parse(text).category).toBe('displacement');
    expect(ids(text)).toEqual(['adf']);
  });

  it.each([
    // access denied is an incident of its own
    ['WFP trucks denied access to Pinga by Wazalendo at the barrier', 'access_denial', ['wazalendo']],
    ["Les M23 refusent l'accès des ONG à Tongo depuis lundi", 'access_denial', ['m23']],
  ])('look-alike: %s', (text, category, perps) => {
    expect(parse(text).category).toBe(category);
    expect(ids(text)).toEqual(perps);
  });

  it.each([
    // denying a withdrawal says the group is still there
    'Rubare: report of an M23 withdrawal denied by residents, fighters still in the town',
    "Kitshanga: l'annonce du retrait des M23 est démentie, ils sont toujours là",
  ])('look-alike, a withdrawal denied keeps the group: %s', (text) => {
    expect(parse(text).category).not.toBe('other');
    expect(ids(text)).toEqual(['m23']);
  });
});

describe('mishaps: a pit or a house caving in, a riot inside a prison', () => {
  it.each([
    'Kamituga: a gold pit collapsed, 4 diggers dead',
    "Effondrement d'un puits minier à Mongbwalu, 6 creuseurs morts",
    'mutinerie à la prison de Bunia, 2 morts',
    'Butembo central prison: riot, 1 inmate dead',
    'house collapsed on a family in Goma after the rains, 2 dead',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('other');
  });

  it.each([
    ['M23 shelling: a house collapsed on a family in Kibumba, 2 dead', 'attack_on_civilians'],
    ['Riot police shot dead 2 demonstrators in Butembo', 'attack_on_civilians'],
  ])('look-alike: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('gunfire heard as one speaks, civilians hiding from it: under way, critical', () => {
  it.each([
    'Kainama: les ADF sont là, on entend des coups de feu',
    'Kitshanga: we can hear heavy shooting from the hill, M23 and Wazalendo',
    'Tirs nourris à Mavivi, nous entendons les détonations',
    'Mai-Mai and FARDC fighting in Bunyatenge, civilians hiding in church',
    'affrontements ADF/FARDC a Mamove, la population se cache dans la brousse',
  ])('%s', (text) => {
    expect(parse(text).priority).toBe('critical');
  });

  it.each([
    // heard about, past: not under way
    'On entend dire que les ADF ont pillé Mamove la semaine dernière',
    'Les ADF ont attaqué Kainama hier, 2 blessés',
  ])('look-alike: %s', (text) => {
    expect(parse(text).priority).not.toBe('critical');
  });
});

describe('Mai-Mai factions named without "Mai-Mai" are the Mai-Mai', () => {
  it.each([
    'Kipese: 2 motards enlevés par les Kyandenga hier soir',
    'Kifuafua fighters looted shops in Kibua overnight',
    "les Mazembe ont pillé le marché de Bunyatenge",
    'Mai-Mai Mazembe burned houses in Bunyatenge',
  ])('%s', (text) => {
    expect(ids(text)).toEqual(['mai-mai']);
  });

  it.each([
    // the faction is the target
    ['FARDC operation against the Kyandenga near Kipese, 2 soldiers wounded', ['fardc']],
    ['Biloze Bishambuke militia beat up vendors at Lulimba market', ['Biloze Bishambuke']],
  ])('look-alike: %s', (text, perps) => {
    expect(ids(text)).toEqual(perps);
  });
});

describe('attack cut short in SMS ("attaq", "atk") is an attack', () => {
  it.each(['attaq en cours a Mamove!!', 'atk on Kainama rn, ppl running', 'attak ADF a Oicha cette nuit, 2 morts'])('%s', (text) => {
    expect(parse(text).category).toBe('attack_on_civilians');
  });

  it('look-alike: a Swahili threat "atakuua" stays a threat', () => {
    expect(parse('Mamove: msg to the chief "atakuua" if he talks to FARDC').category).toBe('threat_intimidation');
  });
});

describe('two communities, or the displaced and their hosts, fighting each other: a tension whatever it cost', () => {
  it.each([
    'Ngote: Hema and Alur youths clashing over a field, 3 injured',
    'Bagarre entre Nande et Hutu au marché de Kanyabayonga, 1 mort',
    'Kalehe: farmers and herders fighting over a water point, 2 dead',
    'Bunia: rixe entre déplacés et population hôte pour le bois de chauffe, 2 blessés',
    'fight between IDPs and host residents at the Rhoe borehole, one injured',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('intercommunal_tension');
  });

  it.each([
    // an armed group named: the attack
    ['CODECO fighters attacked Hema herders near Nizi, 3 dead', 'attack_on_civilians'],
    // one side hurting the other with no fight said
    ['Hema youths killed a Lendu trader at Iga Barrière', 'attack_on_civilians'],
  ])('look-alike: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('army units named by their service are the FARDC; a detainee whose family is kept away is detained', () => {
  it.each([
    ['Journalist picked up by military intelligence in Butembo, held 3 days', ['fardc']],
    ['Un commerçant détenu par les renseignements militaires à Bunia depuis lundi', ['fardc']],
    ['La police militaire a arrêté 4 motards à Beni sans motif', ['fardc']],
    // (C2 military intelligence is the FARDC; C5 keeps the DEMIAP named as written too)
    ['Ex-DEMIAP holding two activists in Goma', ['fardc', 'DEMIAP']],
  ])('%s', (text, perps) => {
    expect(ids(text)).toEqual(perps);
    expect(parse(text).category).toBe('arbitrary_detention');
  });

  it.each([
    'Student arrested by the police in Oicha, family has no access',
    "Un pasteur arrêté à Mambasa, sa famille n'a pas accès à lui",
  ])('%s', (text) => {
    expect(parse(text).category).toBe('arbitrary_detention');
  });

  it.each([
    // the army unit as a target
    ['ADF ambush against the military police escort near Oicha, 2 wounded', ['adf']],
    // the ANR is a state service of its own, not the army
    ['ANR holding a journalist in Bunia, family cant visit', ['ANR']],
  ])('look-alike: %s', (text, perps) => {
    expect(ids(text)).toEqual(perps);
  });

  it('look-alike: humanitarians with no access are denied access', () => {
    expect(parse('Beni: MSF has no access to Mamove since the attack, road blocked by ADF').category).toBe('access_denial');
  });
});

describe('follow-ups: a running toll is the total; bodies found by a responder do not make it the target', () => {
  it.each([
    ['UPDATE Mamove: toll now 7 dead, 3 more bodies found near the river by the Red Cross', 7],
    ['Suite Kainama: bilan désormais 6 morts, 2 autres corps récupérés par la Croix-Rouge dans les champs', 6],
  ])('%s', (text, killed) => {
    const r = parse(text);
    expect(r.victims.killed).toBe(killed);
    expect(r.category).toBe('attack_on_civilians');
  });

  it.each([
    // no toll: each count adds up
    ['ADF killed 4 in Mamove and 2 more in Kainama', 6],
  ])('look-alike: %s', (text, killed) => {
    expect(parse(text).victims.killed).toBe(killed);
  });

  it('look-alike: Red Cross volunteers beaten are the target', () => {
    expect(parse('Red Cross volunteers beaten by youths in Beni while collecting bodies').category).toBe('attack_on_humanitarians');
  });
});

describe('Swahili in the report: "tutarudi" is a threat, "adui yuko karibu" armed men close by', () => {
  it.each([
    ["Les ADF ont laissé un message au chef de Kainama: 'tutarudi'", 'threat_intimidation'],
    ["Mai-Mai told the Luofu traders 'tunakuja' if they do not pay", 'threat_intimidation'],
    ['Mamove: residents say "adui wako karibu", ADF seen in the fields', 'armed_group_movement'],
    ['Oicha: « wamefika », des hommes armés vus près de l’école', 'armed_group_movement'],
  ])('%s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });

  it.each([
    // people saying they will go back home
    'Kainama: displaced families say "tutarudi nyumbani" once the FARDC stay, returns planned',
    'Les déplacés de Mavivi chantent « turudi nyumbani », retour prévu la semaine prochaine',
  ])('look-alike: %s', (text) => {
    expect(parse(text).category).not.toBe('threat_intimidation');
  });
});

describe('"live rounds" are ammunition and "now cordoned" a response, not an attack under way; a limb lost is a wound', () => {
  it.each([
    'Butembo: march dispersed with live rounds near the roundabout, 2 protesters wounded',
    'Beni: manifestation dispersée à balles réelles, 4 blessés',
    'Grenade found in a field at Mutwanga, area now cordoned off by FARDC',
    'Obus découvert près de l’école de Kasindi, zone désormais bouclée par la police',
  ])('%s', (text) => {
    expect(parse(text).priority).not.toBe('critical');
  });

  it.each([
    ['Kainama: a girl of 12 lost a leg after stepping on a mine', 1, 'high'],
    ['Un homme a perdu un bras en ramassant une grenade à Mutwanga', 1, 'medium'],
  ])('%s', (text, injured, priority) => {
    const r = parse(text);
    expect(r.victims.injured).toBe(injured);
    expect(r.priority).toBe(priority);
  });

  it('look-alike: shooting going on right now is still under way', () => {
    expect(parse('ADF shooting live at Mavivi right now, people running').priority).toBe('critical');
  });

  it('look-alike: a document lost is no wound', () => {
    expect(parse('Beni: the chief lost his ID card at the checkpoint').victims.injured).toBeNull();
  });
});

describe('French "molester" is to rough up (ill-treatment), the English "molest" stays sexual violence', () => {
  it.each([
    'Des commerçants molestés par des policiers au marché de Beni, 2 blessés',
    'Mambasa: les FARDC ont molesté un chauffeur qui refusait de payer',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('torture_ill_treatment');
    expect(r.sensitivity).toBe('standard');
  });

  it('look-alike: "molested" in English is sexual violence', () => {
    const r = parse('Armed men molested women at the Rhoe water point');
    expect(r.category).toBe('crsv');
    expect(r.sensitivity).toBe('restricted');
  });
});

describe('ordnance found, said as "the discovery of", in a school is a hazard, not an attack on the school', () => {
  it.each([
    "Kasindi: classes suspended after the discovery of a grenade in the school latrines",
    "Mutwanga: après la découverte d'un obus dans la cour de l'école, les cours sont suspendus",
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('explosive_hazard');
    expect(r.sensitivity).toBe('standard');
  });

  it('look-alike: a shell fired on a school is an attack on it', () => {
    expect(parse('M23 shell fired on the Kibumba primary school, 3 pupils wounded').category).toBe('child_violation');
  });
});

describe("an officer's dateline names where the report was written; the place in the text is where it happened", () => {
  it.each([
    ['Beni, 04 déc. Selon la société civile, 3 civils tués par les ADF à Mamove cette nuit', 'mamove'],
    ['Bunia, 02/12/2026. According to the parish, armed men looted shops in Komanda overnight', 'komanda'],
    ['Butembo, Monday - CAN reports 2 farmers abducted near Luofu', 'luofu'],
  ])('%s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });

  it.each([
    // a count, not a date, after the first place: it is where it happened
    ['Oicha, 3 killed by ADF last night, bodies taken to Beni', 'oicha'],
    // a dateline and no other place: the dateline's place stands
    ['Mavivi, 05/12: gunfire heard all night, no casualties', 'mavivi'],
  ])('look-alike: %s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
});

describe('the dead that threatened responders were tending are not a killing reported', () => {
  it.each([
    'Beni: Red Cross volunteers threatened by a crowd while collecting bodies',
    'Oicha: des volontaires de la Croix-Rouge menacés par des jeunes en enterrant les corps',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.priority).toBe('medium');
    expect(r.category).toBe('attack_on_humanitarians');
  });

  it('look-alike: a threat and a killing both reported is high', () => {
    expect(parse('ADF threatened the Mamove chief and killed 2 farmers').priority).toBe('high');
  });
});

describe('former fighters still named by their group', () => {
  it.each([
    ['CNRD ex-combatants looting goats near Kalehe', ['CNRD']],
    ['Des FPIC démobilisés rançonnent les motards à Bogoro', ['FPIC']],
  ])('%s', (text, perps) => {
    expect(ids(text)).toEqual(perps);
  });

  it.each([
    // a known actor's deserters stay that actor
    ['FARDC deserters looting shops in Lubero', ['fardc']],
    // "ex" after no group's name: no group
    ['An ex-soldier was shot dead in Beni by unknown gunmen', ['unknown']],
  ])('look-alike: %s', (text, perps) => {
    expect(ids(text)).toEqual(perps);
  });
});
