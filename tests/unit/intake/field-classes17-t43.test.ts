import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const ids = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// Classes of wording from reports43 (doer vs responder or target, where people went vs where it happened, "both"
// counted): invented sentences in both languages, with the look-alikes that must keep their reading.

describe('"both" before a death or a wound counts two (victims/both-taken.ts)', () => {
  it.each([
    ['Nyamilima: FDLR ambushed two traders, both killed', 'killed', 2],
    ['Nyamilima: FDLR ambushed two traders on the road, both were killed', 'killed', 2],
    ['Nyamilima: FDLR ambushed 2 cattle traders, both dead, cows taken', 'killed', 2],
    ['Kamango: ADF attacked two farmers in the field, both died on the spot', 'killed', 2],
    ['Kamango: ADF caught two farmers, both of them shot dead', 'killed', 2],
    ['Nyamilima: FDLR shot at two moto drivers, both injured', 'injured', 2],
    ['Nyamilima: FDLR shot at two moto drivers, both wounded, evacuated to Rutshuru', 'injured', 2],
    ['Nyamilima: 2 pêcheurs attaqués par les FDLR, les deux tués', 'killed', 2],
    ['Nyamilima: 2 motards visés par les FDLR, tous deux blessés', 'injured', 2],
  ] as const)('%s → %s %i', (text, field, n) => {
    expect(parse(text).victims[field]).toBe(n);
  });

  it.each([
    ['Nyamilima: fighting between both sides, 3 killed', 'killed', 3],
    ['Nyamilima: both villages attacked by FDLR, 4 killed', 'killed', 4],
    ['Nyamilima: FDLR ambushed two traders, 3 killed in all, both villages empty', 'killed', 3],
  ] as const)('stays: %s → %s %i', (text, field, n) => {
    expect(parse(text).victims[field]).toBe(n);
  });

  it('both taken still counts two abducted', () => {
    expect(parse('both motorcyclists released last night after the ransom was paid').victims.abducted).toBe(2);
  });
});

describe('the host force harmed in the passive, or repelling after words on what it was doing, is no doer (doers/force-as-victim.ts)', () => {
  it.each([
    ['Biakato: PNC officer shot dead by unknown gunmen at night', []],
    ['Biakato: a police officer killed by armed men at night', []],
    ['Beni: FARDC soldier shot dead by Mai-Mai near the market', ['mai-mai']],
    ['Bogoro: escorte FARDC du convoi humanitaire attaquée par les FPIC, 1 soldat blessé', ['FPIC']],
    ['Mangina: FARDC escorting the market convoy repelled an attack by ADF, 1 civilian injured', ['adf']],
    ['Mangina: FARDC escort repulsed an attack by ADF on the convoy, 2 civilians wounded', ['adf']],
    ['Mangina: les FARDC qui escortaient le convoi ont repoussé une attaque des ADF, 1 civil blessé', ['adf']],
  ])('%s → %j', (text, doers) => {
    expect(ids(text)).toEqual(doers);
  });

  it.each([
    ['Beni: FARDC soldiers shot a civilian at the checkpoint', ['fardc']],
    ['Beni: a civilian shot dead by FARDC soldiers at the checkpoint', ['fardc']],
    ['Mangina: FARDC escorting the convoy beat a driver who refused to stop', ['fardc']],
    ['Kiwanja: des militaires FARDC ont tué un motard qui refusait de payer', ['fardc']],
    ['Sake: PNC officers beat two moto drivers at the roundabout', ['pnc']],
  ])('stays: %s → %j', (text, doers) => {
    expect(ids(text)).toEqual(doers);
  });
});

