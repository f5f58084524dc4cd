import type { SignalHit } from '../categories/categories.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';

// A levy paid in kind, read two ways: as a taking by the armed actor who demands it (levyInKindHits, a loot signal) and
// as the money of a barrier's extortion (goldAt, PER_KIND, PER_SHORT, read by constructions/barriers-and-money.ts).

/**
 * A levy paid in kind or typed short (reports35, mining sites and barriers of South Kivu and Walikale): gold by the gram
 * ("exigent 1 gramme d'or par creuseur", "2g d'or par puits", "a gram of gold per digger"), and "chaque" shortened to
 * "chq" ("500fc pr chq passager"). Read by constructions/barriers-and-money.ts as the money of an extortion (C6).
 * Look-alikes: gold bought or sold at a price, or gold found, names no levy (no demand, barrier or "per" beside it).
 */
const GRAM = /^(g|gr|grs|gramme|grammes|gram|grams|kg|kilo|kilos|tola|tolas|carat|carats)$/;
const GOLD = /^(or|gold|dhahabu)$/;
const GLUED_GRAM = /^\d+(g|gr|kg)$/;

/** Gold counted at i: "1 gramme d'or", "2g d'or", "a gram of gold", "1 tola ya dhahabu". */
export function goldAt(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.norm;
  let k: number;
  if (GLUED_GRAM.test(w)) k = i + 1;
  else if ((/^\d+$/.test(w) || /^(a|one|un|une)$/.test(w)) && GRAM.test(tokens[i + 1]?.norm ?? '')) k = i + 2;
  else return false;
  if (/^(d|de|of|ya|la)$/.test(tokens[k]?.norm ?? '')) k++;
  return GOLD.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore;
}

/** "chaque" in SMS: "pr chq passager". */
export const PER_SHORT = /^(chq|chaq|chak|chk)$/;

/** Who or what the levy is counted by, beyond the barrier's vehicles and passers: the diggers of a mine, a fishing boat. */
export const PER_KIND = /^(creuseurs?|diggers?|miners?|orpailleurs?|puits|pits?|pecheurs?|fisherm[ae]n|pirogues?|canoes?|boats?|cultivateurs?|farmers?|familles?|famil(y|ies)|champs?|wachimbaji|mchimbaji|wavuvi|mvuvi)$/;

/**
 * C6 for a levy paid in kind (pending reports31): "Zaire militiamen charge gold diggers 5 grams a week per pit", "les M23
 * exigent 2 kg de haricots par ménage", "CODECO imposent 1 gramme d'or par creuseur chaque semaine", "Wazalendo demand a
 * basin of beans per household every week". Goods demanded by an armed group or the forces, so much per head, pit or
 * household, are their property taken by force (looting), as a sum of money is (levy-per-household.ts). A verb of
 * demanding must be said: aid shared out so much per household ("WFP distributed 25 kg per household") is no levy.
 */
// (a Set: looked up for every word of a report naming an armed actor)
const DEMAND = new Set([
  'charge', 'charges', 'charging', 'charged', 'demand', 'demands', 'demanding', 'demanded', 'impose', 'imposes', 'imposing', 'imposed', 'levy', 'levies',
  'levying', 'collect', 'collects', 'collecting', 'exige', 'exigent', 'exigeant', 'exigeaient', 'imposent', 'imposant', 'prelevent', 'preleve', 'prelevant',
  'reclament', 'reclame', 'reclamant', 'percoivent', 'percoit', 'collectent', 'ravissent', 'extort', 'extorts', 'extorting', 'wanadai', 'wanatoza',
]);
const IN_KIND = /^(grams?|grammes?|gr|g|kg|kgs|kilos?|kilogrammes?|bags?|sacs?|basins?|bassins?|buckets?|seaux?|litres?|liters?|bidons?|jerrycans?|measures?|mesures?|goats?|chevres?|chickens?|poules?|sacks?|tins?|boites?|regimes?|bunches)$/;
const PER = /^(per|par|pr|each|chaque|every|a|une?|kwa)$/;

/** A loot hit on the verb when an armed actor demands goods in kind, so much per unit. */
export function levyInKindHits(tokens: readonly Token[], doerNamed: boolean): SignalHit[] {
  if (!doerNamed) return [];
  for (let i = 0; i < tokens.length; i++) {
    if (!DEMAND.has(tokens[i]!.norm)) continue;
    let quantity = false;
    for (let k = i + 1; k < tokens.length && k <= i + 8; k++) {
      if (tokens[k]!.stopBefore) break;
      const n = quantity ? null : readNumber(tokens, k);
      if (n && !n.zero && IN_KIND.test(tokens[n.next]?.norm ?? '')) {
        quantity = true;
        k = n.next;
        continue;
      }
      if (quantity && (PER.test(tokens[k]!.norm) || PER_SHORT.test(tokens[k]!.norm)) && !tokens[k]!.breakBefore) return [{ value: { signal: 'loot', subType: 'extortion' }, start: i, end: i + 1 }];
    }
  }
  return [];
}
