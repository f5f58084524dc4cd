import type { CategoryId } from '../../domain/taxonomy.js';
import type { Victims } from '../../domain/alert.js';
import type { Signals } from './categories.js';

/**
 * Threats inside a displacement story (reports36): "IDPs from Kalembe refuse to return after Nyatura threatened to kill
 * 'anyone who talks to the FARDC'", "les déplacés de Kalembe refusent de rentrer après des menaces de mort des Nyatura".
 * The people are named as displaced already (IDPs, déplacés, PDI, wakimbizi) and nobody is said to flee, arrive or go
 * home now (a return refused is none, categories/returns.ts): the threat is what is new, and names the report, though it
 * is told after "after" like a cause. Look-alikes: people fleeing or arriving after a threat ("families leave for
 * Kiwanja after the threats", "300 IDPs arrived after M23 threats") stay a displacement; a counted flight too.
 */
const DISPLACED_NOUNS: ReadonlySet<string> = new Set(['idp', 'idps', 'deplaces', 'deplacees', 'pdi', 'pdis', 'wakimbizi', 'refugies', 'refugees']);

export function threatOnDisplacedFirst<R extends { category: CategoryId }>(ranked: R[], s: Signals, victims: Victims): R[] {
  if (ranked[0]?.category !== 'displacement' || !s.has('threat') || victims.displaced !== null) return ranked;
  if (!s.all('displace').every((h) => h.end === h.start + 1 && DISPLACED_NOUNS.has(s.tokens[h.start]!.norm))) return ranked;
  const threat = ranked.find((r) => r.category === 'threat_intimidation');
  return threat ? [threat, ...ranked.filter((r) => r !== threat)] : ranked;
}
