import { describe, expect, it } from 'vitest';
import type { CategoryId } from '../../../src/domain/taxonomy.js';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// Categories said in the words focal points use, beyond the first keyword lists (issue 11).
describe('categories in more words, English and French', () => {
  it.each<[string, CategoryId]>([
    ['MONUSCO helicopter hit by small-arms fire near Bunagana', 'attack_on_peacekeepers'],
    ['Des manifestants ont jeté des pierres sur la base de la MONUSCO à Kiwanja', 'attack_on_peacekeepers'],
    ['Ebola responders attacked in Butembo, one injured', 'attack_on_humanitarians'],
    ['Facebook posts calling for Nande to be expelled from Kanyabayonga', 'hate_speech_incitement'],
    ['Dispute over farmland between Hunde and Hutu in Nyabiondo escalating', 'intercommunal_tension'],
    ['Mobilisation des jeunes Hema avec des machettes à Djugu', 'intercommunal_tension'],
    ['Nouvelles positions des Twirwaneho sur les hauts plateaux de Minembwe', 'armed_group_movement'],
    ['Thousands of families arriving in Bunia from Djugu', 'displacement'],
    ['Les habitants de Kishishe se déplacent massivement vers Kiwanja', 'displacement'],
    ['IDPs from Masisi sleeping in churches and schools in Sake', 'displacement'],
    ['Three men held for a week by Mai-Mai in a pit in Luofu without charge', 'arbitrary_detention'],
    ['Journaliste détenu depuis 10 jours sans jugement à Goma', 'arbitrary_detention'],
    ['Femme accusée de sorcellerie battue et brûlée à Walikale', 'torture_ill_treatment'],
    ['Les M23 ont emporté les chèvres et les récoltes des habitants de Bambo', 'looting_destruction'],
    ['Local chief told by M23 to leave Bambo or be killed', 'threat_intimidation'],
    ['Le chef de Bambo sommé par les M23 de partir sous peine de mort', 'threat_intimidation'],
  ])('%s → %s', (text, category) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    expect(r.priority).toBe('medium');
  });

  it('keeps armed men moving a movement, and a threat to kill no killing', () => {
    expect(parse('Les ADF se déplacent vers Mangina').category).toBe('armed_group_movement');
    expect(parse('Local chief told by M23 to leave Bambo or be killed').victims.killed).toBeNull();
  });
});

describe('movements, closures, flight and urgency in more words', () => {
  it.each<[string, CategoryId, string]>([
    ['M23 took control of Rubaya mining area', 'armed_group_movement', 'medium'],
    ['Les M23 ont pris le contrôle de Rubaya ce matin', 'armed_group_movement', 'medium'],
    ['Population of Kitshanga left the town after M23 arrived', 'displacement', 'medium'],
    ["La population a déserté Kishishe après l'arrivée des M23", 'displacement', 'medium'],
    ['Road to Pinga closed by Nyatura, trucks cannot pass', 'access_denial', 'medium'],
    ['Route de Pinga fermée par les Nyatura, les camions ne peuvent pas passer', 'access_denial', 'medium'],
    ['SOS Kalunguta: ADF dans le village, tirs partout', 'attack_on_civilians', 'critical'],
    ['Les CODECO se regroupent pour attaquer Drodro ce soir', 'threat_intimidation', 'critical'],
    ['Community meeting on security held in Beni', 'other', 'low'],
  ])('%s → %s', (text, category, priority) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    expect(r.priority).toBe(priority);
  });

  it('reads people arrested by an armed group and held in a container as abducted (C23)', () => {
    expect(parse('Three youths arrested by Wazalendo and held in a container at Sake').category).toBe('abduction');
  });
});

describe('a report opening with its cause, and who stops a patrol', () => {
  it('reads what follows the comma of an opening cause as the incident', () => {
    const r = parse('Following clashes between M23 and Wazalendo, about 3,000 people fled Kitshanga towards Mweso');
    expect(r.category).toBe('displacement');
    expect(r.victims.displaced).toBe(3000);
    expect(parse('Suite aux affrontements entre FARDC et M23, plus de 500 personnes ont fui Kalengera').category).toBe('displacement');
  });

  it('takes who stopped a patrol for who denied access, and who stopped an attack for who responded', () => {
    const stopped = parse('This morning the MONUSCO patrol to Bambu was stopped by FARDC at the entrance of the town and asked to turn back.');
    expect(stopped.category).toBe('access_denial');
    expect(stopped.perpetrators.map((p) => p.actorId)).toEqual(['fardc']);
    expect(parse('ADF attack on Oicha stopped by FARDC, 2 civilians wounded').perpetrators.map((p) => p.actorId)).toEqual(['adf']);
  });
});

