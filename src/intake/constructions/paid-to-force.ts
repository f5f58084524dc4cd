import type { CategoryId } from '../../domain/taxonomy.js';
import type { Signals } from '../categories/categories.js';
import type { Token } from '../normalize.js';

/**
 * C6 told from the payers' side (reports37): "les creuseurs paient 5000 FC par semaine aux militaires pour accéder au
 * puits", "miners pay 5000 FC a week to soldiers to access the pits", "traders give 2000 FC to the police at the market
 * every day": money paid to soldiers or police (a sum said, the force as the one paid) is their levy — looting /
 * destruction, the force its doer (doers/made-to-pay.ts reads the force's side, "font payer"). The access or passage it
 * buys ("pour accéder au puits") is the levy's purpose, not an access denied. Look-alikes kept out: a fine or bail paid at
 * the court, paying a group that is not the state (read by the levy readers), a threat or a detention with it, the
 * force "paid" its wages ("soldiers not paid for 3 months").
 */
const PAY = /^(pay|pays|paying|paid|payer|paient|payent|payaient|versent|versaient|donnent|donnaient|give|gives|giving|remettent)$/;
const TO = /^(to|aux|a|au|the|les|des|la|le|l)$/;
const FORCE = /^(militaires|soldats|soldiers|troops|policiers|policemen|police|fardc|pnc|agents)$/;
const MONEY = /^(\d+(fc|fcs|usd|\$)?|usd|\$|fc|francs?|dollars?)$/;

/** The force word at `i` is the one paid: "paient 5000 FC … aux militaires", "pay 5000 FC a week to soldiers". */
export function paidToForceAt(tokens: readonly Token[], i: number): boolean {
  if (!FORCE.test(tokens[i]!.norm)) return false;
  let k = i - 1;
  while (k > i - 3 && TO.test(tokens[k]?.norm ?? '') && !tokens[k + 1]!.breakBefore) k--;
  if (k === i - 1 || !/^(to|aux|a|au)$/.test(tokens[k + 1]?.norm ?? '')) return false;
  let money = false;
  for (let j = k; j >= 0 && j >= i - 10; j--) {
    if (tokens[j + 1]!.breakBefore) return false;
    if (MONEY.test(tokens[j]!.norm)) money = true;
    if (PAY.test(tokens[j]!.norm)) return money && !/^(not|pas|no|never|jamais|unpaid)$/.test(tokens[j - 1]?.norm ?? '');
  }
  return false;
}

/** The levy first when the only other reading is the access it buys or nothing. */
export function paidToForceFirst<R extends { category: CategoryId }>(ranked: R[], s: Signals): R[] {
  const top = ranked[0]?.category;
  if (top !== undefined && top !== 'access_denial' && top !== 'other') return ranked;
  if ((['threat', 'detention', 'kill', 'injure', 'abduct', 'sexual', 'attack'] as const).some((x) => s.has(x))) return ranked;
  if (!s.tokens.some((_, i) => paidToForceAt(s.tokens, i))) return ranked;
  const levy = ranked.find((r) => r.category === 'looting_destruction');
  return [levy ?? ({ ...ranked[0], category: 'looting_destruction', subType: null } as unknown as R), ...ranked.filter((r) => r !== levy)];
}
