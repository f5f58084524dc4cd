import { describe, expect, it } from 'vitest';
import type { Victims } from '../../../src/domain/alert.js';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const NONE: Victims = { killed: null, injured: null, abducted: null, crsvSurvivors: null, childrenAffected: null, displaced: null };

// Counts by class of phrasing, English and French: what the reporter sees in the confirmation.
describe('a singular victim with no number is one', () => {
  it.each<[string, Partial<Victims>]>([
    ['a teacher abducted in Oicha', { abducted: 1 }],
    ['a farmer shot dead near Mbau', { killed: 1 }],
    ['The chief of Kainama was killed by ADF', { killed: 1 }],
    ['nurse kidnapped on the road to Komanda', { abducted: 1 }],
    ['his wife abducted by Mai-Mai near Pinga', { abducted: 1 }],
    ["l'assassinat d'un commerçant à Butembo", { killed: 1 }],
    ['une femme blessée par balle à Kiwanja', { injured: 1 }],
    ['un mort et deux blessés à Mavivi', { killed: 1, injured: 2 }],
    ['chef de village égorgé par des ADF à Mamove', { killed: 1 }],
    ['le pasteur de la paroisse a été enlevé à Lubero', { abducted: 1 }],
    ['un enfant tué par une balle perdue à Goma', { killed: 1, childrenAffected: 1 }],
    ['Femme enlevée puis violée à Mweso', { abducted: 1, crsvSurvivors: 1 }],
    ['Teacher and his wife kidnapped near Kalunguta', { abducted: 2 }],
    ['une femme et ses deux enfants enlevés à Eringeti', { abducted: 3, childrenAffected: 2 }],
    ['Elderly couple burnt alive in their house in Kamango', { killed: 2 }],
    ['Suspected CODECO gunmen killed a nun and a driver near Fataki', { killed: 2 }],
    ['An MSF nurse abducted at gunpoint in Kitshanga', { abducted: 1 }],
    ['Two Red Cross volunteers killed in Mangina', { killed: 2 }],
    ['Twenty-one civilians, mostly women, killed at Blukwa', { killed: 21 }],
    ['FARDC and Wazalendo clash in Sake: 3 civilians caught in crossfire killed', { killed: 3 }],
    ['Presumed ADF cut the throats of 4 farmers near Oicha', { killed: 4 }],
    ["12 personnes ont perdu la vie dans l'attaque de Kainama", { killed: 12 }],
    ['Deux motards criblés de balles à la sortie de Kirumba', { killed: 2 }],
    ['Boikene: un vieillard ligoté puis égorgé dans sa maison', { killed: 1 }],
    ['Exécution sommaire de 4 civils par des policiers à Kasenyi', { killed: 4 }],
    ['Pregnant woman and her husband gunned down at home in Kishishe', { killed: 2 }],
    ['Nizi: bebe et sa mere tues par des miliciens', { killed: 2, childrenAffected: 1 }],
    ['Approx. 2k people sheltering at the parish in Mweso', { displaced: 2000 }],
    ['Deux femmes victimes de violences sexuelles à Ishasha', { crsvSurvivors: 2 }],
    ['Armed men sexually assaulted his wife in Nyangezi', { crsvSurvivors: 1 }],
    ["agression sexuelle d'une fille de 10 ans a Luvungi", { crsvSurvivors: 1, childrenAffected: 1 }],
    ['Rape cases up in Kanyaruchinya: 17 survivors received at the clinic', { crsvSurvivors: 17 }],
    ['Engin non explosé ramassé par des gamins à Kitshanga: 2 enfants tués', { killed: 2, childrenAffected: 2 }],
    ['Kidnappers want $5,000 for a nurse whisked away near Biakato', { abducted: 1 }],
    ['Les ravisseurs du chef de groupement de Bambu exigent une rançon', { abducted: 1 }],
    ['Trois civils froidement abattus par des hommes en armes à Kamango', { killed: 3 }],
    ['Two soldiers raped a 15-year-old girl at a checkpoint outside Sake', { crsvSurvivors: 1, childrenAffected: 1 }],
    ['Deux militaires ont violé une femme à Kalehe', { crsvSurvivors: 1 }],
    ['incursion a rubare, 2 fmmes violées, pop en fuite', { crsvSurvivors: 2 }],
    ['3 femmes violees a Kamanyola par hommes armes', { crsvSurvivors: 3 }],
    ['Militia fighters abducted a priest and two catechists in Bunyakiri', { abducted: 3 }],
    ['Four boys snatched from a football field in Kamango', { abducted: 4, childrenAffected: 4 }],
    ['Three children among the dead after the raid on Mangina', { childrenAffected: 3 }],
    ['Les ADF ont massacré une famille entière à Mavivi', {}],
    ['Baby among 4 dead after the army shelled Kalengera', { killed: 4, childrenAffected: 1 }],
    ['6 women treated for sexual violence at the hospital after the raid on Kamituga', { crsvSurvivors: 6 }],
    ['Civilian shot in the leg by a soldier at a roadblock in Kiwanja', { injured: 1 }],
    ["Enlèvement suivi de viol d'une adolescente à Pimbo", { abducted: 1, crsvSurvivors: 1, childrenAffected: 1 }],
    ['Death toll rises to 15 in Mayimoya', { killed: 15 }],
    ["Le bilan s'élève à 9 morts à Eringeti", { killed: 9 }],
    ['Two civilians succumbed to their wounds in Beni', { killed: 2 }],
    ["3 personnes ont trouvé la mort lors de l'incursion à Mangina", { killed: 3 }],
    ['Kidnapping of an MSF doctor near Lubero', { abducted: 1 }],
    ['Casque bleu pakistanais blessé lors d une attaque à Mavivi', { injured: 1 }],
    ['Plus de 2 000 déplacés arrivés à Bunia', { displaced: 2000 }],
    ['Une femme victime de viol à Minova', { crsvSurvivors: 1 }],
    ['3 cas de VBG signalés à Nyabibwe', { crsvSurvivors: 3 }],
    ['un taximan poignardé à mort à Goma', { killed: 1 }],
    ["le corps sans vie d'un jeune homme retrouvé à Kiwanja", { killed: 1 }],
    ['Un bébé de 3 mois tué lors du bombardement de Sake', { killed: 1, childrenAffected: 1 }],
    ['deux filles de 13 et 14 ans violées à Shabunda', { crsvSurvivors: 2, childrenAffected: 2 }],
  ])('%s', (text, counts) => {
    expect(parse(text).victims).toEqual({ ...NONE, ...counts });
  });
});

