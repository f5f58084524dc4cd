import type { Keyword, Signal } from '../categories/keywords.js';

/**
 * Battalion and police focal points' register (reports19): families of words the earlier tables missed, in both
 * languages and SMS spellings. Added to the keyword table by `withT19`.
 */

const combine = (a: readonly string[], b: readonly string[]): string[] => a.flatMap((x) => b.map((y) => `${x} ${y}`));

// Armed men crossing a place on foot or in transit ("walked through Shabunda", "marching through", "en transit à", "de passage à").
const WALKED_THROUGH: readonly Keyword[] = [
  ...combine(['walked', 'walking', 'walk', 'marched', 'marching', 'moved', 'moving', 'went', 'transited', 'transiting', 'trekked', 'trekking'], ['through', 'thru']),
  'in transit', 'en transit', 'de passage', 'sont passes par', 'est passe par', 'ont transite', 'transitant',
];

// The population leaving, said of the population or the village as a whole ("pushed the pop towards Sake", "la pop a quitté le
// village", "we are all leaving", "villages emptying", "le village se vide"). "left the village" alone is read already.
const POP = ['pop', 'population', 'people', 'ppl', 'civilians', 'villagers', 'residents', 'inhabitants'];
const POP_FR = ['pop', 'population', 'populations', 'habitants', 'villageois', 'gens'];
const POP_LEAVING: readonly Keyword[] = [
  ...combine(['pushed the', 'pushing the', 'pushes the', 'drove the', 'driving the', 'forced the'], POP),
  ...combine(['a pousse la', 'ont pousse la', 'poussent la', 'poussant la', 'pousse la'], ['pop', 'population']),
  ...combine(POP_FR, ['a quitte', 'ont quitte', 'quitte', 'quittent', 'est partie', 'sont parties', 'sont partis', 'en fuite', 'se vide']),
  'a quitte le village', 'a quitte les lieux', 'a quitte la localite', 'a deserte le village', 'ont deserte le village', 'we are all leaving', 'we are leaving', 'all leaving', 'everyone is leaving', 'everybody is leaving', 'everyone leaving', 'people leaving', 'pop leaving', 'population leaving',
  'nous partons tous', 'on part tous', 'tout le monde part', 'tout le monde fuit', 'tout le monde quitte',
  'villages emptying', 'village emptying', 'emptying of', 'emptied of its population', 'village se vide', 'villages se vident', 'se vident de leur population', 'se vide de sa population', 'village vide de sa population',
];

// Suspicious items in sitrep shorthand ("suspicious pkg", "susp package", "waiting EOD", "attente EOD/démineurs").
const SUSPICIOUS: readonly Keyword[] = [
  ...combine(['suspicious', 'susp', 'suspect'], ['pkg', 'pkgs', 'pckg', 'parcel', 'parcels', 'bag', 'bags', 'item', 'items', 'box', 'sack']),
  ...combine(['sac', 'sacs', 'paquet', 'paquets', 'engin', 'engins', 'objet', 'objets'], ['suspect', 'suspects']),
  'waiting eod', 'awaiting eod', 'waiting for eod', 'eod requested', 'eod team requested', 'attente eod', 'en attente des demineurs', 'attente des demineurs',
];

// Access refused to a visit or a team by who holds the place ("refuse la visite des droits de l'homme", "visit denied").
const VISIT_REFUSED: readonly Keyword[] = [
  ...combine(['refuse', 'refusent', 'a refuse', 'ont refuse', 'refusant', 'refused', 'refuses', 'refusing', 'denied', 'denies'], ['la visite', 'les visites', 'the visit', 'a visit', 'visits']),
  'visite refusee', 'visites refusees', 'visit refused', 'visit denied', 'visits denied',
];

// The mission's engineers ("UN engineers", "génie de la MONUSCO", "engineering coy").
const UN_ENGINEERS: readonly Keyword[] = ['un engineers', 'un engineering', 'engineering coy', 'engineering company', 'genie de la monusco', 'genie monusco', 'monusco engineers', 'engineers of monusco'];

// Strokes of the whip counted ("received 50 strokes of the whip", "30 coups de fouets", "lashes of the chicotte").
const WHIP_STROKES: readonly Keyword[] = [
  ...combine(['strokes of the', 'strokes with the', 'strokes of a', 'lashes of the', 'lashes with the', 'blows of the'], ['whip', 'chicotte', 'cane', 'stick']),
  'coups de fouets', 'coups de cravache', 'coups de chicottes', 'coups de chicote',
];

const T19: Partial<Record<Signal, readonly Keyword[]>> = {
  torture: WHIP_STROKES,
  peacekeeper: UN_ENGINEERS,
  explosive: SUSPICIOUS,
  access: VISIT_REFUSED,
  movement: WALKED_THROUGH,
  displace: POP_LEAVING,
};

// "No incident" is no denial: armed men seen passing "sans incident" were seen (the quiet day reads it from categories/quiet-days.ts).
const NOT_DENIALS = new Set(['no incident', 'without incident', 'sans incident', 'aucun incident', 'pas d incident']);
const denial = (k: Keyword): boolean => typeof k !== 'string' && k[1] === 'false_alarm' && NOT_DENIALS.has(k[0]);

export function withT19(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  const out = { ...table };
  for (const signal of Object.keys(out) as Signal[]) if (out[signal].some(denial)) out[signal] = out[signal].filter((k) => !denial(k));
  for (const [signal, extra] of Object.entries(T19) as Array<[Signal, readonly Keyword[]]>) out[signal] = [...out[signal], ...extra];
  return out;
}
