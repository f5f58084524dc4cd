import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// t36d: classes taught on reports36 and the lead's known classes, invented sentences in both languages (and Swahili/SMS),
// with the look-alikes that must not change.

describe('an age after one person is never a count, whichever harm reader reads it (victims/ages.ts ageNotCount)', () => {
  it.each([
    ['woman 60 beaten by soldiers in Beni', 'injured'],
    ['old man 70 beaten by police at Beni market', 'injured'],
    ['woman 60 badly beaten by police in Beni', 'injured'],
    ['widow 65 accused of witchcraft beaten at Beni', 'injured'],
    ['femme 60 tabassée par des militaires à Beni', 'injured'],
    ['homme 60 tabassé par des militaires à Beni', 'injured'],
    ['femme 50 fouettée à Beni', 'injured'],
    ['man 38 stabbed at Beni', 'injured'],
    ['woman 50 hacked with machete at Beni', 'injured'],
    ['femme 35 poignardée à Beni', 'injured'],
    ['woman 45 shot dead in Beni', 'killed'],
    ['boy 15 shot dead in Beni', 'killed'],
    ['homme 45 abattu à Beni', 'killed'],
    ['mzee 70 aliuawa Beni', 'killed'],
    ['mama 50 alijeruhiwa Beni', 'injured'],
    ['mwanamke 40 alipigwa na askari Beni', 'injured'],
    ['woman 22 gang raped by 3 men at Beni', 'crsvSurvivors'],
    ['msichana wa miaka 12 alibakwa Beni', 'crsvSurvivors'],
    ['mtoto wa miaka 10 aliuawa Beni', 'killed'],
    ['mzee wa miaka 70 alitekwa Beni', 'abducted'],
    ['msichana wa miaka 15 alitekwa na ADF', 'abducted'],
  ] as const)('%s: one person, the number is their age', (text, key) => {
    const v = parse(text).victims;
    expect(v[key]).toBe(1);
    for (const other of ['killed', 'injured', 'abducted', 'crsvSurvivors'] as const) if (other !== key) expect(v[other]).toBeNull();
  });

  it.each([
    ['msichana wa miaka 12 alibakwa Beni', 'crsvSurvivors'],
    ['mtoto wa miaka 10 aliuawa Beni', 'killed'],
    ['boy 15 shot dead in Beni', 'killed'],
  ] as const)('%s: the child is counted too', (text, key) => {
    const v = parse(text).victims;
    expect(v[key]).toBe(1);
    expect(v.childrenAffected).toBe(1);
  });

  it.each([
    ['60 beaten by soldiers in Beni', 'injured', 60],
    ['3 women beaten by soldiers in Beni', 'injured', 3],
    ['the soldiers beat 4 women at Beni market', 'injured', 4],
    ['wamepiga wanawake 4 Beni', 'injured', 4],
    ['5 shot at Beni, 2 of them died', 'injured', 3],
    ['45 killed by ADF at Beni', 'killed', 45],
    ['2 tabassés par des militaires à Beni', 'injured', 2],
    ['deux femmes fouettées à Beni', 'injured', 2],
    ['3 hommes poignardés à Beni', 'injured', 3],
    ['woman and 3 children killed by ADF at Beni', 'killed', 4],
  ] as const)('look-alike, a number that counts people stays a count: %s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });
});

describe("an armed group's order to civilians is intimidation (categories/group-orders.ts)", () => {
  it.each([
    ['Kilolirwe: a Nyatura commander told Hutu families at a meeting not to let Hunde farmers back onto their fields.', 'nyatura'],
    ['Mai-Mai commander ordered farmers in Bunyatenge not to go to their fields on Fridays', 'mai-mai'],
    ['CODECO fighters forbade Hema traders from using the Largu market', 'codeco'],
    ['ADF told villagers of Mamove to leave before Sunday', 'adf'],
    ['Twirwaneho banned Bafuliiru herders from the Minembwe pastures', 'twirwaneho'],
    ["Rumangabo: M23 administration ordered displaced families back to their villages by Friday", 'm23'],
    ['Karuba: un commandant Nyatura a réuni les familles hutu et interdit le retour des cultivateurs hunde dans leurs champs.', 'nyatura'],
    ["les Raia Mutomboki interdisent aux femmes d'aller au champ à Shabunda", 'raia-mutomboki'],
    ['le chef Wazalendo ordonne aux habitants de Sake de quitter le quartier', 'wazalendo'],
    ["les Mai-Mai interdisent aux pêcheurs d'aller au lac", 'mai-mai'],
    ["l'administration M23 somme les déplacés de regagner leurs villages avant vendredi", 'm23'],
  ])('%s', (text, doer) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'threat_intimidation', priority: 'medium' });
    expect(r.perpetrators.map((p) => p.actorId)).toContain(doer);
  });

  it.each([
    ['M23 told parents in Rubare to send boys for training', 'child_violation'],
    ['M23 commander ordered his fighters to withdraw from Kibumba', 'armed_group_movement'],
    ["les FARDC interdisent aux pêcheurs d'aller au lac Edouard", 'access_denial'],
    ['FARDC ordered the population of Kiwanja to leave the area before the operation', 'other'],
  ])('look-alike, a call-up, an order to fighters, the state giving orders: unchanged: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('threats inside a displacement story: displaced people who will not go home because of a threat (categories/displaced-under-threat.ts)', () => {
  it.each([
    ["Mweso: IDPs from Kalembe refuse to return after Nyatura threatened to kill 'anyone who talks to the FARDC'.", 'nyatura'],
    ['IDPs in Bulengo afraid to go home after M23 threatened returnees', 'm23'],
    ['Mweso: les déplacés de Kalembe refusent de rentrer après des menaces de mort des Nyatura.', 'nyatura'],
    ['les PDI de Rhoe refusent de regagner leurs villages, les CODECO ayant menacé de tuer les retournés', 'codeco'],
    ['les déplacés de Kalembe ne veulent pas rentrer, les Nyatura menacent de tuer les retournés', 'nyatura'],
  ])('%s', (text, doer) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'threat_intimidation', priority: 'medium' });
    expect(r.perpetrators.map((p) => p.actorId)).toContain(doer);
  });

  it.each([
    '300 IDPs arrived in Kiwanja after M23 threats',
    'families fled Kalembe after Nyatura threatened to kill anyone who talks to FARDC',
  ])('look-alike, a flight or an arrival after the threat stays a displacement: %s', (text) => {
    expect(parse(text).category).toBe('displacement');
  });
});

