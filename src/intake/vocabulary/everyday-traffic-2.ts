import type { Keyword, Signal } from '../categories/keywords.js';

/**
 * Everyday field traffic (reports11, second pass): keyword families added to the one keyword table by
 * `withClasses9`; the hits they raise are read again in `constructions/everyday-traffic-2.ts`.
 */

// Force used on a crowd is an attack, not ill-treatment: "police fired teargas", "gaz lacrymogènes", "balles en caoutchouc".
const CROWD_FORCE: readonly Keyword[] = [
  'teargas', 'tear gas', 'tear-gas', 'tear gassed', 'teargassed', 'gaz lacrymogene', 'gaz lacrymogenes', 'lacrymogene*', 'lacrymo', 'lacrymos',
  'rubber bullet*', 'balle en caoutchouc', 'balles en caoutchouc', 'water cannon*', 'canon a eau', 'canons a eau',
];

// Shots in the air, said every way; read in `rereadTune11` (intimidation, or nothing when a crowd is dispersed).
const AIR_SHOTS: readonly Keyword[] = [
  'shooting in the air', 'shooting into the air', 'firing in the air', 'firing into the air', 'fire in the air', 'fire into the air', 'shoot in the air',
  'shoot into the air', 'shots into the air', 'shots fired in the air', 'gunshots in the air', 'fired shots in the air',
  'tirent en l air', 'tiraient en l air', 'tirant en l air', 'tirer en l air', 'tire en l air', 'tirs en l air', 'coups de feu en l air', 'tir en l air', 'rafales en l air', 'rafale en l air', 'bursts in the air', 'shot into the air', 'shooting in d air', 'firing in d air', 'shots in d air', 'shooting in da air',
].map((k) => [k, 'air_shots'] as const);

// A levy taken by armed men from civilians is extortion under threat: "collecting 'effort de guerre'", "taxe de guerre".
const LEVIES: readonly Keyword[] = [
  'effort de guerre', 'war effort', 'war tax', 'war taxes', 'taxe de guerre', 'taxes de guerre', 'contribution de guerre', 'contributions de guerre',
  'collecting taxes', 'collect taxes', 'collected taxes', 'collecting money', 'collecting contributions', 'collecting levies', 'levies', 'levy',
  'percoivent des taxes', 'percoit des taxes', 'percevoir des taxes', 'percoivent', 'ramassent de l argent', 'collectent de l argent', 'collectent des taxes',
].map((k) => [k, 'extortion'] as const);

// Peacekeepers writing of their own: "stones thrown at our APC", "notre patrouille prise à partie".
const OUR_UNITS: readonly Keyword[] = [
  'our apc', 'our apcs', 'our patrol', 'our patrols', 'our base', 'our troops', 'our soldiers', 'our peacekeepers', 'our position', 'our positions',
  'our cob', 'our tob', 'our platoon', 'our company', 'our battalion', 'our armoured vehicle', 'our armored vehicle', 'our armoured vehicles', 'our armored vehicles',
  'notre patrouille', 'nos patrouilles', 'notre base', 'notre position', 'nos positions', 'nos troupes', 'nos soldats', 'nos casques bleus', 'notre peloton',
  'notre compagnie', 'notre bataillon', 'notre cob', 'notre tob', 'notre apc', 'nos apc', 'notre blinde', 'nos blindes', 'monusco apc', 'apc de la monusco',
];

// People caught where fighting goes on: "population bloquée", "civilians stuck" (not a road closed to them).
const CAUGHT: readonly Keyword[] = [
  'population bloquee', 'populations bloquees', 'pop bloquee', 'civils bloques', 'habitants bloques', 'population coincee', 'civils coinces', 'habitants coinces',
  'people stuck', 'civilians stuck', 'residents stuck', 'population stuck', 'villagers stuck', 'people blocked', 'civilians blocked', 'residents blocked',
];

// "le meurtre d'un chauffeur", "une attaque meurtrière": a killing in the French noun (not "meurtri", bruised).
const MURDER: readonly Keyword[] = ['meurtre', 'meurtres', 'meurtrier', 'meurtriere', 'meurtriers', 'meurtrieres'];

// Gunfire of joy threatens nobody: "tirs de joie lors d'un mariage", "celebratory gunfire after the match".
const JOY_SHOTS: readonly Keyword[] = [
  'tirs de joie', 'tir de joie', 'coups de feu de joie', 'celebratory gunfire', 'celebratory shots', 'celebratory fire', 'celebratory shooting', 'shots of joy', 'happy shooting',
].map((k) => [k, 'false_alarm'] as const);

// An armed group that plans an attack prepares it: "les ADF prévoient d'attaquer", "projettent d'attaquer".
const PLANS: readonly Keyword[] = ['prevoient', 'prevoit', 'prevoyaient', 'prevoyait', 'prevoyant', 'projettent d', 'projette d', 'envisagent d', 'envisage d'].map((k) => [k, 'preparing'] as const);

/** The keyword table with the families above added. */
export function withClasses9(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  return {
    ...table,
    attack: [...table.attack, ...CROWD_FORCE],
    threat: [...table.threat, ...AIR_SHOTS, ...LEVIES],
    peacekeeper: [...table.peacekeeper, ...OUR_UNITS],
    underway: [...table.underway, ...CAUGHT],
    kill: [...table.kill, ...MURDER],
    neutral: [...table.neutral, ...JOY_SHOTS],
    fear: [...table.fear, ...PLANS],
  };
}
