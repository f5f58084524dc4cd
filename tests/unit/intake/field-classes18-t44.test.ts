import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// Classes of wording from reports44 (victim counts said many ways): invented sentences in both languages, with the
// look-alikes that must keep their reading.

describe('C7: a partial release said with the whole taken counts the whole (victims/partial-release.ts)', () => {
  it.each([
    ['Mutwanga: les ADF ont relâché 2 des 6 otages', 6],
    ['Mutwanga: les ADF ont relâché 2 des 6 otages, les 4 autres toujours détenus dans la brousse', 6],
    ['Fizi: les Mai-Mai ont libéré hier 3 otages sur les 10 enlevés à Lulimba', 10],
    ['Fizi: les Mai-Mai ont libéré 3 otages sur les 10 enlevés, les autres toujours détenus', 10],
    ['M23 a enlevé 5 commerçants lundi, a relâché 2 ce matin contre rançon', 5],
    ['Baraka: Mai-Mai abducted 2 fishermen yesterday, released one today after ransom, the other still held', 2],
    ['Kitchanga: M23 abducted 5 traders on Monday, freed two today after ransom', 5],
    ['Tchabi: ADF elts took nine ppl incl a pastor, released 2 women later', 9],
    ['ADF freed 2 of the 6 hostages', 6],
  ] as const)('%s → abducted %i', (text, n) => {
    expect(parse(text).victims.abducted).toBe(n);
  });

  it.each([
    ['Mai-Mai released 3 hostages yesterday', 3],
    ['Fizi: 3 otages libérés par les Mai-Mai hier soir', 3],
    ['3 of the 5 farmers freed, 2 still held', 5],
    ['M23 abducted 5 traders, released 2 this morning', 5],
    ['4 des 7 cultivateurs libérés, 3 toujours aux mains des ravisseurs', 7],
  ] as const)('stays: %s → abducted %i', (text, n) => {
    expect(parse(text).victims.abducted).toBe(n);
  });
});

describe('people listed one by one before or after a killing or a wound are summed (victims/listed-people.ts)', () => {
  it.each([
    ['Beni: father 45 and son 12 killed by ADF', 'killed', 2],
    ['Beni: father (45) and son (12) killed by ADF', 'killed', 2],
    ['Beni: father and son killed by ADF last night', 'killed', 2],
    ['Beni: un père (45 ans) et son fils (12 ans) tués par les ADF', 'killed', 2],
    ['Mavivi: a father (45) and his son aged 12 hacked to death in their field, ADF suspected', 'killed', 2],
    ['Fataki: le chef de groupement, sa femme et leur fille de 9 ans tués par des hommes armés', 'killed', 3],
    ['Marabo: CRP elements shot dead the chief and his two bodyguards at a roadblock', 'killed', 3],
    ['Marabo: the chief and his 2 bodyguards killed by CRP', 'killed', 3],
    ['Oicha: tous les deux, le mari et la femme, ont été égorgés à leur domicile', 'killed', 2],
    ['Kibati: mother 30 and daughter 8 wounded by a shell', 'injured', 2],
    ['Kibati: une mère et sa fille de 8 ans blessées par un obus', 'injured', 2],
    ['Mavivi: pere 50 et fils 16 blesses par balle, ADF', 'injured', 2],
  ] as const)('%s → %s %i', (text, field, n) => {
    expect(parse(text).victims[field]).toBe(n);
  });

  it.each([
    ["Tchabi: quatre personnes tuées dont 2 enfants et six autres blessées lors d'une incursion ADF", 'injured', 6],
    ["Nyankunde: 4 morts dont 1 militaire et une dizaine de blesses apres l'attaque", 'injured', 10],
    ['Beni: ADF killed a man and his goats', 'killed', 1],
    ['Beni: the father of the victim and his brother came to report, 1 killed', 'killed', 1],
    ['Mavivi: a father and his son hacked to death by ADF', 'injured', null],
    ['ADF killed four civilians and two others are reported missing near Eringeti', 'killed', 4],
    ['Mbau: 14 civils dont 3 femmes et 2 enfants tués par les ADF', 'killed', 14],
    ['ADF attack on Mangina: 3 women and 2 children among the dead, 7 killed in all', 'killed', 7],
    ["Oicha: un cultivateur et sa femme blessés par balle, la femme est décédée à l'hôpital", 'injured', 1],
  ] as const)('stays: %s → %s %s', (text, field, n) => {
    expect(parse(text).victims[field]).toBe(n);
  });
});

