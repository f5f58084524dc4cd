import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * People said to be going, heading or walking somewhere are people on the move, not armed men moving (reports27):
 * "kanyabayonga emptying, ppl going north to kirumba fearing m23 arrival", "families heading to Bunia", "la population se
 * dirige vers Kirumba", "les gens vont vers Lubero". The word of going becomes a displacement hit at the place the
 * movement hit stood (read-signals.ts sets that one aside), so a group named beside it is what they flee (C9).
 * Look-alikes kept out: "M23 going north to Kirumba", "FARDC troops heading to Kanyabayonga" (no people word before).
 */
const PEOPLE: ReadonlySet<string> = new Set(['population', 'pop', 'ppl', 'people', 'gens', 'families', 'familles', 'residents', 'habitants', 'villagers', 'villageois', 'inhabitants', 'households', 'menages', 'civilians', 'civils', 'idps', 'deplaces', 'displaced', 'hundreds', 'thousands', 'centaines', 'milliers']);
const BETWEEN: ReadonlySet<string> = new Set(['are', 'were', 'is', 'sont', 'se', 's', 'en', 'train', 'de', 'd', 'still', 'now', 'toujours', 'all', 'tous', 'already', 'deja']);
const GOING: ReadonlySet<string> = new Set(['going', 'heading', 'headed', 'walking', 'moving', 'trekking', 'allant', 'vont', 'allaient', 'dirige', 'dirigent', 'dirigeant', 'dirigeaient', 'marchent', 'marchant', 'partent', 'partant', 'descendent', 'remontent', 'montent']);

export function peopleGoingHits(tokens: readonly Token[]): SignalHit[] {
  const out: SignalHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!PEOPLE.has(tokens[i]!.norm)) continue;
    for (let k = i + 1; k < tokens.length && k <= i + 3 && !tokens[k]!.breakBefore; k++) {
      const w = tokens[k]!.norm;
      if (GOING.has(w)) {
        // (at the going word, and at the word the movement keyword may open with: "se dirige")
        out.push({ value: { signal: 'displace', subType: null }, start: k, end: k + 1 });
        if (k > i + 1) out.push({ value: { signal: 'displace', subType: null }, start: i + 1, end: i + 2 });
        break;
      }
      if (!BETWEEN.has(w)) break;
    }
  }
  return out;
}
