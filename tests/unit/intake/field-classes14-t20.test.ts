import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// Classes of the quieter categories said with everyday verbs and nouns (pending reports20): invented sentences of each
// class in both languages, SMS spellings and Swahili, and the look-alikes that must not be read as them.

describe('armed men showing up, camping, moving in or passing by, nothing done: a movement', () => {
  it.each([
    'Mai-Mai moved into the empty school compound at Kasando last night',
    'FDLR have moved in2 the abandoned huts above Kibirizi',
    'Nyatura pitched camp near the Mweso river, about 30 men',
    'ADF made camp in the forest behind Mamove, hunters saw them',
    'les Raia Mutomboki ont fait leur apparition à Kigulube ce matin',
    "apparition d'une vingtaine d'hommes armés à Lemera hier soir",
    'les wazalendo ont campé 2 nuits à Kalembe puis sont redescendus vers Pinga',
    'CODECO showed up at Largu market in the afternoon, then left',
    'wazalendo wamepiga kambi karibu na Kalembe tangu jana',
    'les M23 ont investi Kibirizi sans combat cette nuit',
    'hommes armés se cachent ds les champs de Luvungi selon les motards',
    'beaucoup de militaires arrivés à Oicha, ils préparent une offensive',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'armed_group_movement', priority: 'medium' });
  });
  it.each([
    'the missing boy turned up at his uncle in Oicha',
    'a family moved in2 a rented house in Beni town',
    'civilians hiding in the bush near Mamove since the attack',
  ])('look-alike: %s', (text) => {
    expect(parse(text).category).not.toBe('armed_group_movement');
  });
});

describe('ultimatums in phone spellings and death promised in the second person: a threat', () => {
  it.each([
    'Mai-Mai gave the chief of Kasando 72hrs 2 leave the village',
    'residents of Kalembe given 3 days to vacate by Nyatura',
    'les FDLR ont donné 48h aux cultivateurs de Bwito pour quitter les champs',
    "Des inconnus ont laissé un papier 'tu vas mourir' devant la maison du journaliste à Butembo",
    "SMS to the human rights activist in Uvira: 'your days are numbered'",
    "message au chef de Kibirizi: 'on va te tuer si tu parles'",
  ])('%s', (text) => {
    expect(parse(text).category).toBe('threat_intimidation');
  });
  it.each([
    '48 hrs after the attack, the road to Eringeti reopened',
    'patient will die without the operation, says the Oicha doctor',
  ])('look-alike: %s', (text) => {
    expect(parse(text).category).not.toBe('threat_intimidation');
  });
});

describe('a team or a road kept shut without the word access: access denied', () => {
  it.each([
    'refus de passage au convoi du PAM à Kanyabayonga par les wazalendo',
    "l'équipe de l'UNICEF n'a pas pu entrer à Kalembe, les jeunes ont barricadé la route",
    'WFP trucks could not get through at Rubare, M23 refused 2 let them pass',
    'route Bunia-Komanda coupée par des miliciens, les ONG ne circulent plus',
    'MONUSCO patrol stopped by youths burning tyres across the road at Kiwanja',
    'mission OCHA à Pinga annulée, les Mai-Mai refusent de laisser passer les véhicules',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('access_denial');
  });
  it.each([
    "je n'ai pas pu entrer en contact avec le chef de Kalembe",
    'the nurse could not enter the data, the computer broke',
  ])('look-alike: %s', (text) => {
    expect(parse(text).category).not.toBe('access_denial');
  });
});

describe('a village left empty, said of the place or of everyone: displacement', () => {
  it.each([
    'Kasando almost empty, people gone to Oicha with their goats',
    'All of Mabalako has left, only the old people stayed',
    'village de Kalembe presque vide, tt le monde parti vers Pinga',
    'Lemera se vide, seuls les vieux sont restés',
    'retour timide des hbts à Kalembe, une trentaine de ménages',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('displacement');
  });
  it.each([
    'the bus has left for Goma with 30 passengers',
    'le marché de Beni presque vide ce matin à cause de la pluie',
  ])('look-alike: %s', (text) => {
    expect(parse(text).category).not.toBe('displacement');
  });
});

