import { GOODS_WORDS } from '../categories/keyword-families.js';
import type { Token } from '../normalize.js';
import { isPerson } from './victim-words.js';

/**
 * Goods right after a verb of taking: "and took the food stock", "puis ont emporté les vivres", "took their goats".
 * The taking is of things, so it does not count the people named before it as abducted ("one IDP shot dead and took
 * the food stock" is one killed, nobody taken).
 */
const FILLER = /^(the|their|his|her|all|les|des|leurs|leur|ses|son|sa|la|le|l|du|de|tout|toute|tous|toutes|a|an|un|une|some|food|vivres|stock|stocks)$/;
const THINGS = /^(stock|stocks|vivres|food|rations?|nourriture|biens|goods|properties|belongings|cash|argent|money|medicines?|medicaments?|drugs|harvest|recoltes?)$/;
export function goodsAfter(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < tokens.length && k <= at + 3 && !tokens[k]!.breakBefore; k++) {
    const w = tokens[k]!.norm;
    if (isPerson(w)) return false;
    if (GOODS_WORDS.has(w) || THINGS.test(w)) return true;
    if (!FILLER.test(w)) return false;
  }
  return false;
}
