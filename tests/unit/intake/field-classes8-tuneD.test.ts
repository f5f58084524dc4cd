import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const who = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name.toLowerCase());

// Classes of wording behind the misses of tests/corpus/reports11.* (everyday field traffic from the Kivus).
// Sentences are invented for each class, in both languages, with look-alikes that must not trigger it.

describe('denials, corrections and calm nights: nothing happened, nobody did it', () => {
  it.each([
    'Démenti : aucune attaque des ADF à Eringeti cette nuit',
    'Rumour denied: no attack on Kamango, the night passed without incident',
    'FARDC deny the rumour of an M23 incursion in Rubaya',
    'Rectificatif: pas d attaque à Mweso hier soir, fausse information',
    'Les notables dementent la rumeur de presence des Mai-Mai a Lubero',
    'Situation calme mais tendue à Kitshanga après les affrontements de samedi',
    'Relative calm in Masisi centre after the weekend clashes',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category, text).toBe('other');
    expect(r.perpetrators, text).toEqual([]);
    expect(r.priority, text).toBe('low');
  });

  it('a denial that confirms the group is there, or a real toll, is still an incident', () => {
    expect(who('Kitshanga: report of an M23 withdrawal denied by locals, fighters still in the town')).toContain('m23');
    expect(parse('Calme précaire à Oicha après l attaque ADF qui a tué 4 civils hier')).toMatchObject({ category: 'attack_on_civilians', victims: { killed: 4 } });
    expect(parse('M23 denied passage to the humanitarian convoy at Kibumba').category).toBe('access_denial');
  });
});

describe('the faction of a known group is that group', () => {
  it.each([
    ['Raia Mutomboki faction Kabazimya burnt houses in Kigulube', 'raia-mutomboki'],
    ['Les Raia Mutomboki faction de Makombo ont pillé le marché de Lulingu', 'raia-mutomboki'],
    ['Mai-Mai faction Kifuafua looted shops at Ngungu', 'mai-mai'],
  ])('%s', (text, group) => {
    expect(who(text)).toEqual([group]);
  });

  it('a group named without a known group before it is still kept', () => {
    expect(who('APCLS fighters looted shops in Lukweti')).toEqual(['apcls']);
  });
});

describe('armed groups known by one name', () => {
  it.each([
    ['Residents of Kiliba say Imbonerakure beat two fishermen', 'imbonerakure'],
    ['Les Imbonerakure ont menacé les pêcheurs à Kiliba', 'imbonerakure'],
    ['Sange: 3 civils tués, la population accuse Red-Tabara', 'red-tabara'],
    ['RED Tabara ambush on the RN5 near Luvungi, 2 drivers killed', 'red tabara'],
    ['Ngumino looted cattle near Minembwe', 'ngumino'],
  ])('%s', (text, group) => {
    expect(who(text)).toContain(group);
  });

  it('a group\'s camp destroyed by others is the target, not who did it', () => {
    expect(who('FARDC destroyed a Gumino camp near Minembwe')).toEqual(['fardc']);
    expect(who('Les FARDC ont détruit une position Imbonerakure près de Kiliba')).not.toContain('imbonerakure');
  });
});

describe('beaten and bearing its marks: those beaten are injured', () => {
  it.each([
    ['Wazalendo beat three traders at Kibati for refusing the tax, marks all over their backs', 3],
    ['Les FARDC ont tabassé deux motards à Kiwanja, tous deux hospitalisés', 2],
    ['un vieux battu à sang par des bandits à Rutshuru', 1],
    ['M23 beat him at the Rwindi barrier, left unconscious', 1],
    ['Deux creuseurs torturés par des Raia Mutomboki, blessures au dos', 2],
  ])('%s', (text, injured) => {
    expect(parse(text).victims.injured).toBe(injured);
  });

  it('beaten alone is injured (C3); no one hurt is no injury count', () => {
    // (C3, 2026-12-06: the beaten are injured, marks said or not)
    expect(parse('Bandits beat two motorcyclists at a checkpoint near Butembo').victims.injured).toBe(2);
    expect(parse('Des jeunes frappés par des militaires à Sake, personne n est blessé').victims.injured).not.toBe(2);
    expect(parse('Wazalendo beat three traders at Kibati, no one hurt').victims.injured).not.toBe(3);
  });
});