describe('keywords typed with a letter dropped', () => {
  it.each<[string, CategoryId]>([
    ['Shoting ongoing in Oicha centre right now, ADF inside', 'attack_on_civilians'],
    ['Thratening letters left at the parish in Oicha', 'threat_intimidation'],
    ['Uneploded mortar shell found near Kibati school gate', 'explosive_hazard'],
    ['Incusion des ADF à Mamove cette nuit, maisons pillées', 'looting_destruction'],
    ['Enlevment de 3 cultivateurs par les Maï-Maï à Kipese', 'abduction'],
  ])('%s → %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });

  it('counts with a victim word so typed, and guesses nothing from real words one letter away', () => {
    expect(parse('Enlevment de 3 cultivateurs par les Maï-Maï à Kipese').victims.abducted).toBe(3);
    expect(parse('Tensions élevées à Fataki').category).toBe('intercommunal_tension');
    expect(parse('Photo attached of the market in Beni').category).toBe('other');
    expect(parse('Community activity in Beni').category).toBe('other');
  });

  it('takes an unexploded munition near a school for a hazard, and one fired at it for an attack', () => {
    expect(parse('Unexploded mortar shell found near Kibati school gate').sensitivity).toBe('standard');
    expect(parse('Mortar fire on Kibati school, 2 pupils injured').category).toBe('child_violation');
  });
});

describe('sexual exploitation and abuse by UN personnel, in more words, goes to conduct and discipline', () => {
  it.each([
    'A 16-year-old girl says she was made pregnant by a Nepalese peacekeeper in Bunia',
    'Woman alleges a UN police officer demanded sex in exchange for food in Kiwanja',
    'MONUSCO contractor accused of rape of a domestic worker in Goma',
    'Des militaires de la MONUSCO accusés de fréquenter des prostituées mineures à Kavumu',
    'Une jeune femme de Beni dit avoir été mise enceinte par un casque bleu',
  ])('%s', (text) => {
    expect(parse(text).conductMatter).toBe(true);
  });

  it('keeps peacekeepers who help a survivor out of it', () => {
    const r = parse('Peacekeepers escorted a rape survivor to the hospital in Bunia');
    expect(r.conductMatter).toBe(false);
    expect(r.category).toBe('crsv');
    expect(parse('Casques bleus ont secouru une femme violée à Kitchanga').conductMatter).toBe(false);
  });
});

describe('ultimatums and fights between villages', () => {
  it.each<[string, CategoryId]>([
    ['Mai-Mai demand that all Hutu leave Kirumba within 48 hours', 'threat_intimidation'],
    ['Les Nyatura exigent que les Hunde quittent Nyabiondo dans les 48 heures', 'threat_intimidation'],
    ['Youths from two villages fighting with sticks in Lubero over a football match', 'intercommunal_tension'],
    ['Bagarre entre jeunes de deux villages à Lubero après un match de football', 'intercommunal_tension'],
  ])('%s → %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });

  it('keeps armed groups fighting a movement', () => {
    expect(parse('Fighting between M23 and Wazalendo youths in Kitshanga').category).toBe('armed_group_movement');
  });
});

describe('people spending the night in the bush', () => {
  it.each([
    'Residents of Mangina warned of a possible ADF attack, people sleeping in the bush',
    'rumeur d attaque ADF sur Oicha, la pop passe la nuit en brousse',
  ])('%s', (text) => {
    expect(['displacement', 'threat_intimidation']).toContain(parse(text).category);
  });
});

describe('French verbs whose stems differ from the English', () => {
  it.each<[string, CategoryId]>([
    ["Des hommes armés ont extorqué de l'argent aux commerçants de Kiwanja", 'looting_destruction'],
    ['Des hommes armés font du porte-à-porte la nuit à Kiwanja en intimidant la population', 'threat_intimidation'],
    ['Les M23 ont installé une nouvelle position à Rubare', 'armed_group_movement'],
  ])('%s → %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('exchanges of fire, returnees, suspicious packages and marked houses', () => {
  it.each<[string, CategoryId]>([
    ['FARDC and M23 exchanged fire in Kibumba this morning', 'armed_group_movement'],
    ['Les FARDC et les M23 ont échangé des tirs à Kibumba ce matin', 'armed_group_movement'],
    ['Returnees from Uganda arriving in Bunagana, no shelter', 'displacement'],
    ['Suspicious package found at the Butembo bus station, police cordon', 'explosive_hazard'],
    ['Colis suspect découvert à la gare routière de Butembo', 'explosive_hazard'],
    ['Unknown people marking houses of Banyamulenge with red crosses in Uvira', 'threat_intimidation'],
    ['Des inconnus marquent les maisons des Banyamulenge à Uvira', 'threat_intimidation'],
  ])('%s → %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('armed robbery, people taken to the forest, emptied villages, calls to eliminate', () => {
  it.each<[string, CategoryId]>([
    ['Vol à main armée dans une boutique à Goma cette nuit', 'looting_destruction'],
    ['ADF took 4 women to the forest near Mamove', 'abduction'],
    ['Village of Kainama empty, population gone to Oicha', 'displacement'],
    ['Local radio host in Bunia calls Lendu enemies who must be eliminated', 'hate_speech_incitement'],
  ])('%s → %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });

  it('counts only people taken', () => {
    expect(parse('ADF took 4 women to the forest near Mamove').victims.abducted).toBe(4);
    expect(parse('The patrol took 3 hours to reach Pinga').victims.abducted).toBeNull();
    expect(parse('M23 took 20 goats from Bambo').victims.abducted).toBeNull();
  });
});
