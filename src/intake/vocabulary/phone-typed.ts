import type { Keyword, Signal } from '../categories/keywords.js';

/**
 * Community alert network messages typed on a phone by people with little schooling: French written as it sounds
 * ("ils ont tuer", "sont entrer", "on peur"), English verbs left in their base form ("bandits burn houses", "3 ppl
 * die", "we run from"), and the Swahili and Lingala words of the Kivus and Ituri for killing, taking, fleeing,
 * burning, stealing, entering, soldiers and children ("wamewauwa", "wamemuteka", "bakimi", "babomi", "basoda").
 * Added to the keyword table by `withPhoneTyped` (a word the table already has for a signal is not added twice).
 */

const combine = (a: readonly string[], b: readonly string[], c: readonly string[] = ['']): string[] =>
  a.flatMap((x) => b.flatMap((y) => c.map((z) => [x, y, z].filter((w) => w !== '').join(' '))));

// Swahili verbs with an object: wa-me-wa-uwa (they have killed them), a-li-mu-teka (he took him). The object
// infix sits between tense and root; "uwa"/"uwawa" are the SMS spellings of "ua"/"uawa".
const SUBJECTS = ['a', 'wa', 'ba', 'tu', 'm', 'mu', 'u', 'i', 'zi'];
// (no future "ta": "tutawaua wote", we will kill you all, is a threat; no bare "wanachukua", they take, said of money or land)
const TENSES = ['me', 'li', 'na', 'mesha'];
const OBJECTS = ['', 'wa', 'mu', 'm', 'ba'];
const swahili = (roots: readonly string[]): string[] => SUBJECTS.flatMap((s) => TENSES.flatMap((t) => OBJECTS.flatMap((o) => roots.map((r) => s + t + o + r))));

/** Swahili killing with an object, or in SMS spelling: "wamewauwa", "wamemuua", "aliuwa", "wameuwa". */
export const SW_KILLED_THEM: readonly string[] = swahili(['uwa', 'ua', 'uwawa', 'chinja', 'uliwa']);
/** Swahili taking people: "wamemuteka", "wamewateka", "wamechukuwa", "walimchukua". */
export const SW_TOOK_THEM: readonly string[] = [...swahili(['teka', 'tekwa']), ...swahili(['chukua', 'chukuwa', 'chukuliwa', 'chukuwawa']).filter((w) => !/^[a-z]{1,2}(me|li|na|mesha)chuku(a|wa)$/.test(w))];
/** Swahili and Lingala victim verbs with the count they feed ("wamewauwa watu wawili", "bato mibale babomi"). */
export const PHONE_TYPED_VICTIM_VERBS = (): Array<readonly [string, 'killed' | 'abducted' | 'displaced' | 'injured']> => [
  ...[...SW_KILLED_THEM, ...LN_KILLED, 'die', 'dye'].map((w) => [w, 'killed'] as const),
  ...[...SW_TOOK_THEM, 'kidnaping', 'kidnapings', 'kidnaper'].map((w) => [w, 'abducted'] as const),
  ...[...LN_FLED, 'run', 'runing'].map((w) => [w, 'displaced'] as const),
  ...['injur', 'injurd', 'injred', 'azoki', 'bazoki'].map((w) => [w, 'injured'] as const),
];
// Lingala: ba-bomi (they killed), a-kufi (he died), ba-kimi (they fled), ba-koti (they entered), ba-zwi (they took).
const lingala = (roots: readonly string[]): string[] => ['ba', 'a', 'to', 'o', 'bo'].flatMap((s) => roots.flatMap((r) => [s + r, s + r.replace(/i$/, 'aki')]));
/** Lingala killing and dying: "babomi bato mibale", "akufi". */
export const LN_KILLED: readonly string[] = lingala(['bomi', 'kufi']);
/** Lingala fleeing: "bato bakimi", "bakimaki". */
const LN_FLED: readonly string[] = lingala(['kimi']);

