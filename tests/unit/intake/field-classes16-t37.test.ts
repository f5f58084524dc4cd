import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// Classes taught from pending reports37 (one ordinary week of working-group traffic), invented sentences in both languages.

describe('relief bodies named by acronym and common words after "group" are no unlisted armed group (C5)', () => {
  it.each([
    ['eringeti 2 civils tues par presumes adf au champ, corps ramenes par CRC', ['adf']],
    ['Oicha: 3 civilians killed by ADF, bodies collected by the CRC volunteers', ['adf']],
    ['Mbau: 1 cultivateur tué par les ADF, blessé évacué par la CRS', ['adf']],
    ['Shots heard near Kalunguta, FARDC say it was an ADF group passing towards Mayimoya; no victims.', ['adf']],
    ['coups de feu à Mangina, un groupe ADF passant vers Mavivi selon la société civile', ['adf']],
    ['CODECO group moving towards Fataki, population worried', ['codeco']],
    ['un groupe de militaires ivres a pillé 20 boutiques à Mugunga', ['fardc']],
    ['a group of soldiers looted shops in Mugunga at night', ['fardc']],
  ] as const)('%s', (text, want) => {
    expect(doers(text)).toEqual(want);
  });
  it.each([
    ['un groupe gumino a attaqué Minembwe, 2 tués', 'gumino'],
    ['les CRP ont pillé 4 maisons à Nizi', 'CRP'],
    ['FPIC killed 2 farmers near Bunia', 'FPIC'],
  ])('a real unlisted group stays named: %s', (text, name) => {
    expect(doers(text).map((d) => d.toLowerCase())).toContain(name.toLowerCase());
  });
});

describe("a group's fire aimed at a site names it, like an attack aimed at it", () => {
  it.each([
    ["Site de Rhoe: tirs de CODECO sur le site à l'aube, 4 déplacés tués", 'codeco'],
    ["Rhoe: tirs des CODECO sur le site à l'aube", 'codeco'],
    ['Plaine Savo: shooting of CODECO on the site at dawn, 2 IDPs killed', 'codeco'],
    ['bombardement des M23 sur le site de Bulengo ce matin, 3 morts', 'm23'],
  ])('%s', (text, doer) => {
    expect(doers(text)).toContain(doer);
  });
  it.each(["rumeurs d'arrivée des CODECO, les FARDC sont sur le site à l'aube"])('a force only on the site: %s', (text) => {
    expect(doers(text)).not.toContain('fardc');
  });
});

describe('a calm day that tells an armed group out on patrol names that group', () => {
  it.each([
    ['calme relatif a kitchanga mais des m23 en patrouille a kilolirwe', 'm23'],
    ['Calm in Ngungu, M23 patrolling the road to Karuba', 'm23'],
    ['calme ce jour à Kirotshe, les Wazalendo en patrouille dans le quartier', 'wazalendo'],
    ['relative calm in Kitchanga; Wazalendo on patrol near Kilolirwe', 'wazalendo'],
  ])('%s', (text, doer) => {
    expect(doers(text)).toEqual([doer]);
  });
  it.each(['calme relatif a kitchanga, fardc en patrouille', 'Calm in Ngungu, FARDC patrolling the road', 'calme à Beni, patrouille MONUSCO dans la ville'])(
    'the host force or peacekeepers on patrol name nobody: %s',
    (text) => {
      expect(doers(text)).toEqual([]);
    },
  );
});

describe('C2/C1: soldiers or police who entered a place and did harm in the next clause did it', () => {
  it.each([
    ["Site de Mugunga: un groupe de militaires ivres est entré dans le site, a pillé une vingtaine d'abris et frappé 2 femmes", 'fardc'],
    ['drunk soldiers entered the camp, looted shelters and beat 2 women', 'fardc'],
    ['des policiers ont fait irruption dans le quartier Majengo et ont arrêté 10 jeunes', 'pnc'],
    ['soldiers stormed the market in Kiwanja, looted shops and beat traders', 'fardc'],
    ['des militaires sont entrés au village de Kibati, ont brûlé 3 maisons', 'fardc'],
    ['police entered the school in Butembo and arrested 3 teachers', 'pnc'],
  ])('%s', (text, doer) => {
    expect(doers(text)).toContain(doer);
  });
  it.each([
    ['FARDC soldiers entered the village, searched for the attackers'],
    ["des militaires sont entrés dans le site pour sécuriser les déplacés après l'attaque des ADF, 3 tués"],
    ['Police entered the camp after the ADF attack. 3 IDPs killed by ADF'],
  ])('entered to secure or a harm by someone else: %s', (text) => {
    expect(doers(text)).not.toContain('fardc');
    expect(doers(text)).not.toContain('pnc');
  });
});

