import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// Classes that a week of everyday field traffic uses (pending reports26): invented sentences of each class in both
// languages, SMS spellings where they fit, with the look-alikes that must not be read as them.

describe('the host police or army only telling, investigating or on site is no doer (doers/force-telling.ts)', () => {
  it.each([
    'Butembo: calm. 3 phones stolen overnight at the market, PNC investigating',
    'Oicha: a shop burgled overnight in Ngadi quarter, police at the scene',
    'Kasindi: RAS, but PNC reports a grenade found near the school, area cordoned',
    'Beni: 2 houses burgled in Mabakanga, PNC is investigating',
    'Goma calme. La PNC signale 4 cas de vol à main nue au quartier Katindo, pas de blessé',
    'Bunia RAS. 2 motos volées au quartier Lumumba, enquête ouverte par la PNC',
    'Mavivi: un obus non explosé découvert dans un champ, PNC et FARDC sur place',
    'Butembo: 2 boutiques cambriolées à Vulamba, la PNC a ouvert une enquête',
    'Uvira RAS, mais la police signale des menaces par SMS contre un journaliste',
    'bunia 2 motos volees hier soir pnc enquete',
  ])('%s', (text) => {
    expect(doers(text)).toEqual([]);
  });
  it.each([
    ['Police shot a moto driver in Beni, PNC investigating', ['pnc']],
    ['la PNC a dispersé les manifestants à Goma, 3 blessés', ['pnc']],
    ['2 motards blessés par balle par la PNC, enquête ouverte', ['pnc']],
    ['MONUSCO patrol blocked by FARDC at the Komanda checkpoint for 3 hours', ['fardc']],
    ['Agents PNC ont saisi les marchandises des vendeuses au marché de Kalehe sans reçu', ['pnc']],
    ['PNC Beni: 12 youths arrested by PNC in a night raid, held without charge', ['pnc']],
  ])('look-alike: %s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
});

describe('a group named only as what the victims are said to side with, or the wounded sought, is no doer (doers/alleged-ties.ts)', () => {
  it.each([
    ['Uvira: 12 people held by FARDC at the camp for collaboration with Red Tabara, no family access', ['fardc']],
    ['Beni: 4 jeunes arrêtés par les FARDC, soupçonnés de collaboration avec les ADF', ['fardc']],
    ['Goma: calme. Des tracts menaçant les policiers collabos du M23 trouvés à Ndosho', []],
    ['Kalehe: des tracts menacent les complices des Wazalendo au marché', []],
    ['Mweso: M23 elements entered the health centre looking for wounded Wazalendo, staff threatened', ['m23']],
    ['Sake: les M23 fouillent les maisons, à la recherche des blessés Wazalendo', ['m23']],
    ['Mutwanga: 3 traders held by FARDC for alleged collusion with ADF', ['fardc']],
  ])('%s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
  it.each([
    ['Kitchanga: 2 wounded Wazalendo treated at the hospital, M23 shelled the area', ['wazalendo', 'm23']],
    ['Beni: 3 wounded ADF suspected', ['adf']],
    ['Mai-Mai accused of killing 2 farmers at Lume', ['mai-mai']],
    ['Rubaya: M23 and Wazalendo clash, 2 civilians killed', ['m23', 'wazalendo']],
  ])('look-alike: %s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
});

describe('a Swahili count or verb glossed in French in brackets is read once (victims/glossed-counts.ts)', () => {
  it.each([
    ['Nyabiondo: bilan, mtu mmoja ameuawa (1 civil tué), nyumba 20 zimechomwa', 'killed', 1],
    ['Mushaki: wanawake watatu wamebakwa (3 femmes violées) par des hommes armés', 'crsvSurvivors', 3],
    ['Kitchanga: watu wawili wameuawa (2 tués) na ADF jana', 'killed', 2],
    ['Masisi: watu wawili wamejeruhiwa (deux blessés) na Nyatura', 'injured', 2],
    ['Kilolirwe: wanajeshi wamepiga (ont tabassé) un motard à la barrière', 'injured', 1],
    ['Mai-Mai wameua (ont tué) un motard jana Lubero', 'killed', 1],
    ['Kibirizi: hommes armés wameteka (ont enlevé) watu watatu shambani', 'abducted', 3],
  ] as const)('%s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });
  it.each([
    ['2 tués à Mbau (dont 1 enfant)', 'killed', 2],
    ['3 tués (bilan provisoire), 3 autres blessés à Oicha', 'killed', 3],
    ['Beni: 2 tués à Mbau (ADF), 2 autres tués à Oicha', 'killed', 4],
    ['Mbau: 4 killed (2 women, 2 men) by ADF', 'killed', 4],
  ] as const)('look-alike: %s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });
});

describe('a passer-by, a bystander or a pedestrian is a person counted (vocabulary/passers-by.ts)', () => {
  it.each([
    ['RAS Goma. Un militaire ivre a tiré en l air, un passant blessé à la jambe', 'injured', 1],
    ['a bystander wounded by a stray bullet in Beni', 'injured', 1],
    ['Butembo: 2 passants tués par balles perdues lors des échauffourées', 'killed', 2],
    ['Bunia: three pedestrians injured when police fired tear gas', 'injured', 3],
    ['Oicha: un piéton tué par des hommes armés', 'killed', 1],
  ] as const)('%s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });
  it.each([
    ['Goma: des passants ont vu des hommes armés traverser la route', 'injured'],
    ['Beni: bystanders filmed the arrest', 'injured'],
  ] as const)('look-alike: %s', (text, key) => {
    expect(parse(text).victims[key] ?? null).toBe(null);
  });
});

describe('one person named, then a wound told with a pronoun, is one injured (victims/resumed-wound.ts)', () => {
  it.each([
    'Mbau: un cultivateur a sauté sur un engin explosif sur la route ; il a été amputé',
    'a farmer stepped on a mine near Mbau, he lost a leg',
    'Beni: une femme touchée par une balle perdue, elle a été hospitalisée',
    'Mob tried to lynch a suspected thief in Kalundu, PNC rescued him with head injuries',
    'Kasindi: un motard attaqué par des bandits, il est blessé au bras',
    'Oicha: a moto driver was attacked by bandits, he was wounded',
  ])('%s', (text) => {
    expect(parse(text).victims.injured).toBe(1);
  });
  it.each([
    'a moto driver was stopped by soldiers at Kanyaruchinya, he was not hurt',
    'Mine exploded near Mbau, he said it was ADF',
    'un cultivateur a été tué à Mbau, il a été enterré ce matin',
  ])('look-alike: %s', (text) => {
    expect(parse(text).victims.injured ?? null).toBe(null);
  });
});

describe('the bare word "civil" in a three-word SMS counts one (victims/bare-civilian.ts)', () => {
  it.each([
    ['policier tire sur civil oicha blesse', 'injured', 1],
    ['civil tue a beni', 'killed', 1],
    ['civile violee a mutwanga', 'crsvSurvivors', 1],
    ['civil enleve route eringeti', 'abducted', 1],
    ['civ wounded oicha', 'injured', 1],
  ] as const)('%s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });
  it.each([
    ['la societe civile blessee par ces propos', 'injured', null],
    ['des hommes en tenue civile tues a Beni', 'killed', null],
    ['2 civils tues a Mbau', 'killed', 2],
  ] as const)('look-alike: %s', (text, key, n) => {
    expect(parse(text).victims[key] ?? null).toBe(n);
  });
});

describe('a mining site named by its place is no IDP site (categories/mining-site.ts)', () => {
  it.each([
    'Kamituga: Raia Mutomboki set a jeton of 5,000 FC per digger at the Mobale site',
    'Raia Mutomboki attacked diggers at the Mobale site, 2 injured',
    'Misisi: des creuseurs chassés du site de Kamakundu par les Mai-Mai',
    'Rubaya: M23 wamewapiga wachimbaji kwenye site ya Rubaya',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).not.toBe('attack_on_idp_site');
    expect(r.priority).not.toBe('critical');
  });
  it.each([
    'Armed men attacked the Rhoe site, 3 IDPs killed',
    'Bulengo: des hommes armés ont attaqué le site de déplacés, 2 blessés',
  ])('look-alike: %s', (text) => {
    expect(parse(text).category).toBe('attack_on_idp_site');
  });
});

describe('money demanded said the short ways is looting (C6, constructions/priced-demands.ts)', () => {
  it.each([
    ['Kasindi: RAS au poste frontalier. Des militaires exigent 5$ aux voyageurs sans document', ['fardc']],
    ['Ngote: traders trucks stopped by FARDC at CP, fee USD 50 per truck', ['fardc']],
    ['barriere maimai lume 500fc', ['mai-mai']],
    ['barrier fardc kasindi 1000 fc', ['fardc']],
    ['Luvungi: Wazalendo ask 1000 FC at the bridge from every farmer', ['wazalendo']],
    ['Mongbwalu: Zaire elements collecting taxes at the gold site, 2g of gold per digger per week', ['zaire']],
    ['Kirumba: les Mai-Mai exigent 2000 FC sur la route de Kaseghe', ['mai-mai']],
  ])('%s', (text, who) => {
    const r = parse(text);
    expect(r.category).toBe('looting_destruction');
    expect(r.perpetrators.map((p) => p.actorId ?? p.name)).toEqual(who);
    expect(r.priority).toBe('medium');
  });
  it.each([
    ['Oicha: a trader abducted by ADF, they demand USD 500 for his release', 'abduction'],
    ['Beni: le sac de ciment coûte 30 000 FC au marché', 'other'],
  ])('look-alike: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('the host force paired with a group in a joint demand did it too (doers/joint-doers.ts)', () => {
  it.each([
    ["Luvungi: 'Imbonerakure and FARDC patrol together and ask 1000 FC at the bridge' says the youth leader", ['fardc', 'Imbonerakure']],
    ['Mutarule: Wazalendo and FARDC ask 2000 FC per moto on the road', ['wazalendo', 'fardc']],
    ['FARDC na Wazalendo wanadai 500 fc kila pikipiki Kalembe', ['fardc', 'wazalendo']],
  ])('%s', (text, who) => {
    expect(doers(text).sort()).toEqual([...who].sort());
  });
  it.each([
    ['ADF attacked Mbau, FARDC and Wazalendo pursued them', ['adf']],
    ['M23 looted shops in Kiwanja, FARDC and MONUSCO informed', ['m23']],
  ])('look-alike: %s', (text, who) => {
    expect(doers(text)).toEqual(who);
  });
});

describe('a new total given with why it rose is the toll (victims/toll-total.ts)', () => {
  it.each([
    ['UPDATE Komanda ambush: toll now 6 civ KIA, the 2 missing found dead in the bush. ADF', 6],
    ["Kamango : le bilan de l'incursion ADF du 12 mars s'alourdit à sept morts, trois corps ayant été retrouvés ce matin", 7],
    ['Mbau: death toll rises to 9 after 3 bodies were recovered in the fields', 9],
    ['Suite Drodro: bilan passe à 5 morts, deux blessés ayant succombé cette nuit', 5],
    ['Oicha update: toll now 4 dead, 2 of the wounded died at the hospital', 4],
    ['suite mamove bilan maintenant 8 morts, 3 corps retrouves en brousse', 8],
  ])('%s', (text, killed) => {
    expect(parse(text).victims.killed).toBe(killed);
  });
  it.each([
    ['Mbau: 3 killed by ADF yesterday, 2 more bodies found this morning', 5],
    ['toll now 6 civilians killed in the Mbau ambush', 6],
  ])('look-alike: %s', (text, killed) => {
    expect(parse(text).victims.killed).toBe(killed);
  });
});

describe('a call to drive out or take revenge on a people is incitement (vocabulary/incitement-calls.ts)', () => {
  it.each([
    "Mugunga: leaflets found around the IDP sites accusing Kinyarwanda speakers of being M23 spies, 'chase them out'",
    'Mongbwalu: messages audio appelant à la vengeance contre les Lendu circulent sur WhatsApp',
    'Djugu: youths calling for revenge against the Hema in the market',
    'Uvira: tracts appelant à la vengeance contre les Banyamulenge trouvés au marché',
    "Goma: posts on Facebook about the Tutsi, 'drive them all out'",
  ])('%s', (text) => {
    expect(parse(text).category).toBe('hate_speech_incitement');
  });
  it.each([
    ['Drodro: fear of revenge attacks after the killing of 2 Hema herders', 'intercommunal_tension'],
    ['Beni: FARDC chased them out of the village after the attack, calm now', 'hate_speech_incitement'],
  ])('look-alike: %s', (text, category) => {
    if (category === 'hate_speech_incitement') expect(parse(text).category).not.toBe(category);
    else expect(parse(text).category).toBe(category);
  });
});

describe('a Swahili "kati ya X na Y" side and an acronym faction name groups (doers/swahili-sides-and-factions.ts)', () => {
  it.each([
    ['Nyabiondo: vita kati ya Nyatura na APCLS depuis 4h asubuhi, inaendelea', ['nyatura', 'APCLS']],
    ['Pinga: mapigano kati ya NDC-R na APCLS tangu asubuhi, raia wamekimbia', ['NDC-R', 'APCLS']],
    ['Mpofi: NGO driver abducted by an NDC-R faction on the road, vehicle burnt', ['NDC-R']],
    ['Bukiringi: une faction FPIC a pillé le marché', ['FPIC']],
    ['Walikale: clashes between NDC-R and APCLS near Pinga', ['NDC-R', 'APCLS']],
  ])('%s', (text, who) => {
    expect(doers(text)).toEqual(who);
  });
  it.each([
    ['Kirumba: kati ya watu watatu, mmoja ameuawa na majambazi', []],
    ['Beni: a faction of the youths burnt the market', []],
  ])('look-alike: %s', (text, who) => {
    expect(doers(text)).toEqual(who);
  });
});

describe('a sitrep figure glued to the times sign is the count, a part named after it too (constructions/sitrep-times-counts.ts)', () => {
  it.each([
    ['200800B: 3x civ incl 1 child abducted by ADF on the road near Biakato', 'abducted', 3],
    ['3x civ abducted by ADF near Eringeti', 'abducted', 3],
    ['4x civ WIA in crossfire at Kilolirwe', 'injured', 4],
    ['5x civs incl 2 women KIA by ADF at Mamove', 'killed', 5],
    ['2 x civ abducted by Mai-Mai at Lubero', 'abducted', 2],
  ] as const)('%s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });
  it.each([
    ['1x civ WIA at Kiwanja', 'injured', 1],
    ['3 civilians including 1 child abducted by ADF', 'abducted', 3],
  ] as const)('look-alike: %s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });
});

describe('people counted, then their taking told with a pronoun, are abducted (victims/resumed-taking.ts)', () => {
  it.each([
    ['CP: 4 boys aged 14-16 recruited by CODECO at Jiba, families say they were taken from school', 4],
    ['3 femmes ont disparu à Lume, elles auraient été enlevées par des Mai-Mai', 3],
    ['2 traders missing since Monday near Oicha, they were abducted by ADF', 2],
    ['5 élèves portés disparus à Bunia, ils ont été enlevés sur le chemin de l école', 5],
  ])('%s', (text, n) => {
    expect(parse(text).victims.abducted).toBe(n);
  });
  it.each([
    '5 farmers fled to Oicha, they were not taken',
    'ADF attacked Mbau, they took 3 goats',
  ])('look-alike: %s', (text) => {
    expect(parse(text).victims.abducted ?? null).toBe(null);
  });
});

describe('someone let go after the family paid, not by the state, was abducted (categories/paid-for-release.ts)', () => {
  it.each([
    'Update from Uvira: the Kavimvira chief of quarter was released last night after his family paid, he was beaten in captivity',
    'the chief of quarter was released last night after his family paid',
    'le chef de quartier a été relâché après que sa famille a payé 500$',
    'Beni: un commerçant libéré hier soir après que sa famille a versé 300 dollars',
    'Lubero: the pastor was freed once his relatives paid USD 200',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('abduction');
    expect(r.victims.abducted).toBe(1);
    expect(r.priority).toBe('high');
  });
  it.each([
    'the trader was released by police after his family paid a fine',
    'the family paid the hospital bill, the patient was released',
  ])('look-alike: %s', (text) => {
    expect(parse(text).category).not.toBe('abduction');
  });
});

describe('a Swahili "taken" said of a thing is no abduction; a school so taken is C13 (categories/swahili-things-taken.ts, vocabulary/swahili-schools.ts)', () => {
  it.each([
    'Mweso: shule ya msingi (école primaire) imechukuliwa (occupée) na Wazalendo comme base depuis wiki moja',
    'Kitchanga: shule imechukuliwa na M23, watoto hawaendi shule',
    'Masisi: Nyatura wamechoma shule ya msingi Kibabi',
    'Pinga: shule ya sekondari ilichukuliwa na NDC-R kama kambi',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('child_violation');
    expect(r.sensitivity).toBe('restricted');
    expect(r.victims.abducted ?? null).toBe(null);
  });
  it.each([
    ['gari ya MSF ilichukuliwa na M23 Rutshuru', 'abduction', false],
    ['watu watatu wamechukuliwa na ADF', 'abduction', true],
    ['mama mmoja amechukuliwa na Mai-Mai', 'abduction', true],
  ] as const)('look-alike: %s', (text, category, is) => {
    if (is) expect(parse(text).category).toBe(category);
    else expect(parse(text).category).not.toBe(category);
  });
});

describe('displaced people harmed at the edge of their site on an errand are no attack on the site (categories/site-errands.ts)', () => {
  it.each([
    "Plaine Savo: 1 déplacé tué à la machette au bord du site en allant puiser de l'eau, CODECO suspectés",
    'Rhoe: an IDP woman attacked outside the site while fetching firewood, CODECO suspected',
    'Lushagala: 2 déplacées blessées aux abords du site en allant chercher du bois',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).not.toBe('attack_on_idp_site');
    expect(r.priority).not.toBe('critical');
  });
  it.each([
    'Rhoe: 2 IDPs killed inside the site by CODECO',
    'Plaine Savo: CODECO ont attaqué le site, 3 déplacés tués',
  ])('look-alike: %s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'attack_on_idp_site', priority: 'critical' });
  });
});

describe('an aid agency named as who tells is no humanitarian harmed (categories/aid-agency-as-teller.ts)', () => {
  it.each([
    ["NGO partner in Minembwe reports: 'Twirwaneho burnt two Bafuliiru villages near Minembwe, the population fled'", ['looting_destruction', 'displacement']],
    ['selon une ONG locale, 3 civils tués par les ADF à Mamove', ['attack_on_civilians']],
    ['according to MSF, 200 families fled Kitchanga after shelling', ['displacement']],
    ["l'ONG partenaire signale 2 femmes violées par des hommes armés à Lume", ['crsv']],
  ])('%s', (text, categories) => {
    expect(categories).toContain(parse(text).category);
  });
  it.each(['NGO convoy looted by Mai-Mai near Lubero', "un agent d'une ONG enlevé à Mpofi"])('look-alike kept humanitarian: %s', (text) => {
    expect(parse(text).category).toBe('attack_on_humanitarians');
  });
});

describe('access refused to those who do not pay a levy is how the money is taken (C6, categories/levy-sanction.ts)', () => {
  it.each([
    "Mongbwalu: Zaire elms collecting 'taxes' at gold site, 2g gold per digger per week, diggers who don't pay refused access to pits",
    'Wazalendo impose 1000 FC per trader at Kanyabayonga market, those who do not pay are refused access to the market',
    'les M23 exigent 500 FC par vendeuse, celles qui ne paient pas sont refoulées du marché',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'looting_destruction', priority: 'medium' });
  });
  it.each(['MONUSCO patrol refused access to Kitchanga by M23', 'M23 refused access to the NGO convoy at Kibumba'])('look-alike: %s', (text) => {
    expect(parse(text).category).toBe('access_denial');
  });
});

describe("an armed group's own police is the group, its arrests abductions (C1, C23, doers/group-own-police.ts)", () => {
  it.each([
    "Kiwanja: M23 'police' arrested 3 traders at the market for not paying the weekly tax",
    'Kiwanja: the M23 police arrested 3 traders at the market',
    'la police du M23 a arrêté 3 commerçants à Kiwanja',
    "Rutshuru: la 'police' M23 a arrêté 3 jeunes au marché",
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'abduction', priority: 'high', victims: { abducted: 3 } });
    expect(doers(text)).toEqual(['m23']);
  });
  it.each([
    ['police arrested 3 M23 collaborators in Goma', ['pnc']],
    ['M23 attacked Kibumba, police deployed', ['m23']],
  ])('look-alike: %s', (text, who) => {
    expect(doers(text)).toEqual(who);
  });
});
