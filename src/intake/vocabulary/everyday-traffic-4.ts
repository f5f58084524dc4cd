import type { Keyword, Signal } from '../categories/keywords.js';

/**
 * Everyday traffic and grave incidents (reports15): families of words the earlier tables missed, in both
 * languages and SMS spellings. Added to the keyword table by `withTune15`.
 */

const combine = (a: readonly string[], b: readonly string[], c: readonly string[]): string[] => a.flatMap((x) => b.flatMap((y) => c.map((z) => [x, y, z].filter(Boolean).join(' '))));

// Shops and houses broken into at night, in French ("vol nocturne", "boutiques cassées", "porte forcée"); "vol" alone is
// also a flight, so only its theft phrases.
const BREAK_INS: readonly Keyword[] = [
  'vol nocturne', 'vols nocturnes', 'vol de nuit', 'vols de nuit', 'vol qualifie', 'vols qualifies', 'vol avec effraction', 'vols avec effraction', 'effraction', 'effractions',
  ...combine(['boutique', 'boutiques', 'maison', 'maisons', 'magasin', 'magasins', 'porte', 'portes', 'kiosque', 'kiosques', 'depot', 'depots'], [''], ['cassee', 'cassees', 'casse', 'casses', 'forcee', 'forcees', 'force', 'forces', 'defoncee', 'defoncees', 'defonce', 'defonces']),
  // (the participle starts the phrase, so "ont cassé la porte" needs no auxiliary form: the index is keyed by first word)
  ...combine(['casse', 'cassent', 'force', 'forcent', 'defonce', 'defoncent'], ['la', 'les', 'des'], ['porte', 'portes', 'boutique', 'boutiques', 'magasin', 'magasins']),
  'forced the door', 'forced the doors', 'broke the door', 'broke down the door', 'break-in', 'break ins', 'break-ins', 'shops broken', 'houses broken',
];

// A weapon pointed at people is a threat ("soldiers pointed guns at traders", "ont braqué leurs armes sur la foule").
const GUNS_POINTED: readonly Keyword[] = [
  ...combine(['pointed', 'pointing', 'point', 'points', 'aimed', 'aiming'], ['', 'their', 'his', 'a', 'the'], ['gun', 'guns', 'weapon', 'weapons', 'rifle', 'rifles', 'ak', 'aks', 'ak47']),
  ...combine(['braque', 'braques', 'braquent', 'braquant', 'braquaient', 'pointe', 'pointes', 'pointent', 'pointant'], ['leurs', 'leur', 'son', 'ses', 'une', 'des', 'les'], ['arme', 'armes', 'fusil', 'fusils']),
  'menace avec une arme', 'menaces avec des armes', 'menacee avec une arme', 'menacees avec des armes', 'menaces avec une arme', 'threatened with a gun', 'threatened with guns', 'threatened at gunpoint',
];

// A message left to say they will be back to do worse ("ils reviendront finir le travail", "will come back for you").
const LEFT_WORD: readonly Keyword[] = [
  ...combine(['laisse', 'laissent'], ['un', 'une', 'des'], ['message', 'messages', 'lettre', 'lettres', 'mot', 'tract', 'tracts']),
  ...combine(['left', 'sent'], ['a'], ['message', 'note', 'letter', 'leaflet', 'threatening message', 'threatening note', 'threatening letter', 'warning']),
  'finir le travail', 'finir le boulot', 'terminer le travail', 'finish the job', 'finish the work', 'finish what they started', 'come back to finish', 'will come back for', 'reviendront finir', 'reviendrons finir', 'reviendra finir',
];

// Two sides at each other: "threw stones at each other", "se sont jetés des pierres", "les uns contre les autres".
const AT_EACH_OTHER: readonly Keyword[] = [
  'at each other', 'at one another', 'against each other', 'against one another', 'les uns contre les autres', 'les unes contre les autres', 'les uns sur les autres', 'se sont jetes des pierres', 'se jettent des pierres', 'se lancent des pierres', 'se sont lances des pierres', 'se sont battus', 'se battent', 'se sont bagarres',
];

