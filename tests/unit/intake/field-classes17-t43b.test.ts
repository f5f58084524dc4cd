import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const ids = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// Classes of wording from reports43 left by t43 (second pass): invented sentences in both languages, with the
// look-alikes that must keep their reading.

describe('who keeps a shop, a bar or a depot is one person (victims/victim-vocabulary.ts)', () => {
  it.each([
    ['Irumu: unidentified men in military uniform killed a shop keeper at night', 'killed', 1],
    ['Beni: armed men killed the bar keeper last night', 'killed', 1],
    ['Lubero: Mai-Mai beat up the shop keeper who refused to pay', 'injured', 1],
    ['Aveba: les miliciens FRPI ont pillé 3 boutiques et frappé le gérant', 'injured', 1],
    ['Butembo: le tenancier du bar tabassé par des policiers', 'injured', 1],
    ['Oicha: la gérante de la pharmacie tuée par des hommes armés', 'killed', 1],
    ['Kasindi: 2 shopkeepers killed by ADF at night', 'killed', 2],
    ['Kasindi: 3 boutiquiers enlevés par des hommes armés', 'abducted', 3],
  ] as const)('%s → %s %i', (text, field, n) => {
    expect(parse(text).victims[field]).toBe(n);
  });

  it.each([
    ['Beni: armed men looted 3 shops, no one hurt', 'injured', 0],
    ['Beni: Mai-Mai looted the shop of the keeper of the market, nobody hurt', 'killed', 0],
  ] as const)('stays: %s → %s %i', (text, field, n) => {
    expect(parse(text).victims[field]).toBe(n);
  });
});

describe('a word of doubt straight before the harm verb is no second person (victims/hedge-before-verb.ts)', () => {
  it.each([
    ['Kavumu: woman found dead near the airport, bruises, suspected killed by soldiers according to family', 1],
    ['Kavumu: woman found dead near the airport, suspected killed by soldiers', 1],
    ['Kavumu: man found dead, presumed killed by soldiers', 1],
    ['Kavumu: man found dead, alleged killed by bandits', 1],
    ['Kavumu: homme retrouvé mort, présumé tué par des militaires', 1],
    ['Kavumu: femme retrouvée morte près de l\'aéroport, présumée tuée par des militaires', 1],
  ] as const)('%s → killed %i', (text, n) => {
    expect(parse(text).victims.killed).toBe(n);
  });

  it.each([
    ['Beni: suspected thief lynched by a mob', 1],
    ['Beni: a suspected ADF collaborator killed by youths', 1],
    ['Beni: présumé voleur lynché par la foule', 1],
    ['Beni: un présumé sorcier tué par des jeunes', 1],
    ['Beni: 2 suspected killed by the mob', 2],
    ['Beni: 3 présumés tués par la foule', 3],
  ] as const)('stays: %s → killed %i', (text, n) => {
    expect(parse(text).victims.killed).toBe(n);
  });
});

describe('fighters of a group outside the actor list passing with no incident are a movement (categories/unlisted-group-moved.ts)', () => {
  it.each([
    ['Mpofi: about 20 NDC-R fighters passed through Mpofi towards Kibua, no incident', 'NDC-R'],
    ['Mpofi: NDC-R elements crossed Mpofi heading north, no incident', 'NDC-R'],
    ['Mpofi: about 20 APCLS fighters passed through Mpofi towards Kibua, no incident', 'APCLS'],
    ['Mpofi: une vingtaine d\'éléments NDC-R ont traversé Mpofi vers Kibua, sans incident', 'NDC-R'],
    ['Nyabiondo: des éléments APCLS sont passés vers Lukweti, RAS', 'APCLS'],
  ])('%s → movement by %s, medium', (text, group) => {
    const r = parse(text);
    expect(r.category).toBe('armed_group_movement');
    expect(ids(text)).toEqual([group]);
    expect(r.priority).toBe('medium');
  });

  it.each([
    'Mpofi: MSF team passed through Mpofi towards Kibua, no incident',
    'Mpofi: FARDC soldiers passed through Mpofi towards Kibua, no incident',
    'Mpofi: calme, RAS, la patrouille est passée vers Kibua',
  ])('stays a quiet day: %s', (text) => {
    expect(parse(text).category).toBe('other');
  });
});

