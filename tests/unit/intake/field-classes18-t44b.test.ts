import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const doers = (text: string): string[] => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// Classes of wording from reports44 (second pass: who did it, threats of death): invented sentences in both languages,
// with the look-alikes that must keep their reading.

describe('a death threat split around the person threatened is a threat, nobody killed (categories/death-threat-split.ts)', () => {
  it.each([
    'Katana: des inconnus ont menacé un défenseur des droits humains de mort avant vendredi',
    'Les Nyatura menacent les enseignants de mort',
    'Beni: ADF ont menacé les habitants de Mbau de mort s\'ils collaborent avec les FARDC',
    'des hommes armés ont menacé le chef du village de mort',
    'SMS menaçant le journaliste de mort reçu hier',
    'Uvira: des Wazalendo menacent le pasteur et sa famille de mort, il se cache',
    'M23 threatened the chief with death',
    'Unknown men threatened him and his family with death after he testified',
    'msg: wazalendo threatened the chief and his wife with death',
    'Kiwanja: le pasteur a été menacé de mort par des inconnus',
  ])('%s → threat_intimidation, no one killed, medium', (text) => {
    const r = parse(text);
    expect(r.category).toBe('threat_intimidation');
    expect(r.victims.killed).toBeNull();
    expect(r.priority).toBe('medium');
  });

  it.each([
    ['un jeune menacé puis battu à mort par des Wazalendo', 1],
    ['ADF threatened villagers in Mbau, one man shot to death', 1],
    ['Rutshuru: wazalendo threatened 3 teachers with death, 1 killed last week', 1],
    ['Beni: 2 morts, les ADF menacent de revenir', 2],
  ] as const)('stays: %s → killed %i', (text, n) => {
    expect(parse(text).victims.killed).toBe(n);
  });
});

