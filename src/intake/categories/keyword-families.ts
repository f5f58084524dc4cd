import type { Keyword, Signal } from './keywords.js';

/**
 * Keyword families too many to list by hand: every verb of a family with every place or object it takes, in
 * English, French and SMS spellings. Added to the one keyword index with the table of `categories/keywords.ts`; a longer
 * phrase hides a shorter one ("sleeping in schools" is people sheltering, not "sleeping in" an armed camp).
 */

export const combine = (firsts: readonly string[], links: readonly string[], lasts: readonly string[]): string[] =>
  firsts.flatMap((f) => links.flatMap((l) => lasts.map((x) => [f, l, x].filter((w) => w !== '').join(' '))));

// People sheltering in public buildings or with host families: "ppl sleeping in churches", "ils dorment ds les écoles".
const SHELTERING = [
  'sleeping', 'sleep', 'sleeps', 'slept', 'staying', 'living', 'sheltering', 'sheltered', 'housed', 'hosted', 'crowded', 'crammed', 'packed',
  'dorment', 'dormant', 'dormaient', 'dort', 'logent', 'loges', 'logees', 'heberges', 'hebergees', 'refugies', 'refugiees', 'entasses', 'installes',
  'spending the night', 'spending the nights', 'spending nights', 'spend the night', 'spend nights', 'passent la nuit', 'passent les nuits', 'passant la nuit',
];
const IN = ['in', 'in the', 'at', 'at the', 'dans', 'dans les', 'dans des', 'dans la', 'ds', 'ds les', 'a l', 'au', 'aux'];
// (schools are left out: who sleeps in a school, armed men or the displaced, is read by the school rule in categories/categories.ts)
const SHELTERS = [
  'church*', 'chapel*', 'parish*', 'mosque*', 'public building*', 'market*', 'stadium', 'warehouse*', 'host famil*', 'relatives',
  'eglise*', 'chapelle*', 'paroisse*', 'mosquee*', 'batiments publics', 'batiment public', 'marche', 'stade', 'hangar*',
  'familles d accueil', 'famille d accueil', 'des proches',
];

// People arriving from elsewhere: "arrivée de 300 dplcs", "arrivals from Mbau", "1 200 IDPs arrived".
const ARRIVALS = [
  'arrivee de', 'arrivees de', 'arrivee des', 'arrivees des', 'arrival of', 'arrivals of', 'arrivals from', 'arrival from',
  // host families taking people in ("a meeting with host families" is not a flight)
  'host families overwhelmed', 'host families stretched', 'staying with host families', 'living with host families', 'stay with host families', 'lodged with host families', 'in host families', 'hosted by families', 'hosted by host families', 'familles d accueil debordees', 'chez des familles d accueil', 'en familles d accueil', 'heberges par des familles', 'hebergees par des familles', 'accueillis par des familles',
  'ppl arrived', 'pple arrived', 'persons arrived', 'people have arrived', 'idps have arrived', 'arrived frm', 'pers arrives', 'personnes arrivees a', 'deplaces arrivent', 'dplces arrivent', 'dplcs arrivent',
  'relocating', 'relocated to', 'se relocalis*', 'moved to safer', 'moved out', 'gone to', 'partis a', 'parties a',
  // déplacés and déplacement in SMS: "dplcés", "dplcs", "deplcs", "dplcmt massif"
  'dplces', 'dplcs', 'dplce', 'dplc', 'deplcs', 'deplces', 'dplcees', 'dplcmt', 'dplcmts', 'deplcmt', 'deplcmts', 'dplacement', 'dplcement',
  // (reports34: "pop en deplacemt vers butembo", the vowels kept and the ending cut)
  'deplacemt', 'deplacemts', 'deplacmt', 'deplacmts', 'dplacemt', 'deplacemnt', 'deplacemnts',
  // a place emptied of its people ("the market is empty", a strike, is not: only people gone), nights spent elsewhere
  'emptied of its', 'vide de ses', 'videe de ses', 'spending nights in', 'spending the nights in', 'spend their nights in', 'passent leurs nuits a',
  // nights spent in town, days in the fields: "spend the night in Beni, return to the fields by day"
  'spend the night in', 'spends the night in', 'spent the night in', 'spend the nights in', 'spend nights in', 'spending the night in', 'night in town', 'nights in town',
  'passent la nuit a', 'passent la nuit au', 'passent les nuits a', 'passent la nuit en ville', 'la nuit en ville', 'dorment en ville',
  'return to the fields by day', 'return to fields during the day', 'return to their fields by day', 'go back to fields by day', 'going back to fields by day', 'retournent aux champs la journee', 'retournent au champ le jour',
];

