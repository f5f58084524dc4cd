import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * The mission named as the sender or as a landmark, not as a party (reports31).
 * - "UNPOL Uvira: un policier ivre a tiré sur un taximan", "UNPOL Bukavu: un voleur battu à mort par des agents de la PNC":
 *   the mission's police head the message with their town and a colon; nothing was done to or by them.
 * - "shots heard approx 3 km N of TOB Mavivi", "obus tombé à 2 km de la base de Kamango", "ERW handed in by a farmer at
 *   Komanda TOB": a base as where a thing was heard, found or handed in, in a report telling no harm done.
 * Only a peacekeeper or UN-personnel hit is looked at, and only the words beside it (Set lookups).
 */
const SENDERS: ReadonlySet<string> = new Set(['unpol', 'fpu']);
const BASES: ReadonlySet<string> = new Set(['tob', 'cob', 'sob', 'base']);
const DISTANCE: ReadonlySet<string> = new Set(['km', 'kms', 'm', 'n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw', 'north', 'south', 'east', 'west', 'nord', 'sud', 'est', 'ouest']);
const OF: ReadonlySet<string> = new Set(['of', 'from', 'de', 'du', 'la', 'l', 'the']);
const AT: ReadonlySet<string> = new Set(['at', 'to', 'a', 'au']);
const HARM_SAID: ReadonlySet<string> = new Set(['attack', 'kill', 'injure', 'abduct', 'sexual', 'loot', 'threat', 'detention', 'torture', 'access']);

/** "UNPOL Goma: …": a sender tag opening the report, then its town (capitalised words), then a colon. */
export function senderHeading(h: SignalHit, tokens: readonly Token[], description: string): boolean {
  if (h.start !== 0 || (h.value.signal !== 'peacekeeper' && h.value.signal !== 'unPersonnel') || !SENDERS.has(tokens[0]!.norm)) return false;
  for (let k = h.end; k < tokens.length && k <= h.end + 3; k++) {
    if (description.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(':')) return k > h.end;
    if (tokens[k]!.breakBefore || !/^\p{Lu}/u.test(tokens[k]!.text)) return false;
  }
  return false;
}

/** A base named only as a distance mark, or where a thing was handed in with no harm told. */
export function baseAsMark(h: SignalHit, tokens: readonly Token[], hits: readonly SignalHit[]): boolean {
  if (h.value.signal !== 'peacekeeper') return false;
  const last = h.end - 1;
  const first = h.start;
  if (!BASES.has(tokens[last]!.norm) && !BASES.has(tokens[first]!.norm)) return false;
  // ("3 km N of TOB Mavivi", "à 2 km de la base de Kamango": a distance from the base, which is no target whatever was done)
  let k = first - 1;
  while (k >= 0 && first - k <= 3 && OF.has(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
  if (k < first - 1 && k >= 0 && DISTANCE.has(tokens[k]!.norm)) return true;
  // ("at Komanda TOB": where a thing was handed in or found, no harm told)
  // ("One ERW (rocket) handed in": the munition that glosses the ordnance is no attack, reports31)
  if (hits.some((x) => HARM_SAID.has(x.value.signal) && !glossedOrdnance(x, tokens, hits))) return false;
  if (BASES.has(tokens[last]!.norm) && first >= 2 && /^\p{Lu}/u.test(tokens[first - 1]!.text) && AT.has(tokens[first - 2]!.norm) && !tokens[first]!.breakBefore) return true;
  return false;
}

const MUNITION = new Set(['rocket', 'rockets', 'roquette', 'roquettes', 'mortar', 'mortars', 'mortier', 'mortiers', 'obus', 'shell', 'shells', 'rpg', 'grenade', 'grenades', 'bomb', 'bombe']);
function glossedOrdnance(x: SignalHit, tokens: readonly Token[], hits: readonly SignalHit[]): boolean {
  return x.value.signal === 'attack' && MUNITION.has(tokens[x.start]!.norm) && hits.some((e) => e.value.signal === 'explosive' && e.value.subType === 'erw' && Math.abs(e.start - x.start) <= 3);
}
