import { describe, expect, it } from 'vitest';
import type { CategoryId } from '../../../src/domain/taxonomy.js';
import { parseQuickReport, tokenize } from '../../../src/intake/index.js';
import { guessCategories } from '../../../src/intake/categories/lexicon.js';
import { intake, rulesOnly } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// Categories by class of phrasing, English and French (SMS style and missing accents among them).
describe('the six grave violations against children are recognised and restricted', () => {
  it.each<[string, string]>([
    ['child soldiers seen with Mai-Mai in Pinga', 'recruitment'],
    ['enrôlement de mineurs par les Wazalendo à Kitshanga', 'recruitment'],
    ['enfants associés aux groupes armés signalés à Masisi', 'recruitment'],
    ['Boy of 15 forcibly recruited by Mai-Mai in Bunyatenge', 'recruitment'],
    ['kadogos vus avec les miliciens a Walikale', 'recruitment'],
    ['une fille de 14 ans violée à Minova', 'sexual_violence'],
    ['3 élèves enlevés sur le chemin de l école à Kirumba', 'abduction'],
    ['un enfant tue par balle perdue a Goma', 'killing'],
    ['deux enfants blessés par des tirs à Kiwanja', 'maiming'],
    ['école incendiée par des assaillants à Bule', 'attack_on_school'],
    ['FARDC soldiers occupying the primary school in Kiwanja', 'attack_on_school'],
    ["Occupation de l'hôpital général de Rutshuru par des M23", 'attack_on_hospital'],
    ['ADF attacked the Kainama health centre overnight', 'attack_on_hospital'],
    ['humanitarian aid for children blocked by M23 at Kibumba', 'denial_of_access'],
    ['Kids used as porters by Nyatura near Kitshanga', 'recruitment'],
    ['Les M23 recrutent des jeunes de force à Rutshuru, dont des mineurs', 'recruitment'],
    ["des militaires ont installé leur camp dans l'école de Bunyakiri", 'attack_on_school'],
  ])('%s', (text, subType) => {
    const r = parse(text);
    expect(r.category).toBe('child_violation');
    expect(r.subType).toBe(subType);
    expect(r.sensitivity).toBe('restricted');
    expect(r.priority).toBe('high');
  });

  it('keeps children among wider casualties in an attack, and an explosive near a school a hazard', () => {
    expect(parse('ADF killed 8 civilians including 2 children in Oicha').category).toBe('attack_on_civilians');
    expect(parse("Engin explosif improvisé découvert près de l'école de Mutwanga").category).toBe('explosive_hazard');
  });
});

describe('a sexual-violence signal restricts whatever category wins (fail closed)', () => {
  it.each([
    'Houses looted in Kalunguta and a woman raped by the attackers',
    'ADF attack on Oicha, 4 killed, women raped',
    'Femme abusée sexuellement par des miliciens à Kalehe',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.sexualViolenceSignal).toBe(true);
    expect(r.sensitivity).toBe('restricted');
  });
});

