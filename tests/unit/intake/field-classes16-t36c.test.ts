import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// Classes of the third pass on pending reports36 (t36c): invented sentences in both languages, phone spellings where they
// fit, and the look-alikes that must not change.

describe('a person named by what they are accused of, then harmed: the count is theirs', () => {
  it.each([
    ["bogoro: man accused by neighbours of being a 'sorcerer' killed w machetes overnite", 'killed', 1],
    ['Bogoro: a man accused of being a sorcerer killed with machetes last night', 'killed', 1],
    ['Bogoro: un homme accusé par ses voisins d\'être un "sorcier" tué à la machette cette nuit', 'killed', 1],
    ['Kipese: une femme soupçonnée de sorcellerie par la population battue à mort', 'killed', 1],
    ['woman suspected by the crowd of being a witch beaten to death in Kipese', 'killed', 1],
    ['2 presumés sorciers battus a mort a kipese hier soir', 'killed', 2],
    ['two alleged witches beaten to death in Kipese by a mob', 'killed', 2],
    ['3 sorciers présumés lynchés par la foule à Beni', 'killed', 3],
    ["Beni: 2 'sorcerers' beaten by a crowd, in hospital", 'injured', 2],
  ] as const)('%s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });

  it.each([
    // what the person is accused of is no harm of the report, nor is an arrest or a threat
    ['a man accused of being a witch threatened by neighbours in Kipese', 'killed'],
    ['the man accused of the rape was released by the PNC', 'killed'],
    ['Kipese: des jeunes accusent 2 sorciers de la mort d\'un enfant, tension', 'killed'],
  ] as const)('kept: %s', (text, key) => {
    expect(parse(text).victims[key]).toBeNull();
  });
});

describe('a death of nature blamed on people accused of witchcraft is the accusation\'s cause, no child violation', () => {
  it.each([
    "Kayna: youths attacked the house of a family they accused of 'sorcery' after lightning killed 2 children; the house was burnt and the family fled to the parish.",
    'Kayna: a family accused of witchcraft chased from the village after lightning killed 2 children',
    'Kayna: des jeunes ont incendié la maison d\'une famille accusée de sorcellerie après que la foudre a tué 2 enfants',
    '2 presumés sorciers battus a mort a kipese hier soir, la pop les accusait de la mort d\'un enfant',
    'two alleged witches beaten to death in Kipese, the crowd blamed them for the death of a child',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).not.toBe('child_violation');
    expect(r.victims.childrenAffected).toBeNull();
  });

  it('the lightning\'s dead are not counted; the ones the mob killed are', () => {
    expect(parse("Kayna: youths attacked the house of a family they accused of 'sorcery' after lightning killed 2 children").victims.killed).toBeNull();
    expect(parse('2 presumés sorciers battus a mort a kipese hier soir, la pop les accusait de la mort d\'un enfant').victims.killed).toBe(2);
    expect(parse('two alleged witches beaten to death in Kipese, the crowd blamed them for the death of a child').victims.killed).toBe(2);
  });

  it.each([
    // no witchcraft: armed men killing children stays their harm
    'ADF killed 2 children in Eringeti after the rains',
    'youths accused of witchcraft killed 2 children in Kayna',
  ])('kept: %s', (text) => {
    expect(parse(text).victims.killed).toBe(2);
  });
});

describe('a wound then its outcome alone in a clause ("…, dead"): the wounded died', () => {
  it.each([
    ['land conflict btw 2 families in kayna turned violent, 1 man hacked w machete, dead. chief of locality mediating', 1],
    ['kayna: conflit foncier, 1 homme découpé à la machette, mort. le chef de localité fait la médiation', 1],
    ['a farmer shot in the chest by armed men, dead on the spot', 1],
    ['une femme poignardée par son voisin, décédée sur place', 1],
    ['2 men shot by unknown gunmen, dead', 2],
    ["un homme blessé à la machette, mort plus tard à l'hôpital", 1],
  ] as const)('%s', (text, n) => {
    const r = parse(text);
    expect(r.victims.killed).toBe(n);
    expect(r.victims.injured).toBeNull();
  });

  it.each([
    ['3 injured, 1 dead in Beni attack', 1, 3],
    ['2 wounded, none dead', 0, 2],
  ] as const)('kept: %s', (text, killed, injured) => {
    expect(parse(text).victims).toMatchObject({ killed, injured });
  });
});

