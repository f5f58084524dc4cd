import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * A force named as the owner of a tax the victims pay, in a report of another actor's harm, did not do that harm:
 * "Letter signed ADF … threatening to burn it if traders keep paying the FARDC tax", "les ADF menacent ceux qui paient la
 * taxe des FARDC". (Whoever takes the tax at a barrier is its doer when nobody else is named, C6: the caller only
 * applies this with another actor named.)
 */
const TAX = /^(tax|taxes|taxe|levy|levies|toll|tolls|jetons?|contribution|contributions)$/;
const PAY = /^(pay|pays|paying|paid|payer|paient|payent|payant|paye|verser|versent)$/;
const TAX_SAID = trigger(['tax', 'taxes', 'taxe', 'levy', 'levies', 'toll', 'tolls', 'jeton', 'jetons', 'contribution', 'contributions']);
const PAY_SAID = trigger(['pay', 'pays', 'paying', 'paid', 'payer', 'paient', 'payent', 'payant', 'paye', 'verser', 'versent']);
const LINK = /^(the|their|la|le|les|l|des|du|de|d|aux|au|to|a)$/;

export function taxOwnerOnly(tokens: readonly Token[], start: number, end: number): boolean {
  if (!said(tokens, TAX_SAID) || !said(tokens, PAY_SAID)) return false;
  // "paying the FARDC tax"
  if (TAX.test(tokens[end]?.norm ?? '') && !tokens[end]!.breakBefore) {
    let k = start - 1;
    while (k >= 0 && k >= start - 2 && LINK.test(tokens[k]!.norm)) k--;
    if (k >= 0 && PAY.test(tokens[k]!.norm)) return true;
  }
  // "paient la taxe des FARDC", "pay taxes to the M23"
  let k = start - 1;
  while (k >= 0 && k >= start - 2 && LINK.test(tokens[k]!.norm)) k--;
  if (k < 1 || !TAX.test(tokens[k]!.norm)) return false;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (PAY.test(tokens[j]!.norm)) return true;
  return false;
}
