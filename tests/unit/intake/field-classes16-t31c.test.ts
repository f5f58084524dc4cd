import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// Classes of wording from a fortnight of working-group traffic (reports31, third pass): invented sentences in both
// languages, with the look-alikes that must keep their reading.

describe('a force word typed with one slip is still the force (C1, C2: doers/force-word-typos.ts)', () => {
  it.each([
    ['mlitaires ont tabasse 1motard a kamango il refuse payer', 'fardc'],
    ['des militaies ont pillé des boutiques à Mbau', 'fardc'],
    ['miltiaires ont frappe un vendeur au marche de oicha', 'fardc'],
    ['soliders beat a motorbike driver at Mangina', 'fardc'],
    ['drunk soldeirs beat a fish seller in Oicha market', 'fardc'],
    ['policers ont tabasse 1motard a beni', 'pnc'],
    ['polciers ont arrete 3 jeunes a beni sans motif', 'pnc'],
    ['2 femmes violees par des mlitaires a kitchanga', 'fardc'],
  ])('%s → %s', (text, id) => {
    expect(doers(text)).toEqual([id]);
  });

  it.each([
    // (real words a slip away, victims, foreign soldiers: no host force as the doer)
    ['militants ont tabasse 1motard a mangina', []],
    ['mlitaires blesses lors d une embuscade des ADF a Mbau', ['adf']],
    ['2 soldires killed in ADF ambush near Mbau', ['adf']],
    ['militaires ougandais ont arrete 3 pecheurs', ['militaires ougandais']],
  ] as const)('stays: %s → %j', (text, ids) => {
    expect(doers(text)).toEqual(ids);
  });
  it('a typed foreign soldier is not the host army', () => {
    expect(doers('mlitaires ougandais ont arrete 3 pecheurs')).not.toContain('fardc');
  });
});

describe('"N others" with a state of their own are not more of the dead (victims/others-own-state.ts)', () => {
  it.each([
    ["quatre civils ont été tués à l'arme blanche et deux autres sont portés disparus à Kamango", 4],
    ['ADF ont tué quatre civils et deux autres sont toujours disparus à Kamango', 4],
    ['ADF ont tué 4 civils et 2 autres portés disparus près de Mamove', 4],
    ['4 civilians killed and 2 others missing in Kamango after ADF incursion', 4],
    ['ADF killed four civilians and two others are reported missing near Eringeti', 4],
    ['3 civils tues a Mamove, 2 autres toujours introuvables', 3],
    ['ADF killed 3 farmers at Mamove and 2 others are still missing', 3],
  ])('%s → killed %i', (text, n) => {
    expect(parse(text).victims.killed).toBe(n);
  });

  it.each([
    // (more of the same harm stays added, once)
    ['4 killed in Mbau and 2 more in Kamango', 'killed', 6],
    ['3 morts à Mbau et 2 autres à Oicha', 'killed', 5],
    ['ADF killed 3 farmers and 2 others near Mamove', 'killed', 5],
    ['ADF ont tué 4 civils et 2 autres à Eringeti', 'killed', 6],
    ['ADF ont tué 2 hommes et 3 femmes à Eringeti', 'killed', 5],
    ['ADF killed a farmer and his son at Mamove', 'killed', 2],
    ['quatre civils ont été tués et deux autres blessés à Kamango', 'injured', 2],
    ['ADF ont tué 4 civils et 2 femmes ont été blessées à Mbau', 'killed', 4],
  ] as const)('stays: %s → %s %i', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });
});

