import type { Token } from '../normalize.js';

/**
 * C1/C2 and C6: police or soldiers who make people pay ("Police at the Kasindi border post make women crossing with goods
 * pay 5 USD", "les militaires font payer 1000 FC aux motards", "soldiers charge 2000 FC per moto") extort them: they did
 * the harm. Read from the force's word forward in its clause: a verb of making or forcing then "pay/payer" within a few
 * words, or a verb of charging or levying. (Those who are paid, "traders pay the police", are not read here.)
 */
const MAKE = /^(make|makes|made|making|force|forces|forced|forcing|font|fait|faisaient|faisait|obligent|oblige|obligeaient|contraignent|compel|compels|compelled)$/;
const PAY = /^(pay|paying|payer|paient|payent|cotiser|contribute)$/;
const CHARGE = /^(charge|charges|charging|charged|levy|levies|levying|levied|taxent|taxer|taxaient|percoivent|percevaient|prelevent|prelevaient|rackettent|racketent)$/;
const STOP = /^(but|mais|while|alors|after|apres|when|quand|lorsque)$/;

export function forceMadePeoplePay(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 8; k++) {
    const t = tokens[k]!;
    if (t.breakBefore || STOP.test(t.norm)) return false;
    if (CHARGE.test(t.norm)) return true;
    if (!MAKE.test(t.norm)) continue;
    for (let j = k + 1; j < tokens.length && j <= k + 6; j++) {
      if (tokens[j]!.breakBefore) return false;
      if (PAY.test(tokens[j]!.norm)) return true;
    }
    return false;
  }
  return false;
}