describe('"sv cases": the clusters\' shorthand for sexual violence counts its survivors', () => {
  it.each([
    ["wpa: 9 new sv cases registered at mugunga this wk, 2 minors, perpetrators 'armed men'", 9, 2],
    ['WPA Bulengo: 4 SV cases received this week, 1 minor', 4, 1],
    ['Rusayo: 6 sv survivors referred to HEAL Africa, all adults', 6, null],
    ['WPA: 9 nouveaux cas de VBG enregistrés à Mugunga cette semaine dont 2 mineures', 9, 2],
  ] as const)('%s', (text, survivors, children) => {
    const r = parse(text);
    expect(r.victims.crsvSurvivors).toBe(survivors);
    expect(r.victims.childrenAffected).toBe(children);
    expect(r.sensitivity).toBe('restricted');
    expect(r.priority).toBe('high');
  });

  it.each([
    'SV: next meeting of the protection cluster on Monday in Goma',
    'Goma: sv la réunion du cluster protection reportée à lundi',
  ])('kept: %s', (text) => {
    expect(parse(text).victims.crsvSurvivors).toBeNull();
  });
});

describe('one survivor of a rape named by her age or what she is: one survivor (and one child when she is one)', () => {
  it.each([
    ['PNC Beni arrested a man in Paida for the rape of a 6-year-old girl; the child received care at HGR.', 1],
    ["Butembo: la PNC a arrêté un homme soupçonné d'avoir violé une fillette de 7 ans au quartier Kimemi, l'enfant soignée à l'hôpital.", 1],
    ["Oicha: une jeune fille de 16 ans échappée de captivité ADF dit avoir été violée par ses ravisseurs; référée à l'HGR.", 1],
    ['Butembo: according to her lawyer, a woman held at the P2 police station was raped by a police officer on night duty', null],
    ['une femme détenue au cachot de la PNC a été violée par un policier', null],
    ["Beni: un homme arrêté pour le viol d'une femme de 30 ans", null],
    ['Kalehe: a man arrested for the rape of his 14-year-old niece', 1],
  ] as const)('%s', (text, child) => {
    const r = parse(text);
    expect(r.victims.crsvSurvivors).toBe(1);
    expect(r.victims.childrenAffected).toBe(child);
    expect(r.sensitivity).toBe('restricted');
  });

  it.each([
    ['the rape of 3 girls by armed men in Kalehe', 3],
    ['women of the village were raped by armed men', null],
    ['a man threatened to rape a girl in Beni', null],
  ] as const)('kept: %s', (text, n) => {
    expect(parse(text).victims.crsvSurvivors).toBe(n);
  });
});