describe('a stated absence is a known zero', () => {
  it.each<[string, Partial<Victims>]>([
    ['ADF attack on Eringeti, no casualties', { killed: 0, injured: 0 }],
    ['attaque à Oicha, aucun mort', { killed: 0 }],
    ['incursion à Mangina, pas de victimes', { killed: 0, injured: 0 }],
    ['Tirs à Mbau, pas de morts mais 3 blessés', { killed: 0, injured: 3 }],
    ['Shooting in Beni overnight, no deaths reported', { killed: 0 }],
    ['Attaque repoussée à Kamango, aucune perte en vie humaine', { killed: 0 }],
    ['Attack at Oicha, no one was killed', { killed: 0 }],
  ])('%s', (text, counts) => {
    expect(parse(text).victims).toEqual({ ...NONE, ...counts });
  });
});

describe('a vague plural stays unknown, and says so', () => {
  it.each([
    'many civilians killed in Kamango',
    'plusieurs personnes tuées à Bulongo',
    'massacre à Kainama, bcp de morts',
    'several villagers abducted near Mangina',
    'des dizaines de morts à Drodro',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.victims.killed ?? r.victims.abducted).toBeNull();
    expect(r.unsure).toContain('count');
  });

  it('is sure of a count it read', () => {
    expect(parse('4 civilians killed in Kamango').unsure).toEqual([]);
  });
});

