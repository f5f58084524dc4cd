import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// Classes of wording that reports from the field use and that unseen reports got wrong (issue 11).
describe('a raid on an IDP site is critical even when its rapes make it a CRSV case', () => {
  it.each([
    'Armed men raided Lushagala IDP camp overnight, 3 women raped and shelters looted',
    'Gunmen stormed the Rhoe camp for displaced people, women sexually assaulted',
    'Site de déplacés de Mugunga attaqué cette nuit, une femme violée',
    'incursion d hommes armes ds le site de deplaces de Bulengo, 2 fmmes violees',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('crsv');
    expect(r.priority).toBe('critical');
    expect(r.sensitivity).toBe('restricted');
  });

  it('keeps rapes near a site, with no attack on it, high', () => {
    expect(parse('Des femmes déplacées violées en allant chercher du bois autour du site de Lushagala').priority).toBe('high');
    expect(parse('Water point at Kanyaruchinya site: armed men molested women queuing, two of them raped').priority).toBe('high');
  });
});

describe('abductions said in more ways are counted', () => {
  it.each<[string, number]>([
    ['Three members of a local NGO abducted by gunmen near Oicha', 3],
    ['Two Caritas staff taken hostage by Mai-Mai near Kasugho', 2],
    ['Five women carried off by ADF from their fields in Eringeti', 5],
    ['ADF took away 6 farmers from Kainama', 6],
    ['Four young men dragged away by Nyatura from a bar in Mweso', 4],
    ['Gunmen made off with a pastor and two church members in Kamituga', 3],
    ['ADF abducted abt 15 ppl in Bulongo', 15],
    ['Quatre jeunes de Mamove amenés dans la brousse par les ADF', 4],
    ['Six femmes emportées par des combattants CODECO à Bule', 6],
    ['enlvmt de 2 motards par hommes armes a Kitshanga', 2],
    ['Huit villageois conduits de force dans la forêt par les ADF à Kainama', 8],
    ['Civilians abductd by ADF at Eringti, 5 missing', 5],
  ])('%s', (text, n) => {
    const r = parse(text);
    expect(r.victims.abducted).toBe(n);
    expect(['abduction', 'attack_on_humanitarians']).toContain(r.category);
    expect(r.priority).toBe('high');
  });

  it('does not take goods carried off for people', () => {
    expect(parse('Des hommes armés ont emporté 3 chèvres à Bule').victims.abducted).toBeNull();
  });
});

describe('a toll said as a running figure counts the dead', () => {
  it.each<[string, number, string]>([
    ["Death toll from Sunday's ADF raid on Kalunguta rose to 9", 9, 'critical'],
    ['Number of dead in Mamove now 8 according to the Red Cross', 8, 'critical'],
    ['Nombre de morts à Kalunguta porté à 9 selon la société civile', 9, 'critical'],
    ["le bilan s'est alourdi a 6 a Mangina", 6, 'critical'],
    ['ADF attack on Oicha, toll stands at 3', 3, 'high'],
    ['Deux militaires FARDC tués dans une embuscade des ADF près de Mavivi', 2, 'high'],
    ['Landmine blast on the road to Nyabiondo, a farmer lost his leg', 0, 'medium'],
  ])('%s', (text, n, priority) => {
    const r = parse(text);
    if (n > 0) expect(r.victims.killed).toBe(n);
    else expect(r.victims.injured).toBe(1);
    expect(r.priority).toBe(priority);
  });

  it('reads no toll from houses or dates', () => {
    expect(parse('bilan: 3 maisons brulees a Kayna').victims.killed).toBeNull();
    expect(parse('Une mine a explosé sur la route de Nyabiondo, un cultivateur amputé').victims.injured).toBe(1);
  });
});

describe('a feared or rumoured attack is a threat, not an attack', () => {
  it.each([
    'Attack feared on Kamango this weekend, population anxious',
    'Rumeurs d incursion des M23 à Kitshanga, les commerçants ferment boutique',
    'attaque redoutée sur Mamove, la population inquiète',
    "Menace d'attaque des ADF sur Eringeti, population inquiète",
    'Rumours that M23 will attack Kitshanga, traders closing shops',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('threat_intimidation');
    expect(r.priority).toBe('medium');
  });

  it('keeps a feared attack said to come tonight critical, and a real attack an attack', () => {
    expect(parse('Alerte : des éléments CODECO menacent d attaquer Lita ce soir').priority).toBe('critical');
    expect(parse('ADF attack on Oicha, 3 killed, more attacks feared').category).toBe('attack_on_civilians');
    expect(parse('Des éléments CODECO se regroupent à Lita, la population craint une attaque').category).toBe('armed_group_movement');
    // a population's fear alone names no threat (nobody threatened it)
    expect(parse('On craint une attaque des CODECO sur Fataki').category).not.toBe('threat_intimidation');
  });
});

