import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const ids = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// Classes of wording an analyst found in unseen reports (tests/corpus/reports5.*): each read by a rule, in several forms.

describe('a count of arrested people is never a count of killed or abducted', () => {
  it.each([
    "PNC a arrêté 20 jeunes après le meurtre d'un policier à Butembo",
    'FARDC arrested 15 youths after the murder of a soldier in Beni',
    "Arrestation de 20 personnes à Beni après la mort d'un militaire",
    'Police arrested 20 people suspected of the killings in Beni',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.victims.killed ?? 0).toBeLessThanOrEqual(1);
    expect(r.victims.abducted).toBeNull();
    expect(r.priority).not.toBe('critical');
  });

  it.each([
    ['Mahagi: 7 traders kept by FARDC at their position for a week, no charge read to them', 'fardc'],
    ['Kibati: 3 commercants retenus au cachot de la PNC sans dossier depuis 4 jours', 'pnc'],
    ['PNC rounded up 30 youths in Kamituga after the protest, still in the cells', 'pnc'],
    ['FARDC rounded up 40 men in Rubaya, accused of being M23 collaborators', 'fardc'],
    ['Les Wazalendo gardent 5 jeunes dans leur position à Kibumba depuis lundi', 'wazalendo'],
  ])('held without the word "detained": %s', (text, actor) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'arbitrary_detention', priority: 'medium' });
    expect(r.victims.abducted).toBeNull();
    expect(ids(text)).toEqual([actor]);
  });

  it('a meeting held with someone holds nobody', () => {
    expect(parse('Meeting held with the chief of Mahagi')).toMatchObject({ category: 'other', priority: 'low' });
  });

  it('a round-up by an armed group stays an abduction', () => {
    expect(parse('Mai Mai rounded up nine villagers in Miriki').victims.abducted).toBe(9);
  });
});

describe('a force that was the target or the responder is not a perpetrator', () => {
  it.each([
    ['Heavy fighting in Kibirizi since dawn, M23 shelling FARDC trenches on the hill', ['m23']],
    ['Les ADF ont attaqué les FARDC à Mamove, 2 civils tués', ['adf']],
    ['FARDC attacked by M23 near Kibumba', ['m23']],
    ['ADF ambushed a FARDC convoy near Oicha, 3 soldiers killed', ['adf']],
    ['Unexploded mortar round found in Ngadi, PNC keeping people away until UNMAS arrives', []],
    ["Les FARDC ont bouclé le secteur après la découverte d'un engin non explosé à Rubare", []],
    ['FARDC intervened after Mai-Mai looted shops in Lubero', ['mai-mai']],
    ['NEPBAT patrol ambushed by ADF near Eringeti, 2 soldiers injured', ['adf']],
    ['PNC officer shot dead by gunmen in Butembo', []],
    ['3 morts dont un FARDC dans les affrontements de Kibirizi', []],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
    expect(parse(text).hostState).toBe(false);
  });

  it.each([
    ['ADF came at night and killed 3 in Mamove', ['adf']],
    ['FARDC secured the area then looted shops in Kirumba', ['fardc']],
    ['FARDC collecting illegal taxes at Rubaya market', ['fardc']],
  ])('who came or secured and then did harm is the perpetrator: %s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('a force that did it is still the perpetrator', () => {
    expect(ids('FARDC attacked civilians in Lubero')).toEqual(['fardc']);
    expect(parse('FARDC attacked civilians in Lubero').hostState).toBe(true);
  });

  it('a contingent code is peacekeepers', () => {
    expect(parse('Casques bleus de BANBAT attaqués par des Mai-Mai à Lubero, 1 blessé').category).toBe('attack_on_peacekeepers');
  });
});