describe('numbers away from the victim word', () => {
  it.each<[string, Partial<Victims>]>([
    ["trois enseignants de l'école enlevés à Fataki", { abducted: 3 }],
    ['five young women abducted by ADF near Mangina', { abducted: 5 }],
    ['4 people from the market were killed in Oicha', { killed: 4 }],
    ['at least 15 people killed in Drodro', { killed: 15 }],
    ['environ 40 personnes déplacées à Minova', { displaced: 40 }],
    ['une dizaine de personnes enlevées à Kasindi', { abducted: 10 }],
    ['quatre-vingt-dix-neuf personnes déplacées depuis Kitshanga', { displaced: 99 }],
    ['soixante et onze personnes tuées à Bule', { killed: 71 }],
    ['a hundred people displaced from Kibirizi', { displaced: 100 }],
    // households are not people: the number of people stays unknown
    ['a hundred households displaced from Kibirizi', {}],
    ['environ 40 ménages déplacés à Minova', {}],
    ['ADF killed at least 7 civilians in Eringeti', { killed: 7 }],
    ['ont tué environ 12 personnes à Kamango', { killed: 12 }],
    ['Agression sexuelle sur 4 femmes à Luvungi', { crsvSurvivors: 4 }],
    ['3 femmes agressées sexuellement à Minova', { crsvSurvivors: 3 }],
  ])('%s', (text, counts) => {
    expect(parse(text).victims).toEqual({ ...NONE, ...counts });
  });

  it('reads a range at its lower bound and says the count is unsure', () => {
    const r = parse('3 à 5 personnes tuées à Mbau');
    expect(r.victims.killed).toBe(3);
    expect(r.unsure).toContain('count');
    expect(parse('3-4 killed near Oicha').victims.killed).toBe(3);
  });

  it('does not read an age as a count, and an age under 18 is a child', () => {
    expect(parse('13-year-old girl raped in Kamanyola').victims).toEqual({ ...NONE, crsvSurvivors: 1, childrenAffected: 1 });
    expect(parse('une fille de 14 ans violée à Minova').victims).toEqual({ ...NONE, crsvSurvivors: 1, childrenAffected: 1 });
    expect(parse('a woman aged 35 killed in Beni').victims).toEqual({ ...NONE, killed: 1 });
  });

  it('does not take a duration for an age', () => {
    expect(parse("Les FARDC ont bloqué l'accès d'un convoi humanitaire à Pinga pendant 2 jours").victims.childrenAffected).toBeNull();
  });

  it('does not count distances, times or perpetrators', () => {
    expect(parse('ADF killed 20 km from Beni').victims.killed).toBeNull();
    expect(parse('a group of armed men killed 3 farmers in Kalunguta').victims).toEqual({ ...NONE, killed: 3 });
    expect(parse('villagers killed in Kamango').victims.killed).toBeNull();
  });
});

// "Dozens dead" is no number: the count stays unknown, but it is at least 24, so ≥ 5 killed (critical).
describe('a plural of a round number is a lower bound on the killed, the count stays unknown', () => {
  it.each<[string, number | null, string]>([
    ['Shelling on Kibumba market, dozens dead', 24, 'critical'],
    ['ADF slaughtered dozens of villagers near Mamove overnight', 24, 'critical'],
    ['Scores killed when a mortar hit the church in Sake', 40, 'critical'],
    ['Attaque sur Kainama: des dizaines de morts selon la société civile', 20, 'critical'],
    ['les miliciens ont fait des dizaines de morts a Djugu', 20, 'critical'],
    ['des centaines de civils tués à Mavivi selon des témoins', 200, 'critical'],
    // negatives: dozens of something else, a stated count, dozens hurt but not killed
    ['dozens of houses torched in Kamango, 2 dead', null, 'high'],
    ['Des dizaines de ménages ont fui Kibumba vers Goma', null, 'medium'],
    ['dozens injured after a grenade blast in Beni market', null, 'medium'],
    ['des dizaines de blessés à Butembo après les tirs', null, 'medium'],
  ])('%s', (text, atLeast, priority) => {
    const r = parse(text);
    expect(r.killedAtLeast).toBe(atLeast);
    expect(r.priority).toBe(priority);
    if (atLeast !== null) expect(r.victims.killed).toBeNull();
  });
});

