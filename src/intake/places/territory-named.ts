import type { Place } from '../../config/mission.js';
import type { Token } from '../normalize.js';

/**
 * A territory named as the frame of a sitrep line, then the village where it happened: "2 incidents in Beni terr.
 * (1) Mbau: …", "overnight in Rutshuru terr: M23 looted … in Kalengera", "Sitrep 221800B Rutshuru : Kiwanja, …" are
 * the village, not the territory's town. The frame is the territory's name followed by "terr", "territory" or
 * "territoire" (or preceded by "territoire de"), or a heading that only a sitrep word or a DTG comes before
 * (territory-heading.ts reads headings that open the report). Places where people went ("towards Oicha") stay behind.
 * Cheap: runs only when a place hit's name is a territory name.
 */
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const TERR = /^(terr|territory|territoire|terr\.|ter)$/;
const LEAD = /^(sitrep|sitrep extract|extract|extrait|du|of|flash|update|\d{6}[a-z]?|\d{1,2}h\d{0,2}|\d{4}[a-z]?)$/;
const AWAY = /^(vers|towards?|twd|to|jusqu|axe|route|road|pour)$/;

function framesTerritory(tokens: readonly Token[], start: number, end: number): boolean {
  const next = tokens[end]?.norm ?? '';
  if (TERR.test(next)) return true;
  const before = tokens[start - 1]?.norm ?? '';
  if (TERR.test(before) || (before === 'de' && TERR.test(tokens[start - 2]?.norm ?? ''))) return true;
  // ("Sitrep 221800B Rutshuru : Kiwanja, …": only sitrep words before, a colon after)
  if (start === 0 || end >= tokens.length || !(tokens[end]!.breakBefore || tokens[end]!.start - tokens[end - 1]!.end > 1)) return false;
  for (let k = 0; k < start; k++) if (!LEAD.test(tokens[k]!.norm)) return false;
  return true;
}

export function territoryNamedFirst<P extends { start: number; end: number; place: Place }>(places: P[], tokens: readonly Token[], calm: boolean): P[] {
  // (a calm day under the frame is the territory's, as in territory-heading.ts)
  if (calm || places.length < 2) return places;
  const head = places[0]!;
  // (the level first, then the frame: both cheaper than folding names)
  if (head.place.level !== 'territory' && fold(head.place.name) !== fold(head.place.territory)) return places;
  if (!framesTerritory(tokens, head.start, head.end)) return places;
  const name = fold(head.place.territory);
  const inside = places.filter((q) => q.start >= head.end && q.place.id !== head.place.id && q.place.level === 'locality' && fold(q.place.territory) === name && !AWAY.test(tokens[q.start - 1]?.norm ?? ''));
  return inside.length === 0 ? places : [...inside, ...places.filter((p) => !inside.includes(p))];
}
