import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// Classes of a week of everyday field traffic (pending reports26, second pass): invented sentences of each class in
// both languages, SMS spellings where they fit, with the look-alikes that must not be read as them.

describe('a count named by a harm noun before a road is the victims, not people on the move (victims/harmed-not-moving.ts)', () => {
  it.each([
    ['enlevement 3 pers route eringeti', 3],
    ['kidnapping 3 pers road mbau', 3],
    ['enlevement de 4 personnes axe beni-kasindi', 4],
    ['abduction of 2 pers on the road to Oicha', 2],
    ['enlevement 3 personnes route Mbau cette nuit', 3],
  ])('%s', (text, abducted) => {
    const r = parse(text);
    expect(r.category).toBe('abduction');
    expect(r.victims.abducted).toBe(abducted);
    expect(r.victims.displaced).toBeNull();
  });
  it.each([
    ['2000 pers en route vers Beni', 2000],
    ['3000 pers route bunia', 3000],
    ['300 people on the road to Oicha', 300],
    ['env 500 pers en mvt vers Mangina', 500],
  ])('look-alike (people on the move): %s', (text, displaced) => {
    const r = parse(text);
    expect(r.category).toBe('displacement');
    expect(r.victims.displaced).toBe(displaced);
  });
  it('a movement told after the taking is still counted', () => {
    const r = parse('enlevement 3 pers route eringeti, 200 pers en route vers Beni');
    expect(r.victims.abducted).toBe(3);
    expect(r.victims.displaced).toBe(200);
  });
});

describe('SMS theft with the "de" dropped: "vol" then a thing owned (vocabulary/sms-theft.ts)', () => {
  it.each([
    'vol chevres boikene cette nuit',
    'vol vaches mangina hier',
    'vol moto Beni',
    'vols betail lume cette nuit',
    'vol telephone marche oicha',
    'vol recoltes champs de Mavivi',
    'vol de chèvres à Boikene cette nuit',
    'goats stolen at Boikene overnight',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('looting_destruction');
    expect(r.priority).toBe('medium');
  });
  it.each(['vol MONUSCO annule a Beni', 'vol humanitaire UNHAS Bunia demain', 'vol UNHAS Goma-Bunia reporte'])('look-alike (a flight): %s', (text) => {
    expect(parse(text).category).toBe('other');
  });
});

