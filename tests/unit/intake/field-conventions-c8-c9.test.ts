import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

// Label conventions C8 and C9 (2026-12-06): people going home after a displacement are a displacement report
// (returnees counted only when a number of people is given); people who flee or leave for fear of a NAMED
// armed group name that group as the perpetrator. Invented sentences, not corpus lines.

const parse = (text: string) => parseQuickReport(text, intake);
const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

describe('C8: people returning home after a displacement are a displacement report', () => {
  it.each([
    ['Pop of Mutwanga returning since Monday, schools still closed', null],
    ['Displaced families returning to Kamango after the FARDC operation', null],
    ['Returnees back in Kalunguta this week, they need seeds and tools', null],
    ['About 700 people returned to Mamove yesterday, no incident', 700],
    ['1,200 IDPs went back to Ngite this week, needs in shelter', 1200],
    ['Retour des déplacés à Mangina depuis lundi, besoin de vivres', null],
    ['Retour de 60 ménages à Mabalako après le déploiement des FARDC', null],
    ['Environ 900 personnes sont rentrées à Eringeti ce week-end', 900],
    ['Lubero: le calme est revenu, les familles regagnent leurs maisons', null],
    ['Les habitants de Kipese regagnent progressivement leurs villages', null],
    ['pop rentre ds les villages autour de Kasindi, RAS', null],
    ['watu 400 wamerudi nyumbani Oicha, hali ni shwari', 400],
    ['wakimbizi wamerudi Kamango leo', null],
  ])('%s', (text, displaced) => {
    const r = parse(text);
    expect(r.category).toBe('displacement');
    expect(r.priority).toBe('medium');
    expect(r.victims.displaced).toBe(displaced);
  });

  it('households or families returning are not a head count', () => {
    expect(parse('Retour de 150 familles à Kibirizi cette semaine').victims.displaced).toBeNull();
    expect(parse('About 300 households back in Mavivi since Friday').victims.displaced).toBeNull();
  });
});

describe('C8 look-alikes: a return that is not people going home after a displacement', () => {
  it.each([
    'Schools reopen in Beni, children back to school after the holidays',
    'Rentrée scolaire à Butembo: les élèves ont repris les cours',
    'FARDC returned the stolen goats to the families in Oicha',
    'Wazalendo returned the money taken at the barrier in Kirumba',
    'The Wazalendo returned fire when M23 attacked Kibirizi',
    'Les 3 otages de Kiwanja sont rentrés hier, la famille a payé',
    'Hostages released: the 4 traders taken near Mangina are back home',
    'Une femme violée en rentrant du champ à Kalunguta',
    'Les Nande doivent rentrer chez eux, disent des tracts à Butembo',
    'Des hommes armés exigent que les déplacés de Kanyaruchinya rentrent chez eux, sinon ils viendront les chercher',
  ])('%s', (text) => {
    expect(parse(text).category).not.toBe('displacement');
  });

  it.each([
    ['ADF returned to the Mavivi forest, population worried', ['adf']],
    ['Les Mai-Mai sont revenus à Kitutu cette nuit', ['mai-mai']],
    ['M23 wamerudi Kibumba jana usiku', ['m23']],
  ])('a group back in a place is its movement: %s', (text, group) => {
    const r = parse(text);
    expect(r.category).toBe('armed_group_movement');
    expect(doers(text)).toEqual(group);
    expect(r.victims.displaced).toBeNull();
  });

  it('a false alarm after which people came back is a quiet day', () => {
    const r = parse("fausse alerte d'attaque des Mai-Mai à Lubero, la pop est rentrée");
    expect(r.category).toBe('other');
    expect(r.perpetrators).toEqual([]);
  });
});

describe('C9: people who flee for fear of a named group name it as the perpetrator', () => {
  it.each([
    ['Families fleeing Mangina towards Beni for fear of ADF', ['adf']],
    ['Residents of Kibirizi leaving after rumours of an M23 attack', ['m23']],
    ['Pre-emptive flight: Ngite residents sleeping in the bush, fearing the ADF', ['adf']],
    ["Les habitants de Djugu fuient vers Bunia par crainte d'une attaque CODECO", ['codeco']],
    ["La population de Kamango se déplace vers Oicha par peur des ADF", ['adf']],
    ["Environ 300 personnes ont quitté Kitutu après des rumeurs d'attaque des Raia Mutomboki", ['raia-mutomboki']],
    ["rumeur d'incursion ADF, pas confirmée, la pop de Mamove dort en brousse", ['adf']],
    ['watu wanakimbia Kasindi kwa hofu ya ADF', ['adf']],
  ])('%s', (text, group) => {
    expect(parse(text).category).toBe('displacement');
    expect(doers(text)).toEqual(group);
  });
});

describe('C9 look-alikes: nobody named', () => {
  it.each([
    // a denied rumour names nobody (quiet-day rule)
    'Rumour of an ADF attack on Mamove is false, the chief and FARDC confirm all calm',
    "La rumeur d'une attaque CODECO sur Fataki est démentie par l'administrateur",
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('other');
    expect(r.perpetrators).toEqual([]);
  });

  it.each([
    'Families fleeing Mangina towards Beni for fear of armed men',
    "Les habitants de Kitutu fuient par peur des hommes armés",
    'People leaving Kirumba for fear of the fighting',
  ])('unnamed armed men or fighting name nobody: %s', (text) => {
    expect(parse(text).category).toBe('displacement');
    expect(parse(text).perpetrators).toEqual([]);
  });
});
