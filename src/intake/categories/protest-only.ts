import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { protestObject } from './protest-object.js';

/**
 * "youth protest against insecurity, roads blocked with burning tyres", "marche des jeunes, pneus brûlés sur la
 * route, PNC déployée": a protest where nobody was harmed and no armed group acted is `other` (low). Tyres burnt
 * on the road are no property destroyed, responders deployed are no armed group moving. Harm done to or by
 * protesters (shots, arrests, stones at peacekeepers) keeps its own reading.
 */
const PROTEST = /^(protests?|protesters?|protesting|protested|protester|protestent|protestaient|protestant|manifester|manifestent|manifestaient|demonstrated|demonstrating|demonstrations?|demonstrators?|demo|manifestations?|manifestants?|manif|manifs|marche|marches|greve|greves|grevistes|strike|strikes|striking|strikers|sit)$/;
const PROTEST_SAID = trigger([
  'protest', 'protests', 'protester', 'protesters', 'protesting', 'protested', 'protestent', 'protestaient', 'protestant', 'manifester', 'manifestent',
  'manifestaient', 'demonstrated', 'demonstrating', 'demonstration', 'demonstrations', 'demonstrator', 'demonstrators', 'demo', 'manifestation',
  'manifestations', 'manifestant', 'manifestants', 'manif', 'manifs', 'marche', 'marches', 'greve', 'greves', 'grevistes', 'strike', 'strikes', 'striking',
  'strikers', 'sit',
]);
const TYRES = /^(tyres?|tires?|pneus?|barricades?|barricaded|barricadees?)$/;
const DEPLOYED = /^(deployed|deploye|deployee|deployes|deployees|deploiement|deployment|dispatched|envoyes?|envoyee)$/;
const HARMS = new Set(['kill', 'injure', 'abduct', 'sexual', 'detention', 'attack', 'threat', 'torture', 'armed', 'peacekeeper', 'humanitarian', 'hate']);

export function protestOnly(tokens: readonly Token[], hits: readonly SignalHit[], armedGroupNamed: boolean): boolean {
  if (armedGroupNamed || !said(tokens, PROTEST_SAID)) return false;
  // (peacekeepers or police deployed after the protest respond: "FPU deployed to Kiwanja after youth protest")
  const deployed = tokens.some((t) => DEPLOYED.test(t.norm));
  // ("pas de blessés", "no injuries": a harm said absent is none)
  if (armedGroupNamed || !tokens.some((t) => PROTEST.test(t.norm)) || hits.some((h) => HARMS.has(h.value.signal) && !(deployed && h.value.signal === 'peacekeeper') && !saidAbsent(tokens, h.start) && !protestObject(h, tokens, hits))) return false;
  const near = (h: SignalHit, re: RegExp): boolean => [-2, -1, 0, 1, 2].some((d) => re.test(tokens[h.start + d]?.norm ?? ''));
  const loot = hits.filter((h) => h.value.signal === 'loot');
  const moves = hits.filter((h) => h.value.signal === 'movement');
  // ("pneus brûlés, routes barrées": the protesters' own barricades are no access denial)
  const blocks = hits.filter((h) => h.value.signal === 'access');
  // ("routes barrées", "ont bloqué la route": the road before the verb or right after it)
  const roadBlocked = (h: SignalHit): boolean => near(h, TYRES) || ROADS.test(tokens[h.start - 1]?.norm ?? '') || [0, 1].some((d) => ROADS.test(tokens[h.end + d]?.norm ?? ''));
  return loot.every((h) => near(h, TYRES)) && blocks.every(roadBlocked) && (moves.length === 0 || deployed) && (loot.length + moves.length + blocks.length > 0 || tokens.some((t) => PROTEST.test(t.norm) && !MARKET.test(t.norm)));
}

// ("marché" is a market once its accent is gone: a protest said with no other signal needs a word that is one)
const MARKET = /^(marche|marches|sit)$/;
const ROADS = /^(roads?|routes?|rues?|streets?|axes?)$/;
const NONE = /^(no|pas|aucun|aucune|sans|zero)$/;
function saidAbsent(tokens: readonly Token[], at: number): boolean {
  return NONE.test(tokens[at - 1]?.norm ?? '') || (NONE.test(tokens[at - 2]?.norm ?? '') && /^(de|d|any)$/.test(tokens[at - 1]?.norm ?? ''));
}