describe('a heading place over where people were sent or where one who escaped arrived (places/side-roles.ts)', () => {
  it.each([
    ["Eringeti: 3 cultivateurs enlevés par les ADF hier, 1 a réussi à s'enfuir et est arrivé à Oicha", 'eringeti'],
    ['Eringeti: ADF abducted 3 farmers yesterday, one escaped and reached Oicha', 'eringeti'],
    ['Eringeti: ADF abducted 3 farmers, one escaped and arrived in Oicha this morning', 'eringeti'],
    ["Pinga: des éléments de l'APCLS ont occupé l'école de Pinga, les élèves envoyés à Mpofi", 'pinga'],
    ['Pinga: APCLS occupied the school, pupils sent to Mpofi', 'pinga'],
  ])('%s → %s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });

  it.each([
    ['Beni: ADF arrived at Mamove and killed 3', 'mamove'],
    ['Walikale: mouvement des Raia Mutomboki vers Kibua', 'kibua'],
    ['Mbau: ADF killed 2 farmers near Kamango', 'kamango'],
  ])('stays: %s → %s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
});

describe('a group passing through a place toward another was at the first (places/withdrew-toward.ts)', () => {
  it.each([
    ['about 20 NDC-R fighters passed through Mpofi towards Kibua', 'mpofi'],
    ['une vingtaine de combattants NDC-R ont traversé Mpofi vers Kibua', 'mpofi'],
  ])('%s → %s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
});

describe('a group outside the list beating someone, in French (doers/groups.ts)', () => {
  it.each([
    ['Aveba: les FRPI ont battu un commerçant', ['FRPI']],
    ['Aveba: les FRPI ont frappé un motard au marché', ['FRPI']],
    ['Pinga: les APCLS ont chassé les habitants de Kalembe', ['APCLS']],
  ])('%s → %j', (text, doers) => {
    expect(ids(text)).toEqual(doers);
  });
});

describe('the one beaten named before a relative clause or as a stressed pronoun (C3, victims/beaten-injured.ts)', () => {
  it.each([
    ['Itebero: des Mai-Mai ont violé une femme devant son mari, lui a été tabassé', 1],
    ['Itebero: Mai-Mai raped a woman in front of her husband, who was beaten', 1],
    ['Kalehe: militiamen looted the shop and the owner, who was beaten, is in hospital', 1],
    ['Kalehe: des miliciens ont pillé la boutique du commerçant, qui a été tabassé', 1],
  ])('%s → %i injured', (text, n) => {
    expect(parse(text).victims.injured).toBe(n);
  });

  it.each([
    ['Kalehe: Mai-Mai looted shops, the traders, who were beaten, fled', null],
    ['Beni: the man who was beaten by police last week died', null],
  ])('stays: %s → injured %s', (text, n) => {
    expect(parse(text).victims.injured).toBe(n);
  });
});

describe('a faction named after a known group with "de la faction" is that group (constructions/denials-and-rumours.ts factionOfKnown)', () => {
  it.each([
    ['Lubero: les Mai-Mai de la faction Kambale Mayani ont pillé le centre de santé de Luofu', ['mai-mai']],
    ['Lubero: Raia Mutomboki de la faction Sisawa ont enlevé 3 creuseurs', ['raia-mutomboki']],
    ['Lubero: Mai-Mai of the faction of Kambale Mayani looted Luofu', ['mai-mai']],
    ['Lubero: les Mai-Mai faction Kambale Mayani ont pillé Luofu', ['mai-mai']],
  ])('%s → %j', (text, doers) => {
    expect(ids(text)).toEqual(doers);
  });

  it.each([
    ['Lubero: des éléments de la faction Kambale Mayani ont pillé Luofu', ['Kambale Mayani']],
    ['Lubero: clashes between Mai-Mai and the faction Kambale Mayani, 2 killed', ['mai-mai', 'Kambale Mayani']],
  ])('stays: %s → %j', (text, doers) => {
    expect(ids(text)).toEqual(doers);
  });
});

describe("people's boats, nets or herds seized by armed men are looted, no one taken (constructions/denials-and-rumours.ts, categories/thing-seized.ts)", () => {
  it.each([
    ['Kasenyi: les militaires ougandais ont saisi 4 pirogues de pêcheurs congolais sur le lac Albert', 'looting_destruction'],
    ['Vitshumbi: les M23 ont saisi les filets des pêcheurs', 'looting_destruction'],
    ['Kalehe: les Raia Mutomboki ont saisi 30 vaches des éleveurs', 'looting_destruction'],
    ["Vitshumbi: M23 seized the fishermen's nets and boats", 'looting_destruction'],
    ['Kalehe: Raia Mutomboki seized 40 cows from herders', 'looting_destruction'],
  ])('%s → %s', (text, category) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    expect(r.victims.abducted).toBeNull();
  });

  it.each([
    ['Beni: la PNC a saisi 3 armes et des munitions', 'other'],
    ['Vitshumbi: M23 seized 3 women and their goats', 'abduction'],
    ['Kalehe: Raia Mutomboki seized two herders and their cows', 'abduction'],
    ['Ngote: soldats FARDC ont arrêté 7 commerçants et saisi leurs marchandises', 'arbitrary_detention'],
  ])('stays: %s → %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('one of the people taken found dead is one killed (C27, victims/one-of-taken-dead.ts)', () => {
  it.each([
    ["Lumé: 2 femmes enlevées par les ADF au champ, l'une retrouvée morte hier", 1, 2],
    ['Lumé: 3 cultivateurs enlevés par les ADF, un retrouvé mort ce matin', 1, 3],
    ['Lumé: 2 femmes enlevées par les ADF, une retrouvée morte', 1, 2],
    ['Lume: 2 women abducted by ADF, one found dead yesterday', 1, 2],
  ])('%s → killed %i, abducted %i', (text, killed, abducted) => {
    const v = parse(text).victims;
    expect(v.killed).toBe(killed);
    expect(v.abducted).toBe(abducted);
  });

  it.each([
    ['Lumé: 2 femmes enlevées par les ADF, les deux retrouvées mortes', 2],
    ['Lumé: un homme retrouvé mort au champ', 1],
  ])('stays: %s → killed %i', (text, killed) => {
    expect(parse(text).victims.killed).toBe(killed);
  });
});

describe('people burnt inside a house set on fire are killed (victims/burnt-inside.ts, categories/keywords.ts)', () => {
  it.each([
    ['Nizi: CODECO fighters torched 20 houses, 1 old man burnt inside, survivors fled to Bunia', 1],
    ['Nizi: CODECO torched houses, an old woman burned inside her hut', 1],
    ["Nizi: les CODECO ont incendié 20 maisons, un vieillard brûlé à l'intérieur", 1],
    ['Nizi: CODECO torched houses, 3 children burnt inside', 3],
    ["Nizi: les CODECO ont incendié 20 maisons, un vieillard mort dans l'incendie", 1],
    ['Nizi: CODECO burned 20 houses, 2 elderly people died in the fire', 2],
  ])('%s → killed %i', (text, killed) => {
    const r = parse(text);
    expect(r.victims.killed).toBe(killed);
    expect(r.priority).toBe('high');
  });

  it.each([
    ['Nizi: CODECO burnt 20 houses, the shop burnt inside', 'looting_destruction'],
    ['Nizi: les CODECO ont incendié 20 maisons, pas de victime', 'looting_destruction'],
  ])('stays: %s → %s', (text, category) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    expect(r.victims.killed ?? 0).toBe(0);
  });
});

describe('prostitution as the charge people were arrested on is no sexual violence (categories/charge-quoted.ts)', () => {
  it.each([
    ['Kamituga: la PNC a arrêté 3 femmes pour prostitution et les a frappées', ['arbitrary_detention', 'torture_ill_treatment']],
    ['Goma: police arrested 12 women for prostitution in Birere', ['arbitrary_detention']],
    ['Bukavu: 5 jeunes filles détenues au cachot pour racolage depuis 3 jours', ['arbitrary_detention']],
  ])('%s → %j', (text, categories) => {
    const r = parse(text);
    expect(categories).toContain(r.category);
    expect(r.sensitivity).toBe('standard');
    expect(r.victims.crsvSurvivors).toBeNull();
  });

  it.each([
    ['Goma: des militaires forcent des déplacées à la prostitution'],
    ['Goma: women in the site pushed into prostitution by soldiers'],
  ])('stays restricted: %s', (text) => {
    expect(parse(text).sensitivity).toBe('restricted');
  });
});