describe('a release bought, the takers named between the people and the release (victims/captors-named.ts)', () => {
  it.each([
    ["deux motocyclistes ont été interceptés par des hommes armés sur l'axe Mbau-Kamango puis relâchés le lendemain après paiement de 500 dollars par leurs familles", 2],
    ['3 traders stopped by unknown gunmen on the Mbau-Kamango road were freed the next day after their families paid 300 USD', 3],
    ['three traders stopped by unknown armed men on the Mbau road were freed the next day after their families paid 300 USD', 3],
    ['deux cultivateurs enlevés par des hommes armés près de Mamove ont été relâchés hier après paiement de 200$ par leurs familles', 2],
    ['2 motards interceptes par des bandits vers Eringeti, liberes apres paiement de 100$ par leurs familles', 2],
    ['le chef de Kasugho, pris par des Mai-Mai sur la route de Butembo, relâché contre 300 USD versés par sa famille', 1],
  ])('%s → abducted %i', (text, n) => {
    const p = parse(text);
    expect(p.category).toBe('abduction');
    expect(p.victims.abducted).toBe(n);
  });

  it.each([
    // (held by the state: a detention; a thing released: nobody taken)
    ['4 pêcheurs arrêtés par des militaires à Vitshumbi relâchés après paiement de 50$ chacun', 'arbitrary_detention', null],
    ['la moto saisie par des hommes armés à Mbau a été relâchée après paiement de 100$', null, null],
  ] as const)('stays: %s → %s, abducted %s', (text, category, n) => {
    const p = parse(text);
    if (category) expect(p.category).toBe(category);
    expect(p.victims.abducted).toBe(n);
  });
});

