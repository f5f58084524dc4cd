import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * "youth protest against insecurity, roads blocked with burning tyres", "marche des jeunes, pneus brûlés sur la
 * route, PNC déployée": a protest where nobody was harmed and no armed group acted is `other` (low). Tyres burnt
 * on the road are no property destroyed, responders deployed are no armed group moving. Harm done to or by
 * protesters (shots, arrests, stones at peacekeepers) keeps its own reading.
 */
const PROTEST = /^(protests?|protesters?|protesting|demonstrations?|demonstrators?|demo|manifestations?|manifestants?|manif|manifs|marche|marches|greve|sit)$/;
const TYRES = /^(tyres?|tires?|pneus?|barricades?|barricaded|barricadees?)$/;
const DEPLOYED = /^(deployed|deploye|deployee|deployes|deployees|deploiement|deployment|dispatched|envoyes?|envoyee)$/;
const HARMS = new Set(['kill', 'injure', 'abduct', 'sexual', 'detention', 'attack', 'threat', 'torture', 'armed', 'peacekeeper', 'humanitarian', 'hate']);

export function protestOnly(tokens: readonly Token[], hits: readonly SignalHit[], armedGroupNamed: boolean): boolean {
  // (peacekeepers or police deployed after the protest respond: "FPU deployed to Kiwanja after youth protest")
  const deployed = tokens.some((t) => DEPLOYED.test(t.norm));
  if (armedGroupNamed || !tokens.some((t) => PROTEST.test(t.norm)) || hits.some((h) => HARMS.has(h.value.signal) && !(deployed && h.value.signal === 'peacekeeper'))) return false;
  const near = (h: SignalHit, re: RegExp): boolean => [-2, -1, 0, 1, 2].some((d) => re.test(tokens[h.start + d]?.norm ?? ''));
  const loot = hits.filter((h) => h.value.signal === 'loot');
  const moves = hits.filter((h) => h.value.signal === 'movement');
  return loot.every((h) => near(h, TYRES)) && (moves.length === 0 || deployed) && loot.length + moves.length > 0;
}
