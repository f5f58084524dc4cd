import type { CategoryId } from '../../domain/taxonomy.js';
import type { SignalHit, Signals } from './categories.js';
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

/**
 * C6 too: an aid or mission vehicle held at a barrier until its drivers pay is access denied, not the extortion of
 * passers-by ("WFP truck held 6 hrs at a Wazalendo barrier near Kibua, drivers forced to pay before passing", as the
 * main corpus reads "jeton de 1000 FC par passager, humanitaires bloqués 4h"). Only when the money is the barrier's
 * levy (subtype extortion) and an aid or mission unit is named; goods looted from the convoy keep their reading.
 */
const HELD = /^(held|stopped|blocked|delayed|intercepted|retenue?s?|bloquee?s?|immobilise\w*|intercepte\w*|arrete|arretee|arretes|arretees)$/;
const PAY = /^(pay|paid|paying|payer|paye|payes|payee|payent|payaient)$/;
export function aidHeldForLevyFirst<R extends { category: CategoryId }>(ranked: R[], s: Signals, tokens: readonly Token[]): R[] {
  if (ranked[0]?.category !== 'looting_destruction' || !(s.has('peacekeeper') || s.has('humanitarian')) || s.firstSubType('access') !== 'roadblock') return ranked;
  // (the levy said with its price, or "forced to pay", "made to pay": a payment word inside the hit)
  const levy = (h: SignalHit): boolean => h.value.subType === 'extortion' || tokens.slice(h.start, h.end).some((t) => PAY.test(t.norm));
  // (the unit itself held or stopped: a patrol reporting a levy on traders, "CODECO manning a checkpoint, 1000 FC per
  // trader, no incident with ptl", keeps the extortion)
  if (!s.all('loot').every(levy) || !tokens.some((t) => UNIT.test(t.norm)) || !tokens.some((t) => HELD.test(t.norm))) return ranked;
  const access = ranked.find((r) => r.category === 'access_denial');
  return access ? [access, ...ranked.filter((r) => r !== access)] : ranked;
}
