import type { SignalHit } from '../categories/categories.js';
import type { Token } from '../normalize.js';

/**
 * Money demanded of people on the road (C6, reports28): "policiers exigent 5000FC aux motards", "soldiers demand 2000 FC
 * from the traders", "take 10$ per sack of beans". The price goes to, or is taken from, people named right after it, or
 * per sack: the levy on them is extortion, as "per moto" already says (constructions/barriers-and-money.ts). And a war
 * levy named ("effort de guerre", "war tax") is the extortion itself, no threat said with it (C6): a barrier's levy stays
 * looting unless a threat is said beside it.
 */
const TO = /^(aux|a|from|to|on|sur|des|kwa)$/;
const PAYERS = /^(motards?|motocyclistes?|passagers?|passengers?|commercants?|commercantes?|traders?|drivers?|chauffeurs?|transporteurs?|vendeuses?|vendeurs?|creuseurs?|cultivateurs?|farmers?|pecheurs?|fishermen|deplaces|idps?|pdis?|habitants|residents|villagers|villageois|population|civils|civilians|taxis?|voyageurs|travellers|travelers|wafanyabiashara|madereva)$/;
const PER = /^(per|par|each|chaque|a)$/;
const SACK = /^(sack|sacks|sac|sacs|bag|bags|bidon|bidons|regime|regimes|basin|bassin|colis|parcel|load|charge)$/;

const TAKE = /^(take|takes|taking|took|prennent|prend|prenaient|demand\w*|exige\w*|charge\w*|collect\w*|percoi\w*|wanachukua|wanadai)$/;
/** "police take 10$ per sack of beans", "prennent 500 par sac": a bare price (its "$" no word) taken per sack. */
export function takenPerSack(tokens: readonly Token[], i: number): boolean {
  if (!/^\d+$/.test(tokens[i]!.norm) || !PER.test(tokens[i + 1]?.norm ?? '') || !SACK.test(tokens[i + 2]?.norm ?? '')) return false;
  for (let k = i - 1; k >= 0 && k >= i - 3 && !tokens[k + 1]!.breakBefore; k--) if (TAKE.test(tokens[k]!.norm)) return true;
  return false;
}

/** The price at `i` is charged to people named just after it ("5000FC aux motards"), or per sack ("10$ per sack"). */
export function chargedToPeople(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  if (/^(fc|fcs|francs?|usd|dollars?|\$)$/.test(tokens[k]?.norm ?? '')) k++;
  if (tokens[k]?.breakBefore) return false;
  if (TO.test(tokens[k]?.norm ?? '')) {
    const j = /^(the|les|each|every|chaque)$/.test(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
    if (PAYERS.test(tokens[j]?.norm ?? '') && !tokens[j]!.breakBefore) return true;
  }
  return PER.test(tokens[k]?.norm ?? '') && SACK.test(tokens[k + 1]?.norm ?? '');
}

const WAR_LEVY = /^(effort|war|taxe|taxes|contribution|contributions)$/;
/** A threat hit that is only the name of a war levy ("effort de guerre", "war tax"): no threat said. */
export function levyNameOnly(h: SignalHit, tokens: readonly Token[]): boolean {
  return h.value.signal === 'threat' && h.value.subType === 'extortion' && WAR_LEVY.test(tokens[h.start]?.norm ?? '');
}