// An IDP site in SMS: "site de dplcés", "camp dplcs", "site PDI".
const SITES = combine(['site', 'sites', 'camp', 'camps'], ['', 'de', 'des', 'd'], ['dplces', 'dplcs', 'dplce', 'dplc', 'deplcs', 'deplces', 'dplcees', 'depl']);

// Women and girls "violated" or "abused" (a ceasefire violated is not: no person before it).
const VIOLATED = combine(
  ['woman', 'women', 'girl', 'girls', 'man', 'men', 'wife', 'wives', 'widow', 'widows', 'minor', 'minors', 'mother', 'mothers', 'survivor', 'survivors', 'teenager', 'teenagers'],
  ['', 'sexually', 'were', 'was', 'being'],
  ['violated', 'abused'],
).map((k) => [k, 'rape'] as const);

// Goods and animals taken: "seizing motos by force", "raided cattle", "chèvres et poules emportées", "boutiques vidées".
const GOODS = [
  'cattle', 'cows', 'goats', 'livestock', 'chickens', 'poultry', 'sheep', 'pigs', 'motos', 'motorbikes', 'motorcycles', 'bikes', 'bicycles',
  'phones', 'money', 'harvest', 'harvests', 'crops', 'food', 'goods', 'shops', 'stores', 'granaries', 'medicines', 'drugs', 'belongings',
  'vaches', 'betail', 'chevres', 'poules', 'moutons', 'porcs', 'cochons', 'velos', 'telephones', 'argent', 'recolte', 'recoltes', 'vivres',
  'biens', 'boutiques', 'magasins', 'greniers', 'medicaments', 'marchandises', 'betes', 'animaux', 'minerais', 'minerals',
  // (a fisherman's boats and nets: "ont saisi les pirogues de 5 pêcheurs", reports23)
  'pirogues', 'canoes', 'boats', 'bateaux', 'filets', 'nets',
];
/** A goods or animals word: "seized 30 goats", "took 4 motos" take things, not people. */
export const GOODS_WORDS: ReadonlySet<string> = new Set(GOODS);
const TAKING = [
  'seized', 'seizing', 'seize', 'stole', 'stealing', 'grabbed', 'grabbing', 'confiscated', 'confiscating', 'raided', 'raiding', 'emptied',
  'took away', 'taking away', 'carried away', 'drove away', 'driving away', 'rustled', 'rustling',
  'saisi', 'saisissent', 'confisque', 'confisquent', 'ravi', 'ravissent', 'emportent', 'volent', 'vident', 'razzie', 'raflent', 'ont rafle',
];
const TAKEN = [
  'seized', 'stolen', 'taken', 'taken away', 'carried off', 'carried away', 'confiscated', 'raided', 'emptied', 'rustled', 'looted',
  'emporte', 'emportes', 'emportee', 'emportees', 'saisi', 'saisis', 'saisie', 'saisies', 'confisque', 'confisques', 'confisquee', 'confisquees',
  'vole', 'voles', 'volee', 'volees', 'vide', 'vides', 'videe', 'videes', 'razzie', 'razzies', 'rafle', 'rafles', 'enleve', 'enleves', 'enlevee', 'enlevees',
];
const ANIMALS = ['cattle', 'cows', 'goats', 'chickens', 'sheep', 'pigs', 'vaches', 'chevres', 'poules', 'moutons', 'porcs', 'cochons'];
const STOLEN = [
  ...combine(TAKING, ['', 'the', 'their', 'les', 'des', 'leurs'], GOODS),
  ...combine(GOODS, ['', 'were', 'ont ete', 'sont'], TAKEN),
  // "chèvres et poules emportées": two kinds of animals, then the taking
  ...combine(ANIMALS, ['et', 'and'], ANIMALS).flatMap((pair) => TAKEN.map((t) => `${pair} ${t}`)),
];

// Shells and bombs falling: "M23 shells still falling on Sake", "des obus sont tombés sur Mugunga".
const FALLING = combine(['shells', 'shell', 'bombs', 'bomb', 'rockets', 'rocket', 'mortar shells', 'obus', 'bombes', 'roquettes'], ['', 'still', 'have', 'toujours', 'sont', 'ont', 'continuent de', 'keep'], ['falling', 'hit', 'hitting', 'raining', 'tombent', 'pleuvent', 'ont touche', 'touchent']);
// ("shells landed on the hills around": where they fell says whether anyone was attacked, so landing alone is not an attack)