// Compound victim phrases: people named one by one, ages as asides, a count as an aside, someone harmed "together with" another.
describe('compound victim phrases add up', () => {
  it.each<[string, Partial<Victims>]>([
    ['Boy, 11, and girl, 8, taken from their home in Kamango by ADF', { abducted: 2, childrenAffected: 2 }],
    ['Woman, 30, and girl, 12, abducted near the river in Kalehe', { abducted: 2, childrenAffected: 1 }],
    ['Fille, 15, et garçon, 13, enrôlés par des Mai-Mai à Pinga', { childrenAffected: 2 }],
    ['Pupils, 9 of them, abducted on the way to school near Eringeti', { abducted: 9, childrenAffected: 9 }],
    ['Traders, 4 of them, kidnapped on the Komanda road', { abducted: 4 }],
    ['Des élèves, 6 au total, enlevés par des miliciens près de Pinga', { abducted: 6, childrenAffected: 6 }],
    ['Chief shot dead together with his nephew in Kalunguta', { killed: 2 }],
    ['Priest killed along with two of his catechists near Bunyakiri', { killed: 3 }],
    ['un commerçant abattu avec son fils à Kirumba', { killed: 2 }],
    ['une femme tuée ainsi que ses deux enfants à Mavivi', { killed: 3, childrenAffected: 2 }],
    ['Village elder hacked to death with his brother near Kalonge', { killed: 2 }],
    ['Health worker abducted near Kitshanga', { abducted: 1 }],
    ['an estimated twenty civilians abducted in Kainama', { abducted: 20 }],
    ['an estimated dozen minors recruited by Nyatura near Kalengera', { childrenAffected: 12 }],
    ['a further 3 bodies found in Mamove', { killed: 3 }],
    // negatives: things taken along are not people, an age with no comma pair, "of them" with no verb
    ['A teacher abducted with his motorbike in Kalehe', { abducted: 1 }],
    ['un enseignant enlevé avec sa moto à Lubero', { abducted: 1 }],
    ['2 women abducted with their goats in Pinga', { abducted: 2 }],
    ['Patients, 40 of them, moved to Beni hospital after the clashes', {}],
    ['Attack on Kamango, 12 houses burnt', {}],
    ['a reported attack on Kainama last night', {}],
  ])('%s', (text, expected) => {
    expect(parse(text).victims).toEqual({ ...NONE, ...expected });
  });
});

// Killing and abduction idioms, English and French: each read as a count of its own.
describe('killing and abduction idioms are counted', () => {
  it.each<[string, Partial<Victims>]>([
    ['quatre jeunes passés par les armes par des miliciens à Kitchanga', { killed: 4 }],
    ['un jeune passé par les armes à Rutshuru', { killed: 1 }],
    ['3 bandits présumés lynchés par la population à Butembo', { killed: 3 }],
    ['deux voleurs présumés brûlés vifs à Beni', { killed: 2 }],
    ["un blessé a succombé à ses blessures à l'hôpital de Oicha", { killed: 1 }],
    ['one wounded has since died at the health centre in Kamango', { killed: 1 }],
    ['Eight fishermen mowed down by gunmen on the lake near Kyavinyonge', { killed: 8 }],
    ['M23 rounded up twelve young men in Kiwanja market', { abducted: 12 }],
    ['Militiamen held 6 traders captive for a week near Pinga', { abducted: 6 }],
    ['ADF holding three girls hostage in the forest near Mayimoya', { abducted: 3, childrenAffected: 3 }],
    ['Les Mai-Mai détiennent 5 commerçants en otage à Lubero', { abducted: 5 }],
    ['deux jeunes disparus après avoir été emmenés par des militaires à Goma', { abducted: 2 }],
    ['Sexual slavery: Nyatura held 4 women captive near Kalengera for months', { abducted: 4, crsvSurvivors: 4 }],
    // negatives: held in custody is no abduction; passing with weapons is no killing; "présumés" alone is no count
    ['Police held 3 suspects in custody in Beni overnight', {}],
    ['des hommes armés sont passés par le village de Kasando avec leurs armes', {}],
    ['deux voleurs présumés arrêtés à Butembo', {}],
    ['The wounded were taken to Beni hospital', {}],
  ])('%s', (text, expected) => {
    expect(parse(text).victims).toEqual({ ...NONE, ...expected });
  });
});

// The wounded said another way, the freed said as once taken, a part of those counted not counted twice.
describe('condition, release and subsets', () => {
  it.each<[string, Partial<Victims>]>([
    ['Grenade thrown at a bar in Beni, 3 of them in critical condition', { injured: 3 }],
    ['un homme dans un état critique après des coups de machette à Oicha', { injured: 1 }],
    ["FARDC beat a trader at the Kanyabayonga barrier, a woman's leg broken", { injured: 1 }],
    ['Teacher freed by his kidnappers near Kalehe after a ransom', { abducted: 1 }],
    ['deux commerçants libérés par leurs ravisseurs à Lubero', { abducted: 2 }],
    ['trois blessés dont deux dans un état critique à Beni', { injured: 3 }],
    ['10 abducted including 3 women raped near Pinga', { abducted: 10, crsvSurvivors: 3 }],
    // negatives: prisoners released from prison, children among soldiers without a count
    ['prisoners released from the central prison in Beni', {}],
    ['Kid soldiers among the Nyatura unit that took Kalengera', {}],
    ['Condition of the Beni-Kasindi road critical after the rains', {}],
  ])('%s', (text, expected) => {
    expect(parse(text).victims).toEqual({ ...NONE, ...expected });
  });
});

