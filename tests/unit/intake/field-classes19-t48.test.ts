import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// Classes taught on reports48 (category boundaries in everyday traffic). Invented sentences, with look-alikes.

describe('deaths of illness, hunger or childbirth: other, low, no count (categories/natural-deaths.ts)', () => {
  it.each([
    ['Measles in Nyanzale: 4 children dead this week according to the health zone'],
    ['cholera at Kanyaruchinya site, 9 deaths since Monday'],
    ['Epidemie de cholera a Kalehe, 7 deces en 3 jours'],
    ['un vieux est mort de faim au site de Bulengo'],
    ['A young mother died in childbirth at Rutshuru HGR'],
    ['une femme decedee en couches a l hopital de Mweso'],
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('other');
    expect(r.victims.killed).toBeNull();
    expect(r.priority).toBe('low');
  });

  it.each([
    // a harm told beside the illness is news; an accident's dead are counted (main corpus)
    ['ADF killed 3 farmers in Mamove, cholera spreading in the site', 3],
    ['Eboulement dans un puits a Kamituga, 4 creuseurs morts', 4],
  ])('not an illness report: %s', (text, killed) => {
    expect(parse(text).victims.killed).toBe(killed);
  });
});

describe('a vehicle that rolled over is an accident (categories/context-keywords.ts natural)', () => {
  it.each([
    ['Minibus rolled over near Kiwanja, 3 passengers hurt'],
    ['camion renverse en pleine route a Rutshuru, le chauffeur blesse'],
    ['truck overturned on the Goma road, driver injured'],
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('other');
    expect(r.priority).toBe('low');
  });
});

describe('"no civilian touched", "aucun civil touché": nobody killed or hurt (victims/victims.ts, C11)', () => {
  it.each([
    ['ADF took control of Kainama, some shots, no civilian touched'],
    ['Exchange of fire FARDC and Nyatura near Kalembe yesterday, no civilian affected'],
    ['Kalembe passe sous controle des Nyatura, quelques tirs, aucun civil touche'],
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.victims.killed).toBe(0);
    expect(r.victims.injured).toBe(0);
    expect(r.category).toBe('armed_group_movement');
  });

  it('"aucun civil blessé" names the wounded only', () => {
    expect(parse('Tirs entre FARDC et Nyatura a Kalembe hier, aucun civil blesse').victims.killed).not.toBe(0);
  });
});

describe('shots with nobody hit and no clash: the threat (categories/shots-nobody-hit.ts)', () => {
  it.each([
    ['shots fired near Kiwanja market at 20h, nobody hit, people locked inside'],
    ['drunk soldiers firing in the air at Rubaya bar till morning, pop afraid'],
    ["tirs en l'air toute la nuit au marche de Kiwanja, la population a peur"],
    ['coups de feu pres du marche de Mangina vers 22h, personne touche'],
  ])('%s', (text) => {
    expect(parse(text).category).toBe('threat_intimidation');
  });

  it.each([
    // aimed at someone, a crowd dispersed, a pursuit: not a threat
    ['armed men fired on a pirogue near Epulu, nobody hit'],
    ['Police fired in the air to disperse the crowd at Beni market, no one hurt'],
    ['shots near Kiwanja at 22h, no victims, soldiers chasing thieves'],
  ])('not a threat: %s', (text) => {
    expect(parse(text).category).not.toBe('threat_intimidation');
  });
});

describe('a harm promised to one man by youths of a community: the threat, not tension (categories/one-man-threatened.ts)', () => {
  it.each([
    ['Hema youths warned the Lendu chief of Nizi that he will be killed if he sells the land'],
    ['les jeunes Nande ont promis de bruler la maison du chef hutu de Kanyabayonga s il ne quitte pas'],
  ])('%s', (text) => {
    expect(parse(text).category).toBe('threat_intimidation');
  });

  it('threats traded between both sides stay tension', () => {
    expect(parse('Hunde and Hutu youths exchanging threats at Kilolirwe market over a field').category).toBe('intercommunal_tension');
  });
});