describe('vocabulary in both languages, conjugated, without accents, SMS style', () => {
  it.each<[string, CategoryId]>([
    ['chef de village égorgé par des ADF à Mamove', 'attack_on_civilians'],
    ['4 villagers hacked to death in Mangina', 'attack_on_civilians'],
    ['5 personnes kidnappées à Kasugho', 'abduction'],
    ['deux commerçants pris en otage à Komanda', 'abduction'],
    ['militaires ont pillé des boutiques à Sake', 'looting_destruction'],
    ['les rebelles pillaient le marché de Kiwanja', 'looting_destruction'],
    ['maisons incendiees a Kalunguta', 'looting_destruction'],
    ['3 blesses ds attaque a Oicha', 'attack_on_civilians'],
    ['2 femmes enleves a Pinga', 'abduction'],
    ['Cattle raid by armed herders in Kalonge', 'looting_destruction'],
    ['Véhicule d une ONG braqué par des hommes armés près de Rutshuru', 'attack_on_humanitarians'],
    ['Jets de pierres contre des casques bleus à Butembo', 'attack_on_peacekeepers'],
    ['MONUSCO base in Kiwanja came under M23 mortar fire, no casualties', 'attack_on_peacekeepers'],
    ['Grenade thrown into a bar in Goma, 1 dead 9 injured', 'attack_on_civilians'],
    ['Le chef de Bambu menacé de mort par la CODECO', 'threat_intimidation'],
    ['Lettres de menaces déposées à Mutwanga annonçant une attaque des ADF', 'threat_intimidation'],
    ['Méfiance croissante entre pygmées et Bantous à Mambasa', 'intercommunal_tension'],
    ['Politician in Bunia calls the Lendu snakes to be crushed', 'hate_speech_incitement'],
    ['M23 prevented a MONUSCO patrol from entering Kishishe', 'access_denial'],
    ['Les M23 renforcent leurs positions autour de Sake', 'armed_group_movement'],
    ['Traitements cruels infligés aux détenus du cachot de Goma', 'torture_ill_treatment'],
    ['Heavy rains destroyed the bridge at Kasindi', 'other'],
    ['Attaque contre une équipe de la riposte Ebola à Butembo, 1 agent blessé', 'attack_on_humanitarians'],
    ['Protesters burnt MONUSCO vehicles in Goma', 'attack_on_peacekeepers'],
    ['ADF captured 3 farmers near Oicha', 'abduction'],
    ['Mai Mai rounded up nine villagers in Miriki and marched them into the bush', 'abduction'],
    ['12yo girl defiled by a neighbour in Kibati', 'child_violation'],
    ['Woman assaulted sexually by two FDLR combatants near Kibirizi', 'crsv'],
    ['Men in uniform gang-raped a woman in front of her children near Kavumu', 'crsv'],
    ['Zaïre militiamen made off with about 120 cows near Rhoe', 'looting_destruction'],
    ['Oxfam compound in Bunia burgled by armed men overnight', 'attack_on_humanitarians'],
    ['FARDC troops have taken over the Kitutu health centre', 'child_violation'],
    ['Pupils sent home after FARDC turned classrooms into barracks in Bunyakiri', 'child_violation'],
    ['CODECO fighters forcing children from Pimbo to carry looted goods', 'child_violation'],
    ['Twenty-five youths, some under 18, forcibly enlisted by Wazalendo in Mushaki', 'child_violation'],
    ['Oichaa market attacked last night, stalls set ablaze', 'looting_destruction'],
    ['Radio host in Kalehe urged listeners to drive out Rwandophones by force', 'hate_speech_incitement'],
    ['Boundary row between two clans over farmland in Bogoro', 'intercommunal_tension'],
    ['Eleven civilians slain by ADF in Halungupa, bodies collected by the Red Cross', 'attack_on_civilians'],
    ['Armed raid on the Rhoe displaced camp repelled by peacekeepers, no casualties', 'attack_on_idp_site'],
    ['Les M23 refusent le passage aux humanitaires vers Tongo', 'access_denial'],
    ['Les miliciens ont fait main basse sur le bétail des éleveurs à Djugu', 'looting_destruction'],
    ['Hundreds of families uprooted from Kishishe by heavy fighting', 'displacement'],
    ['Hate speech against Banyamulenge spreading on Facebook, calls to kill them', 'hate_speech_incitement'],
    ['Unknown men set a church on fire in Beni overnight', 'looting_destruction'],
    ['Un enfant de 9 ans a sauté sur une mine à Kamanyola', 'explosive_hazard'],
    ["Le village de Ngadi a été vidé de ses habitants après l'attaque", 'displacement'],
    ['Measles outbreak reported among displaced children in Bunia', 'other'],
    ['Déplacement massif vers Sake: les habitants de Bweremana ont fui les bombardements', 'displacement'],
    ["Le bilan s'élève à 9 morts à Eringeti", 'attack_on_civilians'],
    ['Intimidation des témoins du massacre de Kishishe', 'threat_intimidation'],
    ['Les ADF se dirigent vers Mangina, la population fuit', 'armed_group_movement'],
    ['Hema and Lendu youth clashing in Bunia market', 'intercommunal_tension'],
    ['Heurts entre jeunes Nande et Hutu à Kanyabayonga', 'intercommunal_tension'],
    ['Armed men attacked Plaine Savo camp, several killed', 'attack_on_idp_site'],
    ['looting of shelters at Bulengo camp by armed men', 'attack_on_idp_site'],
    ['attack on the FARDC training camp near Rumangabo', 'attack_on_civilians'],
    ['mine found near the school in Rubaya', 'explosive_hazard'],
    ['Military using the Mutwanga health centre as a base since Tuesday', 'child_violation'],
    ['Incendie accidentel au marché de Kiwanja, pas de victimes', 'other'],
  ])('%s → %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('what happened, not its cause', () => {
  it.each<[string, CategoryId]>([
    ['Around 3,000 people displaced from Kishishe to Kiwanja after the fighting', 'displacement'],
    ['Over 1,200 people displaced by fighting around Ngungu', 'displacement'],
    ['Tension rising between Hema and Lendu in Fataki after a cattle theft', 'intercommunal_tension'],
    ['Human rights defender in Goma received death threats after denouncing arrests', 'threat_intimidation'],
    ['Les habitants de Kirumba ont fui vers Kayna par crainte d une attaque M23', 'displacement'],
    ['pop of Kishishe fled to Kiwanja bc of M23 reprisals', 'displacement'],
    ["tension tres vive entre hema et lendu a djugu apres le meurtre d un berger", 'intercommunal_tension'],
  ])('%s → %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('what Veille is unsure of', () => {
  it('offers alternatives when two readings compete', () => {
    const r = parse('Armed men attacked Mavivi and abducted 3 people');
    expect(r.category).toBe('abduction');
    expect(r.unsure).toEqual(['category']);
    expect(r.alternatives).toEqual(['attack_on_civilians']);
    const fr = parse('Menaces et messages de haine contre les Banyamulenge à Minembwe');
    expect(fr.unsure).toContain('category');
    expect(fr.alternatives.length).toBeLessThanOrEqual(3);
    expect(fr.alternatives).not.toContain(fr.category);
  });

  it('names an attack without casualties by its harm, and offers the attack', () => {
    const r = parse('Incursion des Nyatura à Karuba, pillage de bétail');
    expect(r.category).toBe('looting_destruction');
    expect(r.alternatives).toEqual(['attack_on_civilians']);
  });

  it('says when no category was found, with the learned lexicon\'s likely choices (the usual ones without it)', () => {
    const text = 'Situation confuse à Mahagi, à suivre';
    const r = parse(text);
    expect(r.category).toBe('other');
    expect(r.unsure).toEqual(['no_category']);
    const guessed = guessCategories(intake.lexicon!, tokenize(text)).filter((g) => g.category !== 'other');
    expect(r.alternatives).toEqual(guessed.slice(0, 3).map((g) => g.category));
    expect(parseQuickReport(text, rulesOnly).alternatives).toEqual(['attack_on_civilians', 'threat_intimidation', 'armed_group_movement']);
  });

  it('is confident when the precedence settles it', () => {
    const r = parse('Armed men attacked Kamango market, 4 killed and 2 abducted, ADF suspected');
    expect(r.unsure).toEqual([]);
    expect(r.alternatives).toEqual([]);
  });
});

describe('common words that look like keywords', () => {
  it.each<[string, CategoryId]>([
    ['3 people sustained minor injuries when police dispersed protesters in Goma', 'attack_on_civilians'],
    ['Early warning: ADF movement reported near Mavivi', 'armed_group_movement'],
    ["Nombre élevé de morts à Kainama après l'attaque des ADF", 'attack_on_civilians'],
    ['Mines d or de Mongbwalu: pas d incident', 'other'],
  ])('%s → %s', (text, category) => {
    expect(parse(text).category).toBe(category);
    expect(parse(text).sensitivity).toBe('standard');
  });
});

describe('harm nobody did is not an attack', () => {
  it.each([
    'Accident de la route à Butembo, 3 morts',
    'Landslide in Kalehe killed 5 people',
    'Cholera outbreak in Bulengo camp, 4 deaths',
    'Deux enfants de moins de 5 ans morts de malnutrition dans le camp de Bulengo',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('other');
  });

  it('still reads an attack that ended in an accident', () => {
    expect(parse('Armed men attacked a truck which then had an accident near Lubero, 2 dead').category).toBe('attack_on_civilians');
  });
});

describe('an attack prepared, feared or under way', () => {
  it.each<[string, CategoryId, string]>([
    ['ADF preparing an attack on Oicha according to sources', 'threat_intimidation', 'medium'],
    ['Les ADF préparent une attaque contre Mangina', 'threat_intimidation', 'medium'],
    ['Des éléments CODECO se regroupent à Lita, la population craint une attaque', 'armed_group_movement', 'medium'],
    ["Les ADF sont en train d'attaquer Mavivi", 'attack_on_civilians', 'critical'],
    ['M23 about to attack Sake', 'attack_on_civilians', 'critical'],
    ['Warning: ADF planning to strike Totolito tonight according to a defector', 'threat_intimidation', 'critical'],
    ["Menace d'attaque imminente des ADF sur Kalunguta", 'threat_intimidation', 'critical'],
    ['Lushangala: des deplaces menaces par des hommes armés la nuit', 'threat_intimidation', 'medium'],
  ])('%s → %s, %s', (text, category, priority) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    expect(r.priority).toBe(priority);
  });
});

// Military use of schools and hospitals in other words, children taken by any verb, French "abusée".
describe('more ways of saying a grave violation against children', () => {
  it.each<[string, string]>([
    ['Nyatura have turned the primary school of Kalengera into a military position', 'attack_on_school'],
    ['Soldiers camping in the classrooms of Kalunguta primary school since Sunday', 'attack_on_school'],
    ["les miliciens ont transformé l'école de Kasando en base", 'attack_on_school'],
    ['Bulongo ecole occupee par NDC-R depuis 3j', 'attack_on_school'],
    ['militaires qui dorment dans le centre de santé de Kibirizi', 'attack_on_hospital'],
    ['Boy, 10, and girl, 7, taken from their home in Kamango by ADF', 'abduction'],
    ['Pupils, 6 of them, taken by gunmen near Eringeti', 'abduction'],
    ['fille de 13 ans abusée par un voisin à Butembo', 'sexual_violence'],
  ])('%s', (text, subType) => {
    const r = parse(text);
    expect(r.category).toBe('child_violation');
    expect(r.subType).toBe(subType);
    expect(r.sensitivity).toBe('restricted');
  });
});

// A school, a hospital or children named as a place or as owners do not make a child violation by themselves.
describe('places and owners are not victims', () => {
  it.each<[string, CategoryId]>([
    ["les enfants de l'école primaire de Kasando campent sur la place après l'incendie", 'looting_destruction'],
    ['Beni hospital occupied by displaced families from Kamango', 'displacement'],
    ["A child's bicycle stolen at the market in Beni", 'looting_destruction'],
    ['Man stabbed at the hospital gate in Beni', 'attack_on_civilians'],
    ['Woman beaten by soldiers in front of her children in Kiwanja', 'torture_ill_treatment'],
    ['Measles outbreak among displaced children in Kanyaruchinya camp', 'other'],
  ])('%s', (text, category) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    expect(r.victims.childrenAffected).toBeNull();
    expect(r.sensitivity).toBe('standard');
  });
});

