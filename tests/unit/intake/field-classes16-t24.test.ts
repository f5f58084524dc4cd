import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// Classes of priority and of the counts that decide it that field reports use (pending reports24): invented sentences of
// each class in both languages, SMS spellings where they fit, with the look-alikes that must not be read as them.

describe('one person said to die by an idiom is killed 1 (victims/death-idioms.ts)', () => {
  it.each([
    'Mabalako: trader machetted at his stall last night, died before reaching the hospital',
    'a moto driver did not survive the bullets of bandits near Oicha',
    'Butembo - watchman found lifeless behind the church this morning, head wounds',
    'Mutwanga: un enseignant passé de vie à trépas après avoir été poignardé par des inconnus',
    'Beni: le commerçant blessé par balle hier a rendu l ame ce matin',
    'Kiwanja: une femme attaquée à la machette n a pas survécu',
    'Oicha: le chef de quartier blessé lors de l attaque de samedi est décédé à l HGR',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.victims.killed).toBe(1);
    expect(r.victims.injured ?? null).toBe(null);
    expect(r.priority).toBe('high');
  });
  it.each([
    ['Rutshuru: 2 civils tués par des hommes armés, un 3e a rendu l âme à l hôpital', 3],
    ['Kamango: 2 farmers shot dead by ADF, a third died in hospital', 3],
    ['Kilolirwe: 2 civilians killed in crossfire, a third died of his wounds in the evening', 3],
  ])('an ordinal after the dead counted is the toll: %s', (text, killed) => {
    expect(parse(text).victims.killed).toBe(killed);
  });
  it.each([
    ['Follow-up Mbau ambush: the 2 wounded died at Oicha hospital, toll now 4', 4],
    ['Suite Drodro: le bilan passe à cinq morts, un blessé ayant succombé cette nuit', 5],
  ])('the wounded who died are no longer injured: %s', (text, killed) => {
    const r = parse(text);
    expect(r.victims.killed).toBe(killed);
    expect(r.victims.injured ?? null).toBe(null);
  });
  it.each([
    ['an old man in Beni died of cholera yesterday', null],
    ['Kasindi: le chef n est pas décédé, il est soigné à l HGR', null],
    ['3 wounded in the Oicha attack, one of them died', 1],
    ['4 killed by ADF in Mbau, a third village emptied', 4],
  ])('look-alike: %s', (text, killed) => {
    expect(parse(text).victims.killed ?? null).toBe(killed);
  });
});

describe('a toll revised or summed is the count (victims/toll-revisions.ts)', () => {
  it.each([
    ['Drodro: 2 more of the wounded succumbed overnight, toll rises from 4 to 6. CODECO', 6],
    ['Mbau: le bilan passe de 3 à 7 morts après la découverte de corps en brousse', 7],
    ['UPDATE Ngadi: toll now eleven - 8 found yesterday plus 3 more bodies this morning. ADF', 11],
    ['bilan maintenant 9 - 6 hier et 3 corps retrouvés ce matin, Mamove', 9],
    ['Mweso: toll of the market attack stands at 3 civilians and 4 Wazalendo dead', 7],
    ['Kitshanga: bilan de l attaque, 2 civils et 3 militaires tués', 5],
  ])('%s', (text, killed) => {
    const r = parse(text);
    expect(r.victims.killed).toBe(killed);
    expect(r.priority).toBe('critical');
  });
  it.each([
    ['Oicha: toll now 4 after the ADF attack', 4],
    ['Oicha: 3 killed and 4 injured in the ADF attack, toll unchanged', 3],
  ])('look-alike: %s', (text, killed) => {
    expect(parse(text).victims.killed).toBe(killed);
  });
});