describe('incitement, urged in any form, kills nobody', () => {
  it.each([
    'Audio clip shared on Facebook in Minova urges youths to drive out the Hunde and kill them',
    'Un pasteur de Bunia exhorte les fidèles à chasser les Lendu et brûler leurs maisons',
    'Song against Banyamulenge sung at a rally in Uvira, crowd chanting kill them',
    'Des jeunes scandant tuez les Hema dans les rues de Bunia',
    'Graffiti on church wall in Kiwanja saying Tutsi go home or die',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'hate_speech_incitement', priority: 'medium' });
    expect(r.victims.killed).toBeNull();
  });

  it('a death promised to one person is a threat, not incitement', () => {
    expect(parse('Beni: radio journalist told he will be killed if he keeps reporting on ADF').category).toBe('threat_intimidation');
  });
});

describe('CRSV survivors counted however the violence is said', () => {
  it.each([
    ['Returnee women assaulted sexually on the road to Kitutu, 5 cases since Monday', 5],
    ['3 jeunes femmes de Jiba tenues comme esclaves sexuelles dans un camp Zaire', 3],
    ['5 femmes de Mweso gardées comme épouses par les FDLR pendant deux mois', 5],
    ['Women attacked sexually near Kibati, 7 cases reported to the clinic', 7],
    ['Une femme âgée violée par des hommes armés dans son champ à Kalonge', 1],
  ])('%s', (text, n) => {
    const r = parse(text);
    expect(r.victims.crsvSurvivors).toBe(n);
    expect(r.sensitivity).toBe('restricted');
  });

  it('a girl taken as a wife is a child survivor of sexual slavery', () => {
    const r = parse('Un commandant Nyatura a pris une fille de 15 ans comme épouse à Kitchanga');
    expect(r.victims).toMatchObject({ crsvSurvivors: 1, childrenAffected: 1 });
    expect(r.category).toBe('child_violation');
  });
});

describe('displaced counts: people, not households', () => {
  it.each([
    ['Mpofi: mouvement de quelque 900 personnes vers Walikale depuis hier soir', 'mpofi', 900],
    ['New arrivals in Rutshuru, approx. 340 people who fled Rwindi on foot', 'rwindi', 340],
    ['Env. 2000 pers en mvt de Kibirizi vers Rutshuru suite aux combats', 'kibirizi', 2000],
    ["Afflux d'environ 1500 déplacés à Komanda en provenance de Gety", 'gety', 1500],
    ['Mweso: 200 ménages ont quitté le village pour Kilolirwe', 'mweso', null],
  ])('%s', (text, place, n) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'displacement' });
    expect(r.place?.id).toBe(place);
    expect(r.victims.displaced).toBe(n);
  });

  it('displaced people who are hurt are counted as injured', () => {
    expect(parse('Sake: 4 déplacés blessés par balle en allant au champ').victims).toMatchObject({ injured: 4, displaced: null });
  });
});

describe('flight, empty villages and returns', () => {
  it.each([
    'Kanyabayonga: détonations entendues toute la nuit, les habitants partent vers Alimbongo',
    'Habitants de Bule partis par peur des FPIC, le village est vide',
    'Nobody left in Lume: ADF sent word they would come, families now sleep in the fields',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'displacement', priority: 'medium' });
  });

  it('returnees back home with needs are a displacement report (convention C8: returns are movements of the displaced)', () => {
    expect(parse('Returnees back in Kishishe since last week need shelter and seeds')).toMatchObject({ category: 'displacement', priority: 'medium' });
  });
});

describe('an attack announced or expected soon is critical; a search under way is not', () => {
  it.each([
    'Wazalendo said to be gathering to attack Bweremana before dawn, shops closed',
    "Kpandroma: les CODECO ont fait savoir qu'ils frapperont avant l'aube",
    'CODECO fighters say they will attack Drodro before daybreak',
    'M23 massing troops near Sake, residents expect an assault tonight',
  ])('%s', (text) => {
    expect(parse(text).priority).toBe('critical');
  });

  it.each(['Alimbongo: Mai-Mai seized 2 herders, community search under way', 'Un commerçant enlevé par des hommes armés à Kipese, recherches en cours'])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'abduction', priority: 'high' });
  });
});