// Sexual slavery and forced marriage are CRSV, restricted, whatever else the report says.
describe('forced marriage and sexual slavery are restricted', () => {
  it.each<[string, number | null]>([
    ['Deux femmes enlevées et mariées de force par des Mai-Mai à Pinga', 2],
    ['Girls forced to marry APCLS commanders in Nyabiondo', null],
    ['Sexual slavery: Nyatura kept 5 women captive near Kalengera', 5],
  ])('%s', (text, survivors) => {
    const r = parse(text);
    expect(r.sensitivity).toBe('restricted');
    expect(['crsv', 'child_violation']).toContain(r.category);
    expect(r.victims.crsvSurvivors).toBe(survivors);
  });
});

// An attack planned, threatened or said imminent is a threat; imminent or tonight makes it critical (priority rule).
describe('imminent threats of attack are critical threats', () => {
  it.each<[string, string]>([
    ['ADF plan to attack Oicha tonight according to sources', 'critical'],
    ['M23 threatening to attack Sake tomorrow morning', 'critical'],
    ["Les ADF s'apprêtent à attaquer Eringeti", 'critical'],
    ["Rumeurs d'attaque imminente sur Kamango, population inquiète", 'critical'],
    ['attaque des Mai-Mai prévue ce soir à Pinga selon des sources', 'critical'],
    ['Nyatura intend to strike Kalengera, no date given', 'medium'],
  ])('%s', (text, priority) => {
    const r = parse(text);
    expect(r.category).toBe('threat_intimidation');
    expect(r.priority).toBe(priority);
  });
  // negatives: a population's fear alone is no threat and not critical; an attack that happened is an attack
  it.each([
    ['la population craint une attaque sur Kamango'],
    ['Residents fear the ADF will come back to Mamove'],
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).not.toBe('threat_intimidation');
    expect(r.priority).not.toBe('critical');
  });
  it('a call to kill a community is hate speech', () => {
    expect(parse('Tracts appelant au meurtre des Hema distribués à Bunia').category).toBe('hate_speech_incitement');
  });
});

