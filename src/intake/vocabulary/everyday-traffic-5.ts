import type { Keyword, Signal } from '../categories/keywords.js';

/**
 * Everyday traffic (reports16): families of words the earlier tables missed, in both languages and phone
 * spellings. Added to the keyword table by `withTune16`, which also adds the SMS past tenses of every keyword.
 */

const combine = (a: readonly string[], b: readonly string[], c: readonly string[]): string[] => a.flatMap((x) => b.flatMap((y) => c.map((z) => [x, y, z].filter(Boolean).join(' '))));

// People of two sides quarrelling over land, fields, cattle or water: "quarrel over fields", "land dispute btw 2 clans",
// "dispute sur les champs", "conflit foncier", "wanalalamika … mashamba" (a quarrel between sides is a tension, not an attack).
const QUARRELS: readonly Keyword[] = [
  ...combine(['quarrel', 'quarel', 'quarrels', 'quarels', 'quarrelling', 'quarreling', 'quarelling', 'quareling', 'quarrelled', 'quarreled', 'dispute', 'disputes', 'disputing', 'row', 'feud', 'fight', 'fighting', 'clash', 'clashing'], ['over', 'about'], ['land', 'fields', 'field', 'farms', 'farm', 'plots', 'plot', 'boundaries', 'boundary', 'borders', 'cattle', 'cows', 'grazing', 'pasture', 'water', 'the water point', 'a water point', 'the well', 'a well', 'crops', 'the mine', 'a mine']),
  ...combine(['dispute', 'disputes', 'querelle', 'querelles', 'conflit', 'conflits', 'litige', 'litiges', 'bagarre', 'bagarres', 'palabre', 'palabres'], ['sur les', 'sur le', 'sur la', 'autour des', 'autour du', 'autour de la', 'pour les', 'pour le', 'pour la', 'a cause des', 'a cause du', 'a cause de la'], ['champs', 'champ', 'terres', 'terre', 'parcelles', 'parcelle', 'limites', 'limite', 'vaches', 'betail', 'paturages', 'paturage', 'eau', 'point d eau', 'puits', 'cultures', 'marche', 'mine']),
  'land dispute', 'land disputes', 'land conflict', 'land conflicts', 'land row', 'boundary dispute', 'boundary disputes', 'border dispute between', 'farmers and herders', 'herders and farmers',
  'conflit foncier', 'conflits fonciers', 'litige foncier', 'litiges fonciers', 'conflit de terre', 'conflits de terre', 'conflit de limites', 'conflit de champs', 'agriculteurs et eleveurs', 'eleveurs et agriculteurs',
  // (a quarrel over a chief's seat between two claimants' sides, reports36: "chieftaincy dispute … supporters clashed",
  // "conflit de pouvoir coutumier … les partisans des deux prétendants se sont affrontés")
  'chieftaincy dispute', 'chieftaincy disputes', 'chieftaincy conflict', 'chieftaincy conflicts', 'succession dispute', 'customary power dispute',
  'conflit de pouvoir coutumier', 'conflits de pouvoir coutumier', 'conflit coutumier', 'conflits coutumiers', 'litige coutumier', 'conflit de succession', 'conflit de chefferie',
  // Swahili: "mashamba" (fields), "mgogoro wa ardhi" (land conflict), "wanalalamika" (complain), "ugomvi" (quarrel)
  'mgogoro', 'migogoro', 'mgogoro wa ardhi', 'migogoro ya ardhi', 'ugomvi', 'wanagombana', 'wanagombania', 'mashamba yao', 'tension iko juu', 'tension iko',
  // ("bugomvi kati ya wafugaji na walimaji": quarrel between herders and farmers, reports39)
  'bugomvi', 'magomvi', 'mzozo', 'mizozo', 'wafugaji na walimaji', 'walimaji na wafugaji', 'wafugaji na wakulima', 'wakulima na wafugaji',
];

