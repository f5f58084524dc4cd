import type { Token } from '../normalize.js';
import type { SignalHit } from '../categories/categories.js';
import type { Signal } from '../categories/keywords.js';

/**
 * The host army or police named in a clause of their own that tells no harm, in a report whose harm another
 * actor did, responded or were only there: "ADF attack on Mayangose, 4 killed. FARDC in pursuit",
 * "Wazalendo abducted 3 traders; FARDC commander informed", "5 dead, FARDC reinforcements sent",
 * "M23 shelled Kibumba, FARDC positions nearby". Naming them a perpetrator sets the HRDDP flag on a force that
 * did nothing (C1, C2 name them only when they did the harm). A fight anywhere in the report keeps every party (C4).
 */
const HARM: ReadonlySet<Signal> = new Set(['kill', 'injure', 'attack', 'fighting', 'abduct', 'sexual', 'detention', 'torture', 'loot', 'threat', 'recruit', 'hate', 'access', 'militaryUse']);
// Words that name who did it, not a harm: "FARDC intervened and the attackers fled".
const DOERS = /^(attackers|assailants|assaillants|agresseurs|ravisseurs|kidnappers|abductors|raiders|gunmen)$/;
// "near the FARDC position", "près de la position FARDC de Kokola": a place, not a doer.
const PLACE_BEFORE = /^(position|positions|camp|base|poste|checkpoint|barriere|barrier|roadblock|quartier|caserne|barracks)$/;
const NEAR = /^(near|nearby|close|pres|proche|vers|toward|towards|around|autour|next|beside|a cote|cote|behind|derriere)$/;

export function forceOnlyResponding(tokens: readonly Token[], start: number, end: number, hits: readonly SignalHit[]): boolean {
  if (hits.some((h) => h.value.signal === 'fighting')) return false;
  let from = start;
  while (from > 0 && !tokens[from]!.breakBefore) from--;
  let to = end;
  while (to < tokens.length && !tokens[to]!.breakBefore) to++;
  for (const h of hits) if (h.start < to && h.end > from && HARM.has(h.value.signal) && !DOERS.test(tokens[h.start]!.norm)) return false;
  return true;
}

/**
 * The force's post named as where it happened: "2 farmers killed near the FARDC camp at Mbau", "près de la
 * position FARDC de Kokola". A landmark, not a doer (whoever did it is said elsewhere, or nobody is).
 */
export function forceNamedAsPlace(tokens: readonly Token[], start: number, end: number): boolean {
  const before = tokens[start - 1]?.norm ?? '';
  const after = tokens[end]?.norm ?? '';
  if (PLACE_BEFORE.test(before) && nearWithin(tokens, start - 4, start - 1)) return true;
  return PLACE_BEFORE.test(after) && !tokens[end]!.breakBefore && nearWithin(tokens, start - 3, start);
}

function nearWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) if (NEAR.test(tokens[k]!.norm)) return true;
  return false;
}
