import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * Police or soldiers who used crowd-control weapons on people did the harm (C1, reports46): "Riot police used tear gas and
 * batons against moto drivers", "police fired teargas at the marchers", "les policiers ont lancé des gaz lacrymogènes sur
 * les manifestants", "militaires ont utilisé des balles réelles". The weapon follows the force word in the same clause;
 * "tear gas thrown … when police arrived" or a force named after the weapon is read elsewhere (by the agent after by/par).
 */
const WEAPON_WORDS = ['tear', 'teargas', 'lacrymogene', 'lacrymogenes', 'lacrymo', 'lacrymos', 'batons', 'baton', 'matraques', 'matraque', 'truncheons', 'whips', 'cannon', 'reelles', 'live'];
const WEAPON = new Set(WEAPON_WORDS);
const CROWD_CONTROL_SAID = trigger(WEAPON_WORDS);
// (a live round, not "live in", "live there": "live" counts only before rounds/bullets/ammunition)
const LIVE_WHAT = /^(rounds?|bullets?|ammunition|fire)$/;

export function forceUsedCrowdControl(tokens: readonly Token[], i: number): boolean {
  if (!said(tokens, CROWD_CONTROL_SAID)) return false;
  for (let k = i + 1; k < tokens.length && k <= i + 6 && !tokens[k]!.breakBefore; k++) {
    const w = tokens[k]!.norm;
    if (!WEAPON.has(w)) continue;
    if (w === 'live') return LIVE_WHAT.test(tokens[k + 1]?.norm ?? '');
    if (w === 'reelles') return /^(balles|munitions)$/.test(tokens[k - 1]?.norm ?? '');
    if (w === 'cannon') return /^(water)$/.test(tokens[k - 1]?.norm ?? '');
    return true;
  }
  return false;
}
