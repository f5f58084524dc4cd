import type { PlaceTokenMatch } from './gazetteer.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * A peacekeeping unit named by its base is who, not where: "Patrouille de la compagnie de Baraka bloquée … à l'entrée de
 * Lulimba", "the Baraka company's patrol stopped at Lulimba", "Cie Fizi patrol turned back at Makobola" (reports39). The
 * place after "compagnie de"/"company"/"Cie"/"TOB"/"COB" gives way to another place named (a sender's heading alone is read
 * by places/office-heading.ts). Kept: the unit's base as the only place named.
 */
const UNIT_WORDS = ['compagnie', 'company', 'cie', 'coy', 'bataillon', 'battalion', 'bn'];
const UNIT = oneOf(UNIT_WORDS);
const UNIT_SAID = trigger(UNIT_WORDS);

export function unitHome(tokens: readonly Token[], p: PlaceTokenMatch): boolean {
  const before = tokens[p.start - 1]?.norm ?? '';
  if (UNIT.test(before)) return true;
  if (/^(de|du|d|of)$/.test(before) && UNIT.test(tokens[p.start - 2]?.norm ?? '')) return true;
  // "the Baraka company's patrol", "Baraka coy patrol"
  return UNIT.test(tokens[p.end]?.norm ?? '') && !tokens[p.end]!.breakBefore && /^(the|la|le|of|de)$/.test(tokens[p.start - 1]?.norm ?? '');
}

export function unitHomeLast(places: PlaceTokenMatch[], tokens: readonly Token[]): PlaceTokenMatch[] {
  if (places.length < 2 || !said(tokens, UNIT_SAID) || !unitHome(tokens, places[0]!)) return places;
  const other = places.find((p) => p.place.id !== places[0]!.place.id && !unitHome(tokens, p));
  return other ? [other, ...places.filter((p) => p !== other)] : places;
}
