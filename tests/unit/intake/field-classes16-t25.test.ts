import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// Classes behind the misses of pending reports25 (t25): category boundaries and where it happened when two or three
// places are named. Invented sentences of each class in both languages, SMS style where it fits, and look-alikes.

describe('people named by their trade before the noun ("a maize trader") are the people an armed group took (C23)', () => {
  it.each([
    ["Wazalendo 'arrested' a maize trader at their post and want 500 USD before releasing him", 'wazalendo', 1],
    ['Mai-Mai took a cattle herder to the forest', 'mai-mai', 1],
    ['Mai-Mai took 2 cattle herders to the forest last night', 'mai-mai', 2],
    ['Nyatura arrested a charcoal trader near Pinga', 'nyatura', 1],
    ['CODECO took the village chief', 'codeco', 1],
    ['les Wazalendo ont arrêté un vendeur de maïs à leur barrière', 'wazalendo', 1],
  ] as const)('%s', (text, doer, abducted) => {
    const r = parse(text);
    expect(r.category).toBe('abduction');
    expect(doers(text)).toEqual([doer]);
    expect(r.victims.abducted).toBe(abducted);
  });
  it.each([
    ['FARDC arrested a maize trader in Beni', 'arbitrary_detention'],
    ['Les M23 ont pris le contrôle de Rubaya ce matin', 'armed_group_movement'],
    ['Raia Mutomboki ont pris le contrôle de la cité ce matin', 'armed_group_movement'],
  ] as const)('look-alike (the state arrests, or a town taken): %s', (text, category) => {
    expect(parse(text).category).toBe(category);
    expect(parse(text).victims.abducted).toBeNull();
  });
});