describe('people named by nationality, and two counted groups held together, are all counted (victim-vocabulary.ts, elliptic-counts.ts)', () => {
  it.each([
    ["Ishasha: 4 Ugandans and 2 Congolese detained by M23 'for illegal crossing', released against 100$.", 6],
    ['3 traders and 2 drivers held by Mai-Mai, ransom asked', 5],
    ['4 pêcheurs et 2 commerçants détenus par les FDLR contre rançon', 6],
    ["5 ougandais et 3 congolais retenus par les M23 jusqu'au paiement", 8],
    ['5 ougandais et 3 congolais enlevés par les ADF', 8],
    ['2 Chinese nationals abducted near Mambasa mine', 2],
  ])('%s', (text, abducted) => {
    expect(parse(text)).toMatchObject({ category: 'abduction', victims: { abducted } });
  });

  it.each([
    ['2 drivers held by Mai-Mai, ransom asked', 'abducted', 2],
    ['3 Ugandan soldiers wounded', 'injured', 3],
  ] as const)('look-alike, one group: %s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });

  it('look-alike, the state holds them: a detention, nobody abducted', () => {
    const r = parse('3 Rwandais arrêtés par les FARDC à Goma');
    expect(r.category).toBe('arbitrary_detention');
    expect(r.victims.abducted).toBeNull();
  });
});

describe("soldiers' advice for people's safety in a report of another's threat is no threat of theirs (doers/unruly-forces.ts)", () => {
  it.each([
    ['Beni: Mai-Mai told the chief to leave the village; soldiers told residents to stay home', 'mai-mai'],
    ['Beni: Mai-Mai threatened the chief; soldiers told residents to stay home', 'mai-mai'],
    ['Lubero: les Mai-Mai menacent les commerçants; les militaires ont dit aux habitants de rester vigilants', 'mai-mai'],
  ])('%s', (text, doer) => {
    expect(parse(text).perpetrators.map((p) => p.actorId)).toEqual([doer]);
  });

  it.each([
    'soldiers told Lubero market women they will burn the stalls',
    "les militaires ont averti les commerçants qu'ils brûleront leurs étals",
  ])('look-alike, what the soldiers told is the threat: %s', (text) => {
    expect(parse(text).perpetrators.map((p) => p.actorId)).toContain('fardc');
  });
});

describe('pupils kept from class by an attack on their school are not its victims counted (constructions/everyday-traffic-1.ts)', () => {
  it.each([
    "Largu: l'école secondaire pillée et incendiée par des miliciens CODECO, 400 élèves privés de cours.",
    'Fataki: school burnt by CODECO, 250 pupils deprived of classes',
    'école occupée par les FARDC à Kanyabayonga, 300 élèves sans classes',
    'Kanyabayonga: FARDC camping in the primary school, 500 pupils out of lessons',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('child_violation');
    expect(r.victims.childrenAffected).toBeNull();
  });

  it('look-alike, pupils harmed are counted', () => {
    expect(parse('CODECO attacked Largu school, 3 pupils killed').victims).toMatchObject({ killed: 3, childrenAffected: 3 });
  });
});

describe('C27/C7: one of those taken found dead, the others still held (victims/follow-up-counts.ts, categories/group-arrests.ts)', () => {
  it.each([
    ["Tongo: 4 hommes enlevés par des Wazalendo qui les accusent d'être informateurs du M23; l'un retrouvé mort ce matin.", 4],
    ['3 fishermen abducted by Mai-Mai near Lume, one of them found dead', 3],
    ["3 pêcheurs enlevés à Lume, l'un d'eux retrouvé mort", 3],
    ['5 farmers kidnapped by ADF; one found dead yesterday', 5],
    ['Tongo: 5 men arrested by Wazalendo, accused of being M23 informers; 1 found dead this morning, 4 still missing.', 5],
  ])('%s', (text, abducted) => {
    expect(parse(text).victims).toMatchObject({ killed: 1, abducted });
  });

  it.each([
    ['2 fishermen abducted on 28 Nov found dead near Lume river', 2],
    ['les 2 motards enlevés par les ADF retrouvés morts hier', 2],
  ])('look-alike, all of them found dead: %s', (text, killed) => {
    expect(parse(text).victims).toMatchObject({ killed, abducted: null });
  });

  it.each([
    ["les Nyatura ont arrêté 6 commerçants à Kalembe, 2 libérés, 4 toujours détenus", 6],
    ['M23 arrested 3 youths at Rubare, still held', 3],
  ])('C7, those still held are among those taken: %s', (text, abducted) => {
    expect(parse(text).victims.abducted).toBe(abducted);
  });
});

describe('one person, then "he is in custody / in hospital with injuries": one injured (victims/resumed-wound.ts)', () => {
  it.each([
    "nizi: mob tried to lynch a suspected thief, police rescued him, he's in custody w injuries",
    'a moto driver was stopped by soldiers, he is in hospital with head injuries',
    "une foule a voulu lyncher un voleur présumé, il est à l'hôpital avec des blessures",
  ])('%s', (text) => {
    expect(parse(text).victims.injured).toBe(1);
  });

  it.each([
    'a trader was arrested by police, he is in custody',
    'a journalist detained, he is in custody with no injuries',
  ])('look-alike, no wound said: %s', (text) => {
    expect(parse(text).victims.injured ?? 0).toBe(0);
  });
});

describe("a heading that names the territory by its town's alias, then the village: the village (places/territory-heading.ts)", () => {
  it.each([
    ["Mambasa: l'école primaire de Teturi occupée par des éléments FARDC depuis deux semaines, cours suspendus.", 'teturi'],
    ['Mambasa: FARDC occupy Teturi primary school', 'teturi'],
    ['Mambasa: le centre de santé de Mandima pillé par des Mai-Mai', 'mandima'],
    ['Mambasa: Mai-Mai looted Biakato health centre', 'biakato'],
  ])('%s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });

  it.each([
    ['Mambasa centre: Mai-Mai looted shops in the market', 'mambasa-centre'],
    ['Mambasa: Mai-Mai looted shops in the market', 'mambasa-centre'],
  ])('look-alike, the town itself: %s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
});
