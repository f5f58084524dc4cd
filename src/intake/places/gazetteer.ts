import { unknownSettlementNamed } from '../constructions/everyday-traffic-2.js';
import type { Place } from '../../config/mission.js';
import { normalize, phraseKey, tokenize, type Token } from '../normalize.js';
import { PhraseIndex } from '../phrases.js';

/** A place found in free text; `start`/`end` are character offsets of `matched` in that text. */
interface PlaceMatch {
  place: Place;
  matched: string;
  start: number;
  end: number;
}

/** A place found in a token list; `start`/`end` are token indices (end exclusive). */
export interface PlaceTokenMatch {
  place: Place;
  start: number;
  end: number;
}

export interface Gazetteer {
  readonly places: readonly Place[];
  /** The most specific place mentioned in free text, or null. */
  match(text: string): PlaceMatch | null;
  /** Every place mention in tokens, best first (see `match`); for the parser, which tokenises once. */
  matchTokens(tokens: readonly Token[], skip?: Uint8Array): PlaceTokenMatch[];
  byId(id: string): Place | null;
  /** Exact name, alias or id, accent- and case-insensitive; a locality wins over a territory of the same name. */
  lookup(name: string): Place | null;
  /** Places whose name or alias starts with or contains the query, best first (for a modal's external select). */
  search(query: string, limit?: number): Place[];
}

const LEVEL_RANK: Record<Place['level'], number> = { locality: 0, territory: 1, province: 2 };

// Words before a place that say "this is where it happened" (near Mavivi, à Drodro, près de Beni).
const LOCATIVE = new Set([
  'in', 'at', 'near', 'around', 'outside', 'inside', 'into', 'towards', 'toward', 'village', 'locality',
  'a', 'au', 'aux', 'dans', 'pres', 'vers', 'localite', 'environs', 'alentours', 'cite', 'quartier', 'groupement',
]);

interface Entry {
  place: Place;
  rank: number;
}

interface SearchKey {
  place: Place;
  rank: number;
  key: string;
  isName: boolean;
}

export function createGazetteer(places: readonly Place[]): Gazetteer {
  const index = new PhraseIndex<Entry>();
  const exact = new Map<string, Place[]>();
  const ids = new Map<string, Place>();
  const searchKeys: SearchKey[] = [];

  for (const place of places) {
    const rank = LEVEL_RANK[place.level];
    ids.set(place.id, place);
    const names = new Set([place.name, ...place.aliases, place.id]);
    for (const name of names) {
      const key = phraseKey(name);
      if (!key) continue;
      index.add(name, { place, rank });
      const list = exact.get(key) ?? [];
      if (!list.includes(place)) list.push(place);
      exact.set(key, list);
      if (name !== place.id) searchKeys.push({ place, rank, key, isName: name === place.name });
    }
  }
  // Where a name is shared (Mambasa the territory and Mambasa Centre), the locality comes first.
  for (const list of exact.values()) list.sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level]);

  function matchTokens(tokens: readonly Token[], skip?: Uint8Array): PlaceTokenMatch[] {
    const hits = index.find(tokens, skip);
    if (hits.length === 0) return [];
    // ("SHABUNDA: … the mining site of Lulingu": a village the gazetteer does not know lies in the territory)
    const elsewhere = hits.some((h) => h.value.place.level === 'territory') && unknownSettlementNamed(tokens, hits);
    const scored = hits.map((h) => {
      const before = tokens[h.start]!;
      const after = tokens[h.end];
      // "the Beni-Kasindi road": both ends of a road name where it happened less than a bare place.
      const endpoint =
        (before.hyphenBefore && hits.some((o) => o.end === h.start)) || (!!after?.hyphenBefore && hits.some((o) => o.start === h.end));
      const cue = !before.breakBefore && h.start > 0 && hasCue(tokens, h.start);
      // "the Kalehe highlands", "forêt de Shabunda": a name shared by a town and its territory, said of the countryside, is the territory.
      const rank = h.value.place.level === 'territory' && (regionAround(tokens, h.start, h.end) || elsewhere) ? -1 : h.value.rank;
      return { h, endpoint, cue, rank };
    });
    scored.sort(
      (a, b) =>
        a.rank - b.rank ||
        Number(a.endpoint) - Number(b.endpoint) ||
        b.h.end - b.h.start - (a.h.end - a.h.start) ||
        Number(b.cue) - Number(a.cue) ||
        a.h.start - b.h.start,
    );
    return scored.map(({ h }) => ({ place: h.value.place, start: h.start, end: h.end }));
  }

  return {
    places,
    match(text) {
      const tokens = tokenize(text);
      const best = matchTokens(tokens)[0];
      if (!best) return null;
      const start = tokens[best.start]!.start;
      const end = tokens[best.end - 1]!.end;
      return { place: best.place, matched: text.slice(start, end), start, end };
    },
    matchTokens,
    byId: (id) => ids.get(id) ?? ids.get(normalize(id.trim())) ?? null,
    lookup(name) {
      const key = phraseKey(name);
      return (key && exact.get(key)?.[0]) || ids.get(name.trim().toLowerCase()) || null;
    },
    search(query, limit = 20) {
      const q = phraseKey(query);
      const best = new Map<Place, number>();
      for (const k of searchKeys) {
        const score = q === '' ? 5 : scoreKey(k, q);
        if (score < 0) continue;
        const ranked = score * 10 + k.rank;
        if ((best.get(k.place) ?? Infinity) > ranked) best.set(k.place, ranked);
      }
      return [...best.entries()]
        .sort((a, b) => a[1] - b[1] || a[0].name.localeCompare(b[0].name))
        .slice(0, Math.max(0, limit))
        .map(([place]) => place);
    },
  };
}

const REGION_AFTER = /^(highlands|hills|forest|forests|plateau|plateaux|bush|countryside|hinterland|interior|mountains|heights|uplands)$/;
const REGION_BEFORE = /^(hauts|plateaux|highlands|hills|foret|forest|brousse|collines|montagnes|interieur|campagne)$/;
function regionAround(tokens: readonly Token[], start: number, end: number): boolean {
  const after = tokens[end];
  if (after && !after.breakBefore && REGION_AFTER.test(after.norm)) return true;
  const of = tokens[start - 1];
  const k = of && ['de', 'd', 'du', 'of', 'the'].includes(of.norm) ? start - 2 : start - 1;
  return k >= 0 && !tokens[k + 1]!.breakBefore && REGION_BEFORE.test(tokens[k]!.norm);
}

function hasCue(tokens: readonly Token[], start: number): boolean {
  const one = tokens[start - 1]!;
  if (LOCATIVE.has(one.norm)) return true;
  // "près de Beni", "à côté de", "near to": the cue sits two words back.
  const two = tokens[start - 2];
  return !!two && !one.breakBefore && ['de', 'd', 'du', 'to'].includes(one.norm) && LOCATIVE.has(two.norm);
}

/** Lower is better; -1 is no match. Exact, then name prefix, alias prefix, word prefix, substring. */
function scoreKey(k: SearchKey, q: string): number {
  if (k.key === q) return 0;
  if (k.key.startsWith(q)) return k.isName ? 1 : 2;
  if (k.key.includes(` ${q}`)) return 3;
  if (k.key.includes(q)) return 4;
  return -1;
}