const KILL: readonly Keyword[] = [
  // English base forms and SMS spellings: "3 ppl die", "nobody die", "they kil him"
  'die', 'dye', 'kil', 'kiled', 'killin', 'ded',
  ...SW_KILLED_THEM, ...LN_KILLED, 'koboma', 'bakomi koboma',
];

const INJURE: readonly Keyword[] = [
  'injur', 'injred', 'injurd', 'wonded', 'woonded', 'wunded', 'blese', 'blesee', 'blesees', 'blesse par', 'bleser',
  // a limb lost to a blast or a blade
  ...combine(['loose', 'loses', 'lose', 'lost', 'loosed', 'perdu', 'perd', 'a perdu'], ['his', 'her', 'their', 'a', 'one', 'sa', 'son', 'ses', 'un', 'une'], ['leg', 'legs', 'arm', 'arms', 'hand', 'foot', 'eye', 'jambe', 'jambes', 'bras', 'main', 'pied', 'oeil']),
  'saigne', 'saignait', 'bleeding', 'bleed', 'is bleeding', 'il saigne', 'elle saigne',
  // Lingala "azoki" (he is hurt), "bazoki"; Swahili "ameumia" (he is hurt)
  'azoki', 'bazoki', 'azokaki', 'bazokaki', 'ameumia', 'wameumia', 'aliumia', 'waliumia',
];

const ABDUCT: readonly Keyword[] = [
  'kidnaping', 'kidnapings', 'kidnaper', 'kidnapers', 'kidnapping', 'kinapping', 'kidnaped', 'kipnaper', 'kinaper',
  ...SW_TOOK_THEM,
  // people missing after armed men took their boats or goods: "5 fishermen missing since", "3 pêcheurs disparus"
  ...combine(['fishermen', 'fisherman', 'pecheurs', 'pecheur', 'drivers', 'chauffeurs', 'motards', 'herders', 'eleveurs', 'diggers', 'creuseurs', 'traders', 'commercants', 'men', 'hommes', 'passengers', 'passagers', 'wavuvi'],
    ['missing', 'disparus', 'disparues', 'introuvables', 'are missing', 'still missing', 'toujours disparus', 'hawajulikani', 'hawaonekani']),
];