// Armed men seen, staying or back somewhere with nothing done: "elements seen in the bush", "camp reported near",
// "they come to the market with guns", "réapparus à", "présence de … armés", "ils circulent".
const PRESENCE: readonly Keyword[] = [
  ...combine(['elements', 'elts', 'fighters', 'combatants', 'militiamen', 'elements armes', 'elements', 'combattants', 'miliciens'], [''], ['seen', 'spotted', 'sighted', 'observed', 'vus', 'apercus', 'signales', 'observes', 'reperes']),
  // (in the plural, said of a group: "the missing child reappeared" is no movement)
  'reapparus', 'reapparues', 'reaparus', 'have reappeared', 'have resurfaced', 'ont refait surface',
  ...combine(['camp', 'camps', 'base', 'bases', 'hideout', 'hideouts', 'campement', 'campements', 'cachette', 'cachettes'], [''], ['reported', 'seen', 'spotted', 'found', 'signale', 'signales', 'signalee', 'signalees', 'repere', 'reperes', 'installe', 'installes', 'installee']),
  'with guns', 'with their guns', 'with their weapons', 'wth guns', 'avec leurs armes', 'armes au poing',
  'ils circulent', 'circulent librement', 'circulent armes', 'moving freely', 'roaming', 'rodent', 'rodant',
];

// Money taken from civilians at a post or in the street, with a price named (C6): "charging women traders 5$ each",
// "exigent 2000 FC aux taxis-motos", "whoever refuses loses her goods", "sinon saisie de la moto".
const LEVIES: readonly Keyword[] = [
  ...combine(['charging', 'charges', 'charged', 'taxing', 'taxes', 'taxed', 'levying'], [''], ['traders', 'women', 'women traders', 'motorists', 'drivers', 'moto drivers', 'moto-taxi drivers', 'taxi drivers', 'passengers', 'travellers', 'travelers', 'farmers', 'people', 'civilians', 'residents', 'each', 'every', 'per']),
  ...combine(['exige', 'exigent', 'exigeait', 'exigeaient', 'exigeant', 'percoit', 'percoivent', 'percevaient', 'prelevent', 'preleve', 'imposent', 'impose', 'font payer', 'fait payer', 'faisant payer', 'taxent', 'taxe'], [''], ['aux', 'a chaque', 'a tous', 'par', 'aux commercants', 'aux motards', 'aux taxis', 'aux femmes', 'aux passagers', 'aux voyageurs', 'aux cultivateurs', 'aux habitants', 'aux creuseurs']),
  // (a refusal threatened with harm is the threat, C6: "those who refuse are threatened" stays out)
  'loses her goods', 'loses his goods', 'lose their goods', 'goods confiscated', 'goods seized',
  'sinon saisie', 'sinon on saisit', 'sinon ils saisissent', 'qui refuse perd', 'sous peine de saisie',
];

// Held until money is paid (C6): "held … until his family paid 50$", "détenu jusqu'à ce que sa famille paie".
const HELD_UNTIL_PAID: readonly Keyword[] = [
  ...combine(['until', 'till', 'til', 'untill'], ['his', 'her', 'their', 'the'], ['family paid', 'family pays', 'families paid', 'relatives paid', 'family paid', 'people paid']),
  'until he paid', 'until she paid', 'until they paid', 'until paying', 'until payment', 'till he paid', 'until a fine was paid', 'released after paying', 'released after payment', 'freed after paying', 'freed after payment', 'let go after paying',
  ...combine(['jusqu a ce que', 'jusqu a ce qu'], ['sa', 'leur', 'leurs', 'la'], ['famille paie', 'famille paye', 'famille ait paye', 'familles paient', 'famille verse', 'famille a paye']),
  'jusqu a paiement', 'jusqu au paiement', 'libere apres paiement', 'liberes apres paiement', 'liberee apres paiement', 'relache apres paiement', 'relaches apres paiement', 'libere contre paiement', 'liberes contre paiement', 'moyennant paiement', 'contre une amende',
];