// Sexual violence in SMS shorthand and other wordings: always restricted, survivors counted when stated.
describe('sexual violence in shorthand and other wordings', () => {
  it.each<[string, number | null]>([
    ['VS sur 2 mineures a Kalehe par militaires', 2],
    ['VS contre une femme à Sake hier soir', 1],
    ['cas de VS signalé à Minova', null],
    ['une femme abusée par des hommes armés à Masisi', 1],
    ['Woman assaulted sexually by armed men near Sake', 1],
    ['girl of 16 sodomized in Bunia by a neighbour', 1],
    ['Des viols massifs signalés à Kalehe', null],
  ])('%s', (text, survivors) => {
    const r = parse(text);
    expect(r.sensitivity).toBe('restricted');
    expect(['crsv', 'child_violation']).toContain(r.category);
    expect(r.victims.crsvSurvivors).toBe(survivors);
  });
  // negative: "vs" between two armed groups is versus
  it('FARDC vs M23 is a clash, not sexual violence', () => {
    const r = parse('FARDC vs M23 a Kibirizi, 2 morts');
    expect(r.sensitivity).toBe('standard');
    expect(r.victims.crsvSurvivors).toBeNull();
  });
});

// Taking a town is an advance, not an abduction; taking people is.
describe('seized, captured, grabbed: people or a place', () => {
  it.each<[string, CategoryId, number | null]>([
    ['M23 seized the town of Rubaya, no casualties reported', 'armed_group_movement', null],
    ['M23 captured Kibumba this morning after heavy fighting', 'armed_group_movement', null],
    ['FARDC seized weapons during a search in Beni', 'other', null],
    ['ADF seized 3 women in their fields near Mbau', 'abduction', 3],
    ['Gunmen grabbed a nurse at the Kitshanga health centre', 'abduction', 1],
    ['Unknown gunmen grabbed several moto-taxi riders on the Butembo road', 'abduction', null],
  ])('%s', (text, category, abducted) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    expect(r.victims.abducted).toBe(abducted);
  });
  it('killed a couple is two', () => {
    expect(parse('Armed men broke into a house in Goma and killed a couple').victims.killed).toBe(2);
    expect(parse('ils ont tué un couple à Beni').victims.killed).toBe(2);
  });
});

