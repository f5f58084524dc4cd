import type { Keyword, Signal } from '../categories/keywords.js';

/**
 * The quieter categories said with everyday verbs and nouns (reports20): armed men showing up, camping, moving in;
 * ultimatums and death promised; a road cut or a team kept out; a village left empty; a community singled out;
 * ordnance that did not go off. Both languages, SMS spellings, Swahili and Lingala. Added by `withQuietCategories`.
 */

const combine = (a: readonly string[], b: readonly string[]): string[] => a.flatMap((x) => b.map((y) => `${x} ${y}`));

// Armed men showing up, settling or camping somewhere ("moved in2 the houses", "pitched camp", "ont fait leur apparition",
// "sont redescendus vers", "wamepiga kambi"). Weak words count only right after the armed men ("hommes armés se cachent").
// Look-alikes kept out: "civilians hiding in the bush" (displacement, a longer phrase), "moved to Goma" (people moving),
// "the missing boy reappeared", a camp set up in a school (military use, read elsewhere).
const SHOWED_UP: readonly Keyword[] = [
  ...combine(['moved', 'moving', 'move', 'have moved', 'hv moved'], ['into', 'in2', 'in to']).map((w) => [w, 'weak'] as const),
  ...combine(['pitched', 'pitching', 'pitch', 'made', 'making', 'setting up', 'set up a', 'established a', 'established their'], ['camp', 'camps']),
  'encamped', ...['showed up', 'show up', 'showing up', 'turned up', 'have appeared', 'has appeared', 'appeared in', 'appeared at', 'resurfaced', 'surfaced in', 'surfaced at'].map((w) => [w, 'weak'] as const), 'came through', 'come through', 'coming through', 'passed by', 'passing by', 'went past', 'walked past', 'walking past', 'walkin past', 'passing past', 'marched past',
  ...combine(['preparent', 'prepare', 'preparant', 'preparing', 'prepares', 'planning', 'planifient'], ['une operation', 'une offensive', 'an operation', 'an offensive', 'operations', 'des operations']),
  'ont avance', 'a avance', 'avance jusqu', 'avancant', 'avancaient', 'avancait', 'ont progresse', 'a progresse', 'progressent', 'progressant',
  'ont investi', 'a investi', 'investissent', 'investi la', 'investi le', 'investi les', 'investi nuitamment',
  'apparition', 'apparitions', 'fait leur apparition', 'fait son apparition', 'font leur apparition', 'refait surface', 'refont surface', 'ont campe', 'a campe', 'campe', 'campes', 'se sont retranches', 'retranches',
  ...combine(['redescendu', 'redescendus', 'redescendent', 'descendus', 'descendent', 'sont descendus', 'remontes', 'remontent', 'sont montes', 'montent'], ['vers', 'sur', 'a']),
  'passage d hommes', 'passage hommes', 'passage d elements', 'passage elements', 'passage des elements', 'passage des hommes', 'passage d un groupe', 'passage groupe',
  'wamepiga kambi', 'wameweka kambi', 'wamepita', 'wanapita', 'walipita', 'wameingia', 'wanaingia', 'waliingia', 'wamekaa', 'bayei', 'bamonani', 'baleki', 'bakoteli',
  // ("ADF came to Mamove"; "arrived in/arrivés à" is left out: it would hide "households arrived", the displaced arriving)
  ...['came to', 'came into', 'sont venus a', 'venus a', 'sont venus dans'].map((w) => [w, 'weak'] as const),
  ['se cachent', 'weak'], ['se cachaient', 'weak'], ['caches dans', 'weak'], ['cachés dans', 'weak'], ['hiding in', 'weak'], ['hiding out', 'weak'], ['hide in', 'weak'], ['hiding near', 'weak'],
];

