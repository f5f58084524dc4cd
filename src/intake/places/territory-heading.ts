import type { Place } from '../../config/mission.js';
import type { Token } from '../normalize.js';
import { CAUSE_WORDS } from '../categories/causes.js';

/**
 * A heading that names the territory, then the village where it happened: "Djugu: bagarre … au marché de Largu" is
 * Largu, "Walikale: les M23 ont pris 3 jeunes à Pinga" is Pinga (territory + village = the village). Only a heading (the report's first
 * words, then a colon, dash or comma) whose name is the territory of a place named later gives way; "Djugu centre,
 * 3 blessés" or a heading of another territory stays.
 */
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

// (where people went, or a road: "des villages se vident vers Minova", "axe Minova-Kalehe")
const AWAY = /^(vers|towards?|to|jusqu|axe|route|road|pour)$/;
// ("sur la route d'Epulu", "axe de Lolwa", "the road of Komanda": a road named by its far end, a joining word between; reports45)
const OF = /^(de|d|du|des|of|to)$/;
const awayBefore = (tokens: readonly Token[], at: number): boolean =>
  AWAY.test(tokens[at - 1]?.norm ?? '') || (OF.test(tokens[at - 1]?.norm ?? '') && AWAY.test(tokens[at - 2]?.norm ?? ''));
// (an event referred to: "Beni: posts calling for revenge after the Mamove massacre" is Beni)
function afterCause(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) if (CAUSE_WORDS.has(tokens[k]!.norm)) return true;
  return false;
}
const TOWN = /^(centre|center|ville|town|cite|city|centre-ville)$/;

// (reports47: a sender's words around the heading, "SMS from Lubero FP:", "msg du PF Lubero:", "Suite Lubero:": the
// sender's territory, the village named after it is where it happened)
const LEAD = /^(sms|msg|message|from|de|du|suite|update|fp|pf)$/;
const SENDER = /^(fp|pf)$/;

export function territoryHeadingLast<P extends { start: number; end: number; place: Place }>(places: P[], tokens: readonly Token[], calm: boolean): P[] {
  const head = places[0];
  let lead = 0;
  while (lead < 4 && LEAD.test(tokens[lead]?.norm ?? '') && !tokens[lead + 1]?.breakBefore) lead++;
  const close = head && SENDER.test(tokens[head.end]?.norm ?? '') && lead > 0 ? head.end + 1 : (head?.end ?? 0);
  // (a calm day under the heading is the territory's: "Kalehe: situation calme … axe Minova–Kalehe")
  if (calm || !head || places.length < 2 || head.start !== lead || close >= tokens.length || !(tokens[close]!.breakBefore || tokens[close]!.start - tokens[close - 1]!.end > 1)) return places;
  // ("Djugu centre", "Beni ville", "Walikale-centre": the town itself)
  if (TOWN.test(tokens[head.end]?.norm ?? '') || TOWN.test(tokens[head.end - 1]!.norm)) return places;
  const name = fold(head.place.name);
  // (the heading as written, when an alias of the territory's town: "Mambasa:" is Mambasa Centre by alias, and the territory by name; reports36)
  const written = tokens.slice(head.start, head.end).map((t) => t.norm).join(' ');
  const inside = places.filter((q) => q.start >= head.end && q.place.id !== head.place.id && q.place.level === 'locality' && (fold(q.place.territory) === name || fold(q.place.territory) === written) && !awayBefore(tokens, q.start) && !afterCause(tokens, q.start));
  return inside.length === 0 ? places : [...inside, ...places.filter((p) => !inside.includes(p))];
}
