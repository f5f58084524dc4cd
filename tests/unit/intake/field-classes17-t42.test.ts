import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const doers = (text: string) => parse(text).perpetrators.filter((p) => p.actorId !== 'unknown').map((p) => p.actorId ?? p.name);

// Classes of wording from pending reports42 (people taken or hurt, counts written every way, abduction vs arbitrary
// detention): invented sentences in both languages, SMS style where it fits, and the look-alikes that must not change.

describe('one count over two nouns, or an approximation after the people (victims/counted-nouns.ts)', () => {
  it.each([
    ['15 men and women abducted by ADF in Mamove', 'abducted', 15],
    ['Fifteen women and girls abducted in the Mamove attack, ADF', 'abducted', 15],
    ['15 femmes et enfants enlevés par les ADF à Mamove', 'abducted', 15],
    ['20 hommes et femmes enlevés par les CODECO près de Jiba', 'abducted', 20],
    ['12 women and children killed by ADF in Mamove', 'killed', 12],
    ['Quatre-vingts personnes environ enlevées à Niania par les ADF', 'abducted', 80],
    ['80 personnes environ enlevées à Niania par les ADF', 'abducted', 80],
    ['30 people or so abducted by ADF near Oicha', 'abducted', 30],
  ])('%s', (text, key, n) => {
    expect(parse(text).victims).toMatchObject({ [key]: n });
  });

  it.each([
    ['15 women and girls abducted by ADF at Mamove'],
    ['15 femmes et enfants enlevés par les ADF à Mamove'],
  ])('children among people taken restrict it (C18): %s', (text) => {
    const r = parse(text);
    expect(r.sensitivity).toBe('restricted');
    expect(r.victims.childrenAffected).toBeNull();
  });

  it.each([
    ['4 hommes et 3 femmes enlevés par les ADF à Mamove', 'abducted', 7],
    ['2 hommes et une femme tués à Oicha', 'killed', 3],
    ['3 morts et 2 graves à Beni', 'killed', 3],
  ])('numbers of their own stay the list reader\'s: %s', (text, key, n) => {
    expect(parse(text).victims).toMatchObject({ [key]: n });
  });
});

describe('an SMS "2x" before the people counts them (victims/glued-counts.ts)', () => {
  it.each([
    ['kidnapping de 2x cultivateurs a Bulongo par hommes armés, rançon demandée 300$', 'abducted', 2],
    ['enlèvement de 3x motards a Miriki par Mai-Mai', 'abducted', 3],
    ['abduction of 4x farmers near Kasindi by Mai-Mai', 'abducted', 4],
    ['3x civils tués par ADF a Oicha', 'killed', 3],
  ])('%s', (text, key, n) => {
    expect(parse(text).victims).toMatchObject({ [key]: n });
  });

  it('"2x motos volées": things, no one counted', () => {
    const v = parse('2x motos volées a Beni').victims;
    expect([v.killed, v.abducted, v.injured]).toEqual([null, null, null]);
  });
});

describe('the others joined to a person the verb counted are not counted twice; a place kind after a complement (victims/elliptic-counts.ts, victims.ts)', () => {
  it.each([
    ['ADF killed the chief and 2 others near Oicha', 'killed', 3],
    ['ADF killed a farmer and two others near Oicha', 'killed', 3],
    ['les ADF ont enlevé le pasteur et 3 autres à Oicha', 'abducted', 4],
    ['ADF took away the chief of Mayimoya village and his son last night', 'abducted', 2],
    ['Mai-Mai abducted the pastor of Kipese parish and his driver', 'abducted', 2],
  ])('%s', (text, key, n) => {
    expect(parse(text).victims).toMatchObject({ [key]: n });
  });

  it.each([
    ['4 killed in Mbau and 2 more in Kamango', 6],
    ['3 morts à Mbau et 2 autres à Oicha', 5],
  ])('more of the same in another place still adds: %s', (text, killed) => {
    expect(parse(text).victims.killed).toBe(killed);
  });
});