describe('aid workers on an errand, then harmed in the passive (C20: categories/aid-team-errand.ts)', () => {
  it.each([
    ['une équipe de la Croix-Rouge venue enterrer des corps à Mamove a été prise à partie par des jeunes en colère qui ont brûlé leur véhicule'],
    ['an MSF team that had come to vaccinate children in Oicha was attacked by armed men, their car burnt'],
    ["des agents d'OXFAM en mission de distribution à Kamango ont été dépouillés par des hommes armés"],
    ['a WFP convoy on its way to Oicha with food for the displaced was looted by Mai-Mai near Mbau'],
    ['WFP trucks which were going to Oicha were looted by Mai-Mai near Mbau'],
  ])('%s → attack on humanitarians', (text) => {
    expect(parse(text).category).toBe('attack_on_humanitarians');
  });

  it.each([
    // (aid workers who came after the harm, to bury or collect the dead: the attack on the civilians)
    ['une équipe de la Croix-Rouge venue enterrer les corps des 5 civils tués par les ADF à Mamove', 'attack_on_civilians'],
    ['the Red Cross came to collect the bodies of those killed by ADF at Mamove', 'attack_on_civilians'],
    // (someone on an errand who is no aid worker)
    ["des jeunes en colère ont brûlé le véhicule d'un commerçant venu vendre du poisson à Mamove", 'looting_destruction'],
    ['a trader who had come to sell fish in Oicha was robbed by armed men', 'looting_destruction'],
  ])('stays: %s → %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('a return told as a noun with a word of manner, and the force that made it safe (C8: returns.ts, doers/force-behind-return.ts)', () => {
  it.each([
    ["la société civile de Mutwanga rapporte le retour progressif d'environ 1 200 personnes à Kyatsaba, après le déploiement d'une position FARDC", 1200, []],
    ['Returns: 300 ppl back to Mamove after FARDC ops', 300, []],
    ['About 700 people returned to Mamove following the deployment of FARDC troops', 700, []],
    ['retour massif de plus de 2 000 personnes à Mamove après le départ des ADF', 2000, []],
    ['les déplacés regagnent Mamove grâce à la présence des FARDC', null, []],
  ] as const)('%s → displacement, %s displaced, doers %j', (text, n, ids) => {
    const p = parse(text);
    expect(p.category).toBe('displacement');
    expect(p.victims.displaced).toBe(n);
    expect(doers(text)).toEqual(ids);
  });

  it.each([
    // (the force that harmed the returnees, or chased them again, stays the doer)
    ['300 ppl back to Mamove, FARDC looted their houses', ['fardc']],
    ['les déplacés rentrés à Mamove chassés à nouveau par les FARDC', ['fardc']],
    ['les FARDC sont revenus à Mamove après 3 jours, 2 civils tués par balle', ['fardc']],
  ] as const)('stays: %s → %j', (text, ids) => {
    expect(doers(text)).toEqual(ids);
  });
});

describe('people on the move or leaving their homes are displaced, not armed men moving (categories/people-on-the-move.ts)', () => {
  it.each([
    ["la population de Halungupa a commencé à quitter ses villages vers Mutwanga suite aux rumeurs d'une attaque des ADF", ['adf']],
    ['la société civile estime à plus de 300 ménages les personnes en mouvement vers Mutwanga', []],
    ['les personnes en mouvement vers Mutwanga sont estimées à 300 ménages', []],
    ['population on the move towards Mutwanga for fear of ADF', ['adf']],
    ['les habitants de Kikingi quittent leurs maisons par crainte des ADF', ['adf']],
    ['villagers of Kikingi started leaving their homes after rumours of an ADF attack', ['adf']],
  ] as const)('%s → displacement %j', (text, ids) => {
    expect(parse(text).category).toBe('displacement');
    expect(doers(text)).toEqual(ids);
  });

  it.each([
    // (armed men on the move, or leaving their positions, are a movement)
    ['les ADF en mouvement vers Mutwanga', ['adf']],
    ['M23 on the move towards Kibumba', ['m23']],
    ['les ADF ont quitté leurs positions de Mapobu', ['adf']],
    ['des éléments Mai-Mai quittent leurs positions vers Kipese', ['mai-mai']],
  ] as const)('stays: %s → movement %j', (text, ids) => {
    expect(parse(text).category).toBe('armed_group_movement');
    expect(doers(text)).toEqual(ids);
  });
});

describe('"child protection" names a field of work, not a child (categories/child-protection-field.ts)', () => {
  it.each([
    ["Rubaya: Wazalendo at the mine entrance turned back the joint JHRO/child protection mission, saying 'no visits without the commander's order'"],
    ["les Wazalendo ont refoulé la mission conjointe BCNUDH/protection de l'enfant à Rubaya"],
    ['Wazalendo refused access to the child protection team at Rubaya'],
    ["M23 ont empêché les acteurs de protection de l'enfance d'accéder au site de Kibumba"],
    ['M23 at the Kibumba barrier turned back the child protection officers of UNICEF'],
  ])('%s → access denial, standard', (text) => {
    const p = parse(text);
    expect(p.category).toBe('access_denial');
    expect(p.sensitivity).toBe('standard');
  });

  it.each([
    // (children harmed or denied aid themselves stay a child violation, whoever tells of it)
    ['child protection officer reports 3 children abducted by ADF at Mamove'],
    ['Wazalendo refused the NGO access to the children held at their camp in Rubaya'],
    ['M23 block food aid for children at Kibumba site'],
  ])('stays: %s → child violation', (text) => {
    expect(parse(text).category).toBe('child_violation');
  });
});

describe('children released by a group into after-care were in its ranks, not hostages (C18: categories/children-released-to-care.ts)', () => {
  it.each([
    ['CP: 11 children released by Nyatura at Kilolirwe handed over to a child protection NGO for family reunification', 11],
    ['6 enfants libérés par les Mai-Mai à Kitchanga remis aux partenaires de protection', 6],
    ['4 boys freed by the Nyatura at Kilolirwe, now at the transit centre in Goma', 4],
  ])('%s → child violation, %i children, none abducted', (text, n) => {
    const p = parse(text);
    expect(p.category).toBe('child_violation');
    expect(p.victims.childrenAffected).toBe(n);
    expect(p.victims.abducted).toBeNull();
  });

  it.each([
    // (a ransom or captivity said, or adults freed: hostages, counted as abducted, C7, C12)
    ["8 enfants libérés par les Mai-Mai, remis à leurs familles après paiement d'une rançon", 8],
    ['3 children released by ADF after 2 weeks in captivity', 3],
    ['5 women released by Nyatura handed over to their families', 5],
  ])('stays: %s → abducted %i', (text, n) => {
    expect(parse(text).victims.abducted).toBe(n);
  });
});

describe('gunfire only heard, of unknown origin, near a base named as a distance mark (doers/unknown-of-thing.ts, constructions/everyday-traffic-2.ts)', () => {
  it.each([
    ['2145hrs: shots heard approx 3 km N of TOB Mavivi. Origin unknown. Ptl on standby. No casualties reported.'],
    ['gunfire of unknown origin heard near Kamango last night, no casualties'],
    ["tirs d'origine inconnue entendus vers Kamango cette nuit, pas de victimes"],
    ['tirs entendus à 2 km de la base de Kamango, origine inconnue, pas de victimes'],
    ['shots heard 2 km from COB Kamango, source unknown, no casualties'],
  ])('%s → movement, nobody named', (text) => {
    const p = parse(text);
    expect(p.category).toBe('armed_group_movement');
    expect(doers(text)).toEqual([]);
  });

  it.each([
    // (unknown men who did it stay the unknown doer; a base fired on, or people hurt, stay the harm)
    ['2 civilians killed by unknown gunmen at Mavivi', 'attack_on_civilians', ['unknown']],
    ['des inconnus ont tiré sur un motard à Mavivi, origine des tirs inconnue', 'attack_on_civilians', ['unknown']],
    ['TOB Mavivi came under fire from unknown armed men, no casualties', 'attack_on_peacekeepers', ['unknown']],
    ['shots heard 3 km N of TOB Mavivi, 2 civilians wounded', 'attack_on_civilians', []],
  ] as const)('stays: %s → %s %j', (text, category, ids) => {
    expect(parse(text).category).toBe(category);
    expect(doers(text)).toEqual(ids);
  });
});

describe('a position attacked, soldiers the only dead, civilians said only as fleeing (C4, C21: categories/civilians-fleeing.ts)', () => {
  it.each([
    ['Lubero: Mai-Mai fighters attacked the FARDC position at Alimbongo, 2 soldiers killed, pop of Alimbongo fleeing to Lubero-centre.', ['mai-mai']],
    ['attaque des ADF contre la position FARDC de Mamove, un militaire tué, la population en fuite vers Oicha', ['adf']],
    ['ADF attacked the FARDC position at Mamove, 2 soldiers dead, residents fled to Oicha', ['adf']],
  ] as const)('%s → not an attack on civilians, %j', (text, ids) => {
    const p = parse(text);
    expect(['armed_group_movement', 'displacement']).toContain(p.category);
    expect(doers(text)).toEqual(ids);
  });

  it.each([
    // (civilians among the dead stay an attack on civilians)
    ['ADF attacked the FARDC position at Mamove, 2 soldiers and 3 civilians killed, pop fleeing'],
    ['ADF attacked the FARDC position at Mamove, 2 soldiers killed, 1 civilian caught in crossfire killed, pop fleeing'],
  ])('stays: %s → attack on civilians', (text) => {
    expect(parse(text).category).toBe('attack_on_civilians');
  });
});

describe('a levy paid in kind, so much per pit, head or household (C6: constructions/levy-in-kind.ts)', () => {
  it.each([
    ['Zaire militiamen charge gold diggers 5 grams a week per pit at Mongbwalu', ['zaire']],
    ['Wazalendo demand a basin of beans per household every week at Kibirizi', ['wazalendo']],
    ['les M23 exigent 2 kg de haricots par ménage à Rubare', ['m23']],
    ["CODECO imposent 1 gramme d'or par creuseur chaque semaine à Mongbwalu", ['codeco']],
    ['les militaires exigent 2 kg de haricots par ménage à Kibirizi', ['fardc']],
  ] as const)('%s → looting %j', (text, ids) => {
    expect(parse(text).category).toBe('looting_destruction');
    expect(doers(text)).toEqual(ids);
  });

  it.each([
    // (aid shared out per household is no levy; a threat said with the levy names the report, C6)
    ['WFP distributed 25 kg of flour per household at Kibirizi', 'other'],
    ['M23 demand 2 kg of beans per household at Rubare, those who refuse will be beaten', 'threat_intimidation'],
  ])('stays: %s → %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});
