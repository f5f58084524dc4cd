import type { SignalHit } from './categories.js';
import type { PlaceTokenMatch } from '../places/gazetteer.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * The displacement sites known by their name alone (pending reports38): "Update Bulengo: fire from last night's shelling
 * now out, 1 child died", "Suivi Bulengo: l'incendie dû aux bombardements…, bilan 3 morts", "UPDATE bulengo shooting: 2nd
 * victim also died". Bulengo, Lushagala, Plaine Savo, Rhoe and Jiba are the camps themselves; a shelling or shooting
 * there that killed is an attack on the site (C19). Only with fire from weapons and a death: a shop emptied, fields,
 * a rape or arrivals at Bulengo stay what they are (the word "site" or "camp", read elsewhere, is not needed here).
 */
const SITES: ReadonlySet<string> = new Set(['bulengo', 'lushagala', 'plaine-savo', 'rhoe', 'jiba']);
const FIRE = /^(shelling|shelled|shells?|bombs?|bombing|bombardements?|bombarde\w*|obus|shooting|shots|gunfire|tirs?|fusillade|grenade|rockets?|roquettes?|mortars?|mortiers?)$/;
const DEATH: ReadonlySet<string> = new Set(['kill']);
const FIRE_SAID = trigger(['shelling', 'shelled', 'shell', 'shells', 'bomb', 'bombs', 'bombing', 'bombardement', 'bombardements', 'bombarde*', 'obus', 'shooting', 'shots', 'gunfire', 'tir', 'tirs', 'fusillade', 'grenade', 'rocket', 'rockets', 'roquette', 'roquettes', 'mortar', 'mortars', 'mortier', 'mortiers']);

export function siteNamedBareHits(tokens: readonly Token[], places: readonly PlaceTokenMatch[], hits: readonly SignalHit[]): SignalHit[] {
  if (!said(tokens, FIRE_SAID)) return [];
  const site = places.find((p) => SITES.has(p.place.id));
  if (!site) return [];
  if (!hits.some((h) => DEATH.has(h.value.signal)) || hits.some((h) => h.value.signal === 'sexual' || h.value.signal === 'idpSite')) return [];
  if (!tokens.some((t) => FIRE.test(t.norm))) return [];
  return [{ value: { signal: 'idpSite', subType: null }, start: site.start, end: site.end }];
}