// Ultimatums in phone spellings and death promised in the second person ("given 48hrs 2 leave", "donné 72h", "vous allez
// mourir", "we will kill you", "mtakufa"). Look-alikes kept out: "48 hrs after the attack" (no giving, no leaving).
const HOURS = ['24h', '48h', '72h', '24hrs', '48hrs', '72hrs', '24 hrs', '48 hrs', '72 hrs', '24hr', '48hr', '24 hr', '48 hr', '2 days', '3 days', 'two days', 'three days', 'a week', 'one week', '1 week', '7 days', '2 jours', '3 jours', 'deux jours', 'trois jours', 'une semaine', '1 semaine', '7 jours', '2 jrs', '3 jrs', '7 jrs'];
const ULTIMATUMS: readonly Keyword[] = [
  ...combine(['given', 'gave', 'giving', 'gives', 'donne', 'donnent', 'donnant', 'accorde', 'laisse'], HOURS),
  ...combine(HOURS, ['to leave', '2 leave', 'to go', '2 go', 'to vacate', '2 vacate', 'to move out', 'pour quitter', 'pr quitter', 'pour partir', 'pr partir', 'pour vider', 'pr vider', 'pour evacuer']),
  ['vous allez mourir', 'death_threat'], ['tu vas mourir', 'death_threat'], ['vous mourrez', 'death_threat'], ['tu mourras', 'death_threat'], ['allez mourir', 'death_threat'], ['you will die', 'death_threat'], ['you re going to die', 'death_threat'], ['you are going to die', 'death_threat'], ['u will die', 'death_threat'], ['u gonna die', 'death_threat'], ['you will all die', 'death_threat'],
  ['we will kill you', 'death_threat'], ['will kill you', 'death_threat'], ['we ll kill you', 'death_threat'], ['on va vous tuer', 'death_threat'], ['on va te tuer', 'death_threat'], ['nous allons vous tuer', 'death_threat'], ['allons vous tuer', 'death_threat'], ['vont vous tuer', 'death_threat'], ['va te tuer', 'death_threat'],
  ['your days are numbered', 'death_threat'], ['vos jours sont comptes', 'death_threat'], ['tes jours sont comptes', 'death_threat'], ['mtakufa', 'death_threat'], ['utakufa', 'death_threat'], ['tutawaua', 'death_threat'], ['tutakuua', 'death_threat'], ['tokoboma bino', 'death_threat'],
];

// A team or a road kept shut without the word "access" ("refus de passage", "refused 2 let cars thru", "n'a pas pu
// entrer", "route coupée par des miliciens", "youths burning tyres across the road"). Look-alikes kept out: "pas pu
// entrer en contact" (a phone call, NOT_KEPT_OUT), "could not enter the data".
const KEPT_OUT: readonly Keyword[] = [
  'refus de passage', 'refus d entree', 'refus d acces', 'refus de laisser passer', 'refuse de laisser passer', 'refusent de laisser passer', 'refuse de laisser', 'refusent de laisser', 'refusant de laisser',
  ...combine(['refused', 'refuse', 'refusing', 'would not', 'wouldnt', 'did not', 'didnt', 'wont', 'will not'], ['2 let', 'to let', 'let']).filter((w) => !/^(refuse|refused|refusing) let$/.test(w)),
  ...combine(['n a pas pu', 'n ont pas pu', 'pas pu', 'n a pu', 'n ont pu', 'na pas pu', 'nont pas pu', 'impossible de'], ['entrer', 'sortir', 'passer', 'acceder', 'atteindre', 'rentrer dans']),
  ...combine(['could not', 'couldnt', 'could n t', 'was unable to', 'were unable to', 'not able to'], ['get through', 'get thru', 'go through', 'go thru', 'leave the base', 'enter the village', 'enter the town', 'enter the site', 'enter the area', 'enter the camp', 'enter the zone']),
  'est coupee par', 'coupee par des', 'coupee par les', 'route coupee par', 'routes coupees', 'cut by militia*', 'cut by armed', 'cut off by',
  'ont barricade la', 'a barricade la', 'barricade la route', 'barricadent la route', 'barricadé la route', 'barricaded the', 'barricading the',
  ['burning tyres', 'roadblock'], ['burning tires', 'roadblock'], ['burnt tyres', 'roadblock'], ['pneus brules', 'roadblock'], ['brulent des pneus', 'roadblock'], ['brule des pneus', 'roadblock'], ['pneus enflammes', 'roadblock'],
  'mission cancelled', 'mission canceled', 'mission annulee', 'mission suspendue', 'mission reportee', 'trip cancelled', 'visit cancelled', 'distribution cancelled', 'distribution suspended', 'distribution annulee', 'distribution suspendue',
];

