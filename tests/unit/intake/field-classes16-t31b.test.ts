import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// Classes of wording from a fortnight of working-group traffic (reports31, second pass): invented sentences in both
// languages, with the look-alikes that must keep their reading.

describe('SMS glues a count to its noun: "3cultivateurs", "1homme", "2mille ppl" (normalize.ts tokenize)', () => {
  it.each([
    ['wazalendo ont pris 3cultivateurs a kibirizi hier soir', 'abducted', 3],
    ['adf ont enleve 4femmes au champ pres de mamove', 'abducted', 4],
    ['2civils tues par adf a kamango cette nuit', 'killed', 2],
    ['policiers ont frappe 1homme au poste de mbau', 'injured', 1],
    ['militaires ont tabasse 1motard a mangina', 'injured', 1],
    ['ADF killed 3farmers near Mavivi last night', 'killed', 3],
    ['depl de mamove au site de oicha plus de 2mille ppl arrives', 'displaced', 2000],
    ['5thousand IDPs arrived in Oicha from Mamove', 'displaced', 5000],
  ] as const)('%s → %s %i', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });

  it.each([
    // (units, clock marks and ordinals stay one word)
    ['2145hrs: ADF attacked Mavivi, 3 civilians killed', 'killed', 3],
    ['2eme attaque sur Kamango, 2 civils tues', 'killed', 2],
    ['ADF seen 2km from Mamove, 2 civilians abducted', 'abducted', 2],
    ['fille de 13ans violee par 2 hommes armes a Mutwanga', 'crsvSurvivors', 1],
    ['ADF massing to attack Kamango 2nite, 2 civilians abducted this morning', 'abducted', 2],
  ] as const)('stays: %s → %s %i', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });
});

describe("an armed group's own police, and the host police said absent (doers/group-own-police.ts)", () => {
  it.each([
    ["UNPOL Kiwanja: no PNC in Kiwanja since M23 took control; M23 'police' arrested 6 young men", ['m23']],
    ["des éléments se disant 'police M23' exigent 5$ par ménage à Kiwanja", ['m23']],
    ['pas de PNC à Rubaya depuis l’arrivée du M23; la police M23 a arrêté 4 jeunes', ['m23']],
    ['no police in Bunagana since M23 took over, the M23 police beat 2 traders', ['m23']],
    ['la police du M23 a arrêté 3 commerçants à Kiwanja', ['m23']],
  ])('%s → %j', (text, ids) => {
    expect(parse(text).perpetrators.map((p) => p.actorId ?? p.name)).toEqual(ids);
  });

  it.each([
    ['M23 attacked Kibumba, police deployed', ['m23']],
    ['police arrested 3 M23 collaborators in Goma', ['pnc']],
    ['pas de M23 à Kiwanja, la PNC a arrêté 2 jeunes au marché', ['pnc']],
    ['policemen beat a trader at Kiwanja market', ['pnc']],
  ])('stays: %s → %j', (text, ids) => {
    expect(parse(text).perpetrators.map((p) => p.actorId ?? p.name)).toEqual(ids);
  });
});

describe('children counted past the first: "and two others", the child\'s sibling, EAFGA counted (victims/child-and-others.ts)', () => {
  it.each([
    ['CP Beni: a 9-year-old boy killed and his sister injured by a stray bullet near Mutwanga', 2],
    ['a boy of 12 killed and two others injured by a grenade near Kamango', 3],
    ['a child killed and 3 others wounded when a shell hit Kanyaruchinya', 4],
    ["un enfant de 8 ans tué et deux autres blessés par l'explosion d'une grenade à Mayi-Moya", 3],
    ['une fillette tuée et sa soeur blessée par une balle perdue à Mutwanga', 2],
    ['un garçon de 10 ans tué et ses deux frères blessés par un obus à Sake', 3],
    ['CPA Rutshuru: 4 EAFGA (3 garçons et une fille) sortis des rangs M23 à Tongo, remis à UNICEF', 4],
    ['6 CAAFAG handed over to UNICEF at Kiwanja after leaving Nyatura', 6],
  ])('%s → %i children', (text, n) => {
    expect(parse(text).victims.childrenAffected).toBe(n);
  });

  it.each([
    // (an adult before the "and", the child's parent, others named by a noun)
    ['a man killed and his son injured by ADF near Mavivi', null],
    ['a boy killed and his mother injured by a stray bullet at Mutwanga', 1],
    ['un enfant tué et deux autres civils blessés par balle à Kamango', 1],
    ['2 women killed and two others injured by ADF near Mavivi', null],
  ])('stays: %s → %s', (text, n) => {
    expect(parse(text).victims.childrenAffected ?? null).toBe(n);
  });
});

