import type { PlaceTokenMatch } from './gazetteer.js';
import type { Token } from '../normalize.js';

/**
 * A report that opens with its place ("Bambo: M23 elts looted goats, then left toward Tongo", "Komanda: calm returned, attackers
 * withdrew toward Mambasa", "Kanyaruchinya: 300 households back home from Goma") happened there; a place named only as where
 * someone went or came from ("toward Tongo", "vers Mambasa", "from Goma", "depuis Goma") is an end of their way (pending
 * reports24). The opening place comes first again. Look-alikes kept out: no opening place ("fled from Pinga toward Walikale"),
 * an opening place followed by a place where the harm was done ("Beni: ADF attacked Oicha": Oicha is not a way's end).
 */
// Where the doers went after it ("then left toward Tongo", "attackers withdrew toward Mambasa", "se sont retirés vers le parc"),
// or where people came back from ("back home from Goma", "rentrés de Goma"). Not where people fled to or arrived from, nor a
// group's movement toward a place ("Walikale: mouvement des Raia Mutomboki vers Kibua", "arrivals from Sake": those places are
// the report's, as the main corpus reads them).
const LEFT = /^(left|leaving|withdrew|withdrawn|withdrawing|retreated|retreating|retired|retires|retirees?|replies|repliees?|repli|partis|parties|sont|se|went|gone|departed|disappeared|disparus)$/;
const TOWARD = /^(toward|towards|twd|vers)$/;
const DISTANCE = /^(km|kms|kilometres|kilometers|kilometre|kilometer)$/;
const BACK = /^(back|home|returned|return|returning|rentres|rentrees|revenus|revenues|retournes|retournees|retour)$/;

function opensReport(tokens: readonly Token[], p: PlaceTokenMatch): boolean {
  if (p.start !== 0) return false;
  const next = tokens[p.end];
  return next !== undefined && (next.breakBefore || next.start - tokens[p.end - 1]!.end > 1);
}

function wayEnd(tokens: readonly Token[], p: PlaceTokenMatch): boolean {
  const before = tokens[p.start - 1]?.norm ?? '';
  const near = (test: RegExp): boolean => [2, 3, 4].some((d) => test.test(tokens[p.start - d]?.norm ?? '') && !tokens.slice(p.start - d + 1, p.start).some((t) => t.breakBefore));
  // ("Komanda: ADF ambush on a truck 12 km toward Mambasa", "à 12 km vers Mambasa": a distance out of the opening place
  // along the way to another, pending reports40)
  if (TOWARD.test(before)) return near(LEFT) || near(DISTANCE);
  if (/^(from|de|depuis)$/.test(before)) return near(BACK);
  return false;
}

export function datelineOverRouteEnd(places: PlaceTokenMatch[], tokens: readonly Token[]): PlaceTokenMatch[] {
  if (places.length < 2) return places;
  const best = places[0]!;
  const head = places.find((p) => opensReport(tokens, p));
  if (!head || head === best || !wayEnd(tokens, best)) return places;
  return [head, ...places.filter((p) => p !== head)];
}
