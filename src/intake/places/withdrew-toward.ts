import type { PlaceTokenMatch } from './gazetteer.js';
import type { Token } from '../normalize.js';

/**
 * Where the attackers withdrew to is not where it happened, whatever place the report opens with (places/dateline-over-route.ts
 * reads it when the report opens with its place): "patrol came under fire 2 km N of Fataki … AG withdrew towards Pimbo",
 * "ADF attacked Mamove, then withdrew towards Mayimoya", "les assaillants se sont retirés vers Lodjo après avoir pillé
 * Largu". The place after "towards/vers" following a verb of withdrawing gives way to another place named. Look-alikes
 * kept out: people fleeing toward a place (where.ts reads flights), a group's movement toward a place ("M23 advancing
 * towards Kibirizi": the report's place), a withdrawal toward the only place named.
 */
const WITHDREW = /^(withdrew|withdrawn|withdrawing|withdraw|retreated|retreating|retreat|retires|retirees|retire|retiree|replies|repliees|replie|repli|retrait|repliement|through|traverse|traversant|traversent|transite)$/;
const TOWARD = /^(toward|towards|twd|vers|to|into|in|en|direction)$/;

function withdrawalEnd(tokens: readonly Token[], p: PlaceTokenMatch): boolean {
  if (!TOWARD.test(tokens[p.start - 1]?.norm ?? '')) return false;
  return [2, 3, 4].some((d) => WITHDREW.test(tokens[p.start - d]?.norm ?? '') && !tokens.slice(p.start - d + 1, p.start + 1).some((t) => t.breakBefore));
}

export function withdrawalEndLast(places: PlaceTokenMatch[], tokens: readonly Token[]): PlaceTokenMatch[] {
  if (places.length < 2 || !withdrawalEnd(tokens, places[0]!)) return places;
  const other = places.find((p) => p.start !== places[0]!.start && !withdrawalEnd(tokens, p));
  return other ? [other, ...places.filter((p) => p !== other)] : places;
}
