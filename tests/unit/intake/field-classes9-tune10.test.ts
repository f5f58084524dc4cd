import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const ids = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// Classes of everyday field traffic taught on tests/corpus/reports10.*: follow-ups, places said around the
// incident, counts said the other way round, threats broadcast to a people, fighters as the only dead, and
// more. Invented sentences of each class in both languages, and the look-alikes that must not be read as them.

// Convention C12 (2026-12-06) changed this class: hostages back who tell of another harm are still counted as abducted, and
// the gravest harm names the report (rape: CRSV); a harm that is not grave (beaten, tortured) leaves it an abduction.
describe('follow-ups: hostages back who tell of another harm stay counted as abducted (C12)', () => {
  it.each([
    ["Bambo: l'enseignant enlevé par des hommes armés a été libéré, il a été battu et torturé", 'abduction', 'high', 1],
    ['Kalonge: the nurse kidnapped on Monday was released, she says she was tortured', 'abduction', 'high', 1],
    ['Kasugho: les 3 femmes enlevées sont rentrées, 2 disent avoir été violées', 'crsv', 'high', 3],
  ] as const)('%s', (text, category, priority, abducted) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    expect(r.priority).toBe(priority);
    expect(r.victims.abducted).toBe(abducted);
  });

  it.each([
    // a release alone stays the abduction, counted
    ['Oicha: 2 enlevés mais libérés ce matin', 2],
    ['Mutwanga: the 4 abducted farmers released this morning', 4],
  ])('look-alike, a release alone: %s', (text, n) => {
    const r = parse(text);
    expect(r.category).toBe('abduction');
    expect(r.victims.abducted).toBe(n);
  });
});

describe('follow-ups: those who say they were raped are the survivors counted', () => {
  it.each([
    ['Nyiragongo: armed men took 3 women, one came back and says she was raped', 1],
    ['Kalehe: les 5 filles enlevées sont revenues, 3 déclarent avoir été violées', 3],
    ['Minova: two women returned, both report having been raped; 2 say they were raped by M23', 2],
  ])('%s', (text, n) => {
    expect(parse(text).victims.crsvSurvivors).toBe(n);
  });
});