describe('attackers within 3 km, or people hiding while armed men enter or fire, is an attack imminent or under way (categories/closing-in.ts)', () => {
  it.each([
    'M23 column advancing on Kibua, now about 3 km out, pop leaving toward Walikale centre',
    'ADF elements approaching Eringeti, about 2 km away, population panicking',
    'Ils avancent vers Lita, environ 50 CODECO à 1 km du village, pop en panique',
    'les Mai-Mai signalés à 2 km de Bunyatenge, ils avancent vers le centre',
    'they are in the village!! armed men entering Halungupa from the river side, shots, we are hiding',
    'hommes armés entrent dans Mavivi, tirs partout, nous sommes cachés dans les maisons',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.priority).toBe('critical');
    expect(r.underway).toBe(true);
  });
  it.each([
    'the IDP camp is 2 km from Oicha town, armed men seen there last week',
    'M23 column seen 15 km from Kibua yesterday, moving north',
    'le site de Rhoe est situé à 2 km du village, calme',
    'families hiding in the bush for three days after the attack on Kipese',
    'evacuation of the wounded in progress, FARDC on site',
  ])('look-alike (not under way): %s', (text) => {
    expect(parse(text).underway).toBe(false);
  });
  it.each([
    'CODECO attack on Djugu centre in progress, FARDC responding, no toll yet',
    'attaque des ADF en cours à Mamove, les FARDC ripostent',
  ])('an attack in progress stays under way with a response in the next clause: %s', (text) => {
    expect(parse(text).priority).toBe('critical');
  });
});

describe('an attack announced for a time, with armed men on the move, is the movement (categories/announced-attack.ts)', () => {
  it.each([
    'Info from CAN: CODECO planning to hit Pimbo tonight, elements seen gathering 2km away. FARDC informed',
    'armed men heading to Nyankunde from Marabo, locals say they will strike before dawn',
    'ADF elements moving toward Mamove, they are planning to hit the village tonight',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('armed_group_movement');
    expect(r.priority).toBe('critical');
  });
  it.each([
    ['Mai-Mai threatened to kill the chief of Kipese if he talks', 'threat_intimidation'],
    ['lettre des ADF: ils menacent d attaquer Oicha', 'threat_intimidation'],
  ])('look-alike (a threat): %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('a report that closes or denies an incident is other, low, with no doer and no count (categories/closed-incidents.ts)', () => {
  it.each([
    "the rumour of ADF killings in Mamove is false - the two 'bodies' were drunk men asleep on the road",
    'Follow-up Kiwanja: the man reported abducted yesterday was at his in-laws, he is back home, no abduction',
    "correction: the Lubero 'abduction' was an arrest by PNC on a court warrant",
    'fake news on WhatsApp about M23 entering Sake, local admin and MONUSCO confirm no movement',
    'Info démentie: pas d enlèvement à Kalonge, la fille était partie chez sa tante',
    'Les infos sur un massacre à Ntoto sont fausses selon la société civile, c était un accident de circulation',
    'la rumeur d enlèvement de deux enfants à Mutwanga est fausse, ils étaient chez leur grand-mère',
    'Beni: body found at Rwangoma is a man who drowned, PNC says no sign of violence',
    'Le corps retrouvé à Lume est celui d un homme mort noyé selon la PNC, aucune trace de violence',
    'shots heard in Oicha last night were a FARDC firing exercise at the camp, no incident',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'other', priority: 'low', perpetrators: [] });
    expect(r.victims.killed ?? null).toBe(null);
    expect(r.victims.abducted ?? null).toBe(null);
  });
  it.each([
    ['ADF deny the killing of 3 farmers in Mamove, local sources confirm the toll', 'attack_on_civilians'],
    ['Mai-Mai killed 2 farmers in Lubero, no abduction reported', 'attack_on_civilians'],
    ['Fake news circulating in Lubero that MONUSCO is supplying ADF, youths threaten to burn the base', 'threat_intimidation'],
    ['3 hommes armés ont enlevé un commerçant à Kalonge, la famille dément toute dette', 'abduction'],
    ["Two journalists remanded in custody in Bunia for 'spreading false news'", 'arbitrary_detention'],
  ])('look-alike (a harm told as news): %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
  it('a zero said in a denied report stays', () => {
    const r = parse('fausse alerte à Largu: les coups de feu entendus provenaient d une fête, aucune victime');
    expect(r.category).toBe('other');
    expect(r.victims.killed).toBe(0);
  });
});