describe('wounded told by how badly (victims/elliptic-counts.ts)', () => {
  it.each([
    ['un blessé léger et 2 graves après des tirs à Bunia', 3],
    ['one lightly wounded and 2 seriously after shooting in Bunia', 3],
    ['3 blessés graves et 2 légers à Beni', 5],
    ['2 seriously injured and 3 lightly in Beni', 5],
  ])('%s', (text, injured) => {
    expect(parse(text).victims.injured).toBe(injured);
  });

  it('"2 killed and 3 seriously injured": each count its own', () => {
    expect(parse('2 killed and 3 seriously injured in Beni').victims).toMatchObject({ killed: 2, injured: 3 });
  });
});

describe('a wound named as a noun (victims/wound-named.ts) and marks borne after a release (victims/marks-of-blows.ts)', () => {
  it.each([
    ['trader shot by bandits in Beni town last night, gunshot wound, now at HGR', 1],
    ['Three hostages freed by FARDC operation near Lubero, one with a gunshot wound', 1],
    ['3 otages libérés à Lubero, l\'un avec une blessure par balle', 1],
    ['5 farmers attacked near Oicha, 2 with machete wounds', 2],
    ['un motard visé par des tirs à Beni, blessure par balle, évacué', 1],
    ['2 men released from a FARDC cell in Sake with marks of beatings on their backs', 2],
    ['2 hommes libérés du cachot FARDC à Sake avec des traces de coups', 2],
    ['trois détenus relâchés du cachot de la police à Uvira avec des traces de coups', 3],
    ['Le journaliste enlevé par des hommes armés à Goma retrouvé vivant mais tabassé', 1],
    ['the journalist abducted by unknown men in Goma found alive but beaten', 1],
  ])('%s', (text, injured) => {
    expect(parse(text).victims.injured).toBe(injured);
  });

  it.each([
    ['man with a gun seen in Beni'],
    ['the journalist abducted by unknown men in Goma found alive'],
  ])('no wound: %s', (text) => {
    expect(parse(text).victims.injured).toBeNull();
  });

  it('a wound of the dead is their death', () => {
    expect(parse('a soldier shot dead a trader in Beni, gunshot wound to the head').victims).toMatchObject({ killed: 1, injured: null });
  });
});

describe('C23: taken by a non-state group, held for a fine or a price per head, or by an unlisted group (categories/group-arrests.ts, group-took-people.ts)', () => {
  it.each([
    ["Les Maï-Maï ont 'arrêté' trois motards à Miriki et exigent 100$ par tête", 3],
    ['les Nyatura ont arrêté 4 cultivateurs et demandent 50$ par personne', 4],
    ["Wazalendo hold 2 men in their 'cachot' at Ntoto since Friday, families told to pay a fine", 2],
    ['les Wazalendo détiennent 3 jeunes à Ntoto, les familles doivent payer une amende', 3],
    ['Red Tabara took 3 fishermen at Kiliba, held in the hills', 3],
    ['APCLS took 3 fishermen at Kiliba, held in the hills', 3],
    ['les Red Tabara ont emmené 4 pêcheurs à Kiliba, gardés dans les collines', 4],
  ])('%s', (text, abducted) => {
    expect(parse(text)).toMatchObject({ category: 'abduction', priority: 'high', victims: { abducted } });
  });

  it.each([
    ['Les FARDC ont arrêté trois motards et exigent 100$ par tête'],
    ['la police détient 3 jeunes à Goma, les familles doivent payer une amende'],
    ['Wazalendo hold 2 men in their cachot at Ntoto since Friday'],
  ])('the state, or holding with no price: a detention (%s)', (text) => {
    const r = parse(text);
    expect(r.category).toBe('arbitrary_detention');
    expect(r.victims.abducted).toBeNull();
  });
});

