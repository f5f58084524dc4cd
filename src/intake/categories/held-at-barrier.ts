import type { CategoryId } from '../../domain/taxonomy.js';
import type { Signals } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * C6: a mission patrol, an aid convoy or team held at a checkpoint or barrier is access denied, even when the report adds
 * "no reason given" / "sans motif" (a detention word of its own, reports27: "MONUSCO patrol held by FARDC at the Nyabibwe
 * checkpoint for 3 hours, no reason given"). Look-alikes kept out: people arrested there ("2 MONUSCO staff arrested by
 * FARDC at the checkpoint", "a trader held at the checkpoint": a detention), a patrol held with no barrier named.
 */
const UNIT = /^(patrol|patrols|ptl|patrouille|patrouilles|convoy|convoys|convoi|convois|team|teams|equipe|equipes|mission|vehicle|vehicles|vehicule|vehicules|trucks?|camions?)$/;
const ARRESTED = /^(arrest\w*|arret\w*|detained|detenus?|detenues?|jailed|incarcer\w*|emprisonn\w*|cachot|cell)$/;

export function heldAtBarrierFirst<R extends { category: CategoryId }>(ranked: R[], s: Signals, tokens: readonly Token[]): R[] {
  if (ranked[0]?.category !== 'arbitrary_detention' || !(s.has('peacekeeper') || s.has('humanitarian')) || s.firstSubType('access') !== 'roadblock') return ranked;
  if (!tokens.some((t) => UNIT.test(t.norm)) || tokens.some((t) => ARRESTED.test(t.norm))) return ranked;
  const access = ranked.find((r) => r.category === 'access_denial');
  return access ? [access, ...ranked.filter((r) => r !== access)] : ranked;
}