describe('people taken, said indirectly, are an abduction with their count', () => {
  it.each([
    ['Mambasa: le chef de groupement a été pris par des Mai-Mai hier, sa famille sans nouvelles', 1],
    ['le président de la société civile a été pris par les ADF à Mamove', 1],
    ['le chef de la localité de Bwisha a été pris par les M23', 1],
  ])('a titled person taken by a group (victims/titled-person.ts): %s', (text, abducted) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'abduction', priority: 'high' });
    expect(r.victims.abducted).toBe(abducted);
  });
  it.each([
    'the chief of Kididiwe was taken from his home at 2am by armed men, his wife was beaten',
    'armed men abducted the chief of Kididiwe, his wife was beaten',
    'des hommes armés ont enlevé le chef de Kididiwe, sa femme a été battue',
  ])('taken and someone beaten: the abduction names it (categories/taken-and-beaten.ts): %s', (text) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'abduction', priority: 'high' });
    expect(r.victims.injured).toBe(1);
  });
  it.each([
    ['police arrested and beat 2 moto drivers in Beni', 'arbitrary_detention'],
    ['Wazalendo whipped five traders at Ngungu', 'torture_ill_treatment'],
  ])('look-alike (no one taken by a group): %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
  it.each([
    ['Kasugho: 4 women who went for firewood never came back, armed men were seen in the area', 4],
    ['3 cultivateurs ne sont jamais revenus du champ, des Mai-Mai signalés dans la zone', 3],
    ['Bunyatenge: 2 motards ne sont pas rentrés depuis hier, des hommes armés vus sur la route', 2],
    ['five fishermen have not returned to Kyavinyonge, Mai-Mai seen on the shore', 5],
  ])('people who never came back with armed men about (categories/never-came-back.ts): %s', (text, abducted) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'abduction', priority: 'high' });
    expect(r.victims.abducted).toBe(abducted);
  });
  it.each([
    'the fishermen never came back to Kyavinyonge, the lake was rough',
    'les 3 cultivateurs sont revenus du champ ce matin, calme à Kasugho',
  ])('look-alike (no armed men, or back): %s', (text) => {
    expect(parse(text).category).not.toBe('abduction');
  });
  it.each([
    ['ADF abducted his two sons in Oicha', 'abducted', 2],
    ['les ADF ont enlevé ses deux fils à Oicha', 'abducted', 2],
    ['Ntoto: les NDC-R ont tué le chef de village et emmené ses deux fils', 'abducted', 2],
    ['Mai-Mai killed their 3 children in Lubero', 'killed', 3],
  ])('a count after a possessive (victims/possessive-counts.ts): %s', (text, key, n) => {
    expect(parse(text).victims[key as 'abducted' | 'killed']).toBe(n);
  });
  it('look-alike (things, not people): soldiers burnt his 3 houses', () => {
    expect(parse('soldiers burnt his 3 houses in Beni').victims.killed ?? null).toBe(null);
  });
});

describe('a child among the victims said by an age, a lost limb or a school word is counted (victims/child-among-victims.ts)', () => {
  it.each([
    ['Kishishe: 5 civilians executed by M23 elements, the youngest was 15', 1],
    ['Mbau: 4 personnes tuées par les ADF, le plus jeune avait 12 ans', 1],
    ['Katana: le corps d un enfant de 10 ans découvert dans la rivière, avec des marques de coups', 1],
    ['enlèvement de 3 élèves à Bambu par des miliciens CODECO sur le chemin de l école', 3],
    ['4 pupils abducted by ADF near Oicha on their way to school', 4],
    ['Un enfant a perdu la main en manipulant une grenade ramassée à Munigi', 1],
    ['a boy lost a foot stepping on a mine near Kalunguta', 1],
  ])('%s', (text, children) => {
    const r = parse(text);
    expect(r.victims.childrenAffected).toBe(children);
    expect(['high', 'critical']).toContain(r.priority);
  });
  it.each([
    'Kishishe: 5 civilians executed by M23, the youngest was 19',
    '3 étudiants de l université de Beni arrêtés par la PNC',
    'un homme a perdu la jambe sur une mine à Lulimba',
  ])('look-alike (no child): %s', (text) => {
    expect(parse(text).victims.childrenAffected ?? null).toBe(null);
  });
  it('a limb lost with the definite article is one injured', () => {
    expect(parse('un homme a perdu la jambe sur une mine à Lulimba').victims.injured).toBe(1);
  });
});