// A village emptied or left, said of the place or "everyone" ("All of Bule has left" by its "only the old people stayed", "presque vide", "tt le monde
// parti", "seuls les vieux sont restés"). Look-alikes kept out: "le marché presque vide à cause de la pluie" (no
// leaving: the rain is the cause), "the bus has left for Goma".
const LEFT_EMPTY: readonly Keyword[] = [
  ...combine(['presque', 'quasi', 'quasiment', 'a moitie', 'completement', 'totalement', 's est', 'se sont', 'est reste'], ['vide', 'vides', 'videe', 'videes']),
  ...combine(['almost', 'nearly', 'half', 'completely', 'totally', 'virtually'], ['empty', 'emptied', 'deserted', 'abandoned']),
  ...combine(['tt le monde', 'tout le monde', 'tous', 'ts'], ['parti', 'partis', 'est parti', 'sont partis', 'a fui', 'ont fui']),
  'have all left', 'all have left', 'all left', 'everyone left', 'everyone has left', 'everybody left', 'everybody has left', 'empty since', 'vide depuis', 'vides depuis',
  ...combine(['only the', 'only'], ['old people stayed', 'old people remain', 'old people remained', 'elderly stayed', 'elderly remain', 'elderly remained', 'old stayed']),
  'seuls les vieux', 'seules les personnes agees', 'seuls les vieillards', 'il ne reste que les vieux', 'ne restent que les vieux', 'partie vers', 'parti vers', 'pop partie', 'population partie',
];

// A community singled out to be excluded or hunted ("calling on true Congolese to identify Tutsi neighbours", "Hutu
// should not be allowed to sell", "les vrais Congolais"). Look-alikes kept out: "identify the bodies", "not allowed to pass".
const COMMUNITIES = ['tutsi', 'tutsis', 'hutu', 'hutus', 'hema', 'lendu', 'nande', 'hunde', 'banyamulenge', 'banyarwanda', 'rwandophones', 'rwandophone', 'bafuliiru', 'barundi', 'bashi', 'babembe', 'twa', 'batwa', 'pygmees', 'pygmies', 'mbororo', 'rwandais', 'rwandans', 'burundais'];
const SINGLED_OUT: readonly Keyword[] = [
  'true congolese', 'real congolese', 'vrais congolais', 'vrai congolais', 'congolais de souche', 'pure congolese', 'congolais authentiques',
  ...combine(['identify', 'identifier', 'denounce', 'denoncer', 'point out', 'expose', 'list', 'lister', 'recenser', 'hunt', 'traquer'], COMMUNITIES),
  ...combine(['identify their', 'identify the', 'identifier leurs', 'identifier les', 'denoncer leurs', 'denoncer les'], COMMUNITIES.map((c) => c)),
  ...combine(COMMUNITIES, ['should not be allowed', 'must not be allowed', 'should be banned', 'must be banned', 'ne doivent pas', 'ne devraient pas', 'pas les bienvenus', 'not welcome', 'should go home', 'doivent rentrer', 'must go', 'doivent partir']),
];

// Ordnance that did not go off, found where people walk ("rocket stuck in ground, didnt explode", "found what looks like an RPG round",
// "marchant sur un engin"). Look-alikes kept out: "rocket fire on Sake", "a stray mortar round" (an attack: nothing found, nothing failed).
const DID_NOT_GO_OFF: readonly Keyword[] = [
  ...combine(['didnt', 'did not', 'didn t', 'failed to', 'never', 'has not', 'had not'], ['explode', 'exploded', 'go off', 'detonate', 'detonated']).map((w) => [w, 'erw'] as const),
  ['n a pas explose', 'erw'], ['pas explose', 'erw'], ['n ont pas explose', 'erw'], ['jamais explose', 'erw'],
  ...combine(['found a', 'found an', 'like a', 'like an', 'discovered a', 'discovered an', 'picked up a', 'picked up an', 'dug up a', 'dug up an'], ['rpg', 'rpg round', 'mortar round', 'mortar shell', 'rocket', 'shell', 'artillery shell', 'rocket head', 'warhead']).map((w) => [w, 'erw'] as const),
  ...combine(['stuck in', 'lodged in', 'buried in', 'sticking out of', 'planted in'], ['the ground', 'ground', 'the soil', 'a field', 'the field']).map((w) => [w, 'erw'] as const),
  ...combine(['rocket', 'rockets', 'shell', 'shells', 'mortar', 'bomb', 'grenade', 'obus', 'roquette', 'roquettes', 'bombe', 'grenade'], ['stuck', 'lodged', 'buried', 'planted', 'plante', 'plantee', 'plantes', 'enfoui', 'enfouie', 'enfouis', 'coince', 'coincee']).map((w) => [w, 'erw'] as const),
  ...combine(['marchant sur', 'marche sur', 'a marche sur', 'walking on', 'stepped on', 'trod on', 'sauté sur', 'saute sur'], ['un engin', 'an object', 'a device', 'un objet', 'something that exploded']).map((w) => [w, 'landmine'] as const),
];

