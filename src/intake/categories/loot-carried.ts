import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * The loot people are made to carry is the purpose of their taking, not a looting told (pending reports40): "FPIC elements
 * wounded 2 gold diggers near Gety and took 6 others to carry their loot", "emmené 6 autres pour transporter leur butin",
 * "forcés à porter le butin". The loot word after a carrying verb is set aside; a looting said by its own verb stays
 * ("ont pillé le marché et forcé 5 hommes à porter le butin": "pillé" is still read).
 */
const CARRY = /^(carry|carrying|carried|transport|transporting|transporter|porter|portent|portaient|charger|haul|hauling)$/;
const LINK = /^(their|the|its|leur|leurs|le|la|les|du|des|de|all|tout|stolen|looted|vole|voles|pille|pilles)$/;

export function lootCarried(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'loot') return false;
  let k = h.start - 1;
  while (k >= 0 && k >= h.start - 3 && LINK.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
  return k >= 0 && k < h.start && !tokens[k + 1]!.breakBefore && CARRY.test(tokens[k]!.norm);
}