describe('a killing said without a count', () => {
  it.each<[string, CategoryId, string]>([
    ['bilan lourd a Kainama apres attaque ADF', 'attack_on_civilians', 'high'],
    ['Heavy toll after the ADF raid on Mamove', 'attack_on_civilians', 'high'],
    ['Des corps jonchent les rues de Mavivi après le passage des ADF', 'attack_on_civilians', 'high'],
    ['corps retrouvés dans un champ à Mbau', 'attack_on_civilians', 'high'],
  ])('%s', (text, category, priority) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    expect(r.priority).toBe(priority);
    expect(r.victims.killed).toBeNull();
  });
  it('a guard post is no body', () => {
    expect(parse('les corps de garde de la FARDC à Beni').priority).not.toBe('high');
  });
});

// Children named among a larger group of victims are part of wider casualties (the category is the attack), unless counted as the victims.
describe('women and children among the victims', () => {
  it.each<[string, CategoryId, Partial<Record<'killed' | 'abducted', number>>]>([
    ['Twelve bodies, mostly women and children, found in Mavivi', 'attack_on_civilians', { killed: 12 }],
    ['14 civils dont des femmes et des enfants tués à Djugu', 'attack_on_civilians', { killed: 14 }],
    ['20 people including women and children abducted near Eringeti', 'abduction', { abducted: 20 }],
    // negatives: children counted or alone are the victims
    ['3 children killed by a shell in Mamove', 'child_violation', { killed: 3 }],
    ['women and children abducted by ADF in Mamove', 'child_violation', {}],
  ])('%s', (text, category, counts) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    for (const [k, v] of Object.entries(counts)) expect(r.victims[k as 'killed']).toBe(v);
  });
});

describe('illegal taxation is extortion; a call to take up arms against a community is incitement', () => {
  it.each<[string, CategoryId]>([
    ['Mai-Mai ont imposé une taxe de 5000 FC par ménage à Pinga', 'looting_destruction'],
    ['Les Wazalendo taxent les commerçants au marché de Sake', 'looting_destruction'],
    ['Radio message calling on youths to take up arms against the Banyamulenge in Uvira', 'hate_speech_incitement'],
    ['Tracts appelant à prendre les armes contre les Hema à Bunia', 'hate_speech_incitement'],
    // negative: a tax office is no extortion
    ['Réunion au bureau des taxes de Beni ce matin', 'other'],
  ])('%s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});