// A threat said as what they will do "if" people go on: "they will burn the stalls if complaints continue",
// "ils vont brûler vos maisons si…".
const WILL_DO_IF: readonly Keyword[] = [
  ...combine(['will burn', 'will kill', 'will beat', 'will arrest', 'will loot', 'will destroy', 'will shoot', 'would burn', 'would kill', 'would beat', 'would arrest', 'would destroy', 'would shoot'], ['the', 'their', 'your', 'all', 'them', 'him', 'her', 'you', 'everyone', 'the whole'], ['']),
  ...combine(['vont bruler', 'vont tuer', 'vont frapper', 'vont arreter', 'vont piller', 'vont detruire', 'vont tirer', 'allaient bruler', 'allaient tuer', 'bruleront', 'tueront', 'detruiront', 'arreteront'], ['les', 'leurs', 'vos', 'tous', 'toutes', ''], ['']),
  'if complaints continue', 'if they complain', 'if they keep complaining', 'if they report', 'if they talk', 'si les plaintes continuent', 's ils se plaignent', 's ils denoncent', 's ils parlent',
];

// A road blocked to turn vehicles back: "put trees across", "turn vehicles back", "trucks stuck", "camions bloqués".
const ROAD_BLOCKED: readonly Keyword[] = [
  ...combine(['put', 'placed', 'laid', 'felled', 'cut'], ['trees', 'logs', 'tree trunks', 'branches', 'stones', 'barricades'], ['across', 'on the road', 'across the road']),
  ...combine(['turn', 'turned', 'turning', 'turns', 'sent', 'send', 'sending'], ['vehicles', 'trucks', 'cars', 'the trucks', 'the vehicles', 'the convoy', 'convoys', 'the cars'], ['back']),
  ...combine(['trucks', 'vehicles', 'convoy', 'convoys', 'lorries', 'the trucks', 'the convoy'], [''], ['blocked', 'turned back', 'refused passage']),
  ...combine(['camions', 'vehicules', 'convoi', 'convois', 'les camions', 'le convoi'], [''], ['bloque', 'bloques', 'bloquee', 'bloquees', 'coinces', 'coince', 'immobilise', 'immobilises', 'refoule', 'refoules', 'renvoye', 'renvoyes']),
  ...combine(['arbres', 'troncs', 'troncs d arbres', 'branchages', 'pierres'], [''], ['en travers de la route', 'en travers', 'sur la route', 'barrent la route']),
  'font demi tour aux', 'font rebrousser chemin', 'fait rebrousser chemin', 'obliges de rebrousser chemin', 'oblige de rebrousser chemin',
];

// Peoples and "foreigners" as sermons and songs name them.
const PEOPLES = ['foreign', 'foreigners', 'etrangers', 'etrangeres', 'tutsi', 'tutsis', 'hutu', 'hutus', 'nande', 'nandes', 'hema', 'lendu', 'banyamulenge', 'rwandophones', 'rwandophone', 'rwandans', 'rwandais', 'hunde', 'nyanga', 'bashi', 'shi', 'bafuliiru', 'barundi', 'burundais', 'twa', 'batwa', 'pygmees', 'pygmies', 'muslims', 'musulmans', 'alur', 'ngiti', 'wahema', 'walendu', 'banande', 'bahunde'];

// Mockery and preaching against a people: "song mocking Tutsi as spies", "preaching against 'foreign' traders",
// "prêche contre les", "chanson qui se moque des", "sermons contre".
const MOCKING: readonly Keyword[] = [
  'mocking', 'mocks', 'mocked', 'ridiculing', 'ridicules', 'insulting songs', 'insulting song', 'song mocking', 'songs mocking', 'song going round', 'songs going round',
  // (preaching against a people or "foreigners", not against an armed group: "preached against ADF" is no hate speech)
  ...combine(['preaching against', 'preached against', 'preaches against', 'sermon against', 'sermons against', 'speech against', 'speeches against', 'tirade against', 'ranting against', 'preche contre', 'prechent contre', 'prechait contre', 'predication contre', 'predications contre', 'sermon contre', 'sermons contre', 'discours contre'], ['', 'the', 'les', 'des'], PEOPLES),
  'se moque des', 'se moquent des', 'se moquant des', 'moquerie*', 'chanson contre', 'chansons contre', 'chanson qui se moque', 'chansons qui se moquent', 'ridiculise*',
];

