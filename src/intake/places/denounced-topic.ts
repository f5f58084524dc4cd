import type { PlaceTokenMatch } from './gazetteer.js';
import type { Token } from '../normalize.js';

/**
 * A place inside what a threatened person denounced or spoke of is the topic, not where the threat happened: "Uvira: un
 * défenseur … menacé de mort après avoir dénoncé les taxes illégales de Sange", "journalist in Bunia threatened since he
 * reported on killings in Djugu" (reports39; doers/gone-or-denounced.ts reads the group so named). It gives way to another
 * place named. Kept: the only place named.
 */
const DENOUNCED = /^(denonce|denonces|denoncer|denoncant|denounced|denouncing|denounce|critique|critiquer|criticised|criticized|exposed|exposing|reported|reporting|parle|parler)$/;

// (reports43: the noun after "après", or after a possessive after it)
const DENOUNCING = /^(denonciation|denonciations|denunciation|denunciations|report|reports|reportage|temoignage|testimony|plainte|complaint)$/;
const POSSESSIVE = /^(sa|son|ses|his|her|their|leur|leurs)$/;
function denouncedPlace(tokens: readonly Token[], p: PlaceTokenMatch): boolean {
  for (let k = p.start - 1; k >= 0 && k >= p.start - 6; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    if (DENOUNCED.test(tokens[k]!.norm)) return /^(avoir|apres|after|since|depuis|having|for|pour|qu|il|elle|he|she|a|had|has)$/.test(tokens[k - 1]?.norm ?? '');
    // the noun: "après dénonciation des viols à Kalehe", "after her report on killings in Djugu", "suite à sa dénonciation"
    if (DENOUNCING.test(tokens[k]!.norm)) return /^(apres|after|since|depuis|suite|following|sa|son|ses|his|her|their|leur|leurs|sa)$/.test(tokens[k - 1]?.norm ?? '') && (!POSSESSIVE.test(tokens[k - 1]!.norm) || /^(apres|after|since|depuis|suite|a|following)$/.test(tokens[k - 2]?.norm ?? ''));
  }
  return false;
}

export function denouncedPlaceLast(places: PlaceTokenMatch[], tokens: readonly Token[]): PlaceTokenMatch[] {
  if (places.length < 2 || !denouncedPlace(tokens, places[0]!)) return places;
  const other = places.find((p) => p.place.id !== places[0]!.place.id && !denouncedPlace(tokens, p));
  return other ? [other, ...places.filter((p) => p !== other)] : places;
}