describe('threats, tension and access without their usual words', () => {
  it.each([
    'Nyatura gave residents of Kitshanga 24 hours to leave',
    'Le chef de groupement de Bambo a reçu une balle dans une enveloppe',
    "Bukavu: la porte d'une DDH marquée d'une croix rouge, elle a quitté la ville",
    "Mahagi: anonymous letter slipped under the door of a CAN focal point, promising death to 'MONUSCO spies'",
  ])('threat: %s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'threat_intimidation', priority: 'medium' });
  });

  it('warning shots that hit nobody count no one killed or injured', () => {
    expect(parse("Tirs de sommation d'hommes armés au marché de Ntoto, personne n'est touché").victims).toMatchObject({ killed: 0, injured: 0 });
  });

  it.each([
    'Ngungu: market closed to Hutu vendors by Hunde youths since Friday',
    'Les jeunes Nande de Butembo bloquent la route aux commerçants Hutu depuis lundi',
    'Ziralo: des vaches ont mangé les champs, les cultivateurs promettent de chasser les bouviers',
  ])('tension: %s', (text) => {
    expect(parse(text).category).toBe('intercommunal_tension');
  });

  it.each([
    'Les Mai-Mai tiennent la route entre Niania et Epulu, les ONG ne peuvent plus livrer',
    'MONUSCO patrol not let through by Wazalendo at Kanyabayonga, told to come back with a permit',
    "Les FARDC ont refusé à l'équipe de MONUSCO de visiter le cachot de Beni",
  ])('access: %s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'access_denial', priority: 'medium' });
  });
});

describe('children, schools and health centres, IDP sites', () => {
  it.each([
    ["A Kilolirwe, les Nyatura se servent d'un gamin de 13 ans pour porter leurs munitions", 1],
    ['Libi barrier manned by Zaire kadogos, around 8 seen by the patrol', 8],
    ['4 watoto kidnappés par des Mai-Mai sur la route du champ à Manguredjipa', 4],
  ])('%s', (text, n) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'child_violation', priority: 'high', sensitivity: 'restricted' });
    expect(r.victims.childrenAffected).toBe(n);
  });

  it('a health centre written CS, looted, is a grave violation against children', () => {
    expect(parse('Raia Mutomboki ont saccagé le CS de Bunyakiri cette nuit')).toMatchObject({ category: 'child_violation', sensitivity: 'restricted' });
  });

  it('"the site" in a report about displaced people is an IDP site', () => {
    expect(parse('Mugnga: hommes armés entrés dans le site la nuit, 3 déplacés blessés à la machette')).toMatchObject({ category: 'attack_on_idp_site', priority: 'critical' });
  });

  it('SEA in everyday words is a conduct matter', () => {
    expect(parse("Famille d'une adolescente de Kavumu accuse un CB de l'avoir mise enceinte").conductMatter).toBe(true);
    expect(parse('Minembwe: mother reports that a MONUSCO soldier is in a relationship with her 15-year-old daughter').conductMatter).toBe(true);
  });
});

describe('victims named by role or wound, listed, or stated absent', () => {
  it.each([
    ['Rubaya: suspect tortured by FARDC intelligence, leg fractured, can no longer walk', { injured: 1 }],
    ['Red Cross volunteer hacked to death near Mangina', { killed: 1 }],
    ['Truck driver, his helper and 2 passengers abducted near Mikenge', { abducted: 4 }],
    ['Le chef de localité de Ngadi et sa femme enlevés par des ADF', { abducted: 2 }],
    ['Des ADF aperçus près de Boikene, pas encore de morts, la pop a peur', { killed: 0 }],
    ['Les ADF ont abattu un drone de surveillance de la Force au-dessus de Mayimoya', { killed: null }],
  ])('%s', (text, counts) => {
    expect(parse(text).victims).toMatchObject(counts);
  });
});
