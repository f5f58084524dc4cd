import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

// The label conventions of 2026-12-06 (C1–C5): unnamed police and soldiers who did the harm are the
// host state's PNC and FARDC (and the alert carries the HRDDP flag), the beaten are injured, every
// party to a clash that harmed civilians is a perpetrator, services outside the actor list are free text.
// Invented sentences, not corpus lines.

const parse = (text: string) => parseQuickReport(text, intake);
const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

describe('C1: police who did the harm are the PNC, and the alert carries the HRDDP flag', () => {
  it.each([
    'Policemen beat three street children at the Kalunguta market',
    'Police in Kamanyola detained a pastor for a week without charge',
    'A police officer shot a moto driver in Butembo after an argument',
    'A woman extorted and detained by police officers at the Mangina checkpoint',
    'Un policier a tiré sur un taximan à Butembo, blessé à la jambe',
    'La police a dispersé la marche des étudiants à Beni avec des gaz lacrymogènes, 4 blessés',
    'Trois commerçants arrêtés par des policiers à Kasindi sans motif',
    'Des agents de police ont racketté les motards au rond-point de Beni',
    'Jeune homme détenu au commissariat de Beni depuis une semaine sans dossier',
    'cops took 2 moto drivers to the cell in Oicha, want 50$ each',
    'Bavure policière à Kasindi: un vendeur blessé par balle',
    'Police brutality at the Butembo market, 3 traders hurt',
  ])('%s', (text) => {
    expect(doers(text)).toEqual(['pnc']);
    expect(parse(text).hostState).toBe(true);
  });

  it.each([
    // victims
    '1 policeman killed by armed men in Butembo last night',
    'Un policier tué par des bandits à Beni',
    '2 policemen beaten by a mob in Uvira',
    // responders and bystanders
    'Police came after gunmen looted shops in Oicha',
    'La police s’est interposée entre les deux groupes de jeunes à Kasindi',
    'Suspicious bag at the Beni bus park, police cordoned off the area',
    'Farmer killed in Mbau, police arrested the suspect',
    'La police a arrêté le présumé meurtrier d’un cultivateur à Lume',
    // UN police
    'UN police escorted the survivors to the hospital in Bunia',
    'La police de la MONUSCO a tiré en l’air à Beni',
  ])('look-alike: %s', (text) => {
    expect(doers(text)).not.toContain('pnc');
    expect(parse(text).hostState).toBe(false);
  });
});

describe('C2: soldiers who did the harm are the FARDC', () => {
  it.each([
    'Soldiers raped a woman near the river at Kalehe',
    'Army soldiers took goats and bicycles from farmers near Kibirizi',
    'Journalist held by military intelligence in Beni for two days',
    'Des militaires ont pillé des chèvres à Kirumba',
    'Harcèlement des femmes par des militaires à la barrière de Kalehe',
    'Des soldats ivres ont tabassé un chauffeur à Kiwanja',
    'Soldiers shot at a crowd in Beni market',
    'Barrière illégale des militaires à Mabalako, 2000 FC par moto',
  ])('%s', (text) => {
    expect(doers(text)).toEqual(['fardc']);
    expect(parse(text).hostState).toBe(true);
  });

  it.each([
    // a uniform does not say who
    ['Men in military uniform abducted two traders near Kiwanja', []],
    ['Des hommes en tenue militaire ont incendié 4 maisons à Bule', []],
    // foreign or UN soldiers (foreign ones are free text by C14: field-conventions-c10-c14.test.ts)
    ['Ugandan soldiers arrested 3 fishermen on the lake near Kasenyi', ['Ugandan soldiers']],
    ['Les casques bleus ont évacué les blessés de Sake', []],
    // victims, responders, bystanders; an armed group's own soldiers
    ['3 soldiers killed in an ambush near Mbau', []],
    ['Soldiers deployed in Kitshanga after the rumours', []],
    ['Beaucoup de militaires dans la ville de Beni ce matin, situation calme', []],
    ['Child soldiers seen with Nyatura at Kilolirwe', ['nyatura']],
    ['Two soldiers shot dead by ADF near Oicha', ['adf']],
    ['M23 troops looted shops in Kiwanja', ['m23']],
    ['Des militaires du M23 ont pillé des boutiques à Rubare', ['m23']],
  ])('look-alike: %s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
    expect(parse(text).hostState).toBe(false);
  });
});