describe('C23: the state\'s forces leading people away are detaining them, and did it (categories/taken-by-state.ts, doers/led-away.ts)', () => {
  it.each([
    ['Soldiers took away three youths from Mutwanga to an unknown destination', 'fardc'],
    ['Police took away 2 traders from Beni market', 'pnc'],
    ['Des militaires ont amené trois commerçants vers une destination inconnue à Kasindi', 'fardc'],
    ['La police a amené 3 femmes vers une destination inconnue à Uvira après une rixe', 'pnc'],
    ['Les militaires ont emmené trois commerçants à Kasindi', 'fardc'],
  ])('%s', (text, doer) => {
    const r = parse(text);
    expect(r.category).toBe('arbitrary_detention');
    expect(r.priority).toBe('medium');
    expect(r.victims.abducted).toBeNull();
    expect(doers(text)).toEqual([doer]);
  });

  it('an armed group taking away is an abduction', () => {
    expect(parse('ADF took away three youths from Mutwanga')).toMatchObject({ category: 'abduction', victims: { abducted: 3 } });
  });

  it.each([
    ["Les militaires ont emmené les blessés à l'hôpital de Beni"],
    ['La police a amené les corps à la morgue de Beni'],
    ['des policiers ont amené le suspect au parquet'],
  ])('the wounded, the dead or a suspect carried: no doer (%s)', (text) => {
    expect(doers(text)).toEqual([]);
  });
});

describe('hostages freed named as a pair, under a heading with no count (victims/shot-and-freed.ts)', () => {
  it.each([
    ['Otages relâchés: le curé de Kipese et son chauffeur libérés ce midi par les Maï-Maï', 2],
    ['le curé de Kipese et son chauffeur libérés par les Maï-Maï', 2],
    ['Hostages freed: the pastor of Kipese and his driver released by Mai-Mai', 2],
    ['Otages libérés: 4 cultivateurs relâchés par les Maï-Maï à Kipese', 4],
  ])('%s', (text, abducted) => {
    expect(parse(text)).toMatchObject({ category: 'abduction', victims: { abducted } });
  });

  it('one person freed stays one', () => {
    expect(parse('le chef enlevé la semaine passée a été libéré').victims.abducted).toBe(1);
  });
});

describe('the whole given again by a pronoun, a correction or a recap (victims/they-were-n.ts)', () => {
  it.each([
    ['les ADF ont relâché 7 otages à Mambasa, ils étaient 10 enlevés le mois passé', 10],
    ['ADF released 7 hostages in Mambasa, they were 10 taken last month', 10],
    ["Environ 80 otages: correction, ils sont 18 selon l'administrateur, Niania", 18],
    ['About 80 hostages: correction, they are 18 according to the administrator, Niania', 18],
  ])('%s', (text, abducted) => {
    expect(parse(text).victims.abducted).toBe(abducted);
  });

  it.each([
    ['5 killed in Oicha, they were 3 women and 2 men', 'killed', 5],
    ['3 otages libérés, ils étaient 3 jours en brousse', 'abducted', 3],
  ])('who they were, or a time, is no count: %s', (text, key, n) => {
    expect(parse(text).victims).toMatchObject({ [key]: n });
  });
});

describe('a part killed of people taken, after a comma, is the dead, not the whole (victims/victims.ts)', () => {
  it.each([
    ['Enlèvement de cinq personnes à Jiba par des CODECO, dont deux tuées en captivité', 2, 5],
    ['Abduction of 6 farmers near Jiba by CODECO, including 2 killed in captivity', 2, 6],
  ])('%s', (text, killed, abducted) => {
    expect(parse(text)).toMatchObject({ priority: 'high', victims: { killed, abducted } });
  });

  it.each([
    ['Sept personnes dont une femme enceinte tuées à Oicha', 7],
    ['7 people, including 2 children, killed in Oicha', 7],
  ])('the whole killed, the part saying who: %s', (text, killed) => {
    expect(parse(text).victims.killed).toBe(killed);
  });
});