// Fire aimed toward a target, not only at it: "fired towards the blue helmets watchtower", "tirs en direction de la base".
// (the target stays its own word: "blue helmets" still says peacekeepers)
const FIRED_TOWARD: readonly Keyword[] = [
  'fired towards', 'fired toward', 'shot towards', 'shot toward', 'firing towards', 'firing toward', 'fired in the direction of', 'firing in the direction of', 'shots towards', 'shots toward',
  'tire vers', 'ont tire vers', 'tirs vers', 'tirent vers', 'tire en direction de', 'tirs en direction de', 'ont tire en direction de', 'tirent en direction de', 'tirant en direction de', 'tirant vers',
];

// An authority denies what people say ("FARDC cmdr denies", "le chef de poste dément"), a check that found nothing
// confirmed, no new threat said at a meeting: no incident (the quiet-day readings take it from there).
const AUTHORITY = ['cmdr', 'commander', 'commandant', 'cdt', 'chief', 'chef', 'chef de poste', 'administrator', 'administrateur', 'authorities', 'autorites', 'spokesman', 'spokesperson', 'porte parole', 'mayor', 'maire', 'police', 'army'];
// (not "denied": "the commander denied the team access" is the access denied)
const DENIES = ['denies', 'dement', 'dementent', 'a dementi', 'ont dementi', 'nie', 'nient'];
const NOTHING_SO: readonly Keyword[] = [
  ...combine(AUTHORITY, [''], DENIES).map((k) => [k, 'false_alarm'] as const),
  ...['nothing confirmed', 'nothing was confirmed', 'nothing could be confirmed', 'rien de confirme', 'rien n a ete confirme', 'rien confirme'].map((k) => [k, 'false_alarm'] as const),
  ...combine(['aucune', 'pas de', 'no', 'no new', 'aucune nouvelle', 'pas de nouvelle', 'pas de nouvelles'], [''], ['menace signalee', 'menaces signalees', 'menace rapportee', 'threat reported', 'threats reported', 'threat signalled']),
  // armed men about "sans incident": their presence is watched, not a quiet day (categories/slurs-and-carried-off.ts watchedPresence)
  ...['sans incident', 'sans aucun incident', 'without incident', 'without any incident', 'no incident yet'].map((k) => [k, 'watched'] as const),
];

// Where the victims are now is no attack going on: "at hosp now", "now in hospital", "à l'hôpital maintenant".
const CARED_FOR_NOW: readonly Keyword[] = [
  ...combine(['at', 'in', 'at the', 'in the', 'now at', 'now in', 'now at the', 'now in the'], [''], ['hosp', 'hospital', 'hc', 'health centre', 'health center', 'clinic']).flatMap((p) => (p.startsWith('now') ? [p] : [`${p} now`])),
  ...combine(['a l', 'au', 'maintenant a l', 'maintenant au'], [''], ['hopital', 'hosp', 'centre de sante', 'cs', 'hgr']).flatMap((p) => (p.startsWith('maintenant') ? [p] : [`${p} maintenant`])),
];

// Bodies collected or buried by a team is their work, not a killing told: "Red Cross team … while collecting bodies".
const BODIES_COLLECTED: readonly Keyword[] = [
  ...combine(['collecting', 'collect', 'collected', 'recovering', 'burying', 'bury', 'removing'], ['', 'the'], ['bodies', 'dead bodies', 'corpses', 'remains']),
  ...combine(['ramassage', 'ramasser', 'collecte', 'enterrement', 'inhumation', 'enterrer', 'inhumer'], ['des', 'les'], ['corps', 'cadavres', 'depouilles']),
  'dead body management', 'gestion des corps', 'enterrement digne', 'safe and dignified burial', 'safe and dignified burials',
];

// Now, in Swahili: "wanapigana … sasa hivi" (they are fighting right now).
const NOW_SW: readonly Keyword[] = ['sasa hivi', 'hivi sasa', 'saa hii', 'sahii'];

