import type { CategoryId } from '../../domain/taxonomy.js';
import type { SignalHit, Signals } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * What a protest is against is its object, not an incident: "Demo in Beni against the killings", "manif contre la MONUSCO",
 * "marche contre les enlèvements". The killing, the peacekeepers or the abductions named after "against/contre" shortly
 * after a protest word tell no harm here (harm done at the protest is read as usual: "police beat protesters, 3 injured").
 * Look-alikes kept out: "protesters attacked the MONUSCO base" (no "against" before the target), "attack against civilians",
 * "manif contre la MONUSCO, bureaux caillassés" (the peacekeepers stoned are the target), "manifestants anti-MONUSCO".
 */
// (reports37: a strike is a protest too, "traders on strike against illegal taxes", "grève contre les taxes")
const PROTEST = /^(protests?|protesters?|protesting|demonstrations?|demonstrators?|demo|demos|manifestations?|manifestants?|manif|manifs|marche|marches|rally|rallies|sit|ville|strike|strikes|striking|strikers|greve|greves|grevistes)$/;
const AGAINST = /^(against|contre)$/;
const OBJECT: ReadonlySet<string> = new Set(['kill', 'abduct', 'peacekeeper', 'attack', 'fighting', 'sexual', 'loot']);

export function protestObject(h: SignalHit, tokens: readonly Token[], hits: readonly SignalHit[]): boolean {
  if (!OBJECT.has(h.value.signal)) return false;
  // ("manif contre la MONUSCO, bureaux caillassés": the peacekeepers stoned or burnt are the target after all)
  if (h.value.signal === 'peacekeeper' && hits.some((x) => x.value.signal === 'attack' || x.value.signal === 'loot')) return false;
  // "against the killings", "contre la MONUSCO", "contre l'insécurité et les tueries": "against" within four words before the hit
  for (let a = h.start - 1; a >= 0 && a >= h.start - 4; a--) {
    if (tokens[a + 1]!.breakBefore && a + 1 < h.start) return false;
    if (!AGAINST.test(tokens[a]!.norm)) continue;
    // and a protest word within five words before "against", in the same clause
    for (let p = a - 1; p >= 0 && p >= a - 5; p--) {
      if (tokens[p + 1]!.breakBefore) return false;
      if (PROTEST.test(tokens[p]!.norm)) return true;
    }
    return false;
  }
  return false;
}

// "police fired tear gas and beat protesters, 3 injured", "les militaires ont dispersé la marche à coups de bâton et de gaz":
// force used on a protest, with a weapon or gas beside the beating, is an attack on the protesters, not ill-treatment in custody.
const PROTESTERS = /^(protesters?|demonstrators?|manifestants?|marcheurs|protest|protests|demo|demos|manif|manifs|manifestations?|marche|rally|crowd|foule)$/;
export function forceOnProtestFirst<R extends { category: CategoryId }>(ranked: R[], s: Signals): R[] {
  if (ranked[0]?.category !== 'torture_ill_treatment' || !s.has('attack') || s.has('detention') || !s.tokens.some((t) => PROTESTERS.test(t.norm))) return ranked;
  const attack = ranked.find((r) => r.category === 'attack_on_civilians');
  return attack ? [attack, ...ranked.filter((r) => r !== attack)] : ranked;
}
