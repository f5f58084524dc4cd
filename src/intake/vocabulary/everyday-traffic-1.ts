import type { Keyword, Signal } from '../categories/keywords.js';

/** Everyday field traffic (reports10): vocabulary families; the constructions are in constructions/everyday-traffic-1.ts. */

// "Kyandenga fighters 'asked for wives'", "réclament des femmes en mariage": armed men demanding wives is forced marriage (CRSV).
const WIVES_DEMANDED: readonly Keyword[] = ['asked for wives', 'asking for wives', 'ask for wives', 'demanding wives', 'demanded wives', 'demand wives', 'want wives', 'wanted wives', 'asked for girls as wives', 'demanding girls as wives',
  'demandent des femmes en mariage', 'demandent des epouses', 'reclament des epouses', 'reclament des femmes', 'exigent des epouses', 'exigent des femmes', 'demandent des filles en mariage', 'reclament des filles', 'exigent des filles', 'ont demande des epouses', 'ont reclame des epouses'].map((k) => [k, 'forced_marriage'] as const);

// "youths threaten to burn the base", "menacent de brûler": a threat said with its verb and what will be done.
const THREATEN_TO: readonly Keyword[] = ['threaten to burn', 'threatened to burn', 'threatening to burn', 'threaten to kill', 'threatened to kill', 'threatening to kill', 'threaten to loot', 'threatened to loot',
  'menacent de bruler', 'menace de bruler', 'menacent de tuer', 'menace de tuer', 'ont menace de bruler', 'ont menace de tuer', 'menacent de piller',
  // (t25: "threaten to shoot drivers who refuse", "menacent de tirer sur ceux qui refusent": the threat said with a toll, C6)
  ...['threaten to', 'threatens to', 'threatened to', 'threatening to'].flatMap((v) => ['shoot', 'beat', 'whip', 'abduct', 'attack', 'arrest'].map((w) => `${v} ${w}`)),
  // (t25: an attack promised or vowed is threatened: "ils promettent d'attaquer ce soir", "vowed to attack tonight")
  ...['promise to', 'promises to', 'promised to', 'promising to', 'vow to', 'vows to', 'vowed to', 'vowing to', 'swear to', 'swore to'].map((v) => [`${v} attack`, 'threat_of_attack'] as const),
  ...['promise to', 'promises to', 'promised to', 'promising to', 'vow to', 'vows to', 'vowed to', 'vowing to', 'swear to', 'swore to'].flatMap((v) => ['burn', 'kill'].map((w) => `${v} ${w}`)),
  ...['promettent d', 'promet d', 'ont promis d', 'a promis d', 'jurent d', 'ont jure d'].map((v) => [`${v} attaquer`, 'threat_of_attack'] as const),
  ...['promettent d', 'promet d', 'ont promis d', 'a promis d', 'jurent d', 'ont jure d'].flatMap((v) => ['incendier', 'exterminer'].map((w) => `${v} ${w}`)),
  ...['promettent de', 'promet de', 'ont promis de', 'a promis de', 'jurent de', 'ont jure de'].flatMap((v) => ['bruler', 'tuer', 'revenir attaquer'].map((w) => `${v} ${w}`)),
  ...['menacent de', 'menace de', 'ont menace de', 'menacant de', 'menacaient de'].flatMap((v) => ['tirer', 'frapper', 'fouetter', 'chicotter', 'enlever', 'attaquer', 'tabasser'].map((w) => `${v} ${w}`)),
  // death threats quoted: "'we will cut your heads'", "« on va vous égorger »"
  'we will cut your heads', 'we will cut your throats', 'will cut your heads', 'we will kill you', 'we will kill you all', 'we will finish you', 'we will burn you', 'we are coming for you',
  'on va vous couper la tete', 'nous allons vous couper la tete', 'on va vous egorger', 'on va vous tuer', 'nous allons vous tuer', 'on va vous bruler', 'nous allons vous exterminer', 'on va vous exterminer'];

// "occupied the parish and expelled the priests", "ont chassé les occupants": people put out of their place by armed men.
const EXPELLED: readonly Keyword[] = ['expelled', 'evicted', 'chased out the', 'drove out the', 'kicked out'].flatMap((v) => ['the priests', 'the residents', 'the occupants', 'the owners', 'the families', 'the nuns', 'the teachers', 'the villagers', 'the inhabitants'].map((o) => `${v.replace(/ the$/, '')} ${o}`))
  .concat(['chasse les', 'ont chasse les', 'expulse les', 'ont expulse les', 'expulsent les', 'chassent les'].flatMap((v) => ['pretres', 'occupants', 'habitants', 'proprietaires', 'religieuses', 'familles', 'enseignants', 'villageois'].map((o) => `${v} ${o}`)));

/** The keyword table with the families above added. */
export function withClasses9Tune10(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  return { ...table, sexual: [...table.sexual, ...WIVES_DEMANDED], threat: [...table.threat, ...THREATEN_TO, ...EXPELLED] };
}
