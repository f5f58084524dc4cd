import type { Keyword, Signal } from '../categories/keywords.js';

/**
 * Everyday traffic from Ituri and Beni (reports12): families of words the earlier tables missed, in both
 * languages. Added to the keyword table by `withEverydayTraffic12`.
 */
// ("exigent de l'argent", "réclament de l'argent" are left to the readings of barriers, convoys held and threats: C6)
const DEMAND = ['demander', 'demandent', 'demande', 'demandaient', 'demandait', 'soutirer', 'soutirent', 'soutire'];
const EVERYDAY12: Partial<Record<Signal, readonly Keyword[]>> = {
  // Money or papers taken from civilians by whoever holds power over them (C6): "leur demander de l'argent",
  // "exigent de l'argent aux passants", "confisquent leurs cartes", "demanding money from", "confiscated their IDs".
  loot: [
    ...DEMAND.flatMap((v) => [`${v} de l argent`, `${v} l argent`, `leur ${v} de l argent`, `${v} des sous`]),
    'demanding money', 'demanded money', 'demand money', 'demands money', 'asking for money', 'asked for money', 'asking them for money', 'extorting money',
    'confisqu*', 'confiscat*', 'seized their', 'took their cards', 'took their ids',
    // a fire said to be set on purpose, whatever else is unknown: "les commerçants soupçonnent un acte criminel"
    ['acte criminel', 'criminal'], ['actes criminels', 'criminal'], ['origine criminelle', 'criminal'], ['main criminelle', 'criminal'], ['criminal act', 'criminal'],
    ['foul play', 'criminal'], ['suspected arson', 'criminal'], ['arson suspected', 'criminal'], ['set deliberately', 'criminal'], ['deliberately set', 'criminal'],
  ],
  // People falling back to a safer place are displaced ("la population s'est repliée vers Fataki", "pop se replie en brousse");
  // armed men falling back stay a movement ("les CODECO se sont repliés").
  displace: ['population', 'pop', 'habitants', 'villageois', 'civils', 'civilians', 'residents', 'villagers'].flatMap((who) =>
    ['s est repliee', 's est replie', 'se replie', 'se replient', 'se sont replies', 'se sont repliees', 'repliee', 'repliees', 'fell back', 'withdrew', 'retreated'].map((v) => `${who} ${v}`)),
  // The people who host the displaced, one side of a quarrel with them: "IDPs accuse the host community of stealing crops".
  community: ['host community', 'host communities', 'host population', 'host families', 'communaute hote', 'communautes hotes', 'communaute d accueil', 'population hote', 'population d accueil', 'familles d accueil'],
  // A jailbreak is no harm done to civilians: "évasion à la prison centrale", "23 détenus en fuite", "prison break".
  neutral: [
    ...['evasion', 'evasions', 'evasion massive', 'evades', 'evadees', 'evade', 's est evade', 'se sont evades', 'se sont evadees', 'detenus en fuite', 'prisonniers en fuite', 'detenus evades', 'prisonniers evades'].map((k) => [k, 'jailbreak'] as const),
    ...['jailbreak', 'jail break', 'prison break', 'prison break in', 'jail break in', 'prison breakout', 'escaped from prison', 'escaped from jail', 'escaped from the prison', 'escaped from the jail', 'broke out of prison', 'broke out of jail', 'inmates escaped', 'prisoners escaped', 'detainees escaped', 'escaped inmates', 'escaped prisoners'].map((k) => [k, 'jailbreak'] as const),
  ],
};

/** The keyword table with the everyday-traffic families added. */
export function withEverydayTraffic12(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  const out = { ...table };
  for (const [signal, extra] of Object.entries(EVERYDAY12) as Array<[Signal, readonly Keyword[]]>) out[signal] = [...out[signal], ...extra];
  return out;
}