describe('forced labour is ill-treatment, illegal taxation extortion, a call to drive people out incitement', () => {
  it.each([
    'Villagers forced to carry loads for Nyatura fighters from Kibua to their camp',
    'M23 forcing residents of Rubaya to dig trenches without pay',
    'Forced labour imposed by Wazalendo on farmers in Kalengera',
    'Travaux forcés imposés par les M23 aux habitants de Rubaya',
    'Les Wazalendo obligent les habitants de Kitshanga à transporter leurs munitions',
    'Salongo forcé : les FARDC contraignent la population de Kamanyola à nettoyer leur camp',
    'Des civils de Nyabiondo réquisitionnés par les Nyatura pour porter des colis',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('torture_ill_treatment');
    expect(r.priority).toBe('medium');
  });

  it('keeps children forced to carry loads a child violation, and forced to flee or to pay something else', () => {
    expect(parse('Kids used as porters by Nyatura near Kitshanga').category).toBe('child_violation');
    expect(parse('Children forced to carry loads for Nyatura in Kibua').category).toBe('child_violation');
    expect(parse('Residents of Kibua forced to flee by the fighting').category).toBe('displacement');
  });

  it.each([
    'Raia Mutomboki imposing a weekly tax of 2000 FC per household in Kitutu',
    'Les Nyatura prélèvent 1000 FC par ménage chaque semaine à Nyabiondo',
    'M23 levying illegal taxes on traders at Bunagana market',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('looting_destruction');
  });

  it.each([
    'Voice notes on WhatsApp calling Hema youths to drive the Lendu out of Djugu',
    'Messages appelant les jeunes à chasser les Hunde de Nyabiondo',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('hate_speech_incitement');
  });
});