describe('C3: the beaten are injured (one, a stated number, or unknown for a vague plural)', () => {
  it.each<[string, number | null]>([
    ['A shopkeeper beaten by Mai-Mai at Luofu for refusing to pay', 1],
    ['Wazalendo whipped five traders at the Kibati barrier', 5],
    ['CODECO beat a farmer and his son near Djugu', 2],
    ['Deux pêcheurs tabassés par des Nyatura à Kashuga', 2],
    ['Un enseignant passé à tabac par des miliciens CODECO à Nizi', 1],
    ['Les M23 ont roué de coups un vieillard à Rubare', 1],
    ['Un berger a reçu 20 coups de fouet à la position des Raia Mutomboki', 1],
    ['Un détenu torturé au cachot des FARDC, traces de brûlures sur le dos', 1],
    // police or soldiers beaten are injured too (and are not the doers)
    ['2 policemen beaten by a mob in Uvira', 2],
    ['Un militaire tabassé par des jeunes à Beni', 1],
    // vague plurals stay unknown
    ['Des éléments Raia Mutomboki bastonnent les commerçants au marché de Shabunda', null],
    ['CODECO beat villagers in Djugu for hours', null],
  ])('%s', (text, injured) => {
    expect(parse(text).victims.injured).toBe(injured);
  });

  it.each<[string, { injured: number | null; killed: number | null }]>([
    // beaten to death is a killing
    ['A farmer beaten to death by ADF near Mbau', { injured: null, killed: 1 }],
    ['Un homme battu à mort par la foule à Beni', { injured: null, killed: 1 }],
    // threatened, insulted, arrested without violence: not injured; "no one hurt" is nobody injured or killed (C11)
    ['Mai-Mai threatened and insulted 4 teachers at Lubero', { injured: null, killed: null }],
    ['M23 arrested 3 youths in Kiwanja, no violence reported', { injured: null, killed: null }],
    ['Wazalendo beat three traders at Kibati, no one hurt', { injured: 0, killed: 0 }],
    // "coups de feu" are gunshots, not blows
    ['Coups de feu entendus toute la nuit à Mambasa', { injured: null, killed: null }],
  ])('look-alike: %s', (text, counts) => {
    const { victims } = parse(text);
    expect({ injured: victims.injured, killed: victims.killed }).toEqual(counts);
  });
});

describe('C4: every party to a clash that harmed civilians is a perpetrator; a target is not', () => {
  it.each([
    ['Clashes between M23 and Wazalendo displaced 3,000 people from Kitshanga', ['m23', 'wazalendo']],
    ['Affrontements entre CODECO et Zaïre à Djugu, 2 civils tués', ['codeco', 'zaire']],
    ['Clashes between Nyatura and APCLS in Nyabiondo, 500 people fled', ['nyatura', 'APCLS']],
    ['Affrontements entre les Mai-Mai et les APCLS à Pinga, la population a fui', ['mai-mai', 'APCLS']],
    // the party attacked is not a perpetrator
    ['ADF attacked an FARDC position near Mbau, 2 civilians killed', ['adf']],
    ['Les ADF ont attaqué une position FARDC près d’Eringeti, 3 civils tués', ['adf']],
  ])('%s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
});

describe('C5: services outside the actor list, named as who did the harm, are free text', () => {
  it.each([
    'ANR agents detained a radio journalist in Bunia',
    'Un militant arrêté par des agents de l’ANR à Goma',
    'Torture au cachot de l’ANR à Bunia, un détenu brûlé au fer chaud',
  ])('%s', (text) => {
    expect(doers(text)).toEqual(['ANR']);
  });

  it.each([
    ['Imbonerakure beat 2 fishermen near Kiliba', ['Imbonerakure']],
    // armed bandits are not a group
    ['Armed bandits robbed a bus near Kiwanja, 2 passengers wounded', []],
  ])('%s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
});