describe('a group that takes a place back or over has moved, "no incident" only says it harmed nobody (categories/place-retaken.ts)', () => {
  it.each([
    ['Ntoto: NDC-R fighters reoccupied Ntoto after FARDC left, no incident with civilians so far', 'NDC-R'],
    ["Ntoto: les NDC-R ont repris Ntoto après le départ des FARDC, pas d'incident", 'NDC-R'],
    ['Ntoto: les M23 ont réoccupé Ntoto, aucun incident signalé', 'm23'],
    ['Nyabiondo: APCLS took over the village yesterday, no incident so far', 'APCLS'],
    ['Pinga: CODECO elts have retaken Pinga, calm', 'codeco'],
    ["Rubaya: M23 ont pris le contrôle de Rubaya ce matin, pas d'incident", 'm23'],
    ['Ntoto: NDC-R elements reoccupied the village after FARDC withdrew, no incident so far', 'NDC-R'],
  ] as const)('%s → armed_group_movement by %s, medium', (text, doer) => {
    const r = parse(text);
    expect(r.category).toBe('armed_group_movement');
    expect(r.perpetrators.map((p) => p.actorId ?? p.name)).toContain(doer);
    expect(r.priority).toBe('medium');
  });

  it.each([
    ['Beni: les activités ont repris à Beni après 3 jours de ville morte', 'other'],
    ['Ntoto: les cours ont repris au village, calme', 'other'],
    ['Kitshanga: M23 occupied the school, classes suspended', 'child_violation'],
  ] as const)('stays: %s → %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('a group outside the actor list that announces an attack is named (doers/groups.ts DOING)', () => {
  it.each([
    ['Komanda: CRP announced they will attack Komanda tonight, shops closing, pop moving to the MONUSCO base', 'CRP'],
    ["Komanda: les CRP ont annoncé qu'ils vont attaquer Komanda ce soir", 'CRP'],
    ['Marabo: FPIC announced an attack on Marabo tomorrow', 'FPIC'],
    ['Bunia: la CRP annonce des attaques contre les sites de déplacés', 'CRP'],
  ] as const)('%s → %s', (text, doer) => {
    expect(doers(text)).toContain(doer);
    expect(parse(text).category).toBe('threat_intimidation');
  });

  it.each(['OCHA announced a distribution at Komanda', 'Komanda: MONUSCO announced more patrols after the threats'])('stays: %s → nobody', (text) => {
    expect(doers(text)).toEqual([]);
  });
});

describe('a group named as gone in the cause of a return ("now that the M23 left") did nothing; a heading\'s "suite:" is no cause (doers/gone-or-denounced.ts)', () => {
  it.each([
    'Around 1,200 people went back to Kibirizi from Kiwanja now that the M23 left',
    '300 ménages sont rentrés à Kibirizi maintenant que les M23 sont partis',
    'Families returning to Pinga once the NDC-R are gone',
    'Around 500 people went back to Kibirizi after the M23 left',
    '300 ménages rentrés à Kibirizi depuis que les M23 sont partis',
  ])('%s → nobody', (text) => {
    expect(doers(text)).toEqual([]);
  });

  it.each([
    ['Biakato suite: les ADF se sont retirés vers 10h, calme revenu, plusieurs morts selon la société civile, bilan en cours', 'adf'],
    ['Kalunguta suite: ADF left after killing 2 farmers', 'adf'],
    ['Mbau suite : les ADF sont partis, 3 corps retrouvés', 'adf'],
    ['Now that FARDC left, M23 elements loot shops in Kibirizi', 'm23'],
  ] as const)('stays: %s → %s', (text, doer) => {
    expect(doers(text)).toEqual([doer]);
  });
});

describe('the force that broke up a threatening crowd, nobody hurt, only responded (doers/crowd-dispersed.ts)', () => {
  it.each([
    'Boikene: youths with machetes gathered at the roundabout shouting threats against the Nande, police dispersed them',
    'Kiliba: des jeunes rassemblés au marché scandant des menaces contre les Banyamulenge, la PNC les a dispersés',
    'Kiliba: des jeunes rassemblés au marché scandant des menaces contre les Banyamulenge, les policiers les ont dispersés',
    'Goma: a crowd gathered shouting insults at Kinyarwanda speakers, soldiers dispersed them',
  ])('%s → nobody', (text) => {
    expect(doers(text)).toEqual([]);
  });

  it.each([
    'Boikene: youths gathered shouting threats, police dispersed them with tear gas',
    'Boikene: youths gathered shouting threats, police dispersed them, 2 injured',
    'Beni: protesters gathered at the town hall chanting slogans, police dispersed them',
  ])('stays: %s → PNC (C1: dispersed by force, or a protest)', (text) => {
    expect(doers(text)).toEqual(['pnc']);
  });
});

describe('a group that a threatened person is told to stop talking about did nothing (doers/gone-or-denounced.ts)', () => {
  it.each([
    "Beni: radio host warned by SMS to stop talking about the ADF killings or 'you will be next'",
    "Butembo: journaliste sommé d'arrêter de parler des ADF sinon il sera tué",
    'Bunia: activist told to quit talking about CODECO on the radio or face the consequences',
    'Beni: radio host threatened after talking about the ADF',
  ])('%s → nobody, threat', (text) => {
    expect(doers(text)).toEqual([]);
    expect(parse(text).category).toBe('threat_intimidation');
  });

  it.each([
    ['Beni: ADF threatened the radio host, told him to stop talking', 'adf'],
    ['Beni: on parle de ADF à Mavivi depuis hier', 'adf'],
  ] as const)('stays: %s → %s', (text, doer) => {
    expect(doers(text)).toEqual([doer]);
  });
});

describe('a running toll said as a count of bodies is the dead (victims/tolls.ts, categories/keywords.ts)', () => {
  it.each([
    ['Jiba: body count from Sunday now 23 per Red Cross, previous figure was 17', 23],
    ['Mamove: death count rose to 9 according to civil society', 9],
    ['Eringeti: bodycount now 12 after more bodies found', 12],
    ['Kikura: le nombre de corps retrouvés passe à 14 selon la Croix-Rouge', 14],
  ] as const)('%s → killed %i, a killing, critical', (text, n) => {
    const r = parse(text);
    expect(r.victims.killed).toBe(n);
    expect(r.category).toBe('attack_on_civilians');
    expect(r.priority).toBe('critical');
  });

  it.each([
    ['Beni: body count not known yet', null],
    ['Mbau: 4 bodies found, ADF suspected', 4],
    ['Beni: death toll rose to 7', 7],
  ] as const)('stays: %s → killed %s', (text, n) => {
    expect(parse(text).victims.killed).toBe(n);
  });
});
