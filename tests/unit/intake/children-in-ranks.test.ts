import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

// Children seen in an armed group's ranks, armed or in uniform, with no word of recruitment: the use of children, a
// grave violation against children (DESIGN), high and restricted; nobody counted taken (C18 asks a taking said).
// Invented sentences, both languages, SMS style among them.
describe('children seen armed or in an armed group’s ranks are a child violation', () => {
  it.each([
    ['Mai-Mai column seen moving towards Kipese, several children among the fighters', 'mai-mai'],
    ['Des enfants armés aperçus parmi les éléments Nyatura à Kibirizi', 'nyatura'],
    ['mineurs en tenue militaire avec les Maï-Maï à Luofu', 'mai-mai'],
    ["Des jeunes garçons d'environ 14 ans vus en armes avec les CODECO à Fataki", 'codeco'],
    ['boys about 15 years old with AK-47 seen among ADF near Eringeti', 'adf'],
    ['CODECO combattants dont des enfants vus à Djugu', 'codeco'],
    ['Wazalendo a Nyabiondo, des enfants ds leurs rangs', 'wazalendo'],
    ['M23 elements including minors manning the barrier at Kiwanja', 'm23'],
    ['enfants armes avec les nyatura vers kibirizi ce matin', 'nyatura'],
  ])('%s', (text, group) => {
    const r = parseQuickReport(text, intake);
    expect(r.category).toBe('child_violation');
    expect(r.priority).toBe('high');
    expect(r.sensitivity).toBe('restricted');
    expect(r.perpetrators.map((p) => p.actorId ?? p.name)).toEqual([group]);
    expect(r.victims.abducted).toBeNull();
    // (a rifle's name is no count: "AK-47" had read as 47 children)
    expect(r.victims.childrenAffected === null || r.victims.childrenAffected < 10).toBe(true);
  });
});

describe('look-alikes: children harmed by, fleeing or among others than the fighters', () => {
  it.each([
    ['children fled when armed men came to Kipese', 'displacement'],
    ['Children and women among the displaced arriving at Kanyaruchinya after M23 attack', 'displacement'],
    ['Mai-Mai column seen moving towards Kipese, population fleeing', 'armed_group_movement'],
    ['Les éléments Nyatura ont pillé des chèvres à Kibirizi', 'looting_destruction'],
  ])('%s', (text, category) => {
    expect(parseQuickReport(text, intake).category).toBe(category);
  });
});
