import type { Keyword, Signal } from '../categories/keywords.js';

/**
 * Counts, places and doers said every way (reports17): families of words the earlier tables missed, in both
 * languages and SMS spellings. Added to the keyword table by `withT17`.
 */

const combine = (a: readonly string[], b: readonly string[], c: readonly string[]): string[] => a.flatMap((x) => b.flatMap((y) => c.map((z) => [x, y, z].filter(Boolean).join(' '))));

// The mission's assets named by "onusien" (French; the English "UN drone" is read from capitals, constructions/counts-places-doers.ts).
const UN_ASSETS: readonly Keyword[] = [
  ...combine(['patrouille', 'patrouilles', 'convoi', 'convois', 'escorte', 'helicoptere', 'helicopteres', 'drone', 'drones', 'camion', 'camions', 'vehicules', 'contingent'], [''], ['onusien', 'onusienne', 'onusiens', 'onusiennes']),
  ...combine(['base', 'bases', 'position', 'positions', 'equipe', 'equipes', 'jeep', 'jeeps'], [''], ['onusienne', 'onusiennes']),
  'drone de l onu', 'drones de l onu', 'helicoptere de l onu', 'convoi de l onu', 'patrouille de l onu', 'base de l onu', 'position de l onu',
];

// Schools by other names and SMS: "institute", "prim sch", "sec school" (the French "institut" is already a school).
const SCHOOLS: readonly Keyword[] = ['institute', 'institutes', 'instituts', 'sch', 'schl', 'skul', 'skool', 'prim sch', 'primary sch', 'sec sch', 'secondary sch'].map((w) => [w, 'attack_on_school'] as const);

// A mine said suspected or lying on a road ("suspected mine on rd to …", "mine suspecte sur l'axe", "possible IED").
const SUSPECT_MINES: readonly Keyword[] = [
  ...combine(['suspected', 'suspectd', 'suspect', 'suspicious', 'possible', 'presumed'], [''], ['mine', 'mines', 'landmine', 'landmines', 'ied', 'ieds']).map((w) => [w, 'landmine'] as const),
  ...combine(['mine', 'mines'], [''], ['suspecte', 'suspectes', 'suspectee', 'suspectees', 'presumee', 'presumees']).map((w) => [w, 'landmine'] as const),
  ...combine(['mine', 'mines'], ['on', 'sur'], ['rd', 'road', 'the road', 'the rd', 'the track', 'la route', 'l axe', 'la piste', 'le chemin']).map((w) => [w, 'landmine'] as const),
];

// Ultimatums given in hours or days in SMS ("to leave within 48h", "quitter sous 72h", "dans les 24hrs").
const HOURS = ['24h', '48h', '72h', '24hrs', '48hrs', '72hrs', '24hr', '48hr', '72hr'];
const ULTIMATUMS: readonly Keyword[] = [
  // (a leaving or paying verb before the delay: "no incident in 24h" is no ultimatum)
  ...combine(['leave', 'quit', 'vacate', 'pay', 'go', 'quitter', 'partir', 'payer', 'evacuer', 'vider', 'deguerpir'], ['within', 'in', 'dans', 'sous', 'en', 'dans les', 'avant'], HOURS),
  'quitter les lieux sous', 'vider les lieux sous', 'quitter le village sous', 'leave the village within', 'leave the area within',
];

// Threatened with arrest, prison or a fine: the threat is the incident ("threatening traders with arrest", "menacés d'arrestation").
const THREATENED_WITH: readonly Keyword[] = [
  ...combine(['threatened', 'threatening', 'threatens', 'threaten'], ['with'], ['arrest', 'arrests', 'detention', 'prison', 'jail']),
  ...combine(['menace', 'menaces', 'menacee', 'menacees', 'menacent', 'menacant'], ['d', 'de'], ['arrestation', 'arrestations', 'arreter', 'emprisonnement', 'prison', 'cachot']),
].map((w) => [w, 'threat'] as const);

// Beatings typed in SMS without the vowel ("whipd", "flogd", "tabasé") and a mass movement of civilians ("mass movement of civilians").
const BEATINGS_SMS: readonly Keyword[] = ['whipd', 'whiped', 'whipt', 'flogd', 'floged', 'beatn', 'tabase', 'tabases', 'tabasee', 'tabasees', 'fouete', 'fouetes', 'fouetee', 'fouetees'];

// Fire opened in the present and the infinitive ("la police ouvre le feu", "troops open fire on the crowd").
const FIRE_OPENED: readonly Keyword[] = ['ouvre le feu', 'ouvrent le feu', 'ouvrant le feu', 'ouvrir le feu', 'open fire', 'opens fire', 'opening fire'];

// Letters and leaflets signed by a group are its threats ("lettre signée par les CODECO", "leaflets signed M23").
const SIGNED_LETTERS: readonly Keyword[] = combine(['lettre', 'lettres', 'tract', 'tracts', 'letter', 'letters', 'leaflet', 'leaflets', 'note', 'notes', 'message', 'messages'], [''], ['signee', 'signees', 'signe', 'signes', 'signed', 'signd']);

const T17: Partial<Record<Signal, readonly Keyword[]>> = {
  attack: FIRE_OPENED,
  peacekeeper: UN_ASSETS,
  school: SCHOOLS,
  explosive: SUSPECT_MINES,
  threat: [...ULTIMATUMS, ...THREATENED_WITH, ...SIGNED_LETTERS],
  torture: BEATINGS_SMS,
};

export function withT17(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  const out = { ...table };
  for (const [signal, extra] of Object.entries(T17) as Array<[Signal, readonly Keyword[]]>) out[signal] = [...out[signal], ...extra];
  return out;
}