const LOOT: readonly Keyword[] = [
  // "codeco burn houses", "they burn the village", "bruler les maisons"
  ...['burn', 'burns', 'brun', 'burnd', 'burnt down', 'burn down', 'burn the', 'bruler', 'ont bruler', 'on bruler'].map((k) => [k, 'arson'] as const),
  // Lingala "batumbi ndako" (they burned houses); Swahili "wamechoma" is read already
  ...lingala(['tumbi']).map((k) => [k, 'arson'] as const), 'kotumba',
  // stealing in base form and as it sounds: "they steal", "ils ont voler", "vol dans la pharmacie"
  ...['steal', 'steals', 'voler', 'ont voler', 'on voler', 'vol dans', 'vole dans', 'vol a la', 'vol au', 'vol chez', 'voler les'].map((k) => [k, 'looting'] as const),
  // motorbikes and goods "enlevés": taken as things, not people ("ont enlevé des motos à Miriki")
  ...combine(['enleve', 'enleves', 'ont enleve', 'enlevent', 'enlevant', 'a enleve'], ['des', 'les', 'leurs', 'deux', 'trois', 'plusieurs', ''], ['motos', 'moto', 'velos', 'vaches', 'chevres', 'biens', 'marchandises', 'telephones', 'vehicules', 'camions']).map((k) => [k, 'looting'] as const),
  // "taking gold from diggers", "ont pris l'or des creuseurs"
  ...combine(['taking', 'take', 'took', 'takes', 'prennent', 'prend', 'ont pris', 'prenant'], ['', 'the', 'their', 'l', 'les', 'des'], ['gold', 'or', 'minerals', 'minerais', 'coltan', 'cassiterite']).map((k) => [k, 'looting'] as const),
  // Lingala "bayibi" (they stole), "babotoli" (they snatched)
  ...lingala(['yibi', 'botoli']).map((k) => [k, 'looting'] as const), 'koyiba', 'kobotola',
  // goods taken, in base forms and as it sounds: "take phone and money", "prend argent des vendeuses", "bazwi moto ya caritas"
  ...combine(['take', 'takes', 'taking', 'prend', 'prennent', 'prenent', 'prendre', 'ont prendre', 'ont pris', 'bazwi', 'azwi', 'bakamati', 'akamati', 'wamechukua', 'wamechukuwa', 'walichukua', 'walichukuwa'],
    ['', 'the', 'their', 'his', 'her', 'my', 'our', 'les', 'des', 'leurs', 'ses', 'son', 'sa', 'mon', 'nos', 'notre', 'l'],
    ['phone', 'phones', 'money', 'argent', 'l argent', 'telephone', 'telephones', 'moto', 'motos', 'goods', 'cows', 'goats', 'cattle', 'vaches', 'chevres', 'biens', 'marchandises', 'pesa', 'mbuzi', 'ngombe', 'simu', 'mbongo', 'ntaba', 'bangombe', 'bantaba']).map((k) => [k, 'looting'] as const),
  // animals eaten by the armed men who took them: "they eat goats of people", "ils mangent nos chèvres", "wanakula mbuzi"
  ...combine(['eat', 'eats', 'ate', 'eating', 'mangent', 'mange', 'ont mange', 'mangeaient', 'wanakula', 'wamekula', 'walikula', 'balei', 'bazali kolia'],
    ['', 'the', 'our', 'my', 'people', 'les', 'des', 'nos', 'leurs', 'mes'],
    ['goats', 'goat', 'chickens', 'chicken', 'cows', 'cattle', 'pigs', 'chevres', 'chevre', 'poules', 'vaches', 'porcs', 'cochons', 'mbuzi', 'kuku', 'ngombe', 'ntaba', 'nsoso']).map((k) => [k, 'looting'] as const),
  // a levy forced on people: "m23 make them pay tax", "ils font payer", "wanatoza kodi"
  ...combine(['make them', 'make people', 'make us', 'makes them', 'makes people', 'made them', 'made people', 'force them to', 'force people to', 'force us to'], ['pay']),
  // ("refusing to pay taxes", "refus de payer la taxe": the tax is not what the report is about)
  'font payer', 'fait payer', 'nous font payer', 'les font payer',
  'kodi', 'kulipa kodi', 'wanatoza', 'wametoza', 'kutoza',
];

const DISPLACE: readonly Keyword[] = [
  // running away: "we are 40 people run from mayimoya", "all run to beni town" (not "ran away": attackers do too)
  'run from', 'ran from', 'runing from', 'running from', 'run to', 'all run', 'runing to', 'we run', 'they run', 'people run', 'ppl run',
  // with its cause after it, whoever ran: "teachers run bcoz of adf rumour", "families ran for fear of CODECO"
  ...['run', 'ran', 'runing', 'running'].flatMap((v) => ['bcoz', 'bcz', 'coz', 'because', 'for fear', 'due to', 'into the bush', 'to the bush'].map((c) => `${v} ${c}`)),
  // as it sounds in French: "ont quitter", "on fuire", "deplacer de djugu", "se sont sauver"
  'ont quitter', 'on quitter', 'sont quitter', 'quitter le village', 'fuire', 'ont fuire', 'on fui', 'on fuit', 'sont fuir', 'se sont sauver', 'se sont sauve', 'sauve qui peut', 'deplacer de', 'deplacers',
  ...LN_FLED, 'kokima', 'bakimi na', 'bakimeli',
];