describe('a community singled out to be excluded or hunted: hate speech', () => {
  it.each([
    "Radio preacher in Uvira asked 'true Congolese' to identify Banyamulenge families",
    'tract à Bunia: les vrais Congolais doivent recenser les Hema du quartier',
    'WhatsApp voice note says Hutu should not be allowed to farm in Kalembe',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('hate_speech_incitement');
  });
  it.each([
    'families came to identify the bodies at Beni morgue',
    'motos not allowed on the Beni bridge after 6pm',
  ])('look-alike: %s', (text) => {
    expect(parse(text).category).not.toBe('hate_speech_incitement');
  });
});

describe('ordnance that did not go off or was stepped on: an explosive hazard', () => {
  it.each([
    'mortar shell stuck in the ground behind Kanyaruchinya school, kids playing near it',
    "obus planté dans un champ à Kibumba, n'a pas explosé",
    'farmer in Rutshuru found what looks like a rocket head in his field',
    'un cultivateur a perdu un pied en marchant sur un engin à Kitchanga',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('explosive_hazard');
  });
  it.each([
    'a stray mortar round killed two people in Sake market',
    'rocket fire on Sake this morning, 3 houses hit',
  ])('look-alike: %s', (text) => {
    expect(parse(text).category).not.toBe('explosive_hazard');
  });
});

describe('an armed group that took counted people with an everyday verb: the abduction and its count', () => {
  it.each([
    ['ADF took 3 firewood sellers near Eringeti this morning', 3],
    ['Mai-Mai took away 5 fishermen from the lake shore at Kyavinyonge', 5],
    ['les Raia Mutomboki ont emmené 4 creuseurs de Kamituga vers la forêt', 4],
  ] as const)('%s', (text, count) => {
    const read = parse(text);
    expect(read.category).toBe('abduction');
    expect(read.victims.abducted).toBe(count);
  });
  it.each([
    'ADF took 40 goats from Kasugho overnight',
    'the trip to Beni took 3 hours because of the rain',
  ])('look-alike: %s', (text) => {
    expect(parse(text).victims.abducted).toBeNull();
  });
});

describe('a meeting and what it was about: no incident and nobody did anything', () => {
  it.each([
    'Security meeting at Oicha with FARDC and PNC on the killings of last week',
    'Réunion de la société civile à Kalembe sur les barrières illégales des FARDC',
    'Workshop in Bunia on the return of the displaced to Djugu',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'other', perpetrators: [], priority: 'low' });
  });
  it.each([
    ['Meeting at Nizi on Monday, ADF attacked the participants, 2 killed', 'attack_on_civilians'],
    ['Réunion des notables de Kalembe interrompue par les Nyatura, le chef menacé', 'threat_intimidation'],
  ] as const)('look-alike: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('a rumour said to be only a rumour, a presence denied, a quiet day in SMS: nobody named did anything', () => {
  it.each([
    'People in Oicha say CODECO will attack on Sunday, it is only a rumour, nobody saw them',
    'Les FARDC démentent la présence des ADF à Mavivi, simple rumeur',
    'Nothing 2 report from Kalembe today, no mvt seen',
  ])('%s', (text) => {
    expect(parse(text).perpetrators).toEqual([]);
  });
  it.each(['Rumours of an ADF attack on Mangina tonight, people leaving'])('look-alike: %s', (text) => {
    expect(parse(text).perpetrators).not.toEqual([]);
  });
});

