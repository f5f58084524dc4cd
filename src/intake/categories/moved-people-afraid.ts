import type { Signals } from './categories.js';
import type { QuietKind } from './quiet-days.js';

/**
 * A named group on the move with "no incident", the people only afraid ("around 40 armed Raia Mutomboki passed through
 * Kalonge heading north, no incident but the population is afraid and staying indoors", "Nyatura traversent Kibabi, pas
 * d'incident mais la population a peur"; reports35) is a movement, not a quiet day: the fear is of the armed men seen
 * (README: armed men about "ppl fear to go farm" are a movement). constructions/military-police-register.ts
 * movedWithoutIncident sets fear aside with the harms; this takes it back when nothing else but fear is said: no harm,
 * no flight, no threat, no rumour denied.
 */
const OTHER_HARMS = ['kill', 'injure', 'abduct', 'sexual', 'loot', 'attack', 'threat', 'displace', 'fighting', 'torture'] as const;

export function movedWithPeopleAfraid(quiet: QuietKind | null, s: Signals, groupNamed: boolean): boolean {
  if (quiet !== 'calm' || !groupNamed || !s.has('fear')) return false;
  // ("calm but pop fears M23 advance": the movement feared, not seen; "no incident" said of what was seen)
  const fears = s.all('fear');
  const seen = s.all('movement').some((h) => h.value.subType !== 'weak' && !fears.some((f) => f.end <= h.start && h.start - f.end <= 3));
  if (!seen || !s.tokens.some((t) => t.norm === 'incident' || t.norm === 'incidents')) return false;
  return !OTHER_HARMS.some((x) => s.has(x));
}
