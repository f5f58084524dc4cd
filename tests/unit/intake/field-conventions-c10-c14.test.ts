import { describe, expect, it } from 'vitest';
import type { VictimKey } from '../../../src/domain/alert.js';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// Conventions C10–C14, settled on 2026-12-06 (second sitting; README "Labelling conventions"). Invented sentences of
// each class in English, French, SMS and Swahili, and the look-alikes that must not be read as them.

describe('C10: fighting said to go on since a time, with no word that it ended, is under way (critical)', () => {
  it.each([
    'Clashes between FARDC and CODECO near Fataki since 4am',
    'heavy fighting at Kalunguta since this morning, families hiding',
    'M23 shelling Kibumba since dawn',
    'gunfire in Mangina since 0400hrs',
    'Affrontements entre Wazalendo et M23 à Kibirizi depuis ce matin',
    "les FARDC et les ADF s'affrontent à Mavivi depuis hier soir",
    'tirs nourris à Oicha depuis 5h',
    'affrontmts m23/wazalendo a rubare dpuis 6h',
    'Wazalendo na M23 wanapigana Rubare tangu asubuhi',
    'vita inaendelea Kitshanga kati ya M23 na wazalendo',
    'Bombardements sur Sake depuis 2 jours, la population terrée',
    // the clause right after the time tells the fighting
    'soldiers looting shops in Butembo since 9pm, shooting in the air',
    'Depuis 6h, des combats opposent les CODECO aux FARDC à Djugu',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.underway).toBe(true);
    expect(r.priority).toBe('critical');
  });

  it.each([
    // a span that closed, or the end said
    'Clashes at Kalunguta from 5am to 9am, calm returned',
    "Affrontements à Kibirizi depuis 5h jusqu'à 9h, calme revenu",
    'Les combats à Masisi depuis ce matin ont cessé, les M23 se sont retirés',
    // people who fled or arrived since a time because of fighting: the flight is what goes on
    'About 1200 people displaced from Kitshanga since Monday due to fighting',
    'Des familles arrivent à Mweso depuis hier après les combats de Kitshanga',
    // "since the attack" is no time; fighters merely present; fighting with no "since"
    'No new incident in Kamango since the attack, IDPs still at the base',
    'M23 fighters present in Rubare since yesterday',
    'Affrontements FARDC-Nyatura à Masisi ce matin, routes fermées',
    // the clause after the time tells something else than fighting
    'Families from Mweso arriving in Kitshanga since morning, fear of more clashes',
  ])('look-alike: %s', (text) => {
    const r = parse(text);
    expect(r.underway).toBe(false);
    expect(r.priority).not.toBe('critical');
  });
});

describe('C11: "no one hurt" is nobody killed and nobody injured; "no injuries" alone is nobody injured', () => {
  it.each([
    'ADF burnt 10 houses in Mavivi, no one hurt',
    'Nobody was harmed when Mai-Mai looted the market of Lubero',
    "Des Wazalendo ont pillé le marché de Kibua, personne n'a été blessé",
    "Tirs sur le marché de Beni, personne n'est touché",
    'MSF car shot at near Rutshuru, staff unhurt',
    'Camion du PAM visé par des tirs à Komanda, chauffeur indemne',
    'Incendie de 5 maisons à Bule par des hommes armés, pas de victimes',
    'Attaque des CODECO à Largu sans faire de victimes',
    'maisons brulees ds kipese par les maimai, pas d victimes',
    'shots at the UN convoy near Sake, no casualties',
    'Our patrol base was shot at overnight, no casualties among troops',
    'no civilian hurt in the shelling of Kibumba',
    'ADF attack on Mavivi repelled, nobody killed or injured',
    "Tirs à Kasindi, personne n'a été tué ni blessé",
    'nyumba 5 zimechomwa na ADF Oicha, hakuna aliyejeruhiwa',
  ])('%s', (text) => {
    const { victims } = parse(text);
    expect(victims.killed).toBe(0);
    expect(victims.injured).toBe(0);
  });

  it.each<[string, Partial<Record<VictimKey, number | null>>]>([
    // the wounded only: whether anyone died is not said
    ['Stones thrown at a MONUSCO convoy in Beni, no injuries', { injured: 0, killed: null }],
    ['Pillage de boutiques à Butembo par des militaires, aucun blessé', { injured: 0, killed: null }],
    ['jets de pierres sur la patrouille a Mutwanga, pas de blesses', { injured: 0, killed: null }],
    // the dead only
    ['Incursion des ADF à Mavivi, aucun mort, maisons pillées', { killed: 0, injured: null }],
    ["2 blessés par balle à Beni, personne n'a été tué", { killed: 0, injured: 2 }],
    // a stated count keeps its value beside "no civilian casualties"
    ['2 peacekeepers wounded in an ambush near Oicha, no civilian casualties', { injured: 2, killed: 0 }],
  ])('look-alike: %s', (text, counts) => {
    const { victims } = parse(text);
    for (const [key, n] of Object.entries(counts)) expect(victims[key as VictimKey]).toBe(n);
  });
});