describe('a parent wounded with her own young children: the children counted, a child violation (categories/parent-with-children.ts)', () => {
  it.each([
    ["Kibati: une maman et ses 2 bébés (jumeaux) blessés par des éclats d'obus", 3, 2],
    ['Mbau: a woman and her two young daughters wounded by bullets when ADF fired on the village', 3, 2],
    ['CAN Lume : un bébé et sa mère blessés par balle lors d’une incursion armée.', 2, 1],
    ['Beni: a mother and her baby injured by a stray bullet', 2, 1],
    ['Beni: une femme et ses 3 enfants blessés par un obus', 4, 3],
    ['Kiwanja: a woman and her 2 kids wounded by shrapnel from a shell', 3, 2],
    ['Kiwanja: mama et ses deux petites filles blessées par balle', 3, 2],
  ] as const)('%s → injured %i, children %i, child violation, high', (text, injured, children) => {
    const r = parse(text);
    expect(r.victims.injured).toBe(injured);
    expect(r.victims.childrenAffected).toBe(children);
    expect(r.category).toBe('child_violation');
    expect(r.priority).toBe('high');
  });

  it.each([
    ['ce mat a Bulongo: 2 femmes et 3 enfants blessés par balles, auteurs inconnus', 'attack_on_civilians', 'medium'],
    ['Beni: a woman and her husband wounded by bullets', 'attack_on_civilians', 'medium'],
    ['Beni: a woman and her daughters wounded by bullets', 'attack_on_civilians', 'medium'],
    ['Biakato : un bébé et sa mère tués par balle lors du braquage d’un bus, bandits armés', 'attack_on_civilians', 'high'],
    ['Lita: CODECO killed 6 civilians incl a woman and her baby, houses burnt', 'attack_on_civilians', 'critical'],
  ] as const)('stays: %s → %s, %s', (text, category, priority) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    expect(r.priority).toBe(priority);
  });
});

describe('a toll still being counted or said "now" is no attack under way (categories/toll-now.ts, text-facts.ts)', () => {
  it.each([
    ['Biakato: attaque ADF hier, plusieurs morts, bilan en cours', 'high'],
    ['Mbau: attaque à la machette cette nuit, plusieurs morts, bilan provisoire en cours', 'high'],
    ['Biakato: ADF attack last night, several dead, toll still being established', 'high'],
    ["Update Kanyabayonga after Tuesday's shelling: 14 wounded now, not 9. No deaths.", 'medium'],
    ["Kanyabayonga after Tuesday's shelling: 14 wounded now", 'medium'],
    ['Sake: après les bombardements de lundi, 6 blessés maintenant', 'medium'],
  ] as const)('%s → %s', (text, priority) => {
    expect(parse(text).priority).toBe(priority);
  });

  it.each([
    ['Kiwanja: shelling now on Kiwanja, 3 wounded', 'critical'],
    ['Kiwanja: bombardements en cours sur Kiwanja', 'critical'],
    ['Kiwanja: combats en cours, bilan inconnu', 'critical'],
  ] as const)('stays: %s → %s', (text, priority) => {
    expect(parse(text).priority).toBe(priority);
  });
});

describe('"ils étaient 12 à être enlevés": the harm named after "à être" is counted (victims/they-were-n.ts)', () => {
  it.each([
    ['Baraka: ils étaient 12 à être enlevés par les Mai-Mai sur le lac, pas 8 comme dit hier', 'abducted', 12],
    ["Beni: ils étaient 3 à être tués dans l'embuscade", 'killed', 3],
    ['Kalehe: elles étaient 5 à être blessées par les éclats', 'injured', 5],
  ] as const)('%s → %s %i', (text, field, n) => {
    expect(parse(text).victims[field]).toBe(n);
  });

  it('stays: ils étaient 30 à être présents à la réunion → nobody counted', () => {
    const v = parse('Beni: ils étaient 30 à être présents à la réunion').victims;
    expect([v.killed, v.injured, v.abducted]).toEqual([null, null, null]);
  });
});

describe('one person with a singular article, the harm set apart or after the age (victims/one-person-apposed.ts)', () => {
  it.each([
    ['Lume: deux motards tués hier par des présumés ADF. Le passager, blessé par balle, est soigné au CS de Lume', 'injured', 1],
    ['Beni: the driver, shot in the leg, was evacuated to Beni', 'injured', 1],
    ['Beni: le chauffeur, blessé, a été évacué', 'injured', 1],
    ["Mavivi: le vieux de 70 ans lynché hier soir par des jeunes qui l'accusaient de sorcellerie", 'killed', 1],
    ['Mavivi: le vieux lynché par la foule', 'killed', 1],
    ['Oicha: un vieux de 65 ans tué à la machette', 'killed', 1],
  ] as const)('%s → %s %i', (text, field, n) => {
    expect(parse(text).victims[field]).toBe(n);
  });

  it.each([
    ['Beni: les vieux, blessés, ont été évacués', 'injured', null],
    ['Beni: le chef, qui a vu les blessés, témoigne', 'injured', null],
    ['Beni: 2 tués, dont le chauffeur', 'killed', 2],
  ] as const)('stays: %s → %s %s', (text, field, n) => {
    expect(parse(text).victims[field]).toBe(n);
  });
});

describe('where the hurt were taken for care is not where they were hurt (places/cared-at.ts)', () => {
  it.each([
    ['6 civilians hospitalised at HGR Rutshuru after a shell hit Kiwanja market yesterday', 'kiwanja'],
    ['Sake: one person killed and 3 others hurt by a shell in Mubambiro, the 3 hospitalised in Goma', 'sake'],
    ['Kiwanja: 3 blessés par un obus, hospitalisés à Goma', 'kiwanja'],
    ["Goma: 3 civils hospitalisés à l'HGR après des tirs à Kanyaruchinya", 'kanyaruchinya'],
    ['2 civils admis à l’hôpital de Rutshuru après une attaque à Kiwanja', 'kiwanja'],
  ])('%s → %s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });

  it.each([
    ['Rutshuru: 4 wounded admitted at HGR Rutshuru', 'rutshuru'],
    ['4 wounded hospitalised in Goma after a grenade blast', 'goma'],
    ['Beni: ADF attacked Oicha, 3 wounded', 'oicha'],
  ])('stays: %s → %s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
});
