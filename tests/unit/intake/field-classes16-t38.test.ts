import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// Classes of officer prose and follow-up traffic (pending reports38): invented sentences in both languages, phone spellings
// where they fit, and the look-alikes that must not change.

describe('places in other roles: where the doers came from, where someone fled or passed to, an incident spoken of', () => {
  it.each([
    // where the doers or a force came from
    ['FARDC patrol coming from Komanda found 2 bodies at Tchabi, ADF suspected', 'tchabi'],
    ['Armed men from the Rubaya side came down to Ngungu and burned 5 houses', 'ngungu'],
    ['armed men coming from Kalonge looted the market at Bunyakiri last night', 'bunyakiri'],
    ['Une patrouille FARDC venant de Komanda a découvert 3 corps à Tchabi', 'tchabi'],
    ['des hommes armés venus de Kalonge ont pillé le marché de Bunyakiri', 'bunyakiri'],
    ['des assaillants en provenance de Rubaya ont incendié 6 maisons à Ngungu', 'ngungu'],
    // a report opening with its place, someone fled or passed on to another
    ["Nizi: le poste de santé pillé par des éléments CODECO, l'infirmier a fui à Bunia", 'nizi'],
    ['Nizi: health post looted by CODECO elements, the nurse fled to Bunia', 'nizi'],
    ["Komanda: l'école occupée par des militaires FARDC en transit vers Mambasa, cours suspendus", 'komanda'],
    ['Komanda: school occupied by FARDC soldiers in transit to Mambasa, classes stopped', 'komanda'],
    ["Mahagi: des familles quittent Ngote sur rumeur d'une arrivée CODECO, la plupart vers Nioka", 'ngote'],
    ['Mahagi: families leaving Ngote on rumours of CODECO, most toward Nioka', 'ngote'],
    // the place fled, then the way on, then the clash's place
    ['About 1,500 people have fled Kipese toward Butembo after Mai-Mai clashed with FARDC at Bunyatenge', 'kipese'],
    ['Environ 1500 personnes ont fui Kipese vers Butembo suite aux combats Maï-Maï/FARDC à Bunyatenge', 'kipese'],
    // an incident someone denounced is not the report's
    ["Oicha: a journalist got threats by phone after he denounced the killings in Mavivi", 'oicha'],
    ["Oicha: un journaliste menacé au téléphone après avoir dénoncé les tueries de Mavivi", 'oicha'],
  ])('%s → %s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });

  it.each([
    // look-alikes: a group moving from a place, victims from a place, a group's own movement, a heading over the harm's place
    ['CODECO elts seen moving from Lopa twd Pimbo, abt 30 armed', 'lopa'],
    ["FARDC took 4 young men from Kirumba market to their camp in Kanyabayonga 'for verification'", 'kirumba'],
    ['La société civile de Kalehe dénonce des taxes imposées par les Wazalendo aux agriculteurs de Bunyakiri', 'bunyakiri'],
    ['Beni: ADF attacked Oicha last night, 3 killed', 'oicha'],
    ['Djugu centre: le bilan de l\'attaque de Pimbo revu à la hausse, 7 morts', 'pimbo'],
    ['Les gens fuient Alimbongo vers Lubero par crainte du M23 signalé à Kanyabayonga', 'alimbongo'],
  ])('kept: %s → %s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
});

describe('corrections and denials: a harm quoted, recast or only carried by a video is no incident; a corrected detail keeps it', () => {
  it.each([
    ["Correction: the 'attack' at Kasindi border post yesterday was a fight between drunk customs agents, no civilian hurt", 'kasindi'],
    ["Rectificatif: l''attaque' du poste de Kasindi était une bagarre entre douaniers ivres, aucun civil blessé", 'kasindi'],
    ['Denial: the video of M23 executing civilians said to be in Rutshuru is from 2022, not recent. No new incident.', 'rutshuru'],
    ["Démenti: la vidéo d'exécutions de civils attribuée au M23 à Rutshuru date de 2022. Aucun nouvel incident.", 'rutshuru'],
    ['the photos of ADF killings in Mamove shared on whatsapp are false, no incident there', 'mamove'],
    ["Follow-up: the 'abduction' of the Kirumba teacher reported Monday was a misunderstanding, he was at a funeral in Kayna", 'kirumba'],
    ["Suivi: le prétendu enlèvement de l'enseignant de Kirumba signalé lundi était un malentendu, il était à un deuil à Kayna", 'kirumba'],
    ["follow up: the 'kidnapping' of the Kirumba nurse was a misunderstanding, she was at her family in Kayna", 'kirumba'],
  ])('%s', (text, place) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'other', priority: 'low', perpetrators: [] });
    expect(r.place?.id).toBe(place);
  });

  it.each([
    ['Correction on Kitutu: the victim of the rape reported yesterday is 22, not a minor as first said. Perpetrator a Raia Mutomboki fighter.', 'crsv', 'raia-mutomboki'],
    ['Rectificatif Kitutu: la survivante du viol signalé hier a 21 ans, pas mineure. Auteur présumé un élément Raïa Mutomboki.', 'crsv', 'raia-mutomboki'],
    ["Rectificatif Kitutu: la victime du viol n'est pas une mineure, elle a 19 ans. Auteur un Raïa Mutomboki", 'crsv', 'raia-mutomboki'],
    ['Correction: the toll of the ADF attack on Mamove is 8 dead, not 10', 'attack_on_civilians', 'adf'],
    ["Rectificatif: le bilan de l'attaque ADF à Mamove est de 8 morts et non 10", 'attack_on_civilians', 'adf'],
    ['misunderstanding between FARDC and a moto driver at the barrier, soldier shot him in the leg', 'attack_on_civilians', 'fardc'],
  ])('kept: %s', (text, category, doer) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    expect(r.perpetrators.map((p) => p.actorId)).toContain(doer);
  });

  it('a child word negated tells of no child: "not a minor", "pas mineure"', () => {
    expect(parse('Correction on Kitutu: the rape survivor is 22, not a minor. Raia Mutomboki fighter suspected').sensitivity).toBe('restricted');
    expect(parse('Correction on Kitutu: the rape survivor is 22, not a minor. Raia Mutomboki fighter suspected').category).toBe('crsv');
    expect(parse('Kitutu: une mineure de 15 ans violée par un élément Raïa Mutomboki').category).toMatch(/crsv|child_violation/);
  });
});