describe('C23: a camp where the army or police held, rounded up or released people is theirs, not an IDP site', () => {
  it.each([
    ['Marabo: 5 jeunes bakangi na basoda (FARDC), battus au camp avant d etre relaches', 5],
    ['Komanda: soldiers rounded up 4 youths, beaten at the camp and still holding them', 4],
    ['Kiwanja: 3 jeunes emmenés au camp par les militaires, battus puis relâchés', 3],
    ['2 men held by FARDC at the camp in Mambasa, beaten every night', 2],
  ] as const)('%s', (text, injured) => {
    const r = parse(text);
    expect(['arbitrary_detention', 'torture_ill_treatment']).toContain(r.category);
    expect(r.victims.injured).toBe(injured);
    expect(r.priority).toBe('medium');
  });
  it.each([
    ['armed men attacked the Kiwanja camp, 2 IDPs beaten', 'attack_on_idp_site'],
    ['des déplacés battus au camp de Rhoe par des militaires', 'attack_on_idp_site'],
  ])('displaced people named keep the site: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('C23: the police or the army rounding people up is a detention, not an abduction', () => {
  it.each([
    ['soldiers rounded up 3 youths in Nizi', 'fardc'],
    ['police rounded up 20 moto drivers in Beni last night', 'pnc'],
    ['FARDC rounded up 10 young men in Kiwanja, took them to the camp', 'fardc'],
    ['les militaires ont raflé 10 jeunes à Nizi', 'fardc'],
    ['la PNC a ramassé 15 jeunes au marché de Butembo', 'pnc'],
  ])('%s', (text, doer) => {
    const r = parse(text);
    expect(r.category).toBe('arbitrary_detention');
    expect(r.victims.abducted ?? null).toBeNull();
    expect(r.priority).toBe('medium');
    expect(doers(text)).toContain(doer);
  });
  it.each([
    ['ADF rounded up 6 farmers near Mbau', 6],
    ['les Mai-Mai ont raflé 4 jeunes à Kipese', 4],
  ])('an armed group rounding people up abducts them: %s', (text, n) => {
    const r = parse(text);
    expect(r.category).toBe('abduction');
    expect(r.victims.abducted).toBe(n);
  });
});

describe('arrests made after an earlier killing are the detention; the killing is their cause', () => {
  it.each([
    ['Nizi: following the killing of a FARDC soldier at the market on Sunday, soldiers rounded up 3 youths and are still holding them'],
    ["après le meurtre d'un policier, la PNC a arrêté 12 jeunes à Beni"],
    ["suite à l'assassinat d'un militaire, les FARDC ont arrêté 5 hommes à Kiwanja"],
    ['after the killing of a policeman in Butembo, police arrested 7 youths'],
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('arbitrary_detention');
    expect(r.victims.killed ?? null).toBeNull();
    expect(r.priority).toBe('medium');
  });
  it.each([
    ['2 civilians killed by ADF in Mbau, FARDC arrested 3 suspects', 2],
    ['police arrested 4 youths in Butembo, one later killed in custody', 1],
  ])('a killing told as news stays: %s', (text, killed) => {
    const r = parse(text);
    expect(r.victims.killed).toBe(killed);
    expect(r.priority).toBe('high');
  });
});

describe('C6/C23: people the state held and let go against a sum were detained', () => {
  it.each([
    ['pnc goma a arrete 20 jeunes ds une rafle nocturne, liberes contre 10000 fc chacun'],
    ['police arrested 15 moto drivers in Beni, released against 5000 FC each'],
    ['les militaires ont arrêté 4 motards à Kiwanja, relâchés moyennant 20$'],
    ['FARDC detained 3 fishermen at Vitshumbi, freed after paying 50 USD'],
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('arbitrary_detention');
    expect(r.priority).toBe('medium');
  });
  it.each([['Mai-Mai arrested 4 moto drivers, released against 100$ each', 4], ['3 motards détenus par les Wazalendo, relâchés contre 10000fc chacun', 3]])(
    'an armed group freeing people against a sum abducted them: %s',
    (text, n) => {
      const r = parse(text);
      expect(r.category).toBe('abduction');
      expect(r.victims.abducted).toBe(n);
    },
  );
});

describe('aid workers kept out after an earlier attack: the access denied, not an attack on them', () => {
  it.each([
    ['boga: fardc denied red cross access to collect bodies after yday attack'],
    ["boga: fardc denied MSF access after yesterday's attack"],
    ["la Croix-Rouge interdite d'accès à Boga par les FARDC suite à l'attaque d'hier"],
    ['Oicha: OCHA mission refused access by FARDC following the attack of last night'],
  ])('%s', (text) => {
    expect(parse(text).category).toBe('access_denial');
  });
  it.each([['red cross team attacked near Boga, 1 volunteer injured'], ['MSF convoy attacked near Boga, access suspended']])('aid workers attacked: %s', (text) => {
    expect(parse(text).category).toBe('attack_on_humanitarians');
  });
});

describe('an arrest only feared is the intimidation, not a detention', () => {
  it.each([
    ['bukavu: 3 human rights defenders followed and photographed by unknown men after a press conf, they fear arrest'],
    ["3 journalistes filés par des inconnus à Goma, ils craignent d'être arrêtés"],
    ['activists in Butembo afraid of being arrested after the march, summoned by ANR'],
    ["Uvira: 2 défenseurs des droits humains suivis la nuit, ils ont peur d'être arrêtés"],
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('threat_intimidation');
    expect(r.priority).toBe('medium');
  });
  it.each([['2 journalists arrested in Goma, families fear for their lives'], ['3 militants arrêtés par la PNC à Goma, leurs familles craignent pour leur vie']])(
    'an arrest done: %s',
    (text) => {
      expect(parse(text).category).toBe('arbitrary_detention');
    },
  );
});

describe('"tue" in an English report is Tuesday, not "tué"', () => {
  it.each([
    ['mutwanga 2 farmers taken by adf frm their fields tue, no news since, fardc searching', 2],
    ['oicha 2 people abducted by adf on the road tue, search ongoing', 2],
    ['3 women taken by armed men from the market tue, still missing', 3],
  ])('%s', (text, n) => {
    const r = parse(text);
    expect(r.category).toBe('abduction');
    expect(r.victims.abducted).toBe(n);
    expect(r.victims.killed ?? null).toBeNull();
  });
  it.each([
    ['eringeti 2 civils tue par adf ce matin', 2],
    ['beni: 3 pers tue, adf suspects', 3],
  ])('French SMS "tue" is killed: %s', (text, n) => {
    expect(parse(text).victims.killed).toBe(n);
  });
});

describe('children named only among the people who fled are part of the displacement', () => {
  it.each([
    ["Rubaya: environ 2000 personnes ont fui vers Mushaki, dont beaucoup de femmes et d'enfants; 1 creuseur blessé par balle perdue"],
    ['3,000 fled to Kanyabayonga, mostly women and children, 1 man wounded'],
    ['1500 people fled Kalengera including many children, one farmer injured by a stray bullet'],
  ])('%s', (text) => {
    const r = parse(text);
    expect(['displacement', 'attack_on_civilians']).toContain(r.category);
    expect(r.sensitivity).toBe('standard');
    expect(r.priority).toBe('medium');
  });
  it.each([['2000 personnes ont fui, dont des enfants; 2 enfants blessés'], ['1000 fled Kalengera, 2 children injured by shrapnel']])('children harmed stay victims: %s', (text) => {
    expect(parse(text).category).toBe('child_violation');
  });
});

describe('two communities quarrelling, property harmed at most and nobody hurt, is the intercommunal tension', () => {
  it.each([
    ['Mahagi: Alur and Hema families quarrelling over a cow theft; elders convened, calm returned.'],
    ["Lubero: tension entre Nande et Hutu autour d'un champ à Miriki, maisons lapidées, pas de blessé."],
    ['Djugu: dispute between Hema and Lendu herders over a stolen goat, elders mediating'],
    ['Fataki: conflit entre Hema et Lendu après le vol de 3 vaches, chefs coutumiers réunis'],
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('intercommunal_tension');
    expect(r.priority).toBe('medium');
  });
  it.each([
    ['Hema families robbed of 5 cows in Mahagi', 'looting_destruction'],
    ['tension entre Nande et Hutu à Miriki, 2 blessés à la machette', 'attack_on_civilians'],
  ])('one community robbed, or people hurt: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe("C10: the force's pursuit or sweep said ongoing is the response going on, not the attack", () => {
  it.each([
    ['Follow-up Kamango: 2 of the bodies identified as farmers from Kisiki; FARDC pursuit ongoing, pop staying in Kamango centre.'],
    ['Mbau: 3 civils tués par les ADF cette nuit, ratissage des FARDC en cours'],
    ['Oicha: 2 killed by ADF overnight, search operations still ongoing'],
    ['Eringeti: 2 tués par les ADF hier, traque des assaillants en cours'],
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.underway).toBe(false);
    expect(r.priority).toBe('high');
  });
  it.each([['ADF attack ongoing in Mbau, 3 killed'], ['attaque des ADF en cours à Mbau, FARDC en poursuite'], ['fighting ongoing near Kalunguta, FARDC pursuit of ADF']])(
    'the harm goes on: %s',
    (text) => {
      expect(parse(text).priority).toBe('critical');
    },
  );
});

describe('ordnance found by children with nobody hurt is the explosive hazard', () => {
  it.each([
    ['Sange: a UXO (mortar round) found by children in a compound, no one hurt, FARDC removed it'],
    ["obus découvert par des enfants à Kibirizi, personne n'a été blessé"],
    ['grenade picked up by kids near the school in Rubare, no casualties, UNMAS informed'],
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('explosive_hazard');
    expect(r.sensitivity).toBe('standard');
    expect(r.priority).toBe('medium');
    expect(doers(text)).toEqual([]);
  });
  it.each([['child injured by a grenade in Rubare'], ['2 enfants blessés par un obus ramassé à Kibirizi']])('a child hurt: %s', (text) => {
    expect(parse(text).category).toBe('child_violation');
  });
});

describe('what threatened people reported or broadcast is the topic of the threat, not a harm told here', () => {
  it.each([
    ["goma 3 journos summoned n threatened by m23 'intelligence' over radio prog on forced labour", ['m23']],
    ['Masisi: 3 HRDs received SMS threats after reporting Nyatura recruitment of kids in Ngungu', []],
    ["journaliste menacé à Butembo pour avoir dénoncé le recrutement d'enfants à Kipese", []],
    ['Uvira: activist threatened after documenting FARDC torture of detainees', []],
  ] as const)('%s', (text, want) => {
    const r = parse(text);
    expect(r.category).toBe('threat_intimidation');
    expect(r.priority).toBe('medium');
    expect(doers(text).filter((d) => d !== 'unknown')).toEqual(want);
  });
  it.each([
    ['2 journalistes menacés à Goma après une émission sur les recrutements forcés', 'threat_intimidation'],
    ['ADF threatened villagers in Mbau, then abducted 3', 'abduction'],
    ['radio report on recruitment of kids by Nyatura in Ngungu', 'child_violation'],
  ])('%s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('C6 told from the payers side: money paid to soldiers or police is their levy, the force its doer', () => {
  it.each([
    ['Kamituga: les creuseurs paient 5000 FC par semaine aux militaires pour accéder au puits.', 'fardc'],
    ['miners pay 5000 FC a week to soldiers to access the pits in Kamituga', 'fardc'],
    ['traders give 2000 FC to the police at Beni market every day', 'pnc'],
    ['les motards paient 1000 FC aux policiers à la barrière de Kanyabayonga', 'pnc'],
    ['à Rubaya les creuseurs versent 2 dollars par jour aux militaires', 'fardc'],
  ])('%s', (text, doer) => {
    const r = parse(text);
    expect(r.category).toBe('looting_destruction');
    expect(r.priority).toBe('medium');
    expect(doers(text)).toEqual([doer]);
  });
  it.each([['soldiers in Kamituga not paid for 3 months'], ['traders pay 500 FC to the municipality for market stalls']])('no force paid: %s', (text) => {
    expect(doers(text)).toEqual([]);
    expect(parse(text).category).toBe('other');
  });
});

describe('a strike is a protest: what it is against is its object, not an incident', () => {
  it.each([
    ["Ariwara: traders on strike against illegal taxes by the 'services', market closed all day"],
    ['Butembo: grève des commerçants contre les taxes illégales, marché fermé'],
    ['Aru: moto-taxi drivers on strike against the new taxes, town quiet'],
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('other');
    expect(r.priority).toBe('low');
  });
  it.each([
    ['drone strike on Mushaki market, dozens dead', 'attack_on_civilians'],
    ['air strike near Boga, 3 civilians killed', 'attack_on_civilians'],
  ])('a strike from the air: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
  it.each([['strikers beaten by police in Butembo, 3 injured']])('harm done to strikers (C25): %s', (text) => {
    expect(['attack_on_civilians', 'torture_ill_treatment']).toContain(parse(text).category);
  });
});

describe('C18: one child recruited, then "he was taken" in a later clause, is counted abducted too', () => {
  it.each([
    ['Boy of 15 recruited by Mai-Mai in Lubero, parents say he was taken from school yesterday'],
    ['garçon de 14 ans enrôlé par les Nyatura, il a été enlevé au marché'],
    ['girl of 13 recruited by Mai-Mai, she was taken from the fields at night'],
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('child_violation');
    expect(r.victims.abducted).toBe(1);
    expect(r.victims.childrenAffected).toBe(1);
  });
  it.each([['boy of 12 injured by a grenade, he was taken to hospital'], ['boy of 15 recruited by CODECO, he was taken back by his parents']])(
    'carried to care or taken back home: %s',
    (text) => {
      expect(parse(text).victims.abducted ?? null).toBeNull();
    },
  );
});