describe('C18: a child taken right after others were killed is a child violation, restricted (categories/categories.ts)', () => {
  it.each([
    ['Les Zaïre ont tué 2 personnes et enlevé un garçon de 14 ans à Pimbo'],
    ['ADF killed 2 people and abducted a boy of 14 in Pimbo'],
    ['ADF killed 3 people and abducted 2 children near Oicha'],
  ])('%s', (text) => {
    expect(parse(text).sensitivity).toBe('restricted');
  });

  it('a child among the dead, a man taken: the attack', () => {
    expect(parse('ADF killed 4 people including a child and abducted one man in Pimbo')).toMatchObject({ category: 'attack_on_civilians', sensitivity: 'standard' });
  });
});

describe('the second agent of a pair after by/par, and soldiers named as the authors of a harm (doers/host-forces.ts, doers/force-authors.ts)', () => {
  it.each([
    ["Huit civils arrêtés par l'ANR et la police à Kamituga, sans mandat", ['ANR', 'pnc']],
    ['8 civilians arrested by ANR and police in Kamituga', ['ANR', 'pnc']],
    ["Les FARDC ont arrêté 2 soldats auteurs du viol d'une femme à Walikale", ['fardc']],
    ["2 soldats auteurs du viol d'une femme arrêtés à Walikale", ['fardc']],
    ["un militaire auteur du meurtre d'un motard arrêté à Beni", ['fardc']],
    ['2 soldiers responsible for the rape of a woman arrested in Walikale', ['fardc']],
  ])('%s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });

  it.each([
    ["la police a arrêté les auteurs du viol d'une femme à Goma"],
    ['le suspect arrêté par les habitants et la police'],
  ])('the police answering: %s', (text) => {
    expect(doers(text)).toEqual([]);
  });
});

describe('C12: of the women taken, those who came back and say they were raped are the survivors (victims/back-and-say-raped.ts)', () => {
  it.each([
    ['CODECO took 5 women near Largu on their way to the fields, 2 came back this morning and say they were raped', 5, 2],
    ['les CODECO ont enlevé 5 femmes à Largu, 3 sont revenues hier soir et disent avoir été violées', 5, 3],
    ['of the 5 women abducted, 3 came back and say they were raped', 5, 3],
  ])('%s', (text, abducted, crsvSurvivors) => {
    expect(parse(text)).toMatchObject({ category: 'crsv', victims: { abducted, crsvSurvivors } });
  });

  it('all raped: all counted', () => {
    expect(parse('CODECO took 5 women near Largu, all 5 raped').victims.crsvSurvivors).toBe(5);
  });
});

describe('wounded with the weapon said after the wound: an attack, not ill-treatment (categories/categories.ts)', () => {
  it.each([
    ['At least two wounded by police bullets in Goma during the dispersal of a sit-in, 15 arrested'],
    ['3 manifestants blessés par balles de la police à Goma, 20 arrêtés'],
    ['police arrested 10 protesters in Goma, 2 wounded by live bullets'],
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'attack_on_civilians', priority: 'medium' });
  });

  it.each([
    ['2 détenus blessés au cachot de la police à Goma'],
    ['2 prisoners injured in police custody at Goma, 10 arrested'],
  ])('hurt in custody with no weapon: ill-treatment (%s)', (text) => {
    expect(parse(text).category).toBe('torture_ill_treatment');
  });
});

describe('an unlisted group joined by and/et to the known actor after by/of is a doer too (doers/groups.ts, C5)', () => {
  it.each([
    ['2 civilians killed by Nyatura and APCLS in Masisi', ['nyatura', 'APCLS']],
    ['attaque des Wazalendo et APCLS à Nyabiondo, 3 tués', ['wazalendo', 'APCLS']],
    ['attacked by M23 and RDF, 3 killed in Kibumba', ['m23', 'RDF']],
  ])('%s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });

  it('forces that repelled the attack are responders', () => {
    expect(doers('Kommanda: ADF attack on the outskirts repelled jointly by FARDC and UPDF, 1 civilian killed in the crossfire')).toEqual(['adf']);
  });

  it('a force arriving later is no doer', () => {
    expect(doers('2 civilians killed by ADF and FARDC arrived later')).toEqual(['adf']);
  });
});