// A harm with no subject after a comma is what happened to the one person named; trades and offices are people.
describe('the one person named, hurt after a comma; trades named one at a time', () => {
  it.each<[string, Partial<Victims>]>([
    ['Un policier a tiré sur un civil à Kiwanja, blessé à la jambe', { injured: 1 }],
    ['Soldiers fired on a moto driver at the Kasindi barrier, died on the spot', { killed: 1 }],
    ['Des militaires ont frappé un vendeur au marché de Beni, grièvement blessé', { injured: 1 }],
    ['Bandits armés ont tué un changeur de monnaie à Beni', { killed: 1 }],
    ['ADF hacked a carpenter and his apprentice to death near Mbau', { killed: 2 }],
    ['ADF killed a carpenter and his apprentice near Mbau', { killed: 2 }],
    ["Corps sans vie d'un jeune homme découvert à Mavivi", { killed: 1 }],
    ['le bourgmestre de Kasindi enlevé par des hommes armés', { abducted: 1 }],
    // negatives: the person opening the report did it; two people named is no telling which; a count already read
    ['A soldier shot at a crowd in Beni, wounded', {}],
    // (C3, 2026-12-06: the two beaten are injured)
    ['A policeman beat a trader and a driver in Beni, wounded', { injured: 2 }],
    ['Un militaire ivre a tiré en l’air à Kiwanja, aucun blessé', { injured: 0 }],
    ['2 civils blessés par des militaires à Kiwanja, blessé au bras', { injured: 2 }],
  ])('%s', (text, expected) => {
    expect(parse(text).victims).toEqual({ ...NONE, ...expected });
  });
});

describe('a doer named with no number does not take the count of those harmed', () => {
  it.each<[string, Partial<Victims>]>([
    ['FARDC soldier killed 2 civilians in a bar in Beni', { killed: 2 }],
    ['Un militaire a tué 3 personnes dans un bar à Beni', { killed: 3 }],
    ['Policeman wounded 4 protesters in Goma', { injured: 4 }],
  ])('%s', (text, expected) => {
    expect(parse(text).victims).toEqual({ ...NONE, ...expected });
  });
});

describe('hit by stray bullets, a possessive before the person, a hostage killed', () => {
  it.each<[string, Partial<Victims>]>([
    ['FARDC repelled an M23 attack on Sake, 2 civilians hit by stray bullets', { injured: 2 }],
    ['3 civils touchés par des balles perdues à Goma', { injured: 3 }],
    ["Local chief's son abducted in Kamango", { abducted: 1 }],
    ["la fille du chef de localité enlevée à Pinga", { abducted: 1 }],
    ['Les ADF ont décapité un otage à Eringeti', { killed: 1 }],
    // negatives: hit by a vehicle is no shooting count; owners are not victims
    ['A child hit by a car on the Beni road', {}],
    ["The chief's house burnt in Kamango", {}],
  ])('%s', (text, expected) => {
    expect(parse(text).victims).toEqual({ ...NONE, ...expected });
  });
});

// A whole then the part that says who: the whole is the count, children in the part are children.
describe('a whole and its part are counted once', () => {
  it.each<[string, Partial<Victims>]>([
    ['Sept personnes dont deux enfants tuées à Mamove', { killed: 7, childrenAffected: 2 }],
    ['9 people including 3 children killed in an ADF raid on Mamove', { killed: 9, childrenAffected: 3 }],
    ['Sept personnes dont une femme enceinte tuées à Mamove', { killed: 7 }],
    ['10 civilians including a teacher abducted near Pinga', { abducted: 10 }],
    ['5 femmes violées dont 2 mineures à Kamanyola', { crsvSurvivors: 5, childrenAffected: 2 }],
    ['Gunmen killed the village chief and two of his sons in Kalunguta', { killed: 3 }],
    ['Les ADF ont tué un notable et deux de ses fils à Kalunguta', { killed: 3 }],
  ])('%s', (text, expected) => {
    expect(parse(text).victims).toEqual({ ...NONE, ...expected });
  });
});

describe('a death threat names no death', () => {
  it.each<[string, Partial<Victims>]>([
    ['Des inconnus menacent de mort un journaliste à Beni', {}],
    ['Un activiste menacé de mort par des miliciens à Goma', {}],
  ])('%s', (text, expected) => {
    const r = parse(text);
    expect(r.victims).toEqual({ ...NONE, ...expected });
    expect(r.category).toBe('threat_intimidation');
  });
});