// A calm now said, not a fight going on: "calm now", "calme maintenant", "now calm".
const CALM_NOW: readonly Keyword[] = ['calm now', 'now calm', 'quiet now', 'now quiet', 'calme maintenant', 'maintenant calme', 'calme pour l instant', 'calm for now', 'situation calme maintenant'];

// Armed men settled around a village or above it: "autour du vill", "in the hills above", "descendent au village la nuit".
const AROUND: readonly Keyword[] = [
  'autour du village', 'autour du vill', 'autour des villages', 'aux alentours du village', 'around the village', 'around the villages', 'outskirts of the village',
  ...combine(['ds les', 'dans les', 'sur les', 'in the', 'on the'], [''], ['collines au dessus', 'collines au-dessus', 'hills above', 'hill above', 'heights above', 'hauteurs de', 'hauteurs du', 'heights of']),
  ...combine(['descendent', 'descendaient', 'descend', 'descendent au', 'come down', 'comes down', 'coming down'], [''], ['au village', 'au vill', 'dans le village', 'dans les villages', 'to the village', 'into the village', 'la nuit', 'at night']),
  'installed a position', 'installed positions', 'installe une position', 'installe des positions', 'a position on', 'positions on the', 'une position sur', 'des positions sur',
];

// Made to flee: "forced over 1,500 people to flee", "poussé les habitants à fuir".
const FLEE_FORCED: readonly Keyword[] = combine(['people', 'ppl', 'residents', 'civilians', 'families', 'households', 'villagers', 'population', 'personnes', 'habitants', 'familles', 'menages', 'villageois', 'civils'], [''], ['to flee', 'a fuir', 'de fuir', 'to leave their homes', 'a quitter leurs maisons', 'a abandonner leurs maisons']);

// Nothing done yet, said of a presence watched: "no incident so far", "pas d'incident pour l'instant" (categories/slurs-and-carried-off.ts
// watchedPresence; the longer phrase hides the false alarm "no incident").
const SO_FAR: readonly Keyword[] = combine(['no incident', 'no incidents', 'pas d incident', 'aucun incident', 'no harm done'], [''], ['so far', 'yet', 'for now', 'for the moment', 'pour l instant', 'pour le moment', 'jusqu ici', 'jusque la', 'a ce stade']).map((k) => [k, 'watched'] as const);

// Held at a service's office or a cell: "held at the ANR office", "détenus à la DEMIAP" (not "a meeting held at the school").
const HELD_AT: readonly Keyword[] = combine(['held at the', 'held in the', 'held at', 'detenu a la', 'detenus a la', 'detenue a la', 'detenues a la', 'garde a la', 'gardes a la'], [''], ['anr', 'demiap', 'police', 'pnc', 'office', 'bureau', 'station', 'cell', 'cells', 'lock up', 'lockup', 'military camp', 'camp militaire', 'prison']);

const TUNE15: Partial<Record<Signal, readonly Keyword[]>> = {
  loot: BREAK_INS,
  threat: [...GUNS_POINTED, ...LEFT_WORD],
  fighting: AT_EACH_OTHER,
  neutral: [...CALM_NOW, ...SO_FAR],
  movement: AROUND,
  detention: HELD_AT,
  displace: FLEE_FORCED,
  // (the Fuliiru of the Ruzizi plain, as often spelled)
  community: ['bafuliiru', 'fuliiru', 'bafulero'],
  // a cut with a blade is a wound: "a man cut on the arm", "blessé à la machette au bras"
  injure: [...combine(['cut', 'cuts', 'slashed', 'hacked', 'wounded', 'blesse', 'blessee', 'blesses', 'coupe', 'coupee', 'entaille', 'entaillee'], ['on the', 'in the', 'au', 'a la', 'a l'], ['arm', 'hand', 'head', 'leg', 'neck', 'back', 'face', 'bras', 'main', 'tete', 'jambe', 'cou', 'dos', 'visage']), 'machete cuts'],
};

/** The keyword table with the reports15 families added. */
export function withTune15(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  const out = { ...table };
  for (const [signal, extra] of Object.entries(TUNE15) as Array<[Signal, readonly Keyword[]]>) out[signal] = [...out[signal], ...extra];
  return out;
}
