import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// Classes of a remote base's phone-typed traffic (pending reports18): invented sentences of each class in both
// languages, SMS spellings and Swahili/Lingala, and the look-alikes that must not be read as them.

describe('turned away at an entrance, a border closed, trucks refused: access denied', () => {
  it.each([
    'convoi PAM refoule a la barriere de Kanyabayonga par les wazalendo',
    'equipe MSF refusee a l entree du site de Rhoe, retour a Bunia',
    'Kasindi border closed by ADF threats, aid trucks turned back',
    'frontiere fermee a Ishasha par les M23 depuis hier, camions refuses',
    'our patrol refused at the gate of Kibumba by M23, we turned around',
    'mpaka imefungwa Bunagana na M23, magari ya misaada yamerudi',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'access_denial', priority: 'medium' });
  });
  it.each([
    'market of Kasindi closed for the holiday, traders at home',
    'la boutique refuse le credit aux clients a Beni',
  ])('look-alike: %s', (text) => {
    expect(parse(text).category).not.toBe('access_denial');
  });
});

describe('ordnance left lying, in Swahili, French and English: an explosive hazard', () => {
  it.each([
    'bomu haijalipuka karibu na shule ya Kibirizi, watu wanaogopa',
    'Kiwanja: mabomu isiyolipuka ds un champ de manioc',
    'restes de munitions trouves derriere le marche de Sake, pop inquiete',
    'obus abandonne au bord de la route de Rutshuru, personne n ose passer',
    'old mortar round lying in a field near Mweso, farmers staying away',
    'rusty grenade found by a farmer in Luofu, area marked',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'explosive_hazard', priority: 'medium' });
  });
  it.each([
    'old man shot dead by bandits in Oicha',
    'restes de nourriture distribues aux deplaces de Rhoe',
  ])('look-alike: %s', (text) => {
    expect(parse(text).category).not.toBe('explosive_hazard');
  });
});

describe('communities quarrelling without arms: words traded, a market disputed, a risk of clash', () => {
  it.each([
    'Nande and Hutu traders exchanging threats at Kanyabayonga market, risk of clash',
    'Lendu et Hema se disputent un champ a Bule, incidents verbaux',
    'Kalehe: les deux communautes se disputent la chefferie, risque d affrontements',
    'war of words between Hunde and Hutu youth in Mushaki over the market',
    'Havu et Tembo echangent des menaces au marche de Minova',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'intercommunal_tension', priority: 'medium' });
  });
  it.each([
    ['M23 threatening traders at Kiwanja market', 'threat_intimidation'],
    ['CODECO attacked Bule, 4 dead', 'attack_on_civilians'],
  ])('look-alike: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('a group gathered or present in numbers (Lingala, Swahili, SMS): armed group movement', () => {
  it.each([
    'CODECO bazali kosangana na Largu tangu lobi, pop inquiete',
    'Nyatura wamekusanyika karibu na Kilolirwe usiku huu',
    'env 80 elts armes de la CODECO vers Djaiba depuis ce matin',
    'about 40 armed elements of ADF near Mamove, no incident yet',
    'Mai-Mai wamepiga kambi juu ya mlima karibu na Kipese',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'armed_group_movement', priority: 'medium' });
  });
  it.each([
    ['des elements armes ont tue 3 civils a Beni', 'attack_on_civilians'],
    ['elts armes ont pille des boutiques a Oicha', 'looting_destruction'],
  ])('look-alike: harm told by armed elements is that harm: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('marks of blows said as a clause of their own after the person (C3): injured, ill-treatment', () => {
  it.each([
    ['ANR Bukavu: un commercant detenu depuis 5 jours, traces de coups', 1],
    ['one detainee released from the Beni cachot yesterday, marks of beating on his back', 1],
    ['2 motards liberes du cachot de Bunia, signes de torture', 2],
    ['a student held 3 days by military intelligence in Goma, signs of torture', 1],
  ])('%s', (text, injured) => {
    expect(parse(text)).toMatchObject({ category: 'torture_ill_treatment', victims: { injured } });
  });
  it.each([
    '3 morts a Beni, signes de torture sur les corps',
    'traces de coups de feu sur le mur du bureau a Beni',
  ])('look-alike: nobody living bears the marks: %s', (text) => {
    expect(parse(text).victims.injured).toBeNull();
  });
});

