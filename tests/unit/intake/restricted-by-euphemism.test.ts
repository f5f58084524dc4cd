import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

// Reports that went out STANDARD although they tell of sexual violence or a grave violation against children: a rape
// said by its euphemism or by the care given after it, forced nudity, a minor made pregnant, a girl married off to an
// armed man, a school turned into a position. Each must be restricted (fail closed, DESIGN "One decision"; C17). Invented sentences, both languages.
describe('sexual violence said by its euphemism or its care, a girl married off, a school made a position: restricted', () => {
  it.each([
    ['Nyiragongo: femme forcee de coucher avec 3 militaires a la barriere', 'crsv'],
    ['Kibirizi: 2 women forced to sleep with M23 fighters at the checkpoint', 'crsv'],
    ['3 PEP kits given at HGR Rutshuru to women from Kibirizi', 'crsv'],
    ["Minova: 4 survivantes prises en charge par Heal Africa apres l'attaque de Bweremana", 'crsv'],
    ['Bukavu: a 13-year-old girl married off to a Wazalendo commander', 'child_violation'],
    ['Djugu: une fille de 14 ans donnée en mariage à un combattant CODECO', 'child_violation'],
    ['Beni: FARDC installed a position inside Mavivi primary school, classes suspended', 'child_violation'],
    ["Beni: les FARDC ont installé une position dans l'école primaire de Mavivi", 'child_violation'],
    // forced nudity, a minor made pregnant
    ["Rutshuru: 3 adolescentes retrouvées nues en brousse après l'incursion des Nyatura", 'child_violation'],
    ['Masisi: 2 women stripped naked and paraded by Nyatura at the market', 'crsv'],
    ['Bunia: cas de grossesse chez une mineure, auteur présumé un élément FARDC', 'crsv'],
    ['Kiwanja: a pregnant minor says a soldier is responsible', 'crsv'],
    // "défloration" (the Congolese legal word for the rape of a virgin girl) is a rape
    ["cas de défloration d'une mineure à Bunyakiri", 'child_violation'],
    ['Bunyakiri: une fille de 15 ans déflorée par un élément Raia Mutomboki', 'child_violation'],
    ['Kalehe: girl of 12 deflowered by a neighbour, family seeks help', 'child_violation'],
    // the field's abbreviations and the Congolese sense of "violentée"
    ['3 cas VS enregistrés à Kalehe', 'crsv'],
    ["2 SVS reçues à l'hôpital de Panzi", 'crsv'],
    ['femmes violentées par des hommes en uniforme à Sake', 'crsv'],
    // a child married early is a forced marriage of a child (sexual violence against a child: fail closed)
    ["cas de mariage précoce d'une fille de 14 ans à Kalehe", 'child_violation'],
    ['early marriage of a 15yo girl reported in Fizi', 'child_violation'],
    ['child marriage case in Uvira', 'crsv'],
    // classrooms (plural) taken over are a school in military use
    ['salles de classe occupées par les Wazalendo à Sake', 'child_violation'],
  ] as const)('%s', (text, category) => {
    const r = parseQuickReport(text, intake);
    expect(r.sensitivity).toBe('restricted');
    expect([r.category, ...r.alternatives]).toContain(category);
  });

  // Look-alikes: sleeping outside, a position near a school, a report with no one harmed.
  it.each([
    'people were forced to sleep outside after the attack in Kalunguta',
    'APCLS back in Lwibo since 2 days, they installed a position on the hill above the school',
    'Oicha: FARDC installed a position on the hill above the village',
    'FARDC vs M23 à Kibumba, tirs nourris',
  ])('%s: standard', (text) => {
    expect(parseQuickReport(text, intake).sensitivity).toBe('standard');
  });
});