// People said taken, from a place or by someone: "ppl taken frm Boikene", "3 women taken by ADF", "wamechukua vijana 10".
// (taken "to hospital" is care, not taken from or by)
const PEOPLE = ['people', 'persons', 'civilians', 'villagers', 'farmers', 'women', 'men', 'youths', 'young men', 'traders', 'residents'];
const PEOPLE_SW = ['vijana', 'watu', 'raia', 'wanawake', 'wanaume', 'watoto', 'wakulima', 'wasichana'];
const PEOPLE_TAKEN: readonly Keyword[] = [
  ...combine(PEOPLE, ['taken', 'takn', 'tken', 'tkn'], ['from', 'frm', 'by']),
  ...combine(['wamechukua', 'walichukua', 'wanachukua', 'wamewachukua', 'waliwachukua'], [''], PEOPLE_SW),
  ...combine(PEOPLE_SW, [''], ['wamechukuliwa', 'walichukuliwa']),
];

/** Swahili "arrived" (wamefika, wamewasili): the displaced who arrive, counted ("wakimbizi 3000 wamefika Sake kutoka Karuba"). */
export const SW_ARRIVED: readonly string[] = ['wamefika', 'walifika', 'wanafika', 'wamewasili', 'waliwasili', 'wanawasili'];

/** Swahili "took" with people after it counts them as taken: "wamechukua vijana 10" (not "wanachukua 1000fc", no person). */
export const SW_TOOK_PEOPLE: readonly string[] = ['wamechukua', 'walichukua'];

const TUNE16: Partial<Record<Signal, readonly Keyword[]>> = {
  tension: [...QUARRELS.map((k) => (typeof k === 'string' ? ([k, 'quarrel'] as const) : k))],
  movement: PRESENCE,
  loot: LEVIES,
  detention: HELD_UNTIL_PAID,
  threat: WILL_DO_IF,
  access: ROAD_BLOCKED,
  hate: MOCKING,
  attack: FIRED_TOWARD,
  neutral: [...NOTHING_SO, ...CARED_FOR_NOW, ...BODIES_COLLECTED],
  underway: NOW_SW,
  abduct: PEOPLE_TAKEN,
  displace: SW_ARRIVED,
  // "sch" (school) as thumbs type it
  school: ['sch', 'schl', 'skul', 'scool'],
};

// SMS past tenses: "killd", "injurd", "woundd", "torturd", "lootd", "abductd" (-ed typed -d), "takn", "beatn" (-en typed -n).
// Made from every one-word keyword of six letters or more, so the whole table reads them.
function smsPast(k: Keyword): Keyword | null {
  const phrase = typeof k === 'string' ? k : k[0];
  if (phrase.length < 6 || !/^[a-z]+(ed|en)$/.test(phrase)) return null;
  const short = phrase.slice(0, -2) + phrase.slice(-1);
  return typeof k === 'string' ? short : [short, k[1]];
}

/** The keyword table with the reports16 families and the SMS past tenses added. */
export function withTune16(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  const out = { ...table };
  for (const [signal, extra] of Object.entries(TUNE16) as Array<[Signal, readonly Keyword[]]>) out[signal] = [...out[signal], ...extra];
  for (const signal of Object.keys(out) as Signal[]) {
    const known = new Set(out[signal].map((k) => (typeof k === 'string' ? k : k[0])));
    const sms = out[signal].map(smsPast).filter((k): k is Keyword => k !== null && !known.has(typeof k === 'string' ? k : k[0]));
    if (sms.length > 0) out[signal] = [...out[signal], ...sms];
  }
  return out;
}

/** SMS past tenses of the victim verbs ("killd", "woundd", "injurd", "takn"), for the count readers. */
export function smsVictimVerbs<V>(verbs: ReadonlyArray<readonly [string, V]>): Array<readonly [string, V]> {
  const have = new Set(verbs.map(([w]) => w));
  const out: Array<readonly [string, V]> = [];
  for (const [w, key] of verbs) {
    const short = smsPast(w);
    if (typeof short === 'string' && !have.has(short)) out.push([short, key]);
  }
  return out;
}

/** Who is counted, misspelt as thumbs type it: "4 civilans killd", "2 wemen", "3 pipo" (reports16). */
export const SMS_PERSONS: readonly string[] = ['civilans', 'civilan', 'civillians', 'civillian', 'civilains', 'civlians', 'cvilians', 'civilins', 'civiles', 'wemen', 'womens', 'pipo', 'peole', 'peopl', 'poeple', 'peoples', 'personns', 'persones', 'personnnes', 'villagois', 'vilageois', 'villagerss', 'vilagers'];