describe('children used to carry loads or taken out of school by armed men', () => {
  it.each([
    'Wazalendo took 6 boys out of the market as porters near Masisi',
    'Kalehe: 5 children taken out of school by Raia Mutomboki to carry loads',
    'Les Mai-Mai utilisent des enfants comme porteurs à Lulimba',
    'Fizi: 4 élèves retirés de l école par des hommes armés pour le portage',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'child_violation', priority: 'high', sensitivity: 'restricted' });
  });

  it('a porters\' strike or a pupil moving school is no child used', () => {
    expect(parse('Porters on strike at the Goma port, no loading today').category).not.toBe('child_violation');
    expect(parse('Reunion des parents a Fizi sur la rentree scolaire').category).toBe('other');
  });
});

describe('passage refused to a patrol, a convoy or a team', () => {
  it.each([
    'M23 refusing MONUSCO convoy passage at Kibumba since Monday',
    'Wazalendo refused passage to the NGO team at Ngungu',
    'Les M23 ont refusé le passage à la patrouille à Bunagana',
    'Kitshanga: les wazalendo bloquent le passage des camions humanitaires',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'access_denial', priority: 'medium' });
  });

  it('a passage of fighters or a bridge passage is no access refused', () => {
    expect(parse('Passage of M23 fighters seen near Rwindi this morning').category).not.toBe('access_denial');
  });
});

describe('one person named after "du": "du pasteur enlevé"', () => {
  it.each([
    ['Toujours sans nouvelles du pasteur enlevé lundi à Kibumba', 'abducted', 1],
    ['Le corps du chauffeur tué hier retrouvé près de Rwindi', 'killed', 1],
  ] as const)('%s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });

  it('"du village" or "du groupe" is no person', () => {
    expect(parse('Les habitants du village enlevés par les ADF près d Eringeti').victims.abducted).not.toBe(1);
  });
});

describe('goods taken from people or houses are looting', () => {
  it.each([
    'Wazalendo took chickens and blankets from houses in Kibabi overnight',
    'M23 stole their goats and bicycles at Rubare',
    'Des hommes armés ont emporté les vaches et les sacs de haricots à Ngungu',
    'les militaires ont ravi les matelas et les vivres des déplacés à Sake',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'looting_destruction', priority: 'medium' });
  });

  it('people taken, refuge taken or the road taken are no goods', () => {
    expect(parse('M23 took 4 men to their camp near Rubare').category).toBe('abduction');
    expect(parse('Les familles ont pris la route vers Minova').category).not.toBe('looting_destruction');
    expect(parse('families took refuge in the church at Kiwanja').category).not.toBe('looting_destruction');
  });
});

describe('people held by an armed group for a price, counted beside the holding or the release', () => {
  it.each([
    ['Mai-Mai holding 4 traders near Lulingu, asking money for their release', 4],
    ['Les Raia Mutomboki détiennent 3 cultivateurs depuis samedi et exigent des jetons', 3],
    ['Kalehe: the 5 kidnapped farmers freed after ransom was paid', 5],
    ['les 2 otages libérés ce matin à Bunyakiri après paiement de rançon', 2],
  ])('%s', (text, abducted) => {
    expect(parse(text)).toMatchObject({ category: 'abduction', victims: { abducted } });
  });

  it('people held by the police with no price asked are detained, not abducted', () => {
    expect(parse('PNC holding 4 traders at the Goma central station since Monday').victims.abducted).toBeNull();
    expect(parse('Les 3 détenus de la prison de Kalehe libérés').victims.abducted).toBeNull();
  });
});

describe('follow-ups: a revised toll is the whole toll; one of the injured died', () => {
  it.each([
    ['Update Kibirizi: death toll revised to 8 dead, 2 more bodies found near the river', 8],
    ['Suivi Mweso : le bilan passe à 6 morts, trois corps retrouvés dans la brousse', 6],
  ])('%s', (text, killed) => {
    expect(parse(text).victims.killed).toBe(killed);
  });

  it.each([
    ['Three men stabbed by bandits at Kanyaruchinya, one died at the hospital', 1, 2],
    ['4 civils blessés par balle à Sake, dont un a succombé', 1, 3],
  ])('%s', (text, killed, injured) => {
    expect(parse(text).victims).toMatchObject({ killed, injured });
  });

  it('a toll without revision adds what follows; "one" who did not die changes nothing', () => {
    expect(parse('Ambush near Rwindi: 3 killed by M23, 2 more bodies found later').victims.killed).not.toBe(3);
    expect(parse('Two men stabbed at Kanyaruchinya, one is in critical condition').victims).toMatchObject({ injured: 2 });
  });
});

