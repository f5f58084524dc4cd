import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * A patrol that opens the report with no owner named is the reporter's own, the mission's: "Patrol came under fire near
 * Boikene at 1640, no casualties, fire returned", "Foot patrol ambushed near Kamango", "Patrouille prise à partie à
 * Mutwanga, pas de blessé", "Night patrol shot at on the Oicha road" (reports20; "our patrol came under fire" was read so
 * already). The patrol then raises a `peacekeeper` hit: an attack on it is an attack on peacekeepers. Look-alikes kept
 * out: a patrol of someone named ("FARDC patrol ambushed", "Patrouille de la police prise à partie", "M23 patrol"), a
 * patrol that only reports ("Patrol reports 3 civilians killed by ADF"), a patrol not at the head of the report.
 */
const PATROL = new Set(['patrol', 'patrols', 'patrouille', 'patrouilles']);
// Words a report may put before its patrol: "Foot patrol", "Night patrol", "Une patrouille", "Patrouille pédestre".
const KIND = new Set(['foot', 'night', 'day', 'mounted', 'motorised', 'motorized', 'long', 'short', 'range', 'company', 'coy', 'the', 'a', 'une', 'la', 'notre', 'our', 'routine']);
const KIND_AFTER = new Set(['pedestre', 'motorisee', 'de', 'nuit', 'jour', 'routine', 'was', 'has', 'had', 'been', 'a', 'ete', 'est', 'nocturne']);
// The attack on the patrol, in the words right after it.
const ATTACKED = /^(came|under|ambushed|ambush|attacked|targeted|fired|shot|stoned|pelted|prise|prises|attaquee|attaquees|ciblee|ciblees|embusquee|caillassee|caillassees|visee)$/;
const ATTACK_NEXT = /^(fire|under|at|upon|on|a|en|partie|embuscade|pour)$/;

export function ownPatrolHits(tokens: readonly Token[], isActor: (k: number) => boolean): SignalHit[] {
  let p = -1;
  for (let k = 0; k < tokens.length && k < 4; k++) {
    if (PATROL.has(tokens[k]!.norm)) {
      p = k;
      break;
    }
    if (!KIND.has(tokens[k]!.norm) || isActor(k)) return [];
  }
  if (p < 0) return [];
  let v = p + 1;
  while (v < p + 4 && KIND_AFTER.has(tokens[v]?.norm ?? '') && !tokens[v]!.breakBefore) v++;
  // ("Patrouille de la police", "patrol of FARDC": an owner named)
  if (tokens.slice(p + 1, v + 3).some((_, j) => isActor(p + 1 + j)) || /^(of|de|du|des)$/.test(tokens[p + 1]?.norm ?? '') && /^(la|l|les|the)$/.test(tokens[p + 2]?.norm ?? '')) return [];
  const verb = tokens[v];
  if (!verb || verb.breakBefore || !ATTACKED.test(verb.norm)) return [];
  // ("came under fire", "prise à partie": the verb's second word too; "ambushed", "attaquée" alone)
  if (/^(came|under|fired|shot|prise|prises)$/.test(verb.norm) && !ATTACK_NEXT.test(tokens[v + 1]?.norm ?? '')) return [];
  return [{ value: { signal: 'peacekeeper', subType: null }, start: p, end: p + 1 }];
}