describe('follow-ups: the revised figure is the count, "now" of a count or an end is no attack under way, no further harm', () => {
  it.each([
    ["Mise à jour Kamango: les blessés de l'attaque de lundi sont désormais 5, tous évacués à l'HGR de Beni. Pas de nouveau décès.", { injured: 5 }, 'medium'],
    ["Update Kamango: the injured from Monday's attack are now 5, all at HGR Beni.", { injured: 5 }, 'medium'],
    ['UPDATE Kamango attack: injured now 6 (4 at HGR Beni, 2 at CS Kamango), no deaths so far.', { injured: 6, killed: 0 }, 'medium'],
    ["suivi Mamove: les blessés sont maintenant 7, l'attaque de mardi", { injured: 7 }, 'medium'],
    ["Update Bulengo: fire from last night's shelling now out, 1 child died in hospital this morning, total dead now 3.", { killed: 3 }, 'critical'],
    ['follow-up Mavivi: 1 more died at HGR Beni, total killed now 4', { killed: 4 }, 'high'],
    ['Sake: bomb fell on a house during M23-FARDC fighting this morning, 1 woman killed. Shelling now stopped.', { killed: 1 }, 'high'],
    ["Sake: obus tombé sur une maison ce matin lors des combats M23-FARDC, 1 femme tuée. Bombardements terminés maintenant.", { killed: 1 }, 'high'],
    ['Kamango follow-up: no new deaths, 3 injured still at HGR Beni after the ADF attack', { injured: 3 }, 'medium'],
    ["Suivi Kamango: aucun nouveau décès, 3 blessés toujours à l'HGR après l'attaque ADF", { injured: 3 }, 'medium'],
  ])('%s', (text, counts, priority) => {
    const r = parse(text);
    expect(r.victims).toMatchObject(counts);
    expect(r.priority).toBe(priority);
  });

  it.each([
    ['ADF attacking Mamove now, heavy gunfire', 'critical'],
    ['tirs maintenant à Kiwanja entre M23 et Wazalendo, la population terrée', 'critical'],
    ['heavy fighting now in Kalengera between M23 and Wazalendo', 'critical'],
    ['a new death reported in Kamango after the ADF attack', 'high'],
  ])('kept: %s → %s', (text, priority) => {
    expect(parse(text).priority).toBe(priority);
  });
});

