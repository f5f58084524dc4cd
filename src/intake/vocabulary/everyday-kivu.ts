import type { Keyword, Signal } from '../categories/keywords.js';
import { combine } from '../categories/keyword-families.js';

/**
 * Everyday traffic from the Kivus (reports13): families of words the earlier tables missed, in both
 * languages. Added to the keyword table by `withEverydayKivu`; a longer phrase hides a shorter one.
 */


// A person struck by armed men or soldiers: "les bakata ont frappé le chef", "frappé et dépouillé", "frappés à coups de bâton".
// (an armed group that "struck" a village again attacked it: "les ADF ont encore frappé à Mamove", see STRUCK_A_PLACE)
// (phrases start on the verb, not on "a"/"ont": a phrase is looked up by its first word, and common first words cost every report)
const STRUCK = [
  // (not "ont frappé": "les ADF ont frappé le village" is an attack, read on "frappé le village")
  'l ont frappe', 'les ont frappes', 'frappent les', 'frappaient les', 'frappent des', 'frappaient des',
  ...combine(['frappe', 'frappes', 'frappee', 'frappees'], [''], ['et', 'a coups', 'avec des', 'avec un', 'au baton', 'a la crosse', 'le', 'la', 'les', 'un', 'une', 'des']),
];
const STRUCK_A_PLACE = [
  ...combine(['frappe'], ['le', 'la', 'les', 'un', 'une', 'a', 'au', 'aux', 'dans', 'dans le', 'dans la', 'sur', 'ce matin', 'cette nuit', 'hier'], ['village', 'villages', 'localite', 'localites', 'ville', 'cite', 'site', 'camp', 'position', 'positions', 'base', 'quartier', 'marche', 'groupement']),
  'frappe a', 'frappe fort', 'encore frappe', 'de nouveau frappe', 'nouveau frappe',
];

// Money demanded by armed men or soldiers (C6, extortion): "des militaires demandent de l'argent au marché", "soldiers demanding money".
const MONEY_DEMANDED = [
  ...combine(['demandent', 'demande', 'demandaient', 'demandait', 'exigent', 'exige', 'exigeaient', 'exigeait', 'reclament', 'reclame', 'reclamaient', 'reclamait', 'imposent', 'prennent', 'prenaient', 'soutirent', 'soutiraient'], [''], ['de l argent', 'l argent', 'des sous', 'de l argent aux', 'de l argent a']),
  ...combine(['demanding', 'demand', 'demands', 'demanded', 'asking for', 'asked for', 'ask for', 'asks for', 'extorting', 'extort', 'extorted', 'taking'], [''], ['money', 'cash', 'bribes', 'a bribe']),
].map((k) => [k, 'extortion'] as const);

// An order to leave or to close a place (forced return threatened): "ordre de fermer le site avant vendredi", "ordered to leave the camp".
const ORDERED_OUT = [
  ...combine(['ordre', 'ordres', 'ordonne', 'ordonnent', 'ordonnant', 'somme', 'sommes', 'sommation'], ['de', 'd'], ['fermer', 'quitter', 'partir', 'vider', 'evacuer', 'demanteler', 'abandonner']),
  ...combine(['ordered', 'order', 'orders', 'ordering', 'told', 'given'], ['to'], ['leave', 'close', 'vacate', 'evacuate', 'empty', 'dismantle', 'abandon']),
  // the order split by who gave it ("l'ordre de l'AFC/M23 de fermer le site"): the closing said of a camp
  ...combine(['fermer', 'fermeture', 'demanteler', 'demantelement', 'vider', 'close', 'closing', 'closure of', 'dismantle', 'dismantling', 'empty'], ['le', 'les', 'du', 'des', 'the'], ['site', 'sites', 'camp', 'camps']),
];

// Tension over water or food, with no community or group against another: "tension at water points", "tension à la distribution".
const SCARCITY_TENSION = combine(['tension', 'tensions'], ['at', 'at the', 'around', 'over', 'during', 'aux', 'au', 'a la', 'autour des', 'lors de la'], ['water point', 'water points', 'points d eau', 'point d eau', 'bornes fontaines', 'taps', 'robinets', 'distribution', 'food distribution']);

// Two parties blaming each other: nobody named as the doer ("Twirwaneho and Mai-Mai accuse each other").
// (with the table's "accuse each other", "s'accusent mutuellement")
const MUTUAL_BLAME = ['blamed each other', 'blame one another', 'accused each other', 'accuse one another', 'trade accusations', 'trading accusations', 'traded accusations', 'se rejettent la responsabilite', 'se renvoient la responsabilite', 'se rejettent la faute', 'se renvoient la balle', 's accusaient', 's accusaient mutuellement', 'accusations mutuelles', 'accusations reciproques'];

// People put out of where they live or shelter ("400 IDPs forced out of the school", "déguerpis du site", "délogés de l'école").
const PUT_OUT = [
  'forced out of', 'forced out', 'forcibly evicted', 'evicted from', 'kicked out of', 'thrown out of', 'driven out of their',
  'chassees de', 'chasses du', 'chassees du', 'expulses du', 'expulsees de', 'expulsees du', 'deguerpis', 'deguerpies', 'deguerpissement', 'deloges', 'delogees', 'deloges de', 'delogees de',
];

// Harm done by a spouse at home is domestic violence, no conflict incident ("tabassée par son mari militaire", "beaten by her husband").
const DOMESTIC = [
  'par son mari', 'par son epoux', 'par son conjoint', 'par son concubin', 'par sa femme', 'par son epouse', 'by her husband', 'by his wife', 'by her partner', 'by her spouse', 'by his partner',
  'violence conjugale', 'violences conjugales', 'violence domestique', 'violences domestiques', 'domestic violence', 'domestic dispute', 'dispute conjugale', 'querelle conjugale', 'conflit conjugal', 'menage en conflit',
].map((k) => [k, 'domestic'] as const);

// Shots of forces chasing criminals are law enforcement, no attack on anyone ("soldiers chasing thieves", "policiers à la poursuite de bandits").
const PURSUIT = [
  // ("à la poursuite de", "in pursuit of": the phrase starts on "poursuite"/"pursuit")
  ...combine(['chasing', 'chased', 'pursuing', 'pursued', 'pursuit of', 'poursuivaient', 'poursuivent', 'poursuivant', 'pourchassaient', 'pourchassent', 'pourchassant', 'traquaient', 'traquent', 'poursuite de', 'poursuite des', 'poursuite d'], ['', 'the', 'some', 'a', 'des', 'les', 'un', 'de', 'suspected', 'presumes'], ['thieves', 'thief', 'robbers', 'bandits', 'bandit', 'criminals', 'suspects', 'voleurs', 'voleur', 'malfaiteurs', 'criminels', 'braqueurs', 'kuluna']),
  'course poursuite',
].map((k) => [k, 'pursuit'] as const);

const EVERYDAY_KIVU: Partial<Record<Signal, readonly Keyword[]>> = {
  torture: STRUCK,
  attack: STRUCK_A_PLACE,
  loot: MONEY_DEMANDED,
  threat: ORDERED_OUT,
  neutral: [...SCARCITY_TENSION, ...DOMESTIC, ...PURSUIT],
  tension: MUTUAL_BLAME,
  displace: PUT_OUT,
};

export function withEverydayKivu(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  const out = { ...table };
  for (const [signal, extra] of Object.entries(EVERYDAY_KIVU) as Array<[Signal, readonly Keyword[]]>) out[signal] = [...out[signal], ...extra];
  return out;
}