describe('a companion named after where it happened is taken or killed too ("abducted near Boga with his driver")', () => {
  it.each([
    ['Infirmier de Medair enlevé près de Boga avec son chauffeur', 'abducted', 2],
    ['a trader abducted near Boga with his son', 'abducted', 2],
    ['un commerçant enlevé hier à Mavivi avec son fils', 'abducted', 2],
    ['un commerçant tué hier à Mavivi avec son fils', 'killed', 2],
    ['a farmer killed in Mavivi yesterday along with his wife', 'killed', 2],
    ['pasteur enleve a Boga ac sa femme', 'abducted', 2],
  ] as const)('%s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });
  it.each([
    ['un commerçant enlevé à Boga avec sa marchandise', 'abducted', 1],
    ['2 farmers killed at Mavivi, with their goats taken', 'killed', 2],
    ['a trader abducted near Boga, his son fled with his wife', 'abducted', 1],
  ] as const)('look-alike (goods, or another clause): %s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });
});

describe('where people or bodies were taken to is not where it happened', () => {
  it.each([
    ['NDC-R elts came to Kibua at night and took the village chief and 2 of his guards to their base near Pinga', 'kibua'],
    ['FARDC took 4 young men from Kirumba market to their camp in Kanyabayonga for verification', 'kirumba'],
    ["2 civils tues par balles ce matin sur l'axe Eringeti-Kainama, corps ramenes a Oicha", 'eringeti'],
    ['3 cultivateurs enlevés à Mavivi, emmenés vers Oicha', 'mavivi'],
    ['les Mai-Mai ont pris 3 jeunes à Kibua et les ont conduits à Pinga', 'kibua'],
    ['2 killed in Mavivi, bodies brought to Oicha', 'mavivi'],
    ['3 motards arrêtés à Kiliba par les militaires, transférés à Uvira', 'kiliba'],
  ] as const)('%s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
  it.each([
    ['Mai-Mai came to Kibua and killed 2 farmers', 'kibua'],
    ['3 people taken to Pinga', 'pinga'],
    ['ADF took Kibua yesterday', 'kibua'],
  ] as const)('look-alike (one place, or no carrying to it): %s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
});

describe('a heading naming the territory, then the village where it happened: the village', () => {
  it.each([
    ['Djugu: bagarre entre jeunes hema et lendu au marché de Largu, 3 blessés', 'largu'],
    ['Djugu territory: 3 killed in Largu', 'largu'],
    ['Walikale: les M23 ont pris 3 jeunes à Pinga', 'pinga'],
    ['Walikale - 2 women raped near Pinga by armed men', 'pinga'],
  ] as const)('%s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
  it.each([
    ['Djugu centre, 3 blessés par des CODECO à Largu', 'djugu'],
    ['Kalehe: des villages se vident vers Minova à cause des affrontements Wazalendo/M23', 'kalehe'],
    ["Kalehe: situation calme dans l'ensemble, circulation normale sur l'axe Minova–Kalehe", 'kalehe'],
    ["Beni: facebook posts accusing the Nande of 'hiding ADF' and calling for revenge after the Mamove massacre", 'beni'],
  ] as const)('look-alike (the town itself, where people went, a calm day): %s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
});

describe('the police who take a person over, or make a scene safe, after the harm did not do it (C1)', () => {
  it.each([
    ['Nyakunde: un présumé sorcier ligoté et battu par la foule, remis ensuite à la PNC'],
    ['suspect beaten by the mob then handed to the PNC'],
    ["Engin non explosé découvert près de l'école primaire de Munigi, zone sécurisée par la PNC, démineurs alertés"],
    ['obus non explosé trouvé à Munigi, site balisé par la PNC'],
    ['UXO found near Munigi school, area secured by the PNC'],
  ])('%s', (text) => {
    expect(doers(text)).toEqual([]);
  });
  it.each([
    ['Ce jour vers 10h, marche des motards à Bunia dispersée par la PNC à coups de gaz lacrymogène. 6 blessés', ['pnc']],
    ['un motard battu par la PNC à Munigi', ['pnc']],
  ] as const)('look-alike (force used by the police): %s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
});

describe('accusations: a group accusing a person acts on them; a group named as what victims are called did nothing', () => {
  it.each([
    ["Walikale: les M23 accusent un jeune d'être Wazalendo, il a été attaché et roué de coups toute la nuit", ['m23']],
    ['M23 accused a teacher of spying for FARDC and beat him in Kibumba', ['m23']],
    ["2 jeunes tués par les M23 à Kibumba, accusés d'être des espions des Wazalendo", ['m23']],
    ["Pamphlets in Goma listing Tutsi traders by name as 'M23 accomplices to be dealt with'", []],
    ["Bukavu: tracts accusant les Shi d'être complices des M23 et appelant à les chasser de Nyangezi", []],
    ['tracts accusing the Bashi of being M23 accomplices in Bukavu', []],
  ] as const)('%s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
  it.each([
    ['Wazalendo accuse M23 of killing 3 civilians in Kibumba', ['m23']],
    ["des habitants accusent les FPIC d'avoir tué 2 bergers à Bunia", ['FPIC']],
  ] as const)('look-alike (the accused group did the harm): %s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
});

describe('where a shell came from names who fired it', () => {
  it.each([
    ['Shell landed on a house in Kibumba this morning, a man and his wife killed. residents say it came from M23 positions', 'm23'],
    ['Un obus tombé sur une maison à Kibumba, 2 morts; selon les habitants il venait des positions M23', 'm23'],
    ['bomb hit Kibumba market, 3 dead, witnesses say it came from M23 lines', 'm23'],
  ] as const)('%s', (text, doer) => {
    expect(doers(text)).toEqual([doer]);
  });
  it('look-alike (people, not a shell, came from there): displaced people who came from M23 positions say shells fell on Kibumba', () => {
    expect(doers('displaced people who came from M23 positions say shells fell on Kibumba')).toEqual([]);
  });
});

describe('soldiers "keeping" people (until they pay) held them (C2, C6)', () => {
  it.each([
    ['Kanyabayonga barrier: soldiers keeping 3 moto drivers until they pay 20k FC each'],
    ["des militaires gardent 4 commerçants à la barrière de Rwindi jusqu'au paiement"],
    ['soldiers kept 2 traders at the checkpoint overnight until they paid'],
  ])('%s', (text) => {
    expect(parse(text).category).toBe('arbitrary_detention');
    expect(doers(text)).toEqual(['fardc']);
  });
  it('look-alike (people kept away from a scene): police keeping people away from the scene in Beni after 2 killed by ADF', () => {
    expect(doers('police keeping people away from the scene in Beni after 2 killed by ADF')).toEqual(['adf']);
  });
});

describe('displaced people harmed: the harm owns the count, and harmed away from their site is no attack on it', () => {
  it.each([
    ['IDP from Bulengo site found dead in Mugunga quarter this morning, shot by unknown gunmen on his way back from work', 'attack_on_civilians', 'mugunga', { killed: 1, displaced: null }],
    ['Deux déplacés du site de Plaine Savo tués dans leurs champs à 5 km du site', 'attack_on_civilians', 'plaine-savo', { killed: 2, displaced: null }],
    ['2 IDPs from Rhoe site killed in their fields by CODECO', 'attack_on_civilians', 'rhoe', { killed: 2, displaced: null }],
    ['2 déplacés du site de Rhoe tués à Largu dans leurs champs', 'attack_on_civilians', 'largu', { killed: 2, displaced: null }],
    ['Des Wazalendo sont entrés ds le site de Kanyaruchinya et ont tabassé 3 déplacés', 'attack_on_idp_site', 'kanyaruchinya', { injured: 3, displaced: null }],
    ['armed men entered Rhoe site and beat 4 IDPs', 'attack_on_idp_site', 'rhoe', { injured: 4, displaced: null }],
  ] as const)('%s', (text, category, place, counts) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    expect(r.place?.id).toBe(place);
    for (const [k, v] of Object.entries(counts)) expect(r.victims[k as keyof typeof r.victims]).toBe(v);
  });
  it.each([
    ['3 IDPs killed inside Bulengo site', 'attack_on_idp_site', 'bulengo'],
    ['Site de Rhoe: 3 déplacés tués', 'attack_on_idp_site', 'rhoe'],
    ['déplacés du site de Rhoe attaqués dans le site, 2 tués', 'attack_on_idp_site', 'rhoe'],
    ['IDPs from Kishishe arrived in Kiwanja', 'displacement', 'kishishe'],
    ['attaque en cours de présumés CODECO contre le site de déplacés de Plaine Savo. Tirs nourris entendus depuis Fataki', 'attack_on_idp_site', 'plaine-savo'],
  ] as const)('look-alike (harmed in the site, or a flight): %s', (text, category, place) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    expect(r.place?.id).toBe(place);
  });
  it('a flight still counts the displaced: 500 déplacés du site de Rhoe arrivés à Bunia', () => {
    expect(parse('500 déplacés du site de Rhoe arrivés à Bunia').victims.displaced).toBe(500);
  });
});

describe('hostages back counted as taken: "4 ex-otages", "3 former hostages" (C12)', () => {
  it.each([
    ['4 ex-otages des Mai-Mai libérés à Luofu, dont 2 femmes qui disent avoir été violées en captivité', 4],
    ['4 ex-hostages of the Mai-Mai freed in Luofu', 4],
    ['3 former hostages of the ADF arrived in Oicha', 3],
    ['5 released hostages say 2 women were raped', 5],
    ['2 anciens otages des CODECO racontent leur calvaire à Bunia', 2],
  ] as const)('%s', (text, n) => {
    expect(parse(text).victims.abducted).toBe(n);
  });
  it('look-alike (no count of hostages): les ex-otages des Mai-Mai racontent les viols subis', () => {
    expect(parse('les ex-otages des Mai-Mai racontent les viols subis').victims.abducted).toBeNull();
  });
});

describe('held in secret by a state service or force: who holds them did it (C5, C1)', () => {
  it.each([
    ["L'ANR de Bukavu garde au secret un militant de la LUCHA depuis lundi", ['ANR']],
    ['ANR in Goma holding incommunicado a LUCHA activist since Monday', ['ANR']],
    ['la police de Beni garde au secret 2 journalistes', ['pnc']],
  ] as const)('%s', (text, expected) => {
    expect(parse(text).category).toBe('arbitrary_detention');
    expect(doers(text)).toEqual(expected);
  });
  it('look-alike (a guard, no one held): la garde républicaine a tiré sur 2 civils à Goma', () => {
    expect(parse('la garde républicaine a tiré sur 2 civils à Goma').category).toBe('attack_on_civilians');
  });
});

describe('one person named with a complement, then taken by an armed group ("le chef de localité pris par des Mai-Mai")', () => {
  it.each([
    ['Kasugho: le chef de localité pris par des Mai-Mai cette nuit, amené vers la forêt', 'mai-mai'],
    ['le chef du village pris par des Mai-Mai', 'mai-mai'],
    ['the chief of Bambo taken by M23 last night', 'm23'],
    ['le président de la société civile enlevé par des Mai-Mai à Kasugho', 'mai-mai'],
  ] as const)('%s', (text, doer) => {
    const r = parse(text);
    expect(r.category).toBe('abduction');
    expect(doers(text)).toEqual([doer]);
    expect(r.victims.abducted).toBe(1);
  });
  it.each([
    ['le village de Kasugho pris par des Mai-Mai', 'armed_group_movement'],
    ["ng'ombe of 3 families taken by Twirwaneho nr Bibokoboko lst night", 'looting_destruction'],
    ['le chef de localité arrêté par les FARDC à Kasugho', 'arbitrary_detention'],
  ] as const)('look-alike (a town or cattle taken, or the army): %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('people arrested by state forces, then carried off ("emmenés vers Uvira"), are detained (C14, C23)', () => {
  it.each([
    ['les militaires burundais ont arrêté 4 pêcheurs à Kiliba, emmenés vers Uvira'],
    ['les militaires ont arrêté 4 pêcheurs à Kiliba, emmenés vers Uvira'],
    ['la police a arrêté 3 motards, emmenés au commissariat'],
    ['Burundian soldiers arrested 4 fishermen at Kiliba and took them to Uvira'],
  ])('%s', (text) => {
    expect(parse(text).category).toBe('arbitrary_detention');
    expect(parse(text).priority).toBe('medium');
  });
  it.each([
    ['des bandits ont arrêté 3 motards, emmenés en brousse', 3],
    ['les Mai-Mai ont arrêté 3 motards, emmenés en brousse', 3],
    ['3 cultivateurs emmenés par des hommes armés à Kiliba', 3],
  ] as const)('look-alike (an armed group or bandits took them): %s', (text, n) => {
    expect(parse(text).category).toBe('abduction');
    expect(parse(text).victims.abducted).toBe(n);
  });
});

describe('a toll said with a threat to shoot or beat is a threat (C6)', () => {
  it.each([
    ['Barrier at Rwindi: Wazalendo demand 5000 FC per truck and threaten to shoot drivers who refuse'],
    ['Wazalendo demand 5000 FC per truck at Rwindi, threatening to beat drivers'],
    ['les Wazalendo exigent 5000 FC par camion à la barrière de Rwindi et menacent de tirer sur ceux qui refusent'],
    ['Mai-Mai à Kipese exigent 1000 FC par moto et menacent de tirer sur les récalcitrants'],
  ])('%s', (text) => {
    expect(parse(text).category).toBe('threat_intimidation');
    expect(doers(text)).not.toEqual([]);
  });
  it.each([
    ['roadblock at Rwindi, Wazalendo take 2000 FC per moto'],
    ['barrière des Wazalendo à Rwindi, 5000 FC par camion'],
  ])('look-alike (a toll, no threat said): %s', (text) => {
    expect(parse(text).category).toBe('looting_destruction');
  });
});

describe('goods taken after a killing do not count the dead as taken', () => {
  it.each([
    ['Armed men entered Rhoe site last night, shot one IDP dead and took the food stock', { killed: 1, abducted: null }],
    ['a trader killed and took his money', { killed: 1, abducted: null }],
    ['une femme tuée et emporté ses biens', { killed: 1, abducted: null }],
  ] as const)('%s', (text, counts) => {
    const v = parse(text).victims;
    expect(v.killed).toBe(counts.killed);
    expect(v.abducted).toBe(counts.abducted);
  });
  it.each([
    ['2 men abducted and killed', { killed: 2, abducted: 2 }],
    ['3 femmes violées puis emmenées', { killed: null, abducted: 3 }],
  ] as const)('look-alike (the same people taken): %s', (text, counts) => {
    const v = parse(text).victims;
    expect(v.killed).toBe(counts.killed);
    expect(v.abducted).toBe(counts.abducted);
  });
});

describe('fire exchanged between two forces is fighting (C21: with nothing said of civilians, a movement)', () => {
  it.each([
    ['FARDC and M23 exchanging heavy fire on the hills above Kalengera since 10am', 'critical'],
    ['FARDC and M23 exchanging fire on the hills above Kalengera since 10am', 'critical'],
    ['FARDC and M23 exchanged heavy gunfire near Kalengera', 'medium'],
    ['FARDC et M23 échangent des tirs nourris sur les collines de Kalengera depuis 10h', 'critical'],
  ] as const)('%s', (text, priority) => {
    const r = parse(text);
    expect(r.category).toBe('armed_group_movement');
    expect(r.priority).toBe(priority);
    expect(doers(text)).toEqual(['fardc', 'm23']);
  });
  it.each([
    ['M23 opened fire on a bus near Kalengera, 3 wounded'],
    ['FARDC and M23 exchanging fire in Kalengera, 2 civilians killed'],
  ])('look-alike (fire on people, or civilians harmed): %s', (text) => {
    expect(parse(text).category).toBe('attack_on_civilians');
  });
});

describe('a group that withdrew is the one that moved, when no other actor is named', () => {
  it.each([
    ['Les Nyatura se sont retirés de Kilolirwe vers Karuba cette nuit', ['nyatura']],
    ['les M23 se sont retirés de Kibumba', ['m23']],
    ['Nyatura withdrew from Kilolirwe towards Karuba last night', ['nyatura']],
  ] as const)('%s', (text, expected) => {
    expect(parse(text).category).toBe('armed_group_movement');
    expect(doers(text)).toEqual(expected);
  });
  it.each([
    ["les FARDC s'étaient retirés la veille, les ADF ont tué 3 civils à Mamove", ['adf']],
    ['Kibumba: 3 civils tués par les M23 après que les FARDC se sont retirés', ['m23']],
  ] as const)('look-alike (a force gone before another acted): %s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
});

describe('visits refused to people held are the detention, not an access denial', () => {
  it.each([
    ["DEMIAP Beni détient 2 motards accusés de collaborer avec les ADF, pas d'accès pour la famille"],
    ["la police détient 3 jeunes à Beni, pas d'accès pour la famille"],
    ['ANR holding 2 activists in Goma, no access for their lawyers'],
  ])('%s', (text) => {
    expect(parse(text).category).toBe('arbitrary_detention');
  });
  it('look-alike (aid workers turned back): FARDC refused access to the humanitarian team at Rwindi', () => {
    expect(parse('FARDC refused access to the humanitarian team at Rwindi').category).toBe('access_denial');
  });
});

describe('a force named as the owner of a tax the victims pay did not do another group’s harm', () => {
  it.each([
    ['Letter signed ADF left at Oicha market threatening to burn it if traders keep paying the FARDC tax', ['adf']],
    ['les ADF menacent de brûler le marché de Oicha si les commerçants paient la taxe des FARDC', ['adf']],
  ] as const)('%s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
  it('look-alike (the force takes its tax, nobody else named): FARDC tax at Kanyabayonga barrier: 1000 FC per moto', () => {
    expect(doers('FARDC tax at Kanyabayonga barrier: 1000 FC per moto')).toEqual(['fardc']);
  });
});

describe('an attack promised for tonight is an imminent threat (critical)', () => {
  it.each([
    ["Tract ADF déposé à Mangina: ils promettent d'attaquer ce soir", 'critical'],
    ['ADF leaflet in Mangina: they promise to attack tonight', 'critical'],
    ['ADF leaflet in Mangina: they vowed to attack the market', 'medium'],
    ['les M23 ont promis de brûler Kibumba', 'medium'],
  ] as const)('%s', (text, priority) => {
    const r = parse(text);
    expect(r.category).toBe('threat_intimidation');
    expect(r.priority).toBe(priority);
  });
  it('look-alike (a promise to protect): FARDC promise to protect Mangina tonight', () => {
    expect(parse('FARDC promise to protect Mangina tonight').category).not.toBe('threat_intimidation');
  });
});

describe('the scars of the beatings say who was beaten (C22, C3)', () => {
  it.each([
    ['Released from Nyabiondo police cell after 3 days, a farmer shows the scars of the beatings he got from the police', 1],
    ['2 detainees bear the marks of the beatings in Nyabiondo cell', 2],
    ['un détenu présente les traces des coups reçus au cachot de Nyabiondo', 1],
  ] as const)('%s', (text, n) => {
    expect(parse(text).victims.injured).toBe(n);
  });
  it('look-alike (marks on walls): bullet marks of the fighting on the walls of Nyabiondo school', () => {
    expect(parse('bullet marks of the fighting on the walls of Nyabiondo school').victims.injured).toBeNull();
  });
});

describe('a calm day with two communities trading insults is a tension', () => {
  it.each([
    ["Quiet but tense in Kiliba, Bafuliiru and Banyamulenge youths trading insults since the chief's installation"],
    ["Calme mais tendu à Kiliba, jeunes Bafuliiru et Banyamulenge s'insultent depuis l'intronisation du chef"],
    ['Kiliba: les jeunes Bafuliiru et Banyamulenge échangent des injures au marché'],
  ])('%s', (text) => {
    expect(parse(text).category).toBe('intercommunal_tension');
    expect(parse(text).priority).toBe('medium');
  });
  it.each([
    ["calm but tense in Oicha after last night's rumours"],
    ['Situation calme mais tendue à Sake, les commerces ont rouvert à moitié'],
  ])('look-alike (calm but tense, no communities at odds): %s', (text) => {
    expect(parse(text).category).toBe('other');
  });
});
