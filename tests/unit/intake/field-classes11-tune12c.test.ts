import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const who = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name.toLowerCase());

// Classes of wording behind the misses of tests/corpus/reports12.* (second sitting: everyday traffic from Ituri and
// Beni). Sentences are invented for each class, in both languages and SMS spellings, with look-alikes that must not
// trigger it.

describe("an association's seat is where the report comes from, not where it happened", () => {
  it.each([
    ["Asso des mamans d'Oicha: une femme tuée par son mari à Kambi ya Miba", null],
    ["Asso des mamans d'Oicha: une femme tuée par son mari à Kididiwe", 'kididiwe'],
    ['Women’s association of Beni reports a girl raped by her uncle at Mabasele', null],
    ['La présidente des jeunes de Mutwanga signale 2 motards enlevés à Kisima par des inconnus', null],
    ["Relayé par CLA Beni: la présidente de l'association des femmes d'Oicha signale 2 femmes violées hier", 'oicha'],
  ])('%s', (text, place) => {
    expect(parse(text).place?.id ?? null).toBe(place);
  });

  it.each([
    ['La présidente des femmes de Mangina signale que deux veuves ont été chassées de leurs champs', 'mangina'],
    ['3 femmes de Mangina enlevées par des hommes armés à Kisima', 'mangina'],
    ['Women of Oicha protest against the killings', 'oicha'],
  ])('the seat stays the place when no other is named, and women "of" a place are from there: %s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
});

describe('a name in brackets after an unknown village is its territory', () => {
  it.each([
    ['Kasenyi-Mbau (Beni): 2 farmers abducted by armed men last night', 'beni-territory'],
    ['Village Ndalya (Mambasa) : un chauffeur enlevé ce matin', 'mambasa-territory'],
  ])('%s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });

  it('a known locality named first stays the locality', () => {
    expect(parse('Oicha (Beni): 2 farmers abducted by armed men last night').place?.id).toBe('oicha');
  });
});

describe('people counted beside their flight or arrival are displaced', () => {
  it.each([
    ['Oicha: déplacés de Kainama wamefika, 350 personnes dans les écoles', 350],
    ['Mangina: about 120 women and children arrived from Kisima fleeing ADF', 120],
    ['Eringeti: 75 personnes arrivées de Kainama, sans abri', 75],
  ])('%s', (text, n) => {
    const r = parse(text);
    expect(r.victims.displaced).toBe(n);
    expect(r.category).toBe('displacement');
  });

  it.each([
    'Some 400 people ran to the MONUSCO base in Oicha for protection after gunfire',
    'Pop de Mutwanga en fuite vers Beni, env 300 menages',
  ])('a refuge for the night or households are no head count: %s', (text) => {
    expect(parse(text).victims.displaced).toBeNull();
  });
});

describe('people leaving as a named group is close by flee it (C9), Swahili included', () => {
  it.each([
    ['pop ya Kainama inahama vers Oicha, ADF wako karibu', 'adf'],
    ['Les habitants de Mangina fuient, les ADF approchent du village', 'adf'],
  ])('%s', (text, actor) => {
    const r = parse(text);
    expect(r.category).toBe('displacement');
    expect(who(text)).toContain(actor);
  });

  it('armed men close by with nobody leaving stay a movement', () => {
    expect(parse('ADF wako karibu na Kainama, pop inquiète').category).not.toBe('displacement');
  });
});

describe('people falling back are displaced, and where they went is not where it happened', () => {
  it.each([
    ["Des ADF ont tué 3 civils à Kainama cette nuit, la population s'est repliée vers Oicha", 'kainama'],
    ['ADF killed 2 farmers at Mayimoya, villagers fell back to Eringeti', 'mayimoya'],
  ])('%s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });

  it('armed men falling back stay a movement', () => {
    expect(parse('Les CODECO se sont repliés vers Djugu après les combats').category).toBe('armed_group_movement');
  });
});

describe('beaten in Swahili, the count after the noun (C3)', () => {
  it.each([
    ['Beni: militaires wamepiga bijana 3 sokoni', 3],
    ['Oicha: polisi walipiga watu 2 barabarani', 2],
    ['Mangina: wanajeshi wamepiga mama moja', 1],
  ])('%s', (text, n) => {
    expect(parse(text).victims.injured).toBe(n);
  });

  it('fighting (wanapigana) is no beating', () => {
    expect(parse('Beni: Mai-Mai na FARDC wanapigana Kasindi').victims.injured).toBeNull();
  });
});

describe('marks of torture said in French (C3)', () => {
  it.each([
    ["Un militaire accusé d'avoir torturé un détenu au camp; marques visibles sur les bras", 1],
    ['Un OPJ a torturé un commerçant au cachot, il porte des marques aux jambes', 1],
  ])('%s', (text, n) => {
    expect(parse(text).victims.injured).toBe(n);
  });

  it('torture alleged with no marks is not counted as injured', () => {
    expect(parse("Un OPJ accusé d'avoir torturé un suspect au cachot").victims.injured).toBeNull();
  });
});

describe('a false alarm or a clash of another day is no incident', () => {
  it.each([
    ["fausse alerte à Kasindi: c'était les FARDC qui tiraient en l'air", 'other'],
    ['False alarm in Mavivi, the shots were a wedding party', 'other'],
    ["Oicha calm after Monday's clashes. People returning home.", 'displacement'],
    ["Kasindi is quiet after last week's attack, markets open", 'other'],
  ])('%s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });

  it.each([
    ['Alerte: ADF attack on Kainama, 3 killed', 'attack_on_civilians'],
    ["Oicha: clashes this morning between ADF and FARDC, calm now, 2 civilians killed", 'attack_on_civilians'],
  ])('an alert or a clash reported today stays the incident: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('jailbreaks and suspects arrested and sent to court are other (C1)', () => {
  it.each([
    ['Évasion à la prison de Beni cette nuit, 12 détenus en fuite', 'other'],
    ['Prison break in Butembo: 40 inmates escaped, one guard injured', 'other'],
    ['PNC Oicha: arrestation de 2 présumés voleurs de chèvres, transférés au parquet', 'other'],
    ['Police arrested three suspected thieves in Beni market, handed to the prosecutor', 'other'],
  ])('%s', (text, category) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    expect(r.priority).toBe('low');
    expect(who(text)).not.toContain('pnc');
  });

  it.each([
    ['ADF attacked the Kakwangura prison, 300 inmates escaped, 2 guards killed', 'attack_on_civilians'],
    ['Un garçon de 13 ans évadé du groupe Mai-Mai accueilli au centre de transit de Beni', 'child_violation'],
    ['La police a arrêté 5 jeunes sans mandat à Oicha', 'arbitrary_detention'],
  ])('an attack, a child out of a group or an arrest without warrant keep their reading: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });

  it('suspects arrested and beaten are no law-and-order report', () => {
    expect(parse('Police arrested two suspected thieves and beat them at the station').category).not.toBe('other');
  });

  it.each([
    ['Oicha: une femme violée par un voisin; le suspect a été arrêté par la police'],
    ['Beni: a farmer killed with a machete, the two suspects were picked up by police'],
  ])('the suspect arrested by the police: no police doer (%s)', (text) => {
    expect(who(text)).not.toContain('pnc');
  });
});

describe('money demanded and papers confiscated are taken by force (C6); a fire suspected criminal is no mishap', () => {
  it.each([
    ["Oicha: des déplacés accusent la police de leur demander de l'argent à chaque contrôle", 'looting_destruction'],
    ['Beni: soldiers confiscated the traders’ ID cards at the barrier', 'looting_destruction'],
    ['Incendie du marché de Mangina cette nuit, origine inconnue; les vendeuses soupçonnent un acte criminel', 'looting_destruction'],
    ['Fire at Oicha market last night, cause unknown, traders suspect foul play', 'looting_destruction'],
  ])('%s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });

  it.each([
    ['Incendie accidentel au marché de Mangina, origine inconnue, pas de victimes', 'other'],
    ["Le chef de localité de Kisima intimidé par des hommes armés qui lui réclament de l'argent", 'threat_intimidation'],
  ])('a fire with no suspicion, or a threat with the demand, keep their reading: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('parties to a clash: the police beside an armed group (C4)', () => {
  it.each([
    ['Beni: 2 civils tués lors des échanges de tirs entre policiers et Mai-Mai', ['pnc', 'mai-mai']],
    ['Clashes between the police and Mai-Mai in Butembo, 3 civilians dead', ['pnc', 'mai-mai']],
  ])('%s', (text, actors) => {
    expect(who(text)).toEqual(expect.arrayContaining(actors));
  });

  it('the police who lost a man in the clash is no doer', () => {
    expect(who('Clashes between Mai-Mai and police in Butembo, 1 policeman killed')).not.toContain('pnc');
  });
});

describe('groups not in the list named by an acronym (C5)', () => {
  it.each([
    ['Djugu: Chini ya Kilima (FPIC) ont enlevé 4 commerçants près de Bule', 'fpic'],
    ["Irumu: CRP et CODECO s'affrontent à Kagaba, 2 civils tués", 'crp'],
  ])('%s', (text, name) => {
    expect(who(text)).toContain(name);
  });

  it('a reporter in brackets is no group', () => {
    expect(who('Oicha (CLA): 2 farmers abducted by armed men')).not.toContain('cla');
  });
});

describe('forced marriage of one girl or woman', () => {
  it.each([
    ['Une fille de 15 ans mariée de force à un militaire à Oicha', 1, 1, 'fardc'],
    ['A girl of 16 forcibly married to a soldier in Beni', 1, 1, 'fardc'],
    ['Une femme mariée de force à un milicien Mai-Mai à Kisima', 1, null, 'mai-mai'],
  ])('%s', (text, survivors, children, actor) => {
    const r = parse(text);
    expect(r.victims.crsvSurvivors).toBe(survivors);
    expect(r.victims.childrenAffected).toBe(children);
    expect(r.sensitivity).toBe('restricted');
    expect(who(text)).toContain(actor);
  });

  it('a woman married to a soldier is no forced marriage', () => {
    const text = 'Une femme mariée à un militaire tuée par des bandits à Oicha';
    expect(who(text)).not.toContain('fardc');
    expect(parse(text).victims.crsvSurvivors).toBeNull();
  });
});

describe('children who escaped from a group camp: the group held them', () => {
  it.each([
    ['Three boys who escaped from an ADF camp arrived in Oicha yesterday', 'adf'],
    ["Deux fillettes échappées d'un camp ADF sont arrivées à Eringeti", 'adf'],
  ])('%s', (text, actor) => {
    expect(who(text)).toContain(actor);
  });

  it('a patrol that arrives still responds', () => {
    expect(who('FARDC patrol arrived in Oicha after ADF killed 3 farmers')).not.toContain('fardc');
  });
});

describe('an IDP site where gunfire was only heard, or that people left after an attack, is a displacement', () => {
  it.each([
    ['Kigonze site: shots heard near the site around midnight, IDPs fled to Bunia', 'displacement', 'medium'],
    ['Site de Rhoe: des tirs entendus aux abords du site, les déplacés ont fui vers Bule', 'displacement', 'medium'],
    ['Plaine Savo site: 800 IDPs left for Bule after the attack', 'displacement', 'medium'],
  ])('%s', (text, category, priority) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    expect(r.priority).toBe(priority);
  });

  it.each([
    'CODECO attacked Plaine Savo site last night, IDPs fled to Bule',
    'Site de déplacés de Rhoe: tirs entendus à proximité depuis 19h, les déplacés paniquent',
  ])('a site attacked, or under fire now, stays critical: %s', (text) => {
    expect(parse(text).priority).toBe('critical');
  });
});

describe('counts: the taken found raped, children held, the accused', () => {
  it.each([
    ['Une femme enlevée par des inconnus à Oicha a été retrouvée violée le lendemain', 'crsvSurvivors', 1],
    ['2 girls abducted near Mangina were found raped in the bush', 'crsvSurvivors', 2],
    ['Cachot du commissariat de Beni: 30 détenus dont 3 mineurs, sans PV', 'childrenAffected', null],
    ['Les 3 militaires mis en cause pour le viol de Kisima ont été arrêtés', 'crsvSurvivors', null],
  ])('%s', (text, key, n) => {
    expect(parse(text).victims[key as 'crsvSurvivors']).toBe(n);
  });

  it.each([
    ['M23 beat 4 men accused of being Wazalendo at Rubare', 'injured', 4],
    ['ADF killed 3 civilians including 2 children at Kainama', 'childrenAffected', 2],
  ])('victims accused of siding with a group, and children killed, stay counted: %s', (text, key, n) => {
    expect(parse(text).victims[key as 'injured']).toBe(n);
  });
});

describe('a sweep that carried off goods is the looting', () => {
  it.each([
    ["Des hommes en uniforme ont fait une rafle au marché d'Oicha et emporté une vingtaine de chèvres", 'looting_destruction'],
    ['Soldiers made a sweep of Mangina market and took a dozen goats', 'looting_destruction'],
  ])('%s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });

  it('a sweep that took people is an arrest', () => {
    expect(parse('La police a fait une rafle au marché de Beni, 20 jeunes arrêtés').category).toBe('arbitrary_detention');
  });
});

describe('a brawl among people of one kind, no armed group, is other', () => {
  it.each([
    ['Kigonze site: fight between IDPs at the water point, 2 injured', 'other'],
    ['Rixe entre motards au parking de Beni, un blessé', 'other'],
  ])('%s', (text, category) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    expect(r.priority).toBe('low');
  });

  it.each([
    ["Bagarre entre déplacés et population hôte au point d'eau, 2 blessés", 'intercommunal_tension'],
    ['Fight between Mai-Mai and IDPs at Kigonze site, 2 injured', 'attack_on_idp_site'],
  ])('two groups, or an armed group, keep their reading: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('the displaced blaming their hosts for a theft is a tension', () => {
  it.each([
    ['Tension à Oicha: les déplacés accusent la population hôte de vol de leurs chèvres', 'intercommunal_tension'],
    ['IDPs in Kigonze accuse the host community of theft of their crops, tension high', 'intercommunal_tension'],
    ['Tension à Mangina où des déplacés accusent les autochtones de vol de récoltes', 'intercommunal_tension'],
  ])('%s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });

  it('the displaced accusing armed men of a theft is the looting', () => {
    expect(parse('Les déplacés de Kigonze accusent des hommes armés de vol de leurs chèvres').category).toBe('looting_destruction');
  });
});