// Whole families and villages wiped out ("whole family wiped out", "famille décimée", "cut down in their fields").
const WIPED_OUT: readonly Keyword[] = ['wiped out', 'wipe out', 'wiping out', 'decimated', 'decime', 'decimee', 'decimes', 'decimees', 'aneanti', 'aneantie', 'cut down in', 'cut down by', 'hacked down'];

// Goods carried off are looted, people carried off are abducted ("carried off the maize stock", "harvest carried off").
const GOODS = ['maize', 'beans', 'bean', 'stock', 'stocks', 'harvest', 'harvests', 'crops', 'food', 'goats', 'cattle', 'cows', 'livestock', 'goods', 'property', 'mais', 'haricots', 'stock', 'recolte', 'recoltes', 'vivres', 'chevres', 'vaches', 'betail', 'biens', 'marchandises'];
const GOODS_TAKEN: readonly Keyword[] = [
  ...combine(['carried off the', 'carried off their', 'carried off all', 'took the', 'took all the', 'emporte la', 'emporte les', 'emporte leurs', 'ont emporte la'], GOODS).map((w) => [w, 'looting'] as const),
  ...combine(GOODS, ['carried off', 'gone', 'taken', 'emportes', 'emportees', 'emportee', 'emporte', 'enleves', 'enlevees', 'disparus', 'disparues']).map((w) => [w, 'looting'] as const),
  ...combine(['harvest of', 'stock of', 'recolte de', 'stocks of'], ['the whole village', 'the village', 'the cooperative', 'tout le village', 'la cooperative']).map((w) => [w, 'looting'] as const),
  ['night raid on', 'looting'], ['raid on goat', 'looting'], ['raid on the goat', 'looting'],
];

// A rumour said to be only a rumour, a presence denied, a quiet day in SMS ("it is only a rumour", "no source, just talk",
// "les FARDC démentent la présence des M23", "Nothing 2 report", "no mvt seen"): who was named did nothing.
// Look-alikes kept out: "rumours of an attack" alone (a warning, read elsewhere), "denied passage" (access denied).
const ONLY_A_RUMOUR: readonly Keyword[] = [
  'only a rumour', 'only a rumor', 'just a rumour', 'just a rumor', 'only rumours', 'only rumors', 'just rumours', 'just rumors', 'just talk', 'only talk', 'no source', 'no sources', 'unfounded rumour', 'unfounded rumor', 'baseless rumour',
  'simple rumeur', 'juste une rumeur', 'qu une rumeur', 'que des rumeurs', 'rien que des rumeurs', 'rumeur non fondee', 'rumeurs non fondees', 'rumeur sans fondement', 'sans source', 'aucune source',
  ...combine(['dement', 'dementent', 'dementi', 'a dementi', 'ont dementi', 'deny', 'denies', 'denied', 'denying'], ['la presence', 'toute presence', 'the presence', 'any presence', 'presence']),
  'nothing 2 report', 'nothing to report', 'nothing 2 rpt', 'no mvt seen', 'no mvt', 'no movement seen', 'no movement observed', 'no movements', 'aucun mvt', 'pas de mvt', 'aucun mouvement', 'pas de mouvement',
].map((k) => [k, 'false_alarm'] as const);

// Shots said not to have been fired ("no shooting heard", "pas de tirs", "entered without a fight", "sans combat"): no attack.
const NO_SHOTS: readonly Keyword[] = [
  ...combine(['no', 'without', 'without any', 'sans', 'pas de', 'aucun', 'aucune', 'sans aucun'], ['shooting', 'shooting heard', 'shots', 'shots heard', 'shots fired', 'gunfire', 'gunshots', 'a shot', 'a fight', 'fighting', 'tirs', 'tir', 'coup de feu', 'coups de feu', 'combat', 'combats', 'resistance']),
];

// Expected attack as the purpose of a gathering ("se regroupent en vue d'une attaque", "massing ahead of an attack").
const WITH_A_VIEW: readonly Keyword[] = [['en vue d une', 'preparing'], ['en vue d', 'preparing'], ['ahead of an', 'preparing'], ['in view of an', 'preparing'], ['with a view to an', 'preparing'], ['in preparation for an', 'preparing'], ['en preparation d une', 'preparing']];