describe('children who played with or picked up ordnance are its dead and injured', () => {
  it.each([
    ['Kanyabayonga: kids playing with an old mortar, it went off, 2 dead 1 injured', 3],
    ['grenade ramassee par des gamins a Sake, explosion, 2 blesses', 2],
    ['Des enfants jouaient avec un engin non explose a Mweso: 1 mort', 1],
    ['boys picked up an unexploded shell near Kibumba, 2 wounded', 2],
  ])('%s', (text, childrenAffected) => {
    expect(parse(text).victims.childrenAffected).toBe(childrenAffected);
  });
  it.each([
    'obus non explose ds un champ a Rusayo, enfants jouent autour',
    'kids playing near an unexploded shell in Beni, 1 woman and 1 man injured when it went off',
  ])('look-alike: no child hurt, or adults named as the hurt: %s', (text) => {
    expect(parse(text).victims.childrenAffected).toBeNull();
  });
});

describe('aid agencies by name, and staff told never to come back: attack on humanitarians', () => {
  it.each([
    'WHO team threatened by youth in Mangina who say Ebola does not exist',
    'equipe de l OMS menacee par des jeunes a Butembo',
    'ALIMA nurses threatened by Mai-Mai near Kipese',
    'ACTED vehicle stopped near Fizi, staff told never to come back',
    'agents COOPI sommes de ne plus revenir a Kalunguta par des miliciens',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'attack_on_humanitarians', priority: 'medium' });
  });
  it.each([
    'the chief who acted as mediator was threatened by M23 in Kiwanja',
    'hi team, all calm in Beni today',
    'he promised never to come back to the village, pop relieved',
  ])('look-alike: %s', (text) => {
    expect(parse(text).category).not.toBe('attack_on_humanitarians');
  });
});

describe('French "violer" in the present or the infinitive, with women or children as its object, is rape', () => {
  it.each([
    'Kalonge: les miliciens violent les femmes qui vont au champ',
    'des hommes armes violent des filles sur la route de Nyangezi la nuit',
    'menace des Mai-Mai de violer nos femmes a Kipese',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ sensitivity: 'restricted' });
    expect(['crsv', 'threat_intimidation']).toContain(parse(text).category);
  });
  it('the present tense with women as the object reads CRSV', () => {
    expect(parse('Kalonge: les miliciens violent les femmes qui vont au champ').category).toBe('crsv');
  });
  it.each([
    'les M23 violent les droits des habitants de Bunagana',
    'violent clashes between two families in Beni, police called',
    'un homme violent arrete par la police a Goma',
  ])('look-alike: %s', (text) => {
    expect(parse(text).category).not.toBe('crsv');
  });
});

describe('a people named by a slur or called to be killed is hate speech, not a killing', () => {
  it.each([
    'rally in Uvira: "kill the snakes" chanted by youth',
    'tract a Goma: tuez les cafards',
    'Bunia: un chef a traite les Lendu de criminels a la radio communautaire',
    'an MP branded the Banyamulenge as foreigners on local radio in Uvira',
    'chants a Kalehe: chassez les Banyarwanda',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'hate_speech_incitement', priority: 'medium' });
  });
  it.each([
    ['3 Hema civilians killed by CODECO in Djugu', 'attack_on_civilians'],
    ['the chief called the Hema and Lendu elders to a peace meeting in Fataki', 'other'],
  ])('look-alike: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('villages or homes left in the indicative, and "wamerudi nyumbani", are movements of people (C8, C9)', () => {
  it.each([
    ['Kalehe: la pop quitte les villages par crainte des Raia Mutomboki', 'displacement'],
    ['les habitants ont quitte leurs maisons a Bule apres les rumeurs CODECO', 'displacement'],
    ['families deserted the village of Mamove for fear of ADF', 'displacement'],
    ['wamerudi nyumbani Kitshanga leo, hali ni shwari', 'displacement'],
  ])('%s', (text, category) => {
    expect(parse(text)).toMatchObject({ category, priority: 'medium' });
  });
  it.each([
    ['pop sommee de quitter le village sous 48h par les Mai-Mai', 'threat_intimidation'],
    ['M23 wamerudi nyumbani Kibumba usiku', 'armed_group_movement'],
  ])('look-alike: an order to leave, or a group going back: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('held with no one let in to see them is a detention, not an access denied', () => {
  it.each([
    '3 journalistes detenus par l ANR a Bukavu, pas d acces a leur famille',
    'activist held by ANR in Goma for a week, no access to a lawyer',
    'un chef coutumier detenu au secret par les FARDC a Kiwanja',
    'youth leader held incommunicado by police in Beni since Monday',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('arbitrary_detention');
  });
  it('look-alike: no access to a place for aid workers stays an access denied', () => {
    expect(parse('pas d acces a Pinga pour les ONG, route coupee par NDC-R').category).toBe('access_denial');
  });
});
