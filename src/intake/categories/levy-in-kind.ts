import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';

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
const PER = /^(per|par|each|chaque|every|a|une?|kwa)$/;

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
      if (quantity && PER.test(tokens[k]!.norm) && !tokens[k]!.breakBefore) return [{ value: { signal: 'loot', subType: 'extortion' }, start: i, end: i + 1 }];
    }
  }
  return [];
}