describe('hate songs and calls to burn or kill a people are incitement, not the harm called for', () => {
  it.each([
    'Chansons de haine contre les Banyamulenge à Uvira, les jeunes appellent à chasser leurs familles',
    'Youths in Kitshanga calling to burn the shops of the Hunde',
    'hate songs against the Nande sung by motorcyclists in Kanyabayonga',
    'un animateur radio appelle à tuer les Hema de Bunia',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'hate_speech_incitement', priority: 'medium' });
  });

  it('shops burnt, or a phone call, are no incitement', () => {
    expect(parse('Wazalendo burned 12 shops of the Hunde in Kitshanga').category).toBe('looting_destruction');
    expect(parse('Called the chief of Kibirizi: all calm, no incident').category).toBe('other');
  });
});

describe('where people or fighters were heading is not where it happened', () => {
  it.each([
    ['Shelling on Bambo since dawn, families running towards Kanyabayonga', 'bambo'],
    ['Rwindi: M23 column seen heading towards Kibirizi, about 40 men', 'rwindi'],
    ['Kibumba : des éléments M23 se dirigeant vers Goma, environ 50', 'kibumba'],
    ['Tirs à Kitshanga, les gens courant en direction de Mweso', 'kitshanga'],
  ])('%s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });

  it('fighters heading somewhere threaten where they head unless the report is headed by where they were seen', () => {
    expect(parse('M23 column heading towards Kibirizi').place?.id).toBe('kibirizi');
    expect(parse('news from Rwindi: M23 moving towards Kibirizi').place?.id).toBe('kibirizi');
    expect(parse('Road from Rutshuru to Goma blocked by M23').place?.id).toBe('rutshuru');
  });
});

describe('a rumour that a group will come in is a feared attack', () => {
  it.each([
    'Rumours that ADF will enter Eringeti tonight, families packing',
    'Sake: rumeur que les wazalendo vont entrer dans la cité ce soir, non vérifiée',
    'unconfirmed: CODECO would come to Djugu centre at dawn',
    'Kiwanja : des rumeurs disent que les M23 vont arriver demain, les gens font leurs bagages',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'threat_intimidation', priority: 'medium' });
  });

  it('a rumour denied, or a group coming with no rumour, is no feared attack', () => {
    expect(parse('Rumour that M23 will enter Sake proved false, the night passed without incident').category).toBe('other');
    expect(parse('Refugees will come back to Kiwanja next week').category).not.toBe('threat_intimidation');
  });
});

describe('a report or rumour denied is a statement denied, not access denied', () => {
  it('what the denial leaves standing is the incident', () => {
    expect(parse('Rubaya: report of a Wazalendo withdrawal denied by residents, fighters still around the mines')).toMatchObject({ category: 'armed_group_movement' });
    expect(parse('Rumour that M23 will enter Sake denied by the chief')).toMatchObject({ category: 'other', priority: 'low' });
    expect(parse('Les rumeurs d un retrait des M23 de Kitshanga démenties par les habitants, les combattants sont toujours là').category).not.toBe('access_denial');
  });

  it('access denied to people stays access denied', () => {
    expect(parse('M23 denied passage to the NGO convoy at Kibumba').category).toBe('access_denial');
    expect(parse('Wazalendo denied the MONUSCO patrol access to Ngungu').category).toBe('access_denial');
  });
});

describe('the sides of a clash named by acronyms are who fought', () => {
  it.each([
    // ("CMC" alone is the mission's Nyatura, as the corpus reads it: label-changes/2026-12-08-lead.md)
    ['Accrochages entre CMC et NDC-R à Kashuga ce matin', ['nyatura', 'ndc-r']],
    ['Clashes between APCLS and M23 near Nyabiondo, heavy gunfire', ['apcls', 'm23']],
    ['combats entre les FPP et APCLS autour de Lukweti', ['fpp', 'apcls']],
  ])('%s', (text, sides) => {
    expect(who(text).sort()).toEqual([...sides].sort());
  });

  it('communities or places between "between" and "and" are no armed sides', () => {
    expect(who('Clashes between Hunde and Hutu youths in Kibabi, 2 hurt')).toEqual([]);
    expect(who('Fighting between Mweso and Kitshanga villagers over land')).toEqual([]);
  });
});

describe('"the camp" in a report headed by a place is its camp of displaced people', () => {
  it.each([
    'Bulengo: shooting inside the camp right now',
    'Lushagala - des hommes armés entrés dans le camp cette nuit, tirs',
    'Rusayo: tentes du site incendiées par des inconnus',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'attack_on_idp_site', priority: 'critical' });
  });

  it('a military camp, a camp beside or another camp named is not the heading\'s camp', () => {
    expect(parse('Rumangabo: shooting at the military camp').category).not.toBe('attack_on_idp_site');
    expect(parse('Kitshanga: M23 burnt 30 houses near the camp').category).toBe('looting_destruction');
    expect(parse('Shooting inside the camp right now').category).not.toBe('attack_on_idp_site');
  });
});
