import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// Classes of wording from a fortnight of working-group traffic (reports31): invented sentences in both languages, with
// the look-alikes that must keep their reading.

describe("a sender's heading names the office's town; the place the body names is where it happened (places/office-heading.ts)", () => {
  it.each([
    ['JOC Bunia 2205: CODECO attack under way on Drodro, heavy gunfire', 'drodro'],
    ['JOC Goma 0810: shelling hit Lushagala IDP site, 2 IDPs killed', 'lushagala'],
    ['JOC Beni 1420: ADF attack near Mavivi this morning, 3 civilians killed', 'mavivi'],
    ['Bunia FO: CODECO fighters looted 20 houses in Lopa last night', 'lopa'],
    ['UNPOL Goma: PNC officers beat two moto drivers in Sake', 'sake'],
    ["CPA Walikale: l'école de Kibua occupée par des éléments NDC-R", 'kibua'],
    ['CPA Bunia: 3 enfants enlevés par les CODECO à Nizi', 'nizi'],
    ['OPS Goma: deux obus tombés sur la base de Sake, un casque bleu blessé', 'sake'],
    ['OPS Uvira: les Wazalendo ont bloqué la patrouille au check-point de Kiliba', 'kiliba'],
    ['BCNUDH Bukavu: 2 civils tués par des militaires à Kavumu', 'kavumu'],
    ['WPA Beni: une femme violée par des hommes armés à Mutwanga', 'mutwanga'],
  ])('%s → %s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });

  it.each([
    ['0700hrs update Mamove: 7 civ KIA, houses burnt. ADF withdrew towards Mayimoya.', 'mamove'],
    ['JOC Bunia 0615 update Drodro: attackers repelled, 5 civ killed.', 'drodro'],
    ['OPS Bunia 1130 suite Pimbo: assaillants repoussés, 2 civils tués, 2 blessés.', 'pimbo'],
    ['WPA Bunia, suivi du cas de Nizi: 3 femmes revenues disent avoir été violées.', 'nizi'],
    ['Bunia FO follow-up on the Tchabi abduction: the two farmers were found dead.', 'tchabi'],
  ])('a heading that resumes an incident names it: %s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });

  it.each([
    // (no other place in the body, or only where people went or the wounded are cared for: the heading's town stays)
    ['UNPOL Bunia: PNC officers beat a trader at the central market', 'bunia'],
    ['UNPOL Goma: an ANR team picked up a journalist at his home in Goma', 'goma'],
    ['CP focal point Kiwanja: two girls raped by armed men, referred to HGR Rutshuru.', 'kiwanja'],
    ['CLA Makobola: des centaines de personnes ont fui vers Uvira par crainte des Mai-Mai', 'makobola'],
    ['OPS Beni: 2 civils blessés par balle, évacués vers Oicha', 'beni'],
    // (news from a town is no incident resumed; a place heading with no office tag keeps its own rules)
    ['update from Beni: armed men seen moving towards Mavivi at dawn', 'mavivi'],
    ['Mbau: ADF killed 2 farmers near Kamango', 'kamango'],
  ])('stays: %s → %s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
});

describe('the mission as the sender or a landmark, not a party (categories/sender-heading.ts)', () => {
  it.each([
    ['UNPOL Uvira: un policier ivre a tiré sur un taximan qui refusait de payer, le chauffeur est mort sur place.', 'attack_on_civilians'],
    ['UNPOL Goma: a drunk police officer shot dead a moto driver who refused to pay', 'attack_on_civilians'],
    ['UNPOL Bukavu: un présumé voleur battu à mort par des agents de la PNC au cachot', 'torture_ill_treatment'],
    ['UNPOL Beni: PNC officers shot a demonstrator dead', 'attack_on_civilians'],
    ['ADF attacked a village 5 km north of TOB Kamango, 2 civilians killed', 'attack_on_civilians'],
    ['des ADF ont attaqué un village à 3 km au nord de la base de Kamango, 2 civils tués', 'attack_on_civilians'],
    ['One ERW handed in by a farmer at Komanda TOB.', 'explosive_hazard'],
  ])('%s → %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });

  it.each([
    'UNPOL Beni: 2 UNPOL officers injured by stones thrown by a crowd',
    'UNPOL officers attacked by a crowd in Beni, 2 injured',
    'TOB Kamango attacked by ADF at 0300, 1 PK injured',
    'la base de Kamango attaquée par les ADF cette nuit, un casque bleu blessé',
  ])('the mission harmed stays an attack on peacekeepers: %s', (text) => {
    expect(parse(text).category).toBe('attack_on_peacekeepers');
  });
});

describe('C3: the people beaten said before the beating, in a chain of participles, an infinitive passive or a bare count (victims/beaten-subject.ts)', () => {
  it.each([
    ['3 motards arrêtés par des militaires, gardés dans un conteneur et frappés à coups de crosse', 3],
    ['4 commerçants arrêtés par les policiers, ligotés et fouettés au commissariat', 4],
    ['2 farmers arrested by soldiers, tied up and beaten at the camp', 2],
    ['3 détenus se plaignent d\'avoir été fouettés la nuit par des agents', 3],
    ['deux prisonniers disent avoir été battus par les gardiens', 2],
    ['Zaire militiamen beat diggers who refuse to pay. At least three beaten last week.', 3],
    ['Wazalendo collect 500 FC per moto at the barrier, 2 beaten yesterday', 2],
    ['NRC compound broken into by armed men, two guards tied up and beaten, laptops stolen', 2],
    ['le bureau de l\'ONG pillé par des hommes armés, deux gardiens ligotés et tabassés', 2],
  ])('%s → %i injured', (text, injured) => {
    expect(parse(text).victims.injured).toBe(injured);
  });

  it.each([
    // (a vague plural stays unknown; guards who beat are no victims; "les" is no participle)
    ['1 000 FC par passant à la barrière des militaires, les récalcitrants sont fouettés', null],
    ['prison guards beat the detainees with batons', null],
    ['les gardes ont frappé les détenus', null],
    ['soldiers beat up traders at the market', null],
  ])('stays: %s', (text, injured) => {
    expect(parse(text).victims.injured ?? null).toBe(injured);
  });
});

describe('a killing counted past a manner adverb or as a whole family (victims/family-and-manner.ts)', () => {
  it.each([
    ["les M23 ont exécuté sommairement deux jeunes accusés d'être des Wazalendo", 2, 'high'],
    ['les ADF ont égorgé sauvagement deux femmes au champ', 2, 'high'],
    ['des hommes armés ont tué froidement 3 civils à Oicha', 3, 'high'],
    ['les FDLR ont massacré une famille de 6 personnes dans la nuit', 6, 'critical'],
    ['ADF massacred a family of 5 in Kamango', 5, 'critical'],
    ['une famille de 4 personnes tuée par des hommes armés à Mbau', 4, 'high'],
    ['CODECO ont massacre une famille de 3 a Djugu', 3, 'high'],
  ])('%s → %i killed', (text, killed, priority) => {
    const r = parse(text);
    expect(r.victims.killed).toBe(killed);
    expect(r.priority).toBe(priority);
  });

  it.each([
    // (a family that fled, a family taken: their own verb; a manner adverb with no count after it counts no one)
    ['une famille de 6 personnes a fui vers Oicha', 'displaced', 6],
    ['Mai-Mai abducted a family of 4 near Kasugho', 'abducted', 4],
    ['les militaires ont brutalement dispersé la foule', 'killed', null],
    ['les M23 ont exécuté sommairement le chef du village', 'killed', 1],
  ] as const)('%s → %s %s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });
});

describe('C1/C2: police or soldiers who steal, said with the everyday verb (doers/stealing-forces.ts)', () => {
  const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);
  it.each([
    ['policiers ont vole telephones des passagers au poste de mbau', 'pnc'],
    ['des policiers ont volé les téléphones des passagers au poste de Mbau', 'pnc'],
    ['les policiers volent les téléphones des passagers à la barrière', 'pnc'],
    ["des policiers ont dérobé l'argent d'un commerçant à Beni", 'pnc'],
    ['police officers robbed passengers at the Mbau checkpoint', 'pnc'],
    ['des militaires ont volé des chèvres à Mangina', 'fardc'],
    ['soldiers robbed traders on the Beni-Kasindi road', 'fardc'],
  ])('%s → %s', (text, doer) => {
    expect(doers(text)).toContain(doer);
  });

  it.each([
    // (the police who find stolen goods or arrest a thief did no harm)
    'la police a retrouvé les téléphones volés à Beni',
    'un voleur de chèvres arrêté par la police à Beni',
    'police recovered the phones stolen from passengers in Beni',
  ])('no force named: %s', (text) => {
    expect(doers(text)).not.toContain('pnc');
    expect(doers(text)).not.toContain('fardc');
  });
});

describe('"minor" as how bad a wound is, not a child (categories/minor-wound.ts)', () => {
  it.each([
    ['TOB Boga attacked at 0420hrs, attack repulsed. 1x PK WIA (minor).', 'attack_on_peacekeepers'],
    ['1 civilian injured (minor) by a stray bullet in Beni', 'attack_on_civilians'],
    ['ADF attack on Mavivi, one farmer wounded, minor, evacuated', 'attack_on_civilians'],
    ['moto driver shot at by bandits near Mbau, minor injuries', 'attack_on_civilians'],
  ])('%s → %s, standard', (text, category) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    expect(r.sensitivity).toBe('standard');
  });

  it.each([
    'a minor injured by a stray bullet in Beni',
    'un minor blessé à Beni',
    'two minors wounded in the ADF attack on Mavivi',
  ])('a minor hurt stays a child: %s', (text) => {
    expect(parse(text).victims.childrenAffected).toBeGreaterThan(0);
  });
});

describe('an IDP site named as what lies near or outside the harm is not attacked (categories/site-nearby.ts)', () => {
  it.each([
    ['CODECO attack under way on Drodro, heavy gunfire, IDP site nearby', 'attack_on_civilians', 'critical'],
    ['ADF attacked Mamove village last night, 2 killed, IDP site nearby', 'attack_on_civilians', 'high'],
    ['women collecting firewood outside the site were attacked by armed men, one injured', 'attack_on_civilians', 'medium'],
    ['des femmes agressées en dehors du site par des hommes armés, une blessée', 'attack_on_civilians', 'medium'],
  ])('%s → %s', (text, category, priority) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    expect(r.priority).toBe(priority);
  });

  it.each([
    'CODECO attack on Rhoe IDP site, 3 killed',
    'armed men entered the IDP site at Rhoe and shot 2 IDPs',
    'attaque contre le site de déplacés de Plaine Savo, 2 morts',
  ])('an attack on the site stays one: %s', (text) => {
    expect(parse(text).category).toBe('attack_on_idp_site');
  });
});

describe('a correction that takes a killing back ("2 injured, not killed") names no killing (categories/not-killed.ts)', () => {
  it.each([
    'Correction: the victims at Kirumba were 2 injured, not killed, the attackers were bandits',
    'rectificatif: les 2 victimes de Kirumba sont blessées et non tuées',
    'correction, 3 civilians wounded not killed in the Mbau attack',
    'les deux motards ont été blessés, pas tués, par des bandits à Mbau',
  ])('%s → medium', (text) => {
    const r = parse(text);
    expect(r.priority).toBe('medium');
    expect([0, null]).toContain(r.victims.killed);
  });

  it.each([
    ['ADF killed 2 civilians in Mbau, not far from the FARDC position', 2],
    ['not far from Oicha, armed men killed a farmer', 1],
  ])('a killing told stays high: %s', (text, killed) => {
    const r = parse(text);
    expect(r.priority).toBe('high');
    expect(r.victims.killed).toBe(killed);
  });
});

describe('C5/C15: a state service\'s team as the doer (doers/state-services.ts teamAsDoer)', () => {
  const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);
  it.each([
    ['UNPOL Goma: an ANR team picked up a journalist at his home in Goma', 'ANR'],
    ['ANR squad arrested 3 activists in Bukavu', 'ANR'],
    ['une équipe de l\'ANR a arrêté deux militants à Goma', 'ANR'],
    ['a DEMIAP team detained two traders in Beni', 'DEMIAP'],
  ])('%s → %s', (text, doer) => {
    expect(doers(text)).toContain(doer);
  });

  it.each(['an ANR team visited the detainees in Goma', "l'équipe ANR a libéré le journaliste à Goma"])('no harm done, no doer: %s', (text) => {
    expect(doers(text)).not.toContain('ANR');
  });
});