describe('an estimate between a taking verb and the goods: the goods are still what was taken (constructions/estimated-goods.ts)', () => {
  it.each([
    ['Bibokoboko: Twirwaneho and Gumino elements took about 80 cows from Bafuliiru herders, fear of reprisals.', ['twirwaneho', 'Gumino']],
    ['Bibokoboko: Twirwaneho elements took about 80 cows from Bafuliiru herders, calm.', ['twirwaneho']],
    ['Bibokoboko: Twirwaneho elements took around 80 cows, calm.', ['twirwaneho']],
    ['Minembwe: Mai-Mai took nearly 40 goats from the herders', ['mai-mai']],
    ['Djugu: CODECO took over 60 goats from Hema herders, tension high', ['codeco']],
    ['Bibokoboko: des Twirwaneho ont pris environ 80 vaches, calme.', ['twirwaneho']],
    ['Djugu: les CODECO ont emporté près de 50 chèvres des éleveurs hema, peur de représailles', ['codeco']],
    ['Minembwe: les Mai-Mai ont volé environ 30 vaches, crainte de représailles', ['mai-mai']],
  ])('%s', (text, expected) => {
    const r = parse(text);
    expect(r.category).toBe('looting_destruction');
    expect(doers(text)).toEqual(expected);
    expect(r.victims.abducted).toBeNull();
  });
  it.each([
    ['Mai-Mai took about 5 people from the field near Lume', 'abduction'],
    ['les Mai-Mai ont enlevé environ 5 personnes au champ à Lume', 'abduction'],
    ['Twirwaneho took about 10 herders with their cows, Bibokoboko', 'abduction'],
    ['Bafuliiru and Banyamulenge herders quarrel over about 80 cows, fear of reprisals', 'intercommunal_tension'],
  ])('look-alike (people taken, or a quarrel over goods): %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('an aid agency telling of its own staff harmed is an attack on humanitarians (categories/agency-own-staff.ts)', () => {
  it.each([
    'Sange: MSF relays that two of their staff were stopped by armed men on the RN5 near Sange, beaten and robbed.',
    'Sange: MSF says two of its staff were beaten by armed men near Sange.',
    'Kitchanga: the NGO reports that one of its drivers was robbed at gunpoint on the road to Mweso.',
    'Sange: selon MSF, deux de ses agents ont été tabassés et dépouillés par des hommes armés.',
    "Uvira: l'ONG signale que deux de leurs agents ont été dépouillés par des hommes armés sur la RN5.",
  ])('%s', (text) => {
    expect(parse(text).category).toBe('attack_on_humanitarians');
  });
  it.each([
    'Sange: MSF relays that armed men robbed traders near Sange, two beaten.',
    'Sange: selon MSF, des hommes armés ont dépouillé des commerçants près de Sange.',
  ])('look-alike (the agency only tells): %s', (text) => {
    expect(parse(text).category).toBe('looting_destruction');
  });
});

describe('an attack only heard of or meant by a group massing is a movement, not under way (categories/hearsay-and-purpose.ts)', () => {
  it.each([
    "Lulimba: 'we hear Mai-Mai are regrouping near Lulimba to attack the mine' - rumour from traders, not confirmed by FARDC.",
    'Lulimba: Mai-Mai are regrouping near Lulimba to attack the mine, rumour from traders.',
    'Lulimba: Mai-Mai regrouping near Lulimba to attack the mine',
    'Kanyabayonga: we hear the M23 are massing south of the town',
    'Lulimba: les Mai-Mai se regroupent près de Lulimba pour attaquer la mine',
    'Lulimba: on entend les Mai-Mai se regrouper près de la mine',
    'Lulimba: les mai mai se regroupent dans la brousse pr attaquer la mine, pas confirme',
    'Lulimba: Mai-Mai massing near Lulimba, preparing to attack the mine',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('armed_group_movement');
    expect(r.priority).toBe('medium');
    expect(r.perpetrators.length).toBeGreaterThan(0);
  });
  it.each([
    ['Lulimba: we hear shots near the mine since 5am', 'critical'],
    ['Lulimba: on entend des tirs vers la mine depuis ce matin', 'critical'],
    ['Lulimba: Mai-Mai are attacking the mine right now', 'critical'],
    ['CODECO massing to attack Drodro tonight', 'critical'],
    ['les codeco se regroupent pr attaquer drodro ce soir', 'critical'],
    ['Local leader in Bunia urging young men to attack Lendu villages', 'medium'],
  ])('look-alike (gunfire heard now, an attack with its time, a call to attack): %s', (text, priority) => {
    expect(parse(text).priority).toBe(priority);
  });
});

describe('an armed group ordering that children be sent to it is the recruitment of children (categories/children-called-up.ts)', () => {
  it.each([
    "Nyatura commanders told headmasters in Nyabiondo to send boys over 15 'for training', parents hiding their sons.",
    'Nyatura commanders told headmasters in Nyabiondo to send boys for training',
    'Mai-Mai ordered the chief of Lume to send young boys to their camp for training',
    'CODECO asked parents in Djugu to send their children to the militia',
    'CODECO ordered each family to give one boy to join their ranks',
    "Les Nyatura ont demandé aux directeurs d'écoles de Nyabiondo d'envoyer les garçons de plus de 15 ans 'pour la formation'",
    "Les Mai-Mai ont demandé aux parents d'envoyer leurs enfants au camp pour l'entraînement",
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('child_violation');
    expect(r.priority).toBe('high');
    expect(r.sensitivity).toBe('restricted');
  });
  it.each([
    ["M23 calling all youth to a meeting for 'training', parents hiding their boys", 'threat_intimidation'],
    ["M23 told Bambo residents to give 1 young man per family for 'training' or be punished", 'threat_intimidation'],
    ['Nyatura commanders told headmasters in Nyabiondo to close the schools', 'armed_group_movement'],
    ["Les Nyatura ont demandé aux chefs d'envoyer des vivres", 'armed_group_movement'],
    ['FARDC asked parents to send their children back to school', 'other'],
  ])('look-alike (youth called, no child sent, the state): %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('an age bound after children is who they are, not how many (victims/age-floor.ts)', () => {
  it.each([
    ['Nyatura recruited boys over 15 in Nyabiondo', null],
    ['Nyatura took boys over 15 from the school', null],
    ['les Mai-Mai ont recruté des garçons de moins de 16 ans à Lume', null],
    ['les Nyatura ont recruté des garçons de plus de 15 ans', null],
    ['Nyatura recruited 3 boys aged over 15', 3],
    ['CODECO recruited 12 children under 12 in Djugu', 12],
    ['Mai-Mai took 4 girls under 14 from the school', 4],
  ])('%s', (text, children) => {
    expect(parse(text).victims.childrenAffected).toBe(children);
  });
});

describe('sitrep shorthand: "pos"/"psn" is a position, "IVO"/"VIC" no group (constructions/everyday-traffic-2.ts POST, doers/sitrep-shorthand.ts)', () => {
  it.each([
    ['160200B: ADF elms attacked FARDC pos IVO Tchabi, exchange of fire ongoing as of 0230B, no info on civ cas.', ['adf']],
    ['160200B: ADF elms attacked FARDC pos IVO Tchabi, exchange of fire ongoing as of 0230B.', ['adf']],
    ['160200B: ADF elms attacked FARDC position IVO Tchabi, exchange of fire ongoing as of 0230B.', ['adf']],
    ['Mai-Mai attacked FARDC psn near Lume, exchange of fire ongoing', ['mai-mai']],
    ['Les ADF ont attaqué une position FARDC à Tchabi, échanges de tirs en cours', ['adf']],
  ])('%s', (text, expected) => {
    const r = parse(text);
    expect(r.category).toBe('armed_group_movement');
    expect(r.priority).toBe('critical');
    expect(doers(text)).toEqual(expected);
  });
  it.each([
    ['Kamango: ADF attacked FARDC pos at Kamango, 3 civ killed in crossfire', 'attack_on_civilians'],
    ['pos FARDC attaquée par les Mai-Mai à Lume, 1 civil tué', 'attack_on_civilians'],
  ])('look-alike (civilians harmed): %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('"PK" counted or hurt is a peacekeeper (victims/peacekeeper-shorthand.ts)', () => {
  it.each([
    ['172000B: TOB Fataki harassed by small arms fire from CODECO elms 2000-2030B, 1x PK lightly WIA.', 1],
    ['COB Fataki harassed by small arms fire from CODECO, 2x PK WIA.', 2],
    ['COB Kiwanja: M23 fired on the base, one PK slightly injured', 1],
    ['Kiwanja: tirs du M23 sur la base, 1 PK blessé légèrement', 1],
    ['TOB Fataki harassed by small arms fire from CODECO elms, 1 peacekeeper lightly wounded.', 1],
  ])('%s', (text, injured) => {
    const r = parse(text);
    expect(r.category).toBe('attack_on_peacekeepers');
    expect(r.victims.injured).toBe(injured);
    expect(r.priority).toBe('medium');
  });
  it.each([
    ['CODECO elements armed with PK and AK seen near Fataki', 'armed_group_movement'],
    ['Embuscade des ADF au PK 12 route Beni-Kasindi, 2 civils tués', 'attack_on_civilians'],
  ])('look-alike (a machine gun, a kilometre point): %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('people counted as the subject, then "beaten" in a clause after a comma, are the injured (victims/stopped-then-beaten.ts)', () => {
  it.each([
    ['Sange: MSF relays that two of their staff were stopped by armed men on the RN5 near Sange, beaten and robbed.', 2],
    ['Sange: two traders were stopped by armed men near Sange, beaten and robbed.', 2],
    ['Kalehe: 3 traders were stopped at the barrier by Wazalendo, whipped and released', 3],
    ['Sange: deux commerçants ont été interceptés par des hommes armés près de Sange, tabassés et dépouillés.', 2],
  ])('%s', (text, injured) => {
    expect(parse(text).victims.injured).toBe(injured);
  });
  it.each([
    ['Sange: 3 traders robbed by armed men, the driver beaten', 1],
    ['Beni: 2 killed by ADF, others beaten', null],
  ])('look-alike (another subject beaten): %s', (text, injured) => {
    expect(parse(text).victims.injured).toBe(injured);
  });
});
