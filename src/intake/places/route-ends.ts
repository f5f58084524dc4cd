import type { PlaceTokenMatch } from './gazetteer.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';
import { fledRouteOrigin } from './side-roles.js';

/**
 * The ends of a route named on the way are not where it happened when another place is: "la patrouille de Bunia vers
 * Nyankunde a dû rebrousser chemin à Marabo" (Marabo), "M23 seen moving past Tongo towards Bambo" (Tongo), "convoy from
 * Beni to Eringeti stopped at Mavivi" (Mavivi). Look-alikes: "fled from Pinga toward Walikale" (both places are the
 * route's: the order stays), "ADF moving towards Oicha" (one place).
 */

const TOWARDS_WORDS = ['vers', 'towards', 'toward', 'twd', 'twds', 'direction', 'heading', 'headed', 'destination', 'jusqu'];
const TOWARDS = oneOf(TOWARDS_WORDS);
// (a route's end is told by a way on, or "to")
const ROUTE_SAID = trigger([...TOWARDS_WORDS, 'to']);
const FROM = /^(de|from|depuis|frm|d)$/;

function destination(tokens: readonly Token[], p: PlaceTokenMatch): boolean {
  const before = tokens[p.start - 1]?.norm ?? '';
  const twoBefore = tokens[p.start - 2]?.norm ?? '';
  // "vers Nyankunde", "towards Bambo", "en direction de Bambo", "heading to Bambo", "from Beni to Eringeti"
  return TOWARDS.test(before) || (/^(de|to|for|a|of)$/.test(before) && TOWARDS.test(twoBefore)) || (before === 'to' && routeOrigin(tokens, p.start - 1));
}

// "de Bunia vers Nyankunde", "from Beni to Eringeti": the place right before the way on to another place ("site de
// Komanda vers 2h" is a time, not a way on)
function origin(tokens: readonly Token[], p: PlaceTokenMatch, places: readonly PlaceTokenMatch[]): boolean {
  if (!FROM.test(tokens[p.start - 1]?.norm ?? '')) return false;
  const next = tokens[p.end]?.norm ?? '';
  return !tokens[p.end]?.breakBefore && (TOWARDS.test(next) || next === 'to') && places.some((o) => o.start === p.end + 1 || o.start === p.end + 2);
}
// Where it happened is told with a place word: "à Marabo", "past Tongo", "at Mavivi" (a heading "Walikale:" or "on the
// Uvira plain" is not)
const AT = /^(a|au|at|near|past|pres|in|dans|by|outside|around|autour)$/;
function routeOrigin(tokens: readonly Token[], to: number): boolean {
  for (let k = to - 1; k >= 0 && k >= to - 4; k--) if (FROM.test(tokens[k]!.norm)) return true;
  return false;
}

export function routeEndsLast(places: PlaceTokenMatch[], tokens: readonly Token[]): PlaceTokenMatch[] {
  // ("fled Kipese toward Butembo … after clashes at Bunyatenge": the place fled is no route's end, places/side-roles.ts)
  if (places.length < 2 || !said(tokens, ROUTE_SAID) || places.some((p) => fledRouteOrigin(tokens, p))) return places;
  const ends = places.map((p) => destination(tokens, p) || origin(tokens, p, places));
  if (!ends.some(Boolean)) return places;
  const at = places.filter((p, i) => !ends[i] && AT.test(tokens[p.start - 1]?.norm ?? ''));
  if (at.length === 0) return places;
  return [...at, ...places.filter((p) => !at.includes(p))];
}