describe('one person named by a bare title of three words at the opening of a clause, then harmed: one', () => {
  it.each([
    ['Goma: human rights defender from Lushagala IDP site abducted by unknown armed men last night; his phone is off.', 'abducted'],
    ['Goma: human rights defender from Lushagala abducted by unknown armed men last night', 'abducted'],
    ['civil society leader shot dead in Beni last night', 'killed'],
    ['Rutshuru: community radio journalist from Kiwanja beaten by M23 elements', 'injured'],
    ['Goma: HRD abducted by unknown armed men last night', 'abducted'],
    ['Goma: défenseur des droits humains du site de Lushagala enlevé par des hommes armés', 'abducted'],
    ['Goma: un DDH du site de Lushagala enlevé par des inconnus armés', 'abducted'],
  ] as const)('%s', (text, key) => {
    expect(parse(text).victims[key]).toBe(1);
  });

  it.each([
    ['Beni: civil society leaders abducted by ADF', 'abducted', null],
    ['human rights defender from Beni killed 2 thieves', 'killed', 2],
    ['civil society leader says 3 were abducted', 'abducted', 3],
    ["Women's leader in Uvira threatened for denouncing rapes by soldiers", 'crsvSurvivors', null],
    ['Goma: human rights defender threatened after denouncing killings by M23', 'killed', null],
  ] as const)('kept: %s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });
});

describe('people counted, then ", all beaten" / ", tous tabassés": the beating counts them', () => {
  it.each([
    ['Kipese: 8 young men rounded up by FARDC at night, accused of being Wazalendo deserters, all beaten with belts at the camp.', 8],
    ['Kipese: 8 jeunes raflés par les FARDC la nuit, tous tabassés au camp', 8],
    ['5 motards arrêtés par la PNC, tous battus', 5],
    ['6 youths arrested by PNC in Beni, all of them beaten at the cachot', 6],
    ['4 creuseurs arrêtés par les FARDC, accusés de vol, tous fouettés au camp', 4],
  ] as const)('%s', (text, n) => {
    expect(parse(text).victims.injured).toBe(n);
  });

  it.each([
    '6 youths arrested by PNC in Beni, all released this morning',
    '5 motards arrêtés par la PNC, tous relâchés ce matin',
  ])('kept: %s', (text) => {
    expect(parse(text).victims.injured).toBeNull();
  });
});

describe('two people harmed together, then one said to have died: the other is wounded', () => {
  it.each([
    'Ngadi: a landowner and his son attacked with machetes by workers in a land dispute; the son died in hospital.',
    'Kainama: conflit foncier, un propriétaire et son fils attaqués à la machette par des ouvriers agricoles, le fils a succombé.',
    'Beni: a woman and her daughter shot by unknown gunmen, the daughter died on the way to hospital',
    'a farmer and his wife attacked with machetes, the farmer died',
    "Oicha: un cultivateur et sa femme blessés par balle, la femme est décédée à l'hôpital",
  ])('%s', (text) => {
    expect(parse(text).victims).toMatchObject({ killed: 1, injured: 1 });
  });

  it.each([
    ['a farmer and his son abducted by ADF, the son escaped', null],
    ['a chief and his wife threatened by Mai-Mai, the wife died of illness last year', null],
    ['the chief and his son were killed by ADF', null],
  ] as const)('kept: %s', (text, injured) => {
    expect(parse(text).victims.injured).toBe(injured);
  });
});

describe('children out of an armed group handed over to child protection: a child violation, counted', () => {
  it.each([
    ['cp: 5 kids left codeco grp near largu, handed to cp partner in bunia 2day, all boys 13-16', 5],
    ['5 children who left CODECO handed over to a CP partner in Bunia today', 5],
    ['Drodro: 3 CODECO combatants arrested by FARDC, among them a 17-year-old who was handed to CP.', 1],
    ['sake: enfant soldat de 16 ans du grpe wazalendo remis a la monusco par les fardc ce jour', 1],
    ['Sake: un enfant soldat des Wazalendo remis à la MONUSCO par les FARDC', 1],
    ['Boga: 2 enfants sortis des rangs des ADF remis à un partenaire de protection', 2],
  ] as const)('%s', (text, n) => {
    const r = parse(text);
    expect(r.category).toBe('child_violation');
    expect(r.victims.childrenAffected).toBe(n);
    expect(r).toMatchObject({ priority: 'high', sensitivity: 'restricted' });
  });

  it.each([
    'FARDC arrested 3 CODECO combatants, handed to the auditorat',
    '2 adult ex-combatants of CODECO handed to DDR',
  ])('kept: %s', (text) => {
    expect(parse(text).category).not.toBe('child_violation');
  });
});

describe('a follow-up: one person found alive and hurt is the end of an abduction (1 taken, 1 hurt)', () => {
  it.each([
    'update: HRD from lushagala found alive this am at mugunga, beaten, says captors accused him of talking to UN',
    'Update Kiwanja: the missing teacher found alive near the river, badly beaten',
    "Suivi Beni: l'enseignant disparu retrouvé vivant à Mavivi, blessé à la tête",
    'MAJ Rutshuru: le chef de village retrouvé ce matin en brousse, tabassé',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('abduction');
    expect(r.victims).toMatchObject({ abducted: 1, injured: 1 });
    expect(r.priority).toBe('high');
  });

  it('the counts hold when another reading names the category', () => {
    const r = parse('suivi mugunga: le leader des deplacés retrouvé ce matin a bulengo, blessé, dit avoir été accusé de parler a la monusco');
    expect(r.victims).toMatchObject({ abducted: 1, injured: 1 });
    expect(r.priority).toBe('high');
  });

  it.each([
    'update: the missing child found at the market, unharmed',
    'Kiwanja: teacher found beaten near the river',
  ])('kept: %s', (text) => {
    expect(parse(text).victims.abducted).toBeNull();
  });
});

describe('one person said to have escaped captivity was taken: abducted 1', () => {
  it.each([
    "Oicha: une jeune fille de 16 ans échappée de captivité ADF dit avoir été violée par ses ravisseurs; référée à l'HGR.",
    'Oicha: a woman who escaped from ADF captivity reached Oicha this morning',
    'Eringeti: un garçon évadé de captivité arrivé à la base ce matin',
  ])('%s', (text) => {
    expect(parse(text).victims.abducted).toBe(1);
  });

  it.each([
    ['Eringeti: 6 children who escaped ADF captivity surrendered to FARDC', 6],
    ['villagers escaped the attack on Mavivi', null],
  ] as const)('kept: %s', (text, n) => {
    expect(parse(text).victims.abducted).toBe(n);
  });
});