// Peacekeepers who write of themselves: "our base came under fire", "notre patrouille prise pour cible".
const OURS = combine(['our', 'notre', 'nos'], [''], ['base', 'bases', 'troops', 'patrol', 'patrols', 'position', 'positions', 'camp', 'cob', 'tob', 'convoy', 'soldiers', 'peacekeepers', 'contingent', 'patrouille', 'patrouilles', 'troupes', 'convoi', 'casques bleus', 'elements']);

// People missing after an attack are taken until found: "une dizaine de personnes portées disparues", "still missing".
const MISSING = [
  'portes disparus', 'portees disparues', 'porte disparu', 'portee disparue', 'sont portes disparus', 'sont portees disparues', 'toujours portes disparus',
  'reported missing', 'are missing', 'still missing', 'remain missing', 'gone missing', 'went missing', 'unaccounted for', 'restent introuvables', 'toujours introuvables', 'introuvables depuis',
  ...combine(['people', 'persons', 'villagers', 'civilians', 'residents', 'farmers', 'women', 'children', 'ppl', 'personnes', 'villageois', 'civils', 'habitants', 'cultivateurs', 'femmes', 'enfants', 'pers'], [''], ['missing', 'disparus', 'disparues', 'introuvables']),
];

// Look-alikes: a network down is no access denied to anyone; houses "threatened" by a dispute are not a person intimidated.
const LOOK_ALIKES = [
  'network down', 'no network', 'network is down', 'network cut', 'pas de reseau', 'reseau coupe', 'reseau perturbe', 'coupure du reseau', 'coupure de reseau', 'sans reseau',
  'cannot reach our', 'can not reach our', 'could not reach our', 'unable to reach our', 'cannot reach the focal', 'cannot reach focal', 'cannot reach my', 'impossible de joindre', 'injoignable*', 'ne peut pas joindre', 'ne parvenons pas a joindre',
  ...combine(['houses', 'homes', 'fields', 'crops', 'plots', 'maisons', 'champs', 'cultures', 'parcelles'], ['', 'are', 'sont'], ['threatened', 'menaces', 'menacees']),
];

// Rape typed in SMS: "2 wmn rpd", "rapd", "fille vlée".
const RAPE_SMS = ['rpd', 'rapd', 'rped', 'vlee', 'vlees'];

// Fire set on purpose, said the other way round: "fire set to 40 shelters", "feu mis aux maisons".
const ARSON = ['fire set to', 'fires set to', 'set alight', 'setting alight', 'feu mis a', 'feu mis aux', 'feu mis au', 'ont mis le feu', 'incendie volontaire', 'incendies volontaires', 'incendie criminel'];

// Taken by force without the word abducted: "forcibly taken by M23", "pris de force".
const TAKEN_BY_FORCE = ['forcibly taken', 'taken by force', 'taken forcibly', 'forcibly removed', 'pris de force', 'prises de force', 'pris par la force', 'embarques de force', 'embarquees de force', 'embarque de force'];

export const FAMILY_KEYWORDS: Partial<Record<Signal, readonly Keyword[]>> = {
  attack: FALLING,
  // "1 mrt 2 blssés": the dead in SMS
  kill: ['mrt', 'mrts', 'mrte'],
  peacekeeper: OURS,
  abduct: [...MISSING, ...TAKEN_BY_FORCE],
  neutral: LOOK_ALIKES,
  // still falling "at this hour": under way
  underway: ['at this hour', 'at this time', 'a cette heure', 'a l heure actuelle', 'still falling', 'toujours en train', 'as i write', 'as we write'],
  // who searches for the dead or buries them responded ("Red Cross still searching")
  response: ['still searching', 'searching for bodies', 'search for bodies', 'recherchent les corps', 'recherche des corps', 'burying', 'enterrent', 'inhument', 'recovering bodies', 'recovering the bodies'],
  loot: [...STOLEN.map((k) => [k, 'looting'] as const), ...ARSON.map((k) => [k, 'arson'] as const)],
  sexual: [...VIOLATED, ...RAPE_SMS.map((k) => [k, 'rape'] as const), 'abuse sexuelle', 'abuses sexuelles', 'abuse sexuel', 'abus sexuel sur', 'abus sexuels sur', 'abus sexuel d', 'sexual abuse of'],
  // wounds by a blade: "man hacked with a machete", "blessé à la machette", "serious wounds"
  injure: ['hacked with', 'hacked by', 'slashed', 'machete wound*', 'machete injur*', 'coups de machette', 'coup de machette', 'blesse a la machette', 'blesses a la machette', 'blessee a la machette', 'serious wounds', 'severe wounds', 'knife wound*', 'stab wound*', 'blessures graves'],
  displace: [...combine(SHELTERING, IN, SHELTERS).map((k) => [k, 'shelter'] as const), ...ARRIVALS],
  idpSite: SITES,
};