describe('who is harmed, named in compound words or typed with a letter doubled or dropped', () => {
  it.each<[string, 'killed' | 'abducted' | 'displaced', number]>([
    ['Motorcycle taxi driver killed and his bike stolen in Kiwanja', 'killed', 1],
    ['Taxi driver abducted at gunpoint near Rutshuru', 'abducted', 1],
    ['3 ppl kild by ADF in Oicha last nite', 'killed', 3],
    ['Two farmers kiled by Mai Mai in Kasugho', 'killed', 2],
    ['4 traders kidnaped on the Mangina road by ADF', 'abducted', 4],
    ['5 personnes kidnapé à Kiwanja par des hommes armés', 'abducted', 5],
    ['Trois commerçants assasinés à Butembo par des inconnus', 'killed', 3],
    ['ADF ont massacrer 7 civils a Mamove', 'killed', 7],
    ['Plus de 2000 personnes en fuite de Bunagana vers Rutshuru', 'displaced', 2000],
  ])('%s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });

  it('does not read other words as harm once letters are squeezed', () => {
    expect(parse('Des voleurs ont volé des chèvres à Bule').victims.crsvSurvivors).toBeNull();
    expect(parse('3 élèves absents à Beni').victims.abducted).toBeNull();
  });

  it('takes pupils who saw a killing for witnesses, not victims', () => {
    const r = parse('ADF ont tué un enseignant devant ses élèves à Eringeti');
    expect(r.category).toBe('attack_on_civilians');
    expect(r.sensitivity).toBe('standard');
    expect(parse('Teacher killed in front of pupils in Eringeti by ADF').category).toBe('attack_on_civilians');
  });

  it('reads fighting that goes on as under way', () => {
    expect(parse('Les combats continuent entre Wazalendo et M23 à Kitshanga').priority).toBe('critical');
    expect(parse('FARDC and M23 clashes in Sake, fighting continues').priority).toBe('critical');
  });
});

describe('an attack said to be going on, or expected within hours, is critical', () => {
  it.each([
    'ADF are attacking Mamove at this moment',
    "Les ADF sont en train d'attaquer Mamove, tirs nourris",
    'ADF seen 2 km from Eringeti, attack expected tonight',
    'Une attaque des M23 est attendue cette nuit à Kibirizi',
  ])('%s', (text) => {
    const r = parse(text);
    expect(['attack_on_civilians', 'threat_intimidation', 'armed_group_movement']).toContain(r.category);
    expect(r.priority).toBe('critical');
  });

  it('keeps an attack expected with no time said a threat of medium priority', () => {
    const r = parse('Une attaque des M23 est attendue à Kibirizi');
    expect(r.category).toBe('threat_intimidation');
    expect(r.priority).toBe('medium');
  });
});

describe('text-message shorthand reads as the words it stands for', () => {
  it.each<[string, 'killed' | 'abducted' | 'crsvSurvivors' | 'childrenAffected', number]>([
    ['Teacher & his wife kidnapped near Kalunguta', 'abducted', 2],
    ['Three wmn raped by armed men in a field near Minova', 'crsvSurvivors', 3],
    ['Enlèvement de 6 enfts par les ADF à Oicha', 'childrenAffected', 6],
    ['Nizi: bebe & sa mere tues par CODECO', 'killed', 2],
    ['Two soldiers & a civilian kld in crossfire at Kitshanga', 'killed', 3],
  ])('%s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });

  it('reads w/, pr and 2nite', () => {
    expect(parse('Local chief of Bambo threatened w/ death by Nyatura').category).toBe('threat_intimidation');
    expect(parse('Les CODECO se regroupent pr attaquer Drodro ce soir').priority).toBe('critical');
    expect(parse('CODECO massing to attack Drodro 2nite').priority).toBe('critical');
    expect(parse('Des enfts soldats aperçus parmi les Nyatura à Kilolirwe').category).toBe('child_violation');
  });

  it('reads frm and pikd as the words they stand for', () => {
    const { description: _typed, ...typed } = parse('ADF pikd up 4 farmers in Mamove fields');
    const { description: _spelt, ...spelt } = parse('ADF picked up 4 farmers in Mamove fields');
    expect(typed).toEqual(spelt);
    // (an armed group's picking up is an abduction, C23)
    expect(parse('ADF pikd up 4 farmers in Mamove fields').category).toBe('abduction');
    const fled = parse('Families fled frm Kibumba after M23 shelling, now in Goma');
    expect(fled.place?.id).toBe('kibumba');
    expect(fled.category).toBe('displacement');
  });
});

describe('reports typed without punctuation', () => {
  it('reads a casualty noun as taking no object, and a person right after a place as a new clause', () => {
    const r = parse('attaque site deplaces Rusayo 1 mort 2 femmes violees');
    expect(r.victims.killed).toBe(1);
    expect(r.victims.crsvSurvivors).toBe(2);
    expect(r.priority).toBe('critical');
    expect(parse('Embuscade près de Kalunguta chauffeur blessé par balle').victims.injured).toBe(1);
    expect(parse('MSF vehicle ambushed near Kitshanga driver wounded').victims.injured).toBe(1);
  });

  it('ends an opening cause where the count begins', () => {
    const r = parse('Following clashes between FARDC and M23 about 2000 people fled Sake towards Goma');
    expect(r.category).toBe('displacement');
    expect(r.victims.displaced).toBe(2000);
  });

  it('still reads who the counted harmed', () => {
    expect(parse('2 soldats ont tué 3 civils à Beni').victims.killed).toBe(3);
  });
});

describe('a heading before the report', () => {
  it.each<[string, 'killed' | 'displaced', number]>([
    ['URGENT: Village chief slain with his son at dawn in Kalonge by gunmen', 'killed', 2],
    ['ALERTE : Motard tué par des inconnus à Kiwanja', 'killed', 1],
    ['Update from CAN: Following clashes between M23 and Wazalendo, some 700 people fled Mweso', 'displaced', 700],
    ['Flash info - Suite aux combats, plus de 800 personnes ont fui Kalengera', 'displaced', 800],
  ])('%s', (text, key, n) => {
    const r = parse(text);
    expect(r.victims[key]).toBe(n);
    expect(r.category).toBe(key === 'killed' ? 'attack_on_civilians' : 'displacement');
  });
});

describe('a woman and her daughter, and an age that is not a count', () => {
  it.each<[string, number, number | null]>([
    ['Woman and her 14-year-old daughter raped by gunmen in Luofu', 2, 1],
    ["Viol collectif d'une femme et de sa fille de 12 ans à Walikale", 2, 1],
    ['Gunmen raped a woman and her daughter in Luofu', 2, null],
  ])('%s', (text, survivors, children) => {
    const r = parse(text);
    expect(r.victims.crsvSurvivors).toBe(survivors);
    expect(r.victims.childrenAffected).toBe(children);
    expect(r.sensitivity).toBe('restricted');
  });
});