const MOVEMENT: readonly Keyword[] = [
  // "les m23 sont entrer", "adf sont vu pres de", "ils marche vers", "qui avance"
  // (weak: armed men must be named right before them, "les déplacés sont arrivé" is no armed movement)
  ...['sont entrer', 'ont entrer', 'sont rentrer', 'sont arriver', 'sont arrive', 'sont vu', 'ont ete vu', 'sont ete vu', 'ete vus', 'marche vers', 'marchent vers', 'qui avance', 'qui avancent', 'sont avancer',
    'going to', 'goin to', 'are going', 'is going', 'heading to', 'moving to', 'walking to', 'seen near', 'seen at', 'seen in'].map((k) => [k, 'weak'] as const),
  // Swahili "wamekuja" (they came), "wanakuja" (they are coming); Lingala "bakoti" (they entered), "bayei" (they came)
  'wamekuja', 'wanakuja', 'walikuja', 'wamefika kwa', 'wamepita', ...lingala(['koti', 'yei']), 'bazali koya', 'bakoya',
];

const UNDERWAY: readonly Keyword[] = [
  // "maintenant ils tire partout", "ça continue", "ça tire depuis 5h", "still going", "sasa hivi" (right now)
  'tire partout', 'tirent partout', 'tire maintenant', 'tirent maintenant', 'maintenant ils tire', 'maintenant ils tirent', 'ca continue', 'sa continue', 'ca tire', 'sa tire', 'still going', 'still going on', 'still shooting', 'sasa hivi', 'bado wanapigana', 'bado risasi',
];

const ATTACK: readonly Keyword[] = [
  'ils tire', 'ca tire', 'sa tire', 'coup de feu', 'atake', 'ataque', 'atack', 'atacked', 'attak', 'attaked', 'atak',
  // Lingala "babeti masasi" (they fired bullets), "masasi"
  'babeti masasi', 'masasi', 'kobeta masasi',
  // a vehicle stopped by armed men on the road: a hold-up ("msf car stop by armed man", "véhicule arrêté par des hommes armés")
  ...combine(['stop by', 'stopped by', 'stoped by', 'arrete par des', 'arretee par des', 'arretes par des', 'immobilise par des', 'immobilisee par des'], ['armed', 'hommes armes', 'bandits', 'bandi']),
];
// Fighting in base form, Lingala "babundi" (they fought), "bitumba" (war); the reflexive French verb, also as it sounds
// ("se sont affrontés", "s'affrontent", "sont affronter"); Swahili "walipigana"/"wamepigana" (they fought)
const FIGHTING: readonly Keyword[] = ['fight', 'fights', 'fought', 'figthing', 'fiting', 'babundi', 'babundaki', 'bitumba', 'kobunda', 'bazali kobunda',
  ...combine(['se sont', 'sont', 's', 'se'], ['affrontes', 'affrontees', 'affronte', 'affronter', 'affrontent', 'affrontaient', 'affrontait']), 'walipigana', 'wamepigana', 'wanapigana'];

const EXPLOSIVE: readonly Keyword[] = [
  // "mine explosd", "mines trouver", "grenad ramasser", "obu haija lipuka" (a shell that has not exploded)
  ...combine(['mine', 'mines', 'landmine'], ['explosd', 'exploded', 'explod', 'explode', 'explose', 'exploser', 'trouver', 'trouve', 'trouvee', 'trouvees', 'found', 'decouvert', 'decouverte', 'decouvertes']).map((k) => [k, 'landmine'] as const),
  ...['grenad', 'grenat', 'granade', 'granades', 'grenades ramasser'].map((k) => [k, 'grenade'] as const),
  ...['haija lipuka', 'haijalipuka', 'haijapasuka', 'haija pasuka', 'bomu', 'mabomu', 'obu haija', 'obus haija', 'obu ya', 'obus non exploser', 'pas exploser'].map((k) => [k, 'erw'] as const),
];

const CHILD: readonly Keyword[] = ['bana', 'mwana', 'bana mike', 'enfan', 'enfans', 'anfant', 'anfants', 'zenfant', 'watoto wa shule'];

