import type { Token } from '../normalize.js';

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
