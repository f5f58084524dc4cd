import type { Place } from '../../config/mission.js';
import type { PlaceTokenMatch } from './gazetteer.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * Territories named together in the plural are the territories, not their chief towns (reports34): "RAS ce jour dans les
 * territoires de Djugu et Mambasa", "calm in Beni and Lubero territories", "territories of Irumu and Mambasa: nothing to
 * report". The gazetteer reads the bare name as the town ("Djugu"); the plural frame says territory (the singular, "territoire
 * de Djugu", is the gazetteer's own alias). Cheap: only when a plural territory word is in the text.
 */
const PLURAL_WORDS = ['territoires', 'territories', 'terrs', 'territoiress'];
const PLURAL = oneOf(PLURAL_WORDS);
const PLURAL_SAID = trigger(PLURAL_WORDS);
const LINK = /^(de|des|d|of|the|du)$/;
const AND = /^(et|and|&|,)$/;

export function territoriesListed<P extends PlaceTokenMatch>(places: P[], tokens: readonly Token[], territoryOf: (place: Place) => Place | null): P[] {
  if (!said(tokens, PLURAL_SAID)) return places;
  const at = tokens.findIndex((t) => PLURAL.test(t.norm));
  if (at < 0 || places.length === 0) return places;
  const listed = new Set<P>();
  // "territoires de Djugu et Mambasa": the names after the word, joined by "et"
  let k = at + 1;
  while (k < at + 3 && LINK.test(tokens[k]?.norm ?? '')) k++;
  for (let p = places.find((q) => q.start === k); p; ) {
    listed.add(p);
    const next = p.end;
    const q = AND.test(tokens[next]?.norm ?? '') ? places.find((r) => r.start === next + 1) : undefined;
    p = q;
  }
  // "Beni and Lubero territories": the names before the word
  for (let p = places.find((q) => q.end === at); p; ) {
    listed.add(p);
    const before = p.start - 1;
    p = AND.test(tokens[before]?.norm ?? '') ? places.find((r) => r.end === before) : undefined;
  }
  if (listed.size === 0) return places;
  return places.map((p) => {
    if (!listed.has(p) || p.place.level === 'territory') return p;
    const terr = territoryOf(p.place);
    return terr ? { ...p, place: terr } : p;
  });
}