describe('C12: freed hostages who tell of another harm are still counted as abducted; the gravest harm names the report', () => {
  it.each<[string, string, Partial<Record<VictimKey, number | null>>]>([
    ['The 5 hostages freed yesterday in Oicha say two women were raped in captivity', 'crsv', { abducted: 5, crsvSurvivors: 2 }],
    ['Les 4 femmes enlevées à Lubero sont revenues, 2 disent avoir été violées', 'crsv', { abducted: 4, crsvSurvivors: 2 }],
    ['Les 3 otages libérés à Lubero disent avoir été battus et torturés', 'abduction', { abducted: 3 }],
    ["le chef de village enlevé par les maimai est relâché, il a été fouetté", 'abduction', { abducted: 1, injured: 1 }],
    ['Two girls held as wives by FDLR near Tongo escaped to Kiwanja', 'child_violation', { abducted: 2 }],
    ['Esclavage sexuel: 3 femmes retenues par les ADF se sont évadées', 'crsv', { abducted: 3, crsvSurvivors: 3 }],
  ])('%s', (text, category, counts) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    expect(r.priority).toBe('high');
    for (const [key, n] of Object.entries(counts)) expect(r.victims[key as VictimKey]).toBe(n);
  });

  it('a rape told by freed hostages is restricted', () => {
    expect(parse('The 5 hostages freed yesterday in Oicha say two women were raped in captivity').sensitivity).toBe('restricted');
  });

  it.each([
    // a release alone stays the abduction; detainees let out of a cell were never abducted
    ['Kidnapped trader of Sake released after payment', 'abduction', 1],
    ['3 détenus libérés de la prison de Beni disent avoir été battus', 'torture_ill_treatment', null],
  ] as const)('look-alike: %s', (text, category, abducted) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    expect(r.victims.abducted).toBe(abducted);
  });
});

describe('C13: a school or health facility attacked, looted, burnt, shelled or occupied by armed men is a restricted child violation', () => {
  it.each([
    'Armed men looted the Kasindi health centre overnight',
    'Le centre de santé de Bambu pillé par des hommes armés, médicaments emportés',
    'CODECO burnt the Largu primary school last night',
    'M23 shelled Rutshuru hospital this morning',
    'ecole de Kiwanja occupee par les M23',
    'le CS de Pinga pillé par des miliciens Mai-Mai',
    'La maternité de Oicha incendiée par les ADF',
    'Mai-Mai took the Kibua health post as their position',
    'Butembo hospital: armed men came in at night and took medicines',
    "Des miliciens sont entrés au centre de santé de Lita et ont emporté des médicaments",
    'Ecole de Kiwanja: des hommes armés ont tout pillé cette nuit',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('child_violation');
    expect(r.sensitivity).toBe('restricted');
    expect(r.priority).toBe('high');
  });

  it.each([
    // thieves with no armed actor: a theft
    ['Thieves broke into the Beni health centre at night and stole a fridge', 'looting_destruction'],
    ["Des voleurs ont cambriolé l'école de Butembo cette nuit", 'looting_destruction'],
    // a school or a health centre only near the place
    ['UXO found near the school in Rubare, area cordoned', 'explosive_hazard'],
    ['Nurse abducted by gunmen near the Oicha health centre', 'abduction'],
    // a hospital heading a report of wounded it received after an attack elsewhere
    ['Oicha hospital received 5 wounded after the ADF attack on Mbau', 'attack_on_civilians'],
  ])('look-alike: %s', (text, category) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    expect(r.sensitivity).toBe('standard');
  });
});

describe('C14: foreign forces named by nationality or acronym are free-text perpetrators, never the FARDC', () => {
  it.each([
    ['Burundian soldiers beat 3 fishermen at Kiliba', 'Burundian soldiers'],
    ['Des militaires burundais ont arrêté 4 pêcheurs sur le lac près d Uvira', 'militaires burundais'],
    ['UPDF soldiers fired on a canoe near Kasenyi', 'UPDF'],
    ['Des soldats rwandais ont pillé des chèvres à Kibumba', 'soldats rwandais'],
    ['Burundian troops (FDNB) took 3 fishermen across the lake', 'FDNB'],
    ["l'armée ougandaise a brûlé des pirogues à Kasenyi", 'armée ougandaise'],
  ])('%s', (text, name) => {
    const r = parse(text);
    expect(doers(text)).toEqual([name]);
    expect(r.hostState).toBe(false);
  });

  it.each([
    // the foreign force as the target or the victims; nationals who are not forces; UN contingents
    ['Red Tabara attacked a Burundian army post near Luvungi', ['Red Tabara']],
    ['2 soldats burundais tués dans une embuscade près de Luvungi', []],
    ['3 Ugandan nationals arrested by the PNC at Kasindi', ['pnc']],
    ['Indian peacekeepers shot at by M23 near Kibumba', ['m23']],
  ])('look-alike: %s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
});

describe('C15: the DEMIAP, the army\'s military intelligence, is the FARDC (HRDDP) and stays named as written', () => {
  it.each([
    'DEMIAP retient trois activistes à Goma depuis une semaine',
    'Two traders held by the DEMIAP in Bukavu for 10 days',
    'les agents de la demiap ont arrete un journaliste a Uvira',
  ])('%s', (text) => {
    expect(doers(text).map((d) => d.toLowerCase()).sort()).toEqual(['demiap', 'fardc']);
    expect(parse(text).hostState).toBe(true);
  });

  it('look-alike: an operation against the DEMIAP does not make it the doer', () => {
    expect(doers('Manifestation contre la DEMIAP à Goma, aucun incident')).toEqual([]);
  });
});