// An attack said to come (C9 names the group, read apart): "adf they say will come",
// "on dit les adf arrive". (No group name in these phrases: the group stays an actor mention.)
const RUMOURED: readonly Keyword[] = [
  // (a "rumour of attack" alone stays as the older sets read it: people leaving over it are displaced, unconfirmed it is nothing)
  'they say will come', 'they say they will come', 'they say they are coming', 'on dit les', 'on dit que les', 'ils disent que les', 'on dit qu ils vont', 'wanasema watakuja', 'bazali koloba ba',
].map((k) => [k, 'rumoured_attack'] as const);

const FEAR: readonly Keyword[] = ['on peur', 'ont peur', 'a peur', 'have fear', 'we fear', 'people fear', 'ppl fear', 'wana ogopa', 'wanaogopa', 'tunaogopa', 'bazali kobanga', 'kobanga'];

// ("fight between families": a private quarrel, no armed fighting)
const QUARREL = combine(['fight', 'fights', 'fought'], ['between families', 'between two families', 'between neighbours', 'between neighbors', 'between brothers', 'in the family', 'over land', 'over a field', 'over a plot']);

const PHONE_TYPED: Partial<Record<Signal, readonly Keyword[]>> = {
  kill: KILL,
  injure: INJURE,
  abduct: ABDUCT,
  loot: LOOT,
  displace: DISPLACE,
  movement: MOVEMENT,
  underway: UNDERWAY,
  attack: ATTACK,
  fighting: FIGHTING,
  explosive: EXPLOSIVE,
  child: CHILD,
  fear: FEAR,
  threat: RUMOURED,
  // "bandi" (bandits); Lingala "basoda", "musoda" (soldiers), "bato ya bibundu" (armed men)
  armed: ['bandi', 'bandis', 'bandit', 'bandiis', 'basoda', 'musoda', 'masoda', 'bato ya bibundu', 'bato ya mondoki'],
  // Lingala "ba ONG" (NGOs)
  humanitarian: ['ba ong', 'bato ya ong'],
  // a death of illness or hunger: no killing ("the old chief die of sickness")
  // (and a death feared for want of care: "patient will die without the operation", "risque de mourir")
  natural: ['will die without', 'may die', 'might die', 'could die', 'risk dying', 'risk of dying', 'risque de mourir', 'pourrait mourir', 'va mourir sans', 'risquent de mourir'].concat(combine(['die', 'meurt', 'akufi'], ['of sickness', 'of illness', 'of disease', 'of malaria', 'of cholera', 'of hunger', 'de maladie', 'du paludisme', 'du cholera', 'de faim', 'kwa ugonjwa', 'na bokono'])),
  // "pay or ur shops burn": a burning promised, not done
  // ("moto boy", "taxi boys": motorbike-taxi riders, grown men, no children)
  neutral: [...combine(['moto', 'motto', 'taxi', 'taxi moto', 'boda', 'pikipiki'], ['boy', 'boys', 'boyz']), ...QUARREL, ...combine(['shops', 'shop', 'houses', 'house', 'homes', 'home', 'village', 'villages', 'ur', 'your'], ['burn', 'will burn', 'gonna burn']), 'will burn', 'gonna burn'],
};

const phrase = (k: Keyword): string => (typeof k === 'string' ? k : k[0]);

/** The keyword table with the phone-typed words added (none a signal has already). */
export function withPhoneTyped(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  const out = { ...table };
  for (const [signal, extra] of Object.entries(PHONE_TYPED) as Array<[Signal, readonly Keyword[]]>) {
    const have = new Set(out[signal].map(phrase));
    const added: Keyword[] = [];
    for (const k of extra) {
      if (have.has(phrase(k))) continue;
      have.add(phrase(k));
      added.push(k);
    }
    out[signal] = [...out[signal], ...added];
  }
  return out;
}