describe('follow-ups: the culprit caught counts nobody again and is other', () => {
  it.each([
    'UPDATE Beni: the soldier who killed the trader has been arrested, calm in town',
    'Suite Butembo: le policier qui a tué le motard a été arrêté, la ville est calme',
    'Kiwanja: the man who raped the girl was apprehended by the community',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('other');
    expect(r.victims.killed).toBeNull();
    expect(r.victims.crsvSurvivors).toBeNull();
  });

  it.each([
    // the harm is news when it is not only what the caught one did
    ['Beni: a soldier killed a trader and was arrested by military police', 'attack_on_civilians'],
    ['Butembo: 2 civils tués par des bandits, la police a arrêté deux suspects', 'attack_on_civilians'],
  ])('look-alike: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('follow-ups: those found dead are killed, "the N others" are among those counted', () => {
  it.each([
    ['Eringeti: les 3 pêcheurs enlevés par les ADF retrouvés morts ce matin', 3],
    ['Mbau: the 2 farmers missing since Sunday found dead in their field', 2],
    ['Kamango: 4 motards disparus retrouvés sans vie près de la rivière', 4],
  ])('%s', (text, n) => {
    expect(parse(text).victims.killed).toBe(n);
  });

  it.each([
    ['The 4 abducted near Kamango: one escaped, the three others still held', 4],
    ['Les 5 enlevés de Mbau: deux ont fui, les 3 autres toujours retenus', 5],
  ])('%s', (text, n) => {
    expect(parse(text).victims.abducted).toBe(n);
  });

  it('look-alike: others without an article are more people ("about 20 others still held")', () => {
    expect(parse('Eringeti: 5 abducted, about 20 others still held').victims.abducted).toBe(25);
  });
});

describe('places around the incident: where families sleep or head, where fighters were seen, the attack under a heading, the wounded brought from', () => {
  it.each([
    ['Mamove calm today, some families still sleeping in Oicha', 'mamove'],
    ['Kamango calme, des ménages dorment encore à Beni', 'kamango'],
    ['M23 positions near Kibirizi, families moving south towards Kanyabayonga', 'kibirizi'],
    ['ADF en mouvement vers Oicha, environ 30 éléments vus à Mamove ce matin', 'mamove'],
    ["Beni: le bilan de l'attaque de Mbau revu à la hausse, 6 morts", 'mbau'],
    ['Bunia - toll of the attack on Komanda rises to 5 dead', 'komanda'],
    ['Beni hospital received 4 wounded civilians arriving from Kamango after a raid', 'kamango'],
  ])('%s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });

  it.each([
    // armed men sleeping somewhere use it; fighters heading somewhere threaten it; a heading with no attack named stays
    ['FARDC sleeping in the school at Oicha, pupils sent home', 'oicha'],
    ['M23 moving towards Kanyabayonga', 'kanyabayonga'],
    ['Oicha: 3 killed by ADF last night, the toll of the attack is heavy, survivors taken to Beni', 'oicha'],
  ])('look-alike: %s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
});

describe('counts said the other way round: the harm before the people, an age set apart, deaths not yet confirmed', () => {
  it.each([
    ['3 wounded civilians brought to Oicha hospital', 'injured', 3],
    ['Mbau: 5 abducted farmers, ADF suspected', 'abducted', 5],
    ['two injured women at the Beni health centre after the raid', 'injured', 2],
    ['2 CODECO fighters killed in Djugu, bodies left at the market', 'killed', 2],
  ] as const)('%s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });

  it.each([
    ['Men in uniform raped a woman and her daughter (14) in Kalehe', 1],
    ['Un garçon, 12, enlevé par les ADF près de Mbau', 1],
  ])('%s', (text, children) => {
    const r = parse(text);
    expect(r.victims.childrenAffected).toBe(children);
    expect(r.sensitivity).toBe('restricted');
  });

  it.each(['Mbau: houses burnt at dawn, no deaths confirmed yet', 'Kamango: maisons incendiées, aucun mort confirmé pour le moment'])('%s', (text) => {
    const r = parse(text);
    expect(r.victims.killed).toBeNull();
    expect(r.category).toBe('looting_destruction');
    expect(r.priority).toBe('medium');
  });

  it('a civilians\' zero keeps a force\'s own wounded, and says nobody was killed (convention C11)', () => {
    const r = parse('3 soldiers wounded when their convoy was ambushed near Mbau, no civilian casualties');
    expect(r.victims.injured).toBe(3);
    expect(r.victims.killed).toBe(0);
  });

  it.each([
    // look-alikes: a plain zero stays zero; a number after a plural is no age
    ['Kamango: houses burnt, no deaths', 'killed', 0],
    ['no civilian casualties after the shooting in Mbau', 'killed', 0],
  ] as const)('look-alike: %s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });
});

describe('a threat broadcast to a people is incitement; an ultimatum to no people is a threat', () => {
  it.each([
    'Tracts à Bunia demandant aux Nande de partir avant dimanche sinon ils verront',
    "Radio message from a Lendu militia to the Hema: 'we will cut your heads'",
    'Leaflets in Kiwanja telling Tutsi families to leave or face consequences',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('hate_speech_incitement');
  });

  it.each([
    "Threat letter slipped under the parish door in Oicha: 'leave or die'",
    "Lettre de menace au chef de Mbau: 'quitte le village ou mourir'",
  ])('%s', (text) => {
    expect(parse(text).category).toBe('threat_intimidation');
  });

  it('look-alike: a group threatening a chief of a community is a threat', () => {
    expect(parse('M23 threatened the Hunde chief of Kitshanga').category).toBe('threat_intimidation');
  });
});

describe('only fighters, soldiers or police harmed: the clash or the tension beside them is the report', () => {
  it.each([
    ['Beni: clashes between ADF and FARDC at the roundabout, 2 soldiers killed', 'armed_group_movement'],
    ['Accrochages entre Mai-Mai et policiers à Butembo, 1 policier tué', 'armed_group_movement'],
    ['3 CODECO fighters killed by FARDC in Djugu, tension rising among Lendu youth', 'intercommunal_tension'],
  ])('%s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });

  it.each([
    // an ambush with soldiers killed and nothing else stays an attack; a civilian among the dead too
    'ADF ambushed a FARDC convoy near Oicha, 3 soldiers killed',
    'Clashes between M23 and Wazalendo in Kitshanga, 2 civilians killed',
  ])('look-alike: %s', (text) => {
    expect(parse(text).category).toBe('attack_on_civilians');
  });
});

describe('more classes of everyday traffic', () => {
  it.each([
    ['Beni: arrivée de 120 ménages fuyant les combats de Mbau', 'displacement'],
    ['Influx of 60 families fleeing the clashes in Mbau, arriving in Oicha', 'displacement'],
    ["Kalehe: les militaires torturent les détenus au cachot, un prisonnier est mort", 'torture_ill_treatment'],
    ['Mahagi: les CRP occupent le centre de santé depuis lundi', 'child_violation'],
    ['Mbau: 2 agents de santé ebola agressés par des jeunes', 'attack_on_humanitarians'],
    ['Three NRC workers briefly detained at a Mai-Mai checkpoint near Lubero', 'attack_on_humanitarians'],
    ['Gety: Mai-Mai stealing goats in the village, 3 herders beaten', 'looting_destruction'],
    ['Mai-Mai occupied the Kalonge church and expelled the priests', 'threat_intimidation'],
    ['Site de déplacés de Bulengo: tirs à proximité depuis 20h, panique', 'attack_on_idp_site'],
    ["Kipese: families hiding their girls after Mai-Mai fighters 'asked for wives'", 'crsv'],
  ])('%s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });

  it.each([
    // look-alikes: a convoy held is access denied; beaten in custody stays ill-treatment; the displaced occupying a school shelter there
    ['UNHCR convoy held for 5 hours at a Mai-Mai barrier near Lubero', 'access_denial'],
    ['Police beat 2 detainees in the Beni cells', 'torture_ill_treatment'],
    ['Des déplacés occupent l\'école de Mbau depuis lundi', 'displacement'],
  ])('look-alike: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });

  it('children kept out of school by an occupation are not counted as victims', () => {
    const r = parse('Les FRPI occupent l\'école de Gety depuis une semaine, 300 élèves sans classe');
    expect(r.category).toBe('child_violation');
    expect(r.victims.childrenAffected).toBeNull();
  });

  it.each([
    ['Beni: curfew imposed by FARDC after a grenade was found at the market', []],
    ['Kiwanja: couvre-feu décrété par les FARDC après des tirs', []],
    ['Rutshuru: illegal taxes imposed by M23 at the market', ['m23']],
  ])('who imposes a curfew responds: %s', (text, perpetrators) => {
    expect(ids(text)).toEqual(perpetrators);
  });

  it.each([
    ['Fake news in Beni that MONUSCO arms the ADF, youths threaten to burn the base', 'threat_intimidation'],
    ["Intox à Butembo selon laquelle les M23 approchent, des jeunes menacent de brûler le bureau de l'ONU", 'threat_intimidation'],
  ])('a group named in a claim said false did nothing: %s', (text, category) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    expect(r.perpetrators).toEqual([]);
  });

  it('who reports (CLA, CAN) is no armed group', () => {
    expect(ids('Reported by CLA Oicha: ADF looting shops in the centre')).toEqual(['adf']);
  });
});