describe('people who fled gunfire only heard, or a rumoured attack: the displacement (categories/flight-from-gunfire.ts, C9, C21)', () => {
  it.each([
    ['Kasindi: heard shooting all night, families running to Mutwanga'],
    ['on a entendu des tirs toute la nuit a Kasindi, bato bakimi vers Lume'],
    ['Kibirizi: about 40 households gone after a night of shooting'],
    ['Clashes FARDC vs Nyatura at Kalembe pushed about 1,500 ppl towards Mweso'],
    ['on dit que les ADF sont proches de Mamove, rien de confirme, la pop dort en brousse'],
  ])('%s', (text) => {
    expect(parse(text).category).toBe('displacement');
  });

  it('a harm said keeps the attack', () => {
    expect(parse('tirs nourris a Kasindi, 2 morts, la population fuit vers Lume').category).not.toBe('displacement');
  });
});

describe('an incident reported then denied: other, no count (categories/closed-incidents.ts)', () => {
  it.each([
    ['Correction: the attack on Mamove reported yesterday did not happen, two drunk men fought'],
    ["Dementi: l'enlevement de 2 pecheurs signale ce matin a Vitshumbi est faux, ils etaient en mer"],
    ["l'attaque signalee hier a Kasindi n'a pas eu lieu selon le chef de poste"],
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('other');
    expect(r.victims.abducted ?? 0).toBe(0);
    expect(r.priority).toBe('low');
  });
});

describe('health staff harmed on the way home: civilians, the facility is where they work (categories/staff-away-from-post.ts, C20)', () => {
  it.each([
    ['Midwife of the Rwanguba health centre robbed by 3 armed men on her way home'],
    ['infirmiere du CS de Kanyabayonga depouillee par des hommes armes en rentrant chez elle'],
  ])('%s', (text) => {
    const r = parse(text);
    expect(['looting_destruction', 'attack_on_civilians']).toContain(r.category);
    expect(r.sensitivity).toBe('standard');
  });

  it('armed men who raid the health centre and beat the nurse: C13', () => {
    expect(parse('armed men entered the Kalunguta health centre, stole drugs and beat the nurse').category).toBe('child_violation');
  });
});

describe('a beating by unknown people, youths or villagers out of custody: the attack (categories/beaten-by-civilians.ts)', () => {
  it.each([
    ['un enseignant tabasse par des inconnus en rentrant chez lui a Lubero'],
    ['2 women beaten by farmers at Mambasa over a field, 2 injured'],
  ])('%s', (text) => {
    expect(parse(text).category).toBe('attack_on_civilians');
  });

  it.each([
    ['un commercant tabasse par des militaires a Lubero'],
    ['un voleur presume ligote et tabasse par des jeunes a Beni'],
  ])('not only an attack: %s', (text) => {
    expect(parse(text).category).not.toBe('attack_on_civilians');
  });
});

describe('one displaced person harmed, at the head of the report, is one (victims/displaced-person-harmed.ts)', () => {
  it.each([
    ['Deplacee de Rusayo violee pres du site en allant au champ', 'crsvSurvivors'],
    ['IDP girl raped near Kanyaruchinya while fetching water', 'crsvSurvivors'],
    ['IDP man attacked with a machete on the road to Lushagala', 'injured'],
    ['un deplace de Bulengo tabasse par des inconnus', 'injured'],
  ])('%s', (text, key) => {
    expect(parse(text).victims[key as 'injured' | 'crsvSurvivors']).toBe(1);
  });

  it('displaced people in the plural say no number', () => {
    expect(parse('IDPs attacked with machetes near Rhoe').victims.injured ?? null).toBeNull();
  });
});

describe('a limb amputated is one injured (victims/lost-limbs.ts)', () => {
  it.each([
    ['un pecheur a saute sur une mine a Vitshumbi, jambe amputee'],
    ['a farmer stepped on a landmine near Rumangabo, leg amputated'],
  ])('%s', (text) => {
    expect(parse(text).victims.injured).toBe(1);
  });
});

describe('"ça cogne entre X et Y depuis ce matin": fighting under way in spoken French (categories/under-way.ts, C10)', () => {
  it('is critical', () => {
    expect(parse('Kitshanga: ca cogne entre FARDC et M23 depuis 6h, la pop terree').priority).toBe('critical');
  });
  it('a span that closed is not', () => {
    expect(parse('ca a cogne entre FARDC et M23 a Kitshanga de 5h a 8h, calme revenu').priority).not.toBe('critical');
  });
});

describe('one displaced person killed is no wounded (victims/displaced-person-harmed.ts)', () => {
  it('un déplacé tué à la machette', () => {
    expect(parse('Un deplace tue a la machette pres du site de Rhoe cette nuit').victims.injured ?? null).toBeNull();
  });
});
