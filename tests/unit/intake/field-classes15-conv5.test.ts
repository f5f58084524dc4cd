import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// Conventions C23 (taken by whom) and C18 (children taken) as classes of wording: invented sentences in both languages,
// phone spellings and Swahili/Lingala, and the look-alikes that must not be read as them.

describe('C23: people arrested, picked up, rounded up or held for money by an armed group or bandits are abducted', () => {
  it.each([
    ['Mai-Mai arrested 3 farmers at Kasugho market', 3, 'mai-mai'],
    ['3 traders arrested by Nyatura near Kitchanga', 3, 'nyatura'],
    ['CODECO fighters have arrested the chief of Pimbo', 1, 'codeco'],
    ['Twirwaneho arrested 3 herders near Minembwe', 3, 'twirwaneho'],
    ['Raia Mutomboki arested 2 teachers in Shabunda', 2, 'raia-mutomboki'],
    ['Wazalendo picked up 5 young men at Sake', 5, 'wazalendo'],
    ['2 women picked up by ADF near Mavivi', 2, 'adf'],
    ['Zaire militiamen picked up 3 women at Largu market', 3, 'zaire'],
    ['M23 rounded up 20 men in Kiwanja last night', 20, 'm23'],
    ['les CODECO ont arrêté 3 commerçants à Jiba', 3, 'codeco'],
    ['les Nyatura ont arrêté le pasteur de Kalengera', 1, 'nyatura'],
    ['4 motards arrêtés par les Mai-Mai à Bunyatenge', 4, 'mai-mai'],
    ['2 pasteurs arretes par les Raia Mutomboki a Kalonge', 2, 'raia-mutomboki'],
    ['les maimai ont arete 5 personnes a Kasugho', 5, 'mai-mai'],
    ['m23 ont arreter 3 jeune a rubare', 3, 'm23'],
    ['les wazalendo ont ramassé 4 jeunes au marché de Sake', 4, 'wazalendo'],
    ['Arrestation de 6 creuseurs par les Raia Mutomboki à Kamituga', 6, 'raia-mutomboki'],
    ['5 pêcheurs raflés par les Maï-Maï au bord du lac', 5, 'mai-mai'],
    ['wazalendo wamekamata vijana 4 pale Sake', 4, 'wazalendo'],
    ['vijana 3 wamekamatwa na M23 Rubare', 3, 'm23'],
    ['wazalendo bakangi bilenge 3 na Sake', 3, 'wazalendo'],
  ])('%s', (text, abducted, doer) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'abduction', priority: 'high', sensitivity: 'standard' });
    expect(r.victims.abducted).toBe(abducted);
    expect(doers(text)).toContain(doer);
  });

  it.each([
    ['3 traders held by bandits on Beni-Kasindi road, they want 500$ to let them go', 3],
    ['bandits holding 2 drivers until their families pay', 2],
    ['2 jeunes retenus par les Nyatura jusqu\'au paiement de 50 dollars', 2],
    ['Les Wazalendo retiennent 4 motards jusqu\'à ce que leurs familles paient', 4],
    ['bandits armés ont ramassé 3 commerçants sur la route de Komanda et exigent 1000$ pour les libérer', 3],
    ['les bandits armés ont embarqué 2 chauffeurs sur l\'axe Beni-Kasindi', 2],
    ['kidnap for ransom near Mangina: 2 traders taken by gunmen', 2],
  ])('held until they pay, kidnap for ransom: %s', (text, abducted) => {
    expect(parse(text)).toMatchObject({ category: 'abduction', victims: { abducted } });
  });

  it('an arrest, then people held in a container: still the abduction (the arrest says who took them)', () => {
    expect(parse('les CODECO ont arrêté 2 enseignants à Lopa et les gardent dans leur camp')).toMatchObject({ category: 'abduction', victims: { abducted: 2 } });
  });

  it.each([
    ['la police a arrêté 5 jeunes sans motif à Beni', 'pnc'],
    ['FARDC arrested 7 youths accused of being Mai-Mai', 'fardc'],
    ['7 jeunes arrêtés par les FARDC, accusés d\'être des Nyatura', 'fardc'],
    ['FARDC soldiers arrested 3 youths in Beni market', 'fardc'],
    ['les militaires ont ramassé 10 jeunes au marché de Kiwanja', 'fardc'],
    ['la police a embarqué 4 motards à Goma', 'pnc'],
    ['ANR agents picked up a journalist in Bunia', 'ANR'],
    ['la DEMIAP a arrêté 2 commerçants à Bukavu', 'fardc'],
    ['UPDF soldiers arrested 4 fishermen on Lake Albert near Kasenyi', 'UPDF'],
  ])('look-alike, the state (or a foreign army) arrests: detention, no one abducted: %s', (text, doer) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'arbitrary_detention', priority: 'medium' });
    expect(r.victims.abducted).toBeNull();
    expect(doers(text)).toContain(doer);
  });

  it.each([
    'police arrested the suspect in the killing of a trader in Beni',
    '3 bandits armés arrêtés par la police à Butembo',
    '3 M23 fighters arrested by FARDC in Kibumba',
    'des M23 ont été arrêtés par les FARDC à Kibumba',
    'la Croix-Rouge a ramassé 3 corps à Mavivi',
    'grenade ramassée par des enfants à Kiwanja',
    '3 barriers held by Mai-Mai near Mambasa, 2000 FC per moto',
    'le camion d\'une ONG a été arrêté et fouillé par des Mai-Mai à Lubero',
  ])('look-alike, no one taken by an armed group (the culprits or the group arrested, bodies, things): %s', (text) => {
    const r = parse(text);
    expect(r.category).not.toBe('abduction');
    expect(r.victims.abducted).toBeNull();
  });

  it('look-alike: the police who arrest a suspect are no doers (C1)', () => {
    expect(doers('police arrested the suspect in the killing of a trader in Beni')).not.toContain('pnc');
  });

  it('look-alike: soldiers who pick up the wounded respond, they are no doers (C2)', () => {
    expect(doers('les militaires ont ramassé les blessés après l\'attaque de Mavivi')).not.toContain('fardc');
  });
});