// A child holding a weapon is a child used by them ("boy of 12 carrying a gun", "un enfant avec une kalach").
const CHILD_ARMED: readonly Keyword[] = [
  ...combine(['carrying a', 'carrying an', 'holding a', 'holding an', 'armed with a', 'with a', 'with an'], ['gun', 'rifle', 'kalash', 'kalashnikov', 'ak', 'ak47', 'ak 47', 'machete', 'weapon']),
  ...combine(['portant une', 'portant un', 'arme d une', 'arme d un', 'avec une', 'avec un', 'tenant une', 'tenant un'], ['arme', 'kalach', 'kalachnikov', 'fusil', 'ak', 'ak47']),
];

// Communities or factions against each other ("threw stones at each other", "blocking each other's meetings",
// "succession row", "se jettent des pierres les uns sur les autres"). Look-alikes kept out: a single group named.
const AT_EACH_OTHER: readonly Keyword[] = [
  'at each other', 'each other s', 'blocking each other', 'block each other', 'blocked each other', 'bloquent mutuellement', 'se bloquent', 'against each other', 'at one another', 'against one another', 'les uns contre les autres', 'les uns sur les autres', 'les uns les autres',
  'succession row', 'chieftaincy row', 'chiefdom row', 'throne row', 'row over', 'turning ugly', 'tourne mal', 'dispute de succession', 'querelle de succession', 'conflit de leadership', 'leadership dispute', 'leadership row',
];

// Taken by the host state's police or army is an arrest (C23), not an abduction ("taken by police", "embarqué par la police").
// ("emmenés par des militaires" then missing stays counted as taken: the older reading of a disappearance.)
const FORCES = ['police', 'the police', 'policemen', 'police officers', 'soldiers', 'the soldiers', 'fardc', 'the fardc', 'anr', 'the anr', 'la police', 'des policiers', 'les policiers', 'des militaires', 'les militaires', 'les fardc', 'l anr', 'des fardc'];
const TAKEN_BY_FORCES: readonly Keyword[] = combine(['taken by', 'picked up by', 'taken away by', 'embarque par', 'embarques par', 'embarquee par'], FORCES);

// Blows received, said of the one who got them (C3: beaten is injured): "le chauffeur a reçu des coups", "received blows".
// Look-alike kept out: "a reçu des coups de fil" (phone calls, CALLS_RECEIVED).
const BLOWS_RECEIVED: readonly Keyword[] = [
  ...combine(['recu des', 'a recu des', 'ont recu des', 'recu plusieurs', 'recu de nombreux'], ['coups', 'coups de baton', 'coups de batons', 'coups de crosse', 'coups de fouet', 'gifles']),
  ...combine(['received', 'got', 'took'], ['blows', 'a beating', 'beatings', 'lashes', 'strokes of the cane', 'kicks and blows']),
];

// (phone calls received are no blows: "a reçu des coups de fil de menace")
const CALLS_RECEIVED: readonly Keyword[] = combine(['recu des', 'a recu des', 'ont recu des', 'recu plusieurs', 'recu de nombreux'], ['coups de fil', 'coups de telephone', 'coup de fil']);
const NOT_KEPT_OUT: readonly Keyword[] = combine(['n a pas pu entrer', 'n ont pas pu entrer', 'pas pu entrer', 'n a pu entrer', 'impossible d entrer', 'entrer'], ['en contact', 'en communication']);

const QUIET: Partial<Record<Signal, readonly Keyword[]>> = {
  movement: SHOWED_UP,
  threat: ULTIMATUMS,
  access: KEPT_OUT,
  displace: LEFT_EMPTY,
  hate: SINGLED_OUT,
  explosive: DID_NOT_GO_OFF,
  kill: WIPED_OUT,
  loot: GOODS_TAKEN,
  neutral: [...ONLY_A_RUMOUR, ...NO_SHOTS, ...NOT_KEPT_OUT, ...CALLS_RECEIVED],
  fear: WITH_A_VIEW,
  recruit: CHILD_ARMED,
  tension: AT_EACH_OTHER,
  detention: TAKEN_BY_FORCES,
  torture: BLOWS_RECEIVED,
};

export function withQuietCategories(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  const out = { ...table };
  for (const [signal, extra] of Object.entries(QUIET) as Array<[Signal, readonly Keyword[]]>) out[signal] = [...out[signal], ...extra];
  return out;
}