describe('Lingala and Swahili verbs of harm by soldiers and police (C1, C2): the force is the doer, the people are counted', () => {
  const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);
  it.each([
    ['bamama 3 babebisami na ba militaires na Kavumu butu, bazali na lopitalo', 'fardc', 'crsv', { crsvSurvivors: 3 }],
    ['mwasi moko abebisami na ba militaires na Kavumu', 'fardc', 'crsv', {}],
    ['bilenge 2 babetami mingi na ba policiers na cachot ya Aru', 'pnc', 'torture_ill_treatment', { injured: 2 }],
    ['bilenge 3 babetami na basoda na barrière ya Kavumu', 'fardc', 'torture_ill_treatment', { injured: 3 }],
    ['basoda bakangi bilenge 6 na Sake mpo ya kontrole', 'fardc', 'arbitrary_detention', {}],
    ['ba policiers bakangi bato 4 na zando ya Aru', 'pnc', 'arbitrary_detention', {}],
    ["wanajeshi wamechapa viboko wafanyabiashara 4 at Kamanyola market, accused of selling to 'enemies'", 'fardc', 'torture_ill_treatment', {}],
    ['polisi wamechapa viboko vijana 2 Uvira', 'pnc', 'torture_ill_treatment', {}],
  ])('%s', (text, doer, category, counts) => {
    const r = parse(text);
    expect(doers(text)).toContain(doer);
    expect(r.category).toBe(category);
    expect(r.victims).toMatchObject(counts);
  });

  it.each([
    ['basoda bazali kobatela zando ya Sake, kimia', 'fardc'],
    ['wanajeshi wamefika Kamanyola leo asubuhi, hali ni shwari', 'fardc'],
  ])('kept (no harm, no doer): %s', (text, doer) => {
    expect(doers(text)).not.toContain(doer);
  });
});

describe('who did it: a host force only posted or called in did nothing; a group\'s collaborators as the agent are the group', () => {
  const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);
  it.each([
    ['Follow-up on Mamove returns: about 400 people went back home this week, FARDC posted at the entrance of the village.'],
    ["Suivi retours Mamove: environ 350 personnes sont rentrées cette semaine, les FARDC ont installé une position à l'entrée du village."],
    ['returns to Kitshanga: abt 200 ppl back home, FARDC deployed near the market'],
    ['Patrouille 1030h route Mbau-Kamango: EEI présumé trouvé près du pont, zone bouclée, génie FARDC appelé.'],
    ['UXO found in a field at Kalengera, area marked, FARDC engineers called'],
  ])('no doer: %s', (text) => {
    expect(doers(text)).toEqual([]);
  });

  it.each([
    ['returns to Kitshanga: abt 200 ppl back home, FARDC posted at the barrier demand 500 FC per person', 'fardc'],
    ['Informant in Mbau threatened by ADF collaborators, told his family will pay for his talk with MONUSCO.', 'adf'],
    ["Un informateur de Mbau menacé par des collaborateurs ADF: sa famille 'paiera' pour ses contacts avec la MONUSCO.", 'adf'],
    ['Oicha: 2 traders beaten by M23 collaborators at the market', 'm23'],
  ])('doer kept or found: %s → %s', (text, doer) => {
    expect(doers(text)).toContain(doer);
  });

  it.each([
    ['youths lynched 2 ADF collaborators in Beni', 'adf'],
    ["Beni: 2 jeunes accusés d'être des collaborateurs ADF arrêtés", 'adf'],
  ])('collaborators as victims stay no doer: %s', (text, doer) => {
    expect(doers(text)).not.toContain(doer);
  });
});

