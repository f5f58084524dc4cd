import type { Token } from '../normalize.js';

/**
 * People let go AGAINST a sum (reports37): "pnc goma a arrêté 20 jeunes ds une rafle nocturne, libérés contre 10000 fc
 * chacun", "police arrested 15 moto drivers, released against 5000 FC each", "relâchés moyennant 20$": the price was
 * paid for their release, so they were held until they paid. Read by people-taken.ts heldByStateForPrice beside its
 * price asked ("want 50 dollar to free them"): by the state's police or army, a detention (C6, C23). Look-alikes kept
 * out: released with no sum, a sum with no release ("fined 5000 FC"), "released against a promise".
 */
const FREED = /^(liberes?|liberee?s?|relaches?|relachee?s?|released|freed|elargis?|let)$/;
const AGAINST = /^(contre|against|moyennant|apres|after|for|pour)$/;
const FILL = /^(go|paiement|payment|paying|payer|avoir|paye|de|d|du|des|la|le|l|the|a|an|un|une|of|chacun|each|somme|sum|amende|fine)$/;
const MONEY = /^(\d+(fc|fcs|usd|\$)?|usd|\$|fc|francs?|dollars?)$/;

/** A release said bought with a sum of money. */
export function freedAgainstMoney(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!FREED.test(tokens[i]!.norm)) continue;
    let k = i + 1;
    if (tokens[k]?.norm === 'go') k++;
    if (!AGAINST.test(tokens[k]?.norm ?? '') || tokens[k]!.breakBefore) continue;
    for (let j = k + 1; j <= k + 4 && j < tokens.length && !tokens[j]!.breakBefore; j++) {
      if (MONEY.test(tokens[j]!.norm)) return true;
      if (!FILL.test(tokens[j]!.norm)) break;
    }
  }
  return false;
}