describe('the victims\' ages listed after them: a child among them (victims/ages-listed.ts)', () => {
  it.each([
    ['WPA Mweso: 2 cas de violences sexuelles ce weekend, survivantes de 17 et 24 ans, agresseurs inconnus.', 1],
    ['two women raped near Mweso, survivors aged 16 and 25', 1],
    ['3 civils tués à Kamango, âgés de 15, 30 et 45 ans', 1],
    ['3 farmers abducted by ADF near Mavivi, aged 14, 16 and 40', 2],
    ['2 filles enlevées par les CODECO à Nizi, âgées de 13 et 15 ans', 2],
    ['2 civilians shot dead in Kiwanja, victims aged 17 and 35', 1],
  ])('%s → %i children', (text, n) => {
    expect(parse(text).victims.childrenAffected).toBe(n);
  });

  it.each([
    ['2 femmes violées à Mweso, âgées de 19 et 24 ans'],
    ['2 civils tués le 12 et 13 mars à Kamango'],
    ['two women raped near Mweso, survivors aged 22 and 25'],
    ['ADF attack on Mavivi on 14 and 15 March, 3 civilians killed'],
  ])('stays without children: %s', (text) => {
    expect(parse(text).victims.childrenAffected ?? null).toBe(null);
  });
});

describe('where the people are now, a team went back to, or survivors are cared for is not where it happened (places/now-elsewhere.ts)', () => {
  it.each([
    ['ptl found Halungupa village empty, pop left fearing ADF. Approx 300 HH now in Mutwanga.', 'halungupa'],
    ['Mamove emptied after ADF tracts, families now in Oicha', 'mamove'],
    ['la population de Bulongo a fui les ADF, environ 200 ménages sont désormais à Mutwanga', 'bulongo'],
    ['ICRC vehicle shot at near Kibua, no one hurt, team went back to Walikale.', 'kibua'],
    ["véhicule de MSF visé par des tirs près de Kibua, pas de blessé, l'équipe est rentrée à Walikale", 'kibua'],
    ['FARDC soldiers raped 2 women in their field at Mbau. Survivors at Oicha HGR.', 'mbau'],
    ['2 femmes violées par des hommes armés à Kamango, survivantes à Oicha pour les soins', 'kamango'],
  ])('%s → %s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });

  it.each([
    // (fighters now somewhere; displaced who returned home; one place only)
    ['ADF left Mamove, now in Mavivi, pop worried', 'mavivi'],
    ['IDPs from Mamove returned to Kamango after FARDC deployment', 'kamango'],
    ['Approx 300 HH now in Mutwanga after fleeing ADF', 'mutwanga'],
  ])('stays: %s → %s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
});

describe('the wounded counted at a place is where they were hurt (places/now-elsewhere.ts, negative)', () => {
  it.each([
    ['2 morts et 3 blessés à Mutwanga dans une attaque de Maï-Maï contre le marché, les blessés évacués vers Beni', 'mutwanga'],
    ['ADF attack: 2 killed, 4 wounded at Mavivi, evacuated to Beni', 'mavivi'],
  ])('stays: %s → %s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
});

describe('the host force that arrested the culprit of another harm responded (C1, constructions/suspects-arrested.ts)', () => {
  it.each([
    ["CPA Kalehe: une fillette de 11 ans violée par un voisin à Minova, l'auteur arrêté par la PNC."],
    ['a girl of 11 raped by a neighbour in Minova, the perpetrator arrested by PNC'],
    ['un commerçant tué par un voisin à Beni, le présumé meurtrier interpellé par la PNC'],
    ['a moto driver stabbed to death in Butembo by a client; the suspect was arrested by police'],
    ['femme violée par un inconnu à Kiwanja, le violeur attrapé par les FARDC'],
  ])('%s → no doer', (text) => {
    expect(parse(text).perpetrators).toEqual([]);
  });

  it.each([
    ["une femme violée à Minova, l'auteur arrêté et tabassé par la PNC"],
    ['3 jeunes arrêtés par la PNC à Beni, sans mandat'],
    ["une femme violée par un policier à Minova, l'auteur arrêté"],
    ['police arrested 4 youths at Kiwanja market and beat them'],
  ])('stays PNC: %s', (text) => {
    expect(parse(text).perpetrators.map((p) => p.actorId)).toContain('pnc');
  });
});

describe('a former hostage telling of it is one abducted (C7, C12; victims/former-hostage.ts)', () => {
  it.each([
    ["BCNUDH Goma: un ancien otage des M23 à Rubaya raconte avoir été ligoté pendant 4 jours avant d'être relâché.", 1],
    ['a former hostage of the ADF in Mavivi says he was beaten every day', 1],
    ['two former hostages of CODECO at Nizi describe forced labour', 2],
    ['une ex-otage des ADF à Eringeti raconte avoir été violée en captivité', 1],
  ])('%s → abducted %i', (text, n) => {
    expect(parse(text).victims.abducted).toBe(n);
  });

  it.each([
    ['a former soldier threatened by unknown men in Beni'],
    ['un ancien chef de village menacé par les Wazalendo à Kibirizi'],
  ])('stays: %s', (text) => {
    expect(parse(text).victims.abducted ?? null).toBe(null);
  });
});

describe('the munition that glosses an ERW handed in at a base is no attack (categories/sender-heading.ts)', () => {
  it.each([
    ['RAS Komanda axis last 24 hrs. One ERW (rocket) handed in by a farmer at Komanda TOB.', 'explosive_hazard'],
    ['un UXO (obus de mortier) remis par un cultivateur à la base de Komanda', 'explosive_hazard'],
    ['2 UXO (mortar shells) handed in by farmers at Mavivi TOB', 'explosive_hazard'],
    ['rockets fired at Sake TOB, no casualties', 'attack_on_peacekeepers'],
    ['ADF fired an RPG at Mavivi TOB, 1 PK injured', 'attack_on_peacekeepers'],
  ])('%s → %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('SMS "cs" for centre de santé after a French article (categories/keywords.ts, hospital)', () => {
  it.each([
    ['adf ont brule le cs de mamove cette nuit rien reste', 'child_violation'],
    ['des hommes armés ont pillé le cs de Kibirizi', 'child_violation'],
    ['attaque du cs de Mavivi par les ADF, médicaments emportés', 'child_violation'],
    ['adf ont brule le centre de sante de mamove cette nuit', 'child_violation'],
    // (the wounded cared for at a health centre; English "CS" is civil society)
    ['2 blessés soignés au cs de Mamove après une attaque ADF à Mavivi', 'attack_on_civilians'],
    ['CS reports 2 civilians killed by ADF in Mavivi', 'attack_on_civilians'],
    ['un blessé par balle évacué au cs de Kamango', 'attack_on_civilians'],
  ])('%s → %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('fighters moving past "with no incident with the population" are the report, not a quiet day (categories/quiet-days.ts)', () => {
  it.each([
    ["CLA Luvungi: les Red Tabara ont traversé vers les hauts plateaux, une quarantaine d'éléments, pas d'incident avec la population.", 'armed_group_movement'],
    ['Red Tabara crossed towards the high plateaux near Luvungi, no incident with the population', 'armed_group_movement'],
    ["Nyatura passés à Kilolirwe vers Bwiza, pas d'incident avec la population", 'armed_group_movement'],
    // (a calm with no armed group; the state's own patrol)
    ["RAS à Luvungi, pas d'incident avec la population", 'other'],
    ['Calm in Kiwanja, FARDC patrol passed, no incident with civilians', 'other'],
  ])('%s → %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('two groups outside the actor list disputing ground are the sides (C4, C5; doers/sides-clashing.ts)', () => {
  it.each([
    ['Pinga: APCLS et NDC-R se disputent le contrôle de Pinga, affrontements de 6h à 9h, 2 civils blessés.', ['APCLS', 'NDC-R']],
    ['APCLS and NDC-R disputing control of Pinga, fighting since dawn, 2 civilians injured', ['APCLS', 'NDC-R']],
    ['NDC-R and APCLS are vying for control of the Pinga mines, gunfire all night', ['NDC-R', 'APCLS']],
    ['APCLS et Nyatura se disputent le contrôle de Kibua, tirs entendus', ['nyatura', 'APCLS']],
  ])('%s → %j', (text, who) => {
    expect(parse(text).perpetrators.map((p) => p.actorId ?? p.name)).toEqual(who);
  });

  it.each([
    ['dispute foncière entre deux familles à Pinga'],
    ['Bahunde et Bahutu se disputent des terres à Kibua'],
  ])('no group: %s', (text) => {
    expect(parse(text).perpetrators).toEqual([]);
  });
});

describe('the host force that found ordnance is no doer of the hazard (C1; doers/ordnance-finder.ts)', () => {
  it.each([
    ['0545hrs: IED found on MSR Beni-Kasindi near Kasindi junction by FARDC, EOD team tasked.', []],
    ['UXO discovered by FARDC soldiers near Kasindi', []],
    ['les FARDC ont découvert un engin explosif à Mbau', []],
    ['un obus trouvé par une patrouille FARDC à Mbau', []],
    // (who shelled or planted stays)
    ['FARDC shelling left UXO in the fields near Kasindi', ['fardc']],
    ['ADF planted an IED found by FARDC near Mbau', ['adf']],
  ])('%s → %j', (text, who) => {
    expect(parse(text).perpetrators.map((p) => p.actorId ?? p.name)).toEqual(who);
  });
});

describe('"neg casualties", "nil casualties": military shorthand for none hurt (victims/neg-casualties.ts)', () => {
  it.each([
    ['NEPBATT ptl came under small arms fire near Mambasa. Fire returned. Neg casualties own troops.', 0, 0],
    ['ptl came under fire near Mambasa, nil casualties', 0, 0],
    ['ADF attack on Mavivi, 2 civ KIA, neg WIA', 2, 0],
    ['shots fired at the TOB Kamango, negative casualties', 0, 0],
  ])('%s → killed %i, injured %i', (text, killed, injured) => {
    const v = parse(text).victims;
    expect([v.killed, v.injured]).toEqual([killed, injured]);
  });

  it.each([['neg contact with ADF near Mavivi'], ['ADF seen near Mavivi, nil movement since']])('stays unknown: %s', (text) => {
    const v = parse(text).victims;
    expect([v.killed ?? null, v.injured ?? null]).toEqual([null, null]);
  });
});

describe('hostages back who say they were raped are the survivors counted (C12; victims/back-and-say-raped.ts)', () => {
  it.each([
    ['WPA Bunia: sur les 5 femmes enlevées par les CODECO le 2 mars, 3 sont revenues et disent avoir été violées en captivité.', 3],
    ['of the 5 women abducted by CODECO, 3 came back and say they were raped', 3],
    ['sur les 4 filles enlevées à Nizi, 2 libérées affirment avoir été violées', 2],
    ['les 5 femmes enlevées sont rentrées, 3 disent avoir été violées', 3],
  ])('%s → %i survivors', (text, n) => {
    expect(parse(text).victims.crsvSurvivors).toBe(n);
  });

  it.each([['3 sont revenues et disent avoir été battues par les ravisseurs'], ['2 released hostages say they were beaten daily']])('stays: %s', (text) => {
    expect(parse(text).victims.crsvSurvivors ?? null).toBe(null);
  });
});

describe('a correction closing an incident "signalées enlevées" (plural feminine told-as words; categories/closed-incidents.ts)', () => {
  it.each([
    ["correction à mon message de ce matin: les deux jeunes filles signalées enlevées à Oïcha sont rentrées chez elles, il s'agissait d'une fugue. Incident clos.", 'other'],
    ['correction: les 3 hommes signalés tués à Mamove sont vivants, ils étaient au champ', 'other'],
    ['correction: les femmes rapportées enlevées à Nizi étaient au marché de Bunia', 'other'],
    // (news of harm with no correction keeps its reading)
    ['2 filles signalées enlevées à Oicha par des hommes armés hier soir', 'abduction'],
  ])('%s → %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('harm said outside the site is no attack on it (categories/outside-site.ts)', () => {
  it.each([
    ['Rhoe site: women collecting firewood outside the site were attacked, 3 raped, by CODECO. They received care at the site clinic.', 'high'],
    ['des femmes attaquées hors du site de Plaine Savo par des CODECO, 2 violées', 'high'],
    ['Plaine Savo site: women fetching water outside the site were attacked by CODECO, 2 raped', 'high'],
    // (an attack on the site, or one also inside it, stays critical)
    ['CODECO attacked Plaine Savo site, 4 IDPs killed', 'critical'],
    ['CODECO attacked Rhoe site, armed men entered the site, 2 IDPs killed outside the site and 3 inside', 'critical'],
  ])('%s → %s', (text, priority) => {
    expect(parse(text).priority).toBe(priority);
  });
});
