import type { Place } from '../../config/mission.js';
import type { Token } from '../normalize.js';

/**
 * A health zone heading the report is where the wounded were counted, not where they were hurt: "Zone de santé de
 * Nizi: 6 blessés … après l'attaque des CODECO contre Lopa" is Lopa, "Mweso health zone: 12 wounded after fighting at
 * Kashuga" stays Mweso when the village is not in the gazetteer. A village named later in the line comes first, unless
 * it is where people went or were cared for ("évacués vers Bunia", "admitted at Nizi HGR"). (reports45)
 */
const ZONE_BEFORE = [['zone', 'de', 'sante', 'de'], ['zone', 'de', 'sante', 'd'], ['zs', 'de'], ['zs'], ['health', 'zone', 'of'], ['hz']];
const ZONE_AFTER = [['health', 'zone'], ['hz'], ['zs']];
// (where people went or were cared for: the words right before the later place)
const AWAY = /^(vers|towards?|to|twd|jusqu|axe|route|road|pour|hgr|hopital|hospital|cs|csr|hospitalises|admis|admitted|evacues|evacuated|transferes|transferred|refered|referred|referes)$/;
const OF = /^(de|d|du|des|of|a|at|in)$/;

const cueAt = (tokens: readonly Token[], at: number, cue: readonly string[]): boolean => cue.every((w, k) => tokens[at + k]?.norm === w);

function zoneHeading(tokens: readonly Token[], start: number, end: number): boolean {
  const before = ZONE_BEFORE.some((cue) => start === cue.length && cueAt(tokens, 0, cue));
  const after = start === 0 && ZONE_AFTER.some((cue) => cueAt(tokens, end, cue));
  if (!before && !after) return false;
  // (a heading: a colon, dash or comma closes it)
  const close = before ? end : end + (ZONE_AFTER.find((cue) => cueAt(tokens, end, cue))?.length ?? 0);
  return close < tokens.length && (tokens[close]!.breakBefore || tokens[close]!.start - tokens[close - 1]!.end > 1);
}

const wentOrCared = (tokens: readonly Token[], at: number): boolean =>
  AWAY.test(tokens[at - 1]?.norm ?? '') || (OF.test(tokens[at - 1]?.norm ?? '') && AWAY.test(tokens[at - 2]?.norm ?? ''));

export function healthZoneHeadingLast<P extends { start: number; end: number; place: Place }>(places: P[], tokens: readonly Token[]): P[] {
  const head = places[0];
  if (!head || places.length < 2 || head.start > 4 || !zoneHeading(tokens, head.start, head.end)) return places;
  const later = places.filter((q) => q.start >= head.end && q.place.id !== head.place.id && q.place.level === 'locality' && !wentOrCared(tokens, q.start));
  return later.length === 0 ? places : [...later, ...places.filter((p) => !later.includes(p))];
}