describe('the host force counted among the victims, the source of a figure, or restoring order is no doer (doers/force-as-victim.ts)', () => {
  it.each([
    ['ADF ambush on the Mbau-Kamango road: 3 FARDC soldiers and 2 civilians killed, 1 civilian wounded', ['adf']],
    ['embuscade des ADF près d Oicha: 2 FARDC et un civil tués', ['adf']],
    ['Makobola: 7 morts selon la Croix-Rouge, 5 selon l armée, suite à l attaque de mardi', []],
    ['Kamango: 4 killed according to FARDC, ADF suspected', ['adf']],
    ['Eringeti: situation under control, FARDC reopened the road, traffic has resumed', []],
    ['Mavivi: la PNC a rouvert la route, circulation normale', []],
  ])('%s', (text, doers) => {
    const r = parse(text);
    expect(r.perpetrators.map((p) => p.actorId ?? p.name)).toEqual(doers);
    expect(r.hostState).toBe(false);
  });
  it.each([
    '2 FARDC soldiers killed a civilian at the Beni checkpoint',
    '2 civilians killed by FARDC in Beni',
    'FARDC arrested 3 youths in Oicha',
    '3 militaires FARDC ont tué un motard à Beni',
    'FARDC secured the area then looted shops in Kirumba',
  ])('look-alike (the force did it): %s', (text) => {
    expect(parse(text).perpetrators.map((p) => p.actorId)).toContain('fardc');
  });
});

describe('a report that opens with its place happened there, not where the doers left to or people came back from (places/dateline-over-route.ts)', () => {
  it.each([
    ['Bambo: M23 elts looted goats and the pharmacy, then left toward Tongo', 'bambo'],
    ['Komanda: calm returned after the morning shooting, attackers withdrew toward Mambasa, no casualties', 'komanda'],
    ['Kanyaruchinya: 300 households back home from Goma since the weekend', 'kanyaruchinya'],
    ['Kainama: les ADF ont pillé le centre de santé puis se sont retirés vers Eringeti', 'kainama'],
  ])('%s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
  it.each([
    ['Lushagala: 120 new arrivals frm Sake, fled shelling', 'sake'],
    ['Walikale: mouvement des Raia Mutomboki de Kisekelwa vers Kibua signalé par les motards', 'kibua'],
  ])('look-alike (arrivals from, a movement toward: that place is the report): %s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
});

describe('a part of the dead after "dont"/"including", then the next harm: that harm counts only its own number (victims/part-then-next-harm.ts)', () => {
  it.each([
    ['Tchabi: quatre personnes tuées dont 2 enfants et six autres blessées lors d une incursion ADF', 4, 6],
    ['Nyankunde: 4 morts dont 1 militaire et une dizaine de blesses apres l attaque de la nuit', 4, 10],
    ['Mbau: 3 killed including a child and 5 injured in the ADF raid', 3, 5],
  ])('%s', (text, killed, injured) => {
    const r = parse(text);
    expect(r.victims.killed).toBe(killed);
    expect(r.victims.injured).toBe(injured);
  });
  it('look-alike (a list of the injured, no "dont"): 2 enfants et 6 adultes blessés', () => {
    expect(parse('Mbau: 2 enfants et 6 adultes blessés par balle').victims.injured).toBe(8);
  });
});

describe('one person taken then said raped is one survivor (victims/taken-then-raped.ts)', () => {
  it.each([
    'Luofu: une femme enlevée par des hommes armés a été violée avant d être relâchée',
    'a woman abducted by armed men near Kasugho was raped before being released',
    'une jeune fille kidnappée par des miliciens à Lemera a été violée en brousse',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.victims.crsvSurvivors).toBe(1);
    expect(r.victims.abducted).toBe(1);
    expect(r.sensitivity).toBe('restricted');
  });
  it.each([
    'une femme enlevée par des hommes armés à Luofu n a pas été violée selon sa famille',
    '3 women abducted by armed men in Kasugho were raped',
  ])('look-alike: %s', (text) => {
    expect(parse(text).victims.crsvSurvivors ?? null).not.toBe(1);
  });
});
