import type { SignalHit } from './categories.js';
import type { PlaceTokenMatch } from '../places/gazetteer.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * An IDP site named with the word "camp" or "site" first, as phone-typed messages name it: "camp bulengo attack by
 * bandits", "camp de Rhoe attaqué", "entrés dans le site de Bulengo", "site ya Lushagala". (The place then "camp",
 * "Bulengo camp", is read by categories/signal-hits.ts.) Not a military or mining one: "camp militaire de Rumangabo", "site
 * minier de Rubaya", "camp FARDC de…" put their word between.
 */
const CAMP_WORDS = ['camp', 'camps', 'site', 'sites', 'kambi'];
const CAMP = oneOf(CAMP_WORDS);
const OF = /^(de|du|d|des|of|at|ya|la)$/;
const NOT_IDP = /^(military|militaire|militaires|army|fardc|base|training|entrainement|rebel|rebelle|mining|minier|miniers|d\s?orpaillage|orpaillage|touristique|construction|chantier|diggers|diggers'|creuseurs|miners|orpailleurs|gold|or)$/;
// "torturé par des éléments FARDC au camp de Mutwanga": the soldiers' camp
const FORCES = /^(fardc|militaires?|soldiers?|soldats?|army|armee|police|pnc|policiers?|monusco|troops)$/;

// The state's forces named and no displaced people: the camp is theirs ("torturé par des FARDC au camp de Mutwanga").
const DISPLACED = /^(deplace\w*|dplc\w*|idps?|pdi|displaced|wakimbizi|refugie\w*|refugees?|shelters?|abris?)$/;
// ("attaque armée", an armed attack: "armée" is the army only as "l'armée")
const forcesAt = (tokens: readonly Token[], i: number): boolean => FORCES.test(tokens[i]!.norm) && (tokens[i]!.norm !== 'armee' || tokens[i - 1]?.norm === 'l');
export const soldiersCamp = (tokens: readonly Token[]): boolean => tokens.some((_, i) => forcesAt(tokens, i)) && !tokens.some((t) => DISPLACED.test(t.norm));

const CAMP_SAID = trigger(CAMP_WORDS);
export function campNamedFirstHits(tokens: readonly Token[], places: readonly PlaceTokenMatch[]): SignalHit[] {
  if (!said(tokens, CAMP_SAID)) return [];
  const out: SignalHit[] = [];
  for (const p of places) {
    let k = p.start - 1;
    if (k >= 0 && OF.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
    const camp = tokens[k];
    if (!camp || k < 0 || !CAMP.test(camp.norm) || tokens[k + 1]!.breakBefore) continue;
    if (NOT_IDP.test(tokens[k - 1]?.norm ?? '') || NOT_IDP.test(tokens[k - 2]?.norm ?? '') || NOT_IDP.test(tokens[p.end]?.norm ?? '')) continue;
    if (soldiersCamp(tokens)) continue;
    out.push({ value: { signal: 'idpSite', subType: null }, start: k, end: p.end });
  }
  return out;
}