describe('phone-typed Lingala and Swahili: nobody hurt (C11) and a car stopped by bandits', () => {
  it.each([
    ['patrouille ya MONUSCO ebetami masasi pene na Sake na ba M23, moto moko te azoki, bazongi na base', { killed: 0, injured: 0 }],
    ['motuka ya ONG etelemisami na ba bandits na nzela Kanyabayonga-Kirumba, moto moko te azoki', { killed: 0, injured: 0 }],
    ['ba M23 babeti masasi na Kibirizi butu, moto te azoki', { killed: 0, injured: 0 }],
    ['patrol ya monusco imepigwa risasi karibu na Sake na M23 elts, hakuna mtu aliyeumia', { killed: 0, injured: 0 }],
    ['site ya Kanyaruchinya: grenade ebwakami na zando ya site, bato 4 bazoki', { injured: 4 }],
    ['moto moko azoki na masasi na Kiwanja', { injured: 1 }],
  ])('%s', (text, counts) => {
    expect(parse(text).victims).toMatchObject(counts);
  });

  it.each([
    ['ngo car stopped by majambazi on road Kanyabayonga-Kirumba, staff robbed phones and money, hakuna aliyeumia', 'attack_on_humanitarians'],
    ['motuka ya ONG etelemisami na ba bandits na nzela Kanyabayonga-Kirumba, babotoli ba telefone na mbongo', 'attack_on_humanitarians'],
    ['ngo car stopped by bandits on road Kanyabayonga-Kirumba, staff robbed phones and money', 'attack_on_humanitarians'],
    ['bus stopped by majambazi near Kirumba, passengers robbed of phones', 'looting_destruction'],
  ])('%s → %s', (text, category) => {
    expect([category]).toContain(parse(text).category);
  });
});

describe('people in hospital after an attack are the injured (C3)', () => {
  it.each([
    ["Update on this morning's ambush of the URUBATT convoy near Mayimoya: 1 peacekeeper died of wounds at Beni, 2 still in hospital. ADF suspected.", 2],
    ["Suivi de l'embuscade du convoi près de Mayimoya: 1 casque bleu décédé, 2 toujours à l'hôpital. ADF suspectés.", 2],
    ["Selon la société civile de Lubero, 3 jeunes arrêtés par les FARDC à Kirumba ont été torturés au camp, l'un évacué à l'hôpital de Kayna.", 1],
    ['3 youths tortured by FARDC at Kirumba camp, one of them evacuated to hospital in Kayna', 1],
    ['Follow-up Mangina: the WHO staff attacked at the market yesterday is out of hospital; attackers were local youths.', 1],
    ["Suivi Mangina: l'agent de l'OMS agressé au marché hier est sorti de l'hôpital; les agresseurs étaient des jeunes.", 1],
  ])('%s → %i injured', (text, injured) => {
    expect(parse(text).victims.injured).toBe(injured);
  });

  it.each([
    ['Beni: 30 patients in hospital for cholera', null],
    ['Kamango: 2 killed, 3 injured in the ADF attack, 1 still in hospital', 3],
  ])('kept: %s', (text, injured) => {
    expect(parse(text).victims.injured ?? null).toBe(injured);
  });
});

describe('tension between communities said in Swahili: "mvutano kati ya…", "uhasama"', () => {
  it.each([
    ['mvutano kati ya wahema na walendu Bule, vijana wamejipanga na mapanga, chefs bazali kosolola'],
    ['mvutano mkubwa kati ya wafuliiru na wanyamulenge Lemera, vijana wamebeba mapanga'],
    ['mvutano Kiliba kati ya vijana wa kibembe na wa kifuliiru, hakuna aliyeumia'],
    ['uhasama kati ya wahunde na wahutu Kitshanga, vijana wamejipanga na mapanga'],
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('intercommunal_tension');
    expect(r.priority).toBe('medium');
  });
});

describe('sitrep register: the army unit that reports ("31 Bde", "3410 Regt") is no group outside the actor list', () => {
  const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);
  it.each([
    ['1420hrs: FARDC 31 Bde elts report ADF group approx 30 crossing the Semuliki toward Kainama. QRF on standby.', ['adf']],
    ["1600h: éléments de la 31e Bde FARDC signalent un groupe ADF d'environ 30 traversant la Semliki vers Kainama", ['adf']],
    ['0700hrs: 3410 Regt elts report CODECO elts near Pimbo', ['codeco']],
    ['0715h: la 2e Brig FARDC signale des éléments CODECO près de Pimbo', ['codeco']],
  ])('%s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });

  it('kept: a group by its acronym', () => {
    expect(doers('des éléments FPIC ont pillé le marché de Walendu Bindi')).toContain('FPIC');
  });
});