describe('C6: a levy per walker at a barrier is extortion; an aid truck held until its drivers pay is access denied (barriers-and-money.ts, held-at-barrier.ts)', () => {
  it.each([
    ['Ntoto - a faction of Mai-Mai Kifuafua put up a barrier at the village entrance, 1000 FC per pedestrian', 'looting_destruction'],
    ['Ntoto: Mai-Mai Kifuafua barrier at the village entrance, 1000 FC per pedestrian', 'looting_destruction'],
    ['Kibua: roadblock by Wazalendo, 2000 FC per moto and 500 per pedestrian', 'looting_destruction'],
    ['Ntoto: les Mai-Mai ont érigé une barrière à l\'entrée du village, 1000 FC par piéton', 'looting_destruction'],
    ['WFP truck held 6 hrs at a Wazalendo barrier near Kibua, drivers forced to pay before passing', 'access_denial'],
    ['Kibua: MSF vehicle stopped at a Mai-Mai roadblock, driver made to pay 20 dollars before passing', 'access_denial'],
    ['Kibua: MONUSCO convoy held 2 hours at a Mai-Mai roadblock, 50 dollars demanded per truck', 'access_denial'],
    ['Camion du PAM retenu 6h à une barrière des Wazalendo près de Kibua, les chauffeurs forcés de payer', 'access_denial'],
  ])('%s → %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });

  it.each([
    ['Kibua: Wazalendo barrier, drivers forced to pay before passing', 'looting_destruction'],
    ['Kibua: Mai-Mai looted the WFP truck at their roadblock, food taken', 'attack_on_humanitarians'],
    ['0930hrs: BANBATT ptl Largu reports CODECO elements manning a checkpoint at the entrance of Largu market, collecting 1000 FC per trader. No incident with ptl.', 'looting_destruction'],
  ])('stays: %s → %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('C5: the migration service (DGM) named as a doer is free text, also named with a partner (doers/state-services.ts)', () => {
  it.each([
    ['Kasindi: la DGM et la PNC rackettent les commerçants qui traversent la frontière', ['pnc', 'DGM']],
    ['Kasindi border: 3 Ugandan nationals detained by DGM/ANR for 5 days without charges', ['DGM', 'ANR']],
    ['Kasindi: DGM agents extort 10 dollars from each trader crossing the border', ['DGM']],
    ['Kasindi: 2 women arrested by the DGM at the border post, held 3 days', ['DGM']],
    ['Kasindi: les agents de la DGM ont arrêté 4 commerçants sans motif', ['DGM']],
    ['Kasindi: l\'ANR et la police ont arrêté 3 activistes', ['ANR', 'pnc']],
  ])('%s → %j', (text, doers) => {
    expect(ids(text)).toEqual(doers);
  });

  it.each([
    ['Bunia: un agent de la DGM passé de vie à trépas après avoir été poignardé par des inconnus', ['unknown']],
    ['Bunia: la DGM et la PNC ont été attaquées par des miliciens CODECO', ['codeco']],
    ['Kasindi: MONUSCO and the DGM met the traders who were robbed by bandits', []],
  ])('stays: %s → %j', (text, doers) => {
    expect(ids(text)).toEqual(doers);
  });
});

describe('suspects arrested and handed to the courts are law and order, the force a responder (categories/sent-to-court.ts)', () => {
  it.each([
    'Komanda: 2 ADF suspects arrested by FARDC and handed to the auditorat, population calm',
    'Komanda: 2 présumés ADF arrêtés par les FARDC et remis à l\'auditorat militaire',
    'Beni: la PNC a arrêté 3 présumés voleurs, déférés au parquet',
    'PNC Bunia signale l\'arrestation de 3 présumés bandits armés au quartier Mudzipela, acheminés au parquet',
  ])('%s → other, no doer, low', (text) => {
    const r = parse(text);
    expect(r.category).toBe('other');
    expect(ids(text)).toEqual([]);
    expect(r.priority).toBe('low');
  });

  it.each([
    'Ngadi: FARDC arrested 3 suspected ADF collaborators, civil society says they are innocent farmers',
    'Beni: FARDC arrested 5 youths without charge, transferred to the auditorat after 2 weeks',
    'Beni: FARDC arrested 5 youths at the market, beaten, then handed to the auditorat',
    'Beni: des militaires ont arrêté 4 jeunes sans mandat',
    'Beni: les FARDC détiennent 7 jeunes depuis 2 semaines au camp militaire',
    'Oicha: des éléments FARDC ont arrêté onze présumés collaborateurs ADF, détenus au camp sans être présentés à l\'auditorat',
  ])('stays a detention or ill-treatment by the force: %s', (text) => {
    const r = parse(text);
    expect(['arbitrary_detention', 'torture_ill_treatment']).toContain(r.category);
    expect(ids(text)).toEqual(['fardc']);
  });
});

describe('what kind of group, not its name: "groupe d\'autodéfense", "vigilante group" are no free-text doer (doers/groups.ts)', () => {
  it.each([
    ['Nyangezi: un groupe d\'autodéfense local a fouetté 2 présumés voleurs en public', []],
    ['Nyangezi: a local self-defence group whipped 2 suspected thieves in public', []],
    ['Nyangezi: un groupe de vigilance a tabassé un voleur', []],
    ['Nyangezi: le groupe Gumino a pillé 3 maisons', ['Gumino']],
  ])('%s → %j', (text, doers) => {
    expect(ids(text)).toEqual(doers);
  });
});

describe('an armed group imposing the recruitment of young people: children or ages under 18 a child violation, youth a threat (categories/recruitment-imposed.ts)', () => {
  it.each([
    ['Rutshuru: l\'AFC/M23 impose le recrutement de jeunes de 15 à 25 ans', 'child_violation', 'high'],
    ['Rutshuru: M23 imposing recruitment of young men aged 15 to 25', 'child_violation', 'high'],
    ['Rutshuru: M23 imposing recruitment of children in schools', 'child_violation', 'high'],
    ['Rutshuru: les Nyatura recrutent de force des enfants à Kilolirwe', 'child_violation', 'high'],
    ['Rutshuru: le M23 impose le recrutement des jeunes dans les villages', 'threat_intimidation', 'medium'],
    ['Rutshuru: recrutement forcé des jeunes par le M23', 'threat_intimidation', 'medium'],
    ['Kibirizi: forced recruitment of youths by Wazalendo in Kibirizi', 'threat_intimidation', 'medium'],
  ])('%s → %s, %s', (text, category, priority) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    expect(r.priority).toBe(priority);
  });

  it.each([
    ['Rutshuru: rumour of new M23 recruitment denied by the local chief', 'other'],
    ['Rutshuru: campagne de recrutement des FARDC pour les jeunes de 18 à 25 ans', 'other'],
  ])('stays: %s → %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('a place inside what a threatened person denounced, said as a noun, is the topic (places/denounced-topic.ts)', () => {
  it.each([
    ['Bukavu: menaces de mort contre une défenseure des droits de l\'homme après dénonciation des viols à Kalehe', 'bukavu'],
    ['Bunia: journalist threatened by unknown callers after his report on killings in Djugu', 'bunia'],
    ['Uvira: un activiste menacé suite à sa dénonciation des taxes illégales de Sange', 'uvira'],
    ['Goma: HRD receives death threats after her report on rapes in Kalehe', 'goma'],
  ])('%s → %s', (text, place) => {
    expect(parse(text).place?.id ?? null).toBe(place);
  });

  it.each([
    ['Kalehe: 3 femmes violées, dénonciation des viols à Kalehe par la société civile de Bukavu', 'kalehe'],
    ['Bukavu: the report of killings in Kalehe confirmed, 4 dead', 'kalehe'],
  ])('stays: %s → %s', (text, place) => {
    expect(parse(text).place?.id ?? null).toBe(place);
  });
});

describe('people\'s villages named before their place: gone home to them is the place (C8), fled from them too (places/homes-named.ts)', () => {
  it.each([
    ['Kanyaruchinya: retour de 300 personnes vers leurs villages de Kibumba', 'kibumba'],
    ['Kanyaruchinya: 300 personnes retournent vers leurs villages à Kibumba', 'kibumba'],
    ['Goma: about 500 families returned to their homes in Kibumba', 'kibumba'],
    ['Bule: 3,000 IDPs reported at Bule from villages around Pimbo after CODECO raids', 'pimbo'],
    ['Bule: 3000 IDPs from villages around Pimbo arrived in Bule', 'pimbo'],
    ['Bule: déplacés venus des villages autour de Pimbo arrivés à Bule, 200 ménages', 'pimbo'],
  ])('%s → %s', (text, place) => {
    expect(parse(text).place?.id ?? null).toBe(place);
  });

  it.each([
    ['Kanyaruchinya: les déplacés de Kibumba refusent de rentrer, insécurité', 'kibumba'],
    ['Bule: CODECO burnt villages around Pimbo, people fled to Bule', 'pimbo'],
  ])('stays: %s → %s', (text, place) => {
    expect(parse(text).place?.id ?? null).toBe(place);
  });
});

describe('displaced people counted by the word that reports them (victims/idps-reported.ts)', () => {
  it.each([
    ['Bule: 3,000 IDPs reported at Bule from villages around Pimbo after CODECO raids', 3000],
    ['About 2000 IDPs reported in Kanyabayonga, from Miriki', 2000],
    ['Bunia: 1 200 PDI recensées à Bunia venant de Djugu', 1200],
    ['Bunia: env. 800 IDPs reported at Bunia', 800],
    ['Près de 2000 déplacés signalés à Kanyabayonga, venus de Miriki et Luofu', 2000],
  ])('%s → displaced %i', (text, n) => {
    expect(parse(text).victims.displaced).toBe(n);
  });

  it('stays: a harm reported keeps its count', () => {
    const r = parse('Bunia: 3 IDPs reported killed at the site');
    expect(r.victims.killed).toBe(3);
    expect(r.victims.displaced ?? null).toBe(null);
  });
});

it('villages in a town named as its territory name no one place: "back to their villages in Masisi" keeps the site', () => {
  expect(parse('Bulengo site closure: about 5,000 IDPs went back to their villages in Masisi this week').place?.id).toBe('bulengo');
});

describe('an armed group driving people out of their place, nothing else told, is a displacement (categories/chased-out.ts)', () => {
  it.each([
    ['Rwindi: les M23 ont chassé les pêcheurs de Vitshumbi, certains venus à Kanyabayonga', ['m23']],
    ['Nyakakoma: les M23 ont chassé les pêcheurs, certains arrivés à Kanyabayonga', ['m23']],
    ['Kiwanja: M23 elements drove the fishermen out of Nyakakoma, some arrived in Kanyabayonga', ['m23']],
    ['Nyakakoma: M23 expelled fishermen from Nyakakoma, some now in Kanyabayonga', ['m23']],
  ])('%s → displacement by %j', (text, doers) => {
    const r = parse(text);
    expect(r.category).toBe('displacement');
    expect(ids(text)).toEqual(doers);
    expect(r.priority).toBe('medium');
  });

  it.each([
    ['Nyakakoma: les M23 ont chassé les pêcheurs de leurs champs', 'displacement'],
    ['Kibua: des déplacés ont été chassés de l\'école par des Wazalendo qui s\'y installent', 'child_violation'],
    ['Karuba: vijana wa Hunde ont chassé des bergers hutu hier', 'intercommunal_tension'],
    ['Rwindi: M23 chased the fishermen from the lake shore, 2 killed', 'attack_on_civilians'],
  ])('stays: %s → not changed to %s', (text, category) => {
    const r = parse(text);
    if (category === 'displacement') expect(r.category).not.toBe('displacement');
    else expect(r.category).toBe(category);
  });
});

describe('a killing named by its place only as the cause of hate speech or tension is no new killing (categories/referred-harm.ts)', () => {
  it.each([
    'Butembo: hate messages against Nande and Hutu on local WhatsApp groups after the Kirumba killings',
    'Beni: facebook posts accusing the Nande of \'hiding ADF\' and calling for revenge after the Mamove massacre',
    'Beni: tracts appelant à chasser les Nande après les tueries de Mamove',
    'Beni: tension entre Nande et Hutu après le massacre de Kirumba',
  ])('%s → medium', (text) => {
    expect(parse(text).priority).toBe('medium');
  });

  it('stays: a killing told is high', () => {
    expect(parse('Beni: hate messages against Nande, ADF killed 3 in Mamove').priority).toBe('high');
  });
});

describe('"au marché" is the market, not a march: no shutdown after a killing (categories/shutdown-after-killing.ts)', () => {
  it.each([
    'Kitshanga: tension entre Hunde et Hutu au marché après l\'assassinat d\'un moto-taximan',
    'Kitshanga: tension entre Hunde et Hutu au marché après le meurtre d\'un motard',
  ])('%s → tension, 1 killed, high (main-corpus practice)', (text) => {
    const r = parse(text);
    expect(r.category).toBe('intercommunal_tension');
    expect(r.victims.killed).toBe(1);
    expect(r.priority).toBe('high');
  });

  it.each([
    'deuil et marche à Beni après la tuerie de Kainama',
    'Beni: le marché fermé et marche des jeunes après la tuerie de Kainama',
  ])('stays a shutdown: %s → other', (text) => {
    expect(parse(text).category).toBe('other');
  });
});

describe('a faction named after what a victim denounced is no doer either (doers/short-and-alone-names.ts)', () => {
  it.each([
    ['Makobola: house of a HRD burnt overnight after he denounced Mai-Mai Yakutumba taxes, no one hurt', []],
    ['Makobola: HRD threatened after denouncing Mai-Mai Yakutumba taxes', []],
    ['Makobola: 2 women taken by Yakutumba', ['Yakutumba']],
    ['Makobola: Mai-Mai Yakutumba burnt a house overnight', ['mai-mai']],
    ['Makobola: HRD threatened by Yakutumba after denouncing taxes', ['Yakutumba']],
  ])('%s → %j', (text, doers) => {
    expect(ids(text)).toEqual(doers);
  });
});

describe('displaced people counted, raids named only as what they fled: a displacement (categories/displaced-after-raids.ts)', () => {
  it.each([
    'Bule: 3,000 IDPs reported at Bule from villages around Pimbo after CODECO raids',
    'Bule: 3,000 IDPs reported at Bule after CODECO raids',
    'Bunia: 1 200 PDI recensées à Bunia suite aux attaques CODECO',
    'Bule: 300 déplacés signalés à Bule après les attaques CODECO',
  ])('%s → displacement, medium', (text) => {
    const r = parse(text);
    expect(r.category).toBe('displacement');
    expect(r.priority).toBe('medium');
  });

  it.each([
    ['Bule: CODECO raids on Pimbo last night, 3,000 IDPs reported at Bule', 'attack_on_civilians'],
    ['Bule: 3,000 IDPs reported at Bule after CODECO raids, 2 killed', 'attack_on_civilians'],
  ])('stays: %s → %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});