describe('C18: children taken or recruited by an armed group are a child violation, restricted, counted', () => {
  it.each([
    ['Nyatura took 3 boys from Kalengera school to their camp', 3, 3],
    ['at least 6 boys taken to an ADF camp near Mayimoya', 6, 6],
    ['Mai-Mai took 4 children to their camp near Bunyatenge', 4, 4],
    ['girl of 14 kidnapped by Mai-Mai near Kasugho', 1, 1],
    ['ADF wamechukua watoto 4 Mamove', 4, 4],
    ['watoto 3 wamechukuliwa na Nyatura Kalengera', 3, 3],
    ['au moins 5 garçons emmenés par les Mai-Mai à Bunyatenge', 5, 5],
    ['kadogo 4 ont été pris par les CODECO pour les rangs a Djugu', 4, 4],
    ['les M23 ont pris 5 enfants pour les rangs a Bunagana', 5, 5],
    ['les ADF ont emmené 3 enfants dans la brousse à Mamove', 3, 3],
    ['6 élèves enlevés par des hommes armés sur la route de l\'école à Kamango', 6, 6],
    ['4 mineurs enrôlés de force par les Wazalendo à Rubaya, emmenés dans leur camp', 4, 4],
  ])('taken: %s', (text, abducted, children) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'child_violation', priority: 'high', sensitivity: 'restricted' });
    expect(r.victims).toMatchObject({ abducted, childrenAffected: children });
  });

  it.each([
    ['5 people abducted by CODECO near Jiba, incl 3 kids', 5, 3],
    ['3 people taken by ADF near Eringeti, among them 2 children', 3, 2],
    ['3 filles enlevées par les ADF à Mamove, dont 2 mineures', 3, 2],
  ])('children among people taken are restricted: %s', (text, abducted, children) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'child_violation', sensitivity: 'restricted' });
    expect(r.victims).toMatchObject({ abducted, childrenAffected: children });
  });

  it.each([
    ['12 children recruited by Mai-Mai in Lubero', 12, 'mai-mai'],
    ['Raia Mutomboki recruited 3 boys in Shabunda, parents say', 3, 'raia-mutomboki'],
    ['4 enfants enrôlés de force par les Nyatura à Mweso', 4, 'nyatura'],
    ['recrutement forcé de 8 enfants par les Nyatura à Kitchanga', 8, 'nyatura'],
    ['enfts 3 enroles de force par maimai a Kasugho', 3, 'mai-mai'],
  ])('recruited or enrolled (no taking said: the abducted count may stay unknown): %s', (text, children, doer) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'child_violation', sensitivity: 'restricted' });
    expect(r.victims.childrenAffected).toBe(children);
    expect([null, children]).toContain(r.victims.abducted);
    expect(doers(text)).toContain(doer);
  });

  it.each([
    ['FARDC recruited 5 children in Kiwanja', 5],
    ['les FARDC ont enrôlé 3 mineurs à Rumangabo', 3],
    ['FARDC recruiting 4 boys in Kiwanja, parents complain', 4],
  ])('look-alike, children recruited by the army: a child violation whose doers are the army: %s', (text, children) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'child_violation', sensitivity: 'restricted', victims: { childrenAffected: children } });
    expect(doers(text)).toEqual(['fardc']);
  });

  it.each([
    '3 enfants ont pris la fuite vers Goma',
    '2 children taken to Beni hospital after the attack',
    '3 enfants emmenés à l\'hôpital de Beni après l\'explosion',
    'Des enfants ont ramassé une grenade à Kiwanja, 2 blessés',
  ])('look-alike, children who fled or were taken for care: no one abducted: %s', (text) => {
    expect(parse(text).victims.abducted).toBeNull();
  });

  it('look-alike: adults among people taken stay an abduction (standard)', () => {
    expect(parse('5 ppl abducted by ADF incl 2 women near Oicha')).toMatchObject({ category: 'abduction', sensitivity: 'standard', victims: { abducted: 5 } });
  });

  it('look-alike: children taken by the army for questioning are held (C23), not abducted', () => {
    const r = parse('les FARDC ont pris 3 enfants pour vérification à Beni');
    expect(r.category).toBe('arbitrary_detention');
    expect(r.victims.abducted).toBeNull();
  });
});