describe('police and soldiers as doers, typed with lower-case places, relative clauses and "retenu par" (C1, C2)', () => {
  it.each([
    ['soldiers at kasindi holding 4 traders in a container until they pay', 'fardc'],
    ['policiers de oicha ont enfermé 3 motards pour refus de payer', 'pnc'],
    ['un commerçant tabassé à Beni par un militaire qui réclamait 5000 FC', 'fardc'],
    ['Le chauffeur a été retenu une nuit par la police à Kasindi sans motif', 'pnc'],
    ['jeune homme détenu au cachot police de Mutwanga depuis 5 jours sans dossier', 'pnc'],
  ] as const)('%s', (text, actor) => {
    expect(parse(text).perpetrators.map((p) => p.actorId)).toContain(actor);
  });
  it.each([
    ['la police a arrêté 3 meneurs après la bagarre entre les deux clans à Kiliba', 'pnc'],
    ['soldiers at kasindi were killed in an ambush', 'fardc'],
  ] as const)('look-alike: %s', (text, actor) => {
    expect(parse(text).perpetrators.map((p) => p.actorId)).not.toContain(actor);
  });
});

describe('the side "anyone who joins" or "quiconque parle aux" is warned about did nothing', () => {
  it.each([
    ['CODECO told the youth of Fataki that anyone who joins Zaire will be killed', 'codeco', 'zaire'],
    ['les Nyatura préviennent que quiconque collabore avec les FDLR sera chassé de Kalembe', 'nyatura', 'fdlr'],
    ['ADF letter in Mamove: those who help FARDC will die', 'adf', 'fardc'],
  ] as const)('%s', (text, doer, side) => {
    const ids = parse(text).perpetrators.map((p) => p.actorId);
    expect(ids).toContain(doer);
    expect(ids).not.toContain(side);
  });
  it.each([['M23 joined by Twirwaneho attacked Minembwe centre', 'twirwaneho']] as const)('look-alike: %s', (text, doer) => {
    expect(parse(text).perpetrators.map((p) => p.actorId)).toContain(doer);
  });
});

describe('two people said as a pair, and one victim who died of it: counted', () => {
  it.each([
    ['an elderly couple hacked to death in their house at Mamove', 'killed', 2],
    ['le mari et sa femme enlevés par des hommes armés sur la route de Kasindi', 'abducted', 2],
    ['bodies of a man n his wife found in the field at Kalembe', 'killed', 2],
    ['Mai-Mai stabbed a trader at the Kipese barrier, she later died at the health centre', 'killed', 1],
    ['un motard blessé par balle à Kasindi, il a succombé à ses blessures', 'killed', 1],
  ] as const)('%s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });
  it.each([
    ['a couple of days after the ADF attack on Mamove, 1 body found', 'killed', 1],
    ['his wife came to report the killing of her brother in Oicha', 'killed', 1],
    ['a man and his son were seen leaving Oicha after a woman was killed', 'killed', 1],
  ] as const)('look-alike: %s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });
});

describe('an armed group that arrived or came somewhere: the movement, and the group did it', () => {
  it.each([
    ['Renforts Nyatura arrivés à Kalembe dans la nuit, ils occupent la colline', 'nyatura'],
    ['CODECO came to Largu at dawn, took positions near the market', 'codeco'],
  ] as const)('%s', (text, actor) => {
    const read = parse(text);
    expect(read.category).toBe('armed_group_movement');
    expect(read.perpetrators.map((p) => p.actorId)).toContain(actor);
  });
  it.each(['les FARDC sont arrivés à Eringeti après l\'attaque des ADF, calme revenu'])('look-alike: %s', (text) => {
    expect(parse(text).perpetrators.map((p) => p.actorId)).not.toContain('fardc');
  });
});

describe('blows received, said of the one who got them, are ill-treatment (C3)', () => {
  it.each([
    'un motard a reçu des coups de bâton à la barrière de Kasindi',
    'the driver received blows from Mai-Mai at the Kipese barrier',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('torture_ill_treatment');
  });
  it.each(['le chef a reçu des coups de fil de menace toute la nuit'])('look-alike: %s', (text) => {
    expect(parse(text).category).not.toBe('torture_ill_treatment');
  });
});
