import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * C6: a sum levied per household, house or head by an armed group is their property taken by force, looting
 * (reports27: "m23 imposent taxe 10$ par menage a rubaya 'pour la securite'", "Wazalendo impose 2000 FC par ménage",
 * "NDC-R collecting $5 per household"). The sum is a number (the tokenizer drops "$") or a currency word, right before
 * "par"/"per" and the unit; an armed group named or a word of levying said. Look-alikes kept out: aid per household
 * ("25 kg par ménage", "a ration per family": a unit, not money), people per house ("3 people per house").
 */
const PER = new Set(['par', 'per', 'a', 'each', 'chaque', 'every']);
const UNIT = new Set(['menage', 'menages', 'household', 'households', 'hh', 'maison', 'maisons', 'house', 'houses', 'famille', 'familles', 'family', 'families', 'personne', 'person', 'tete', 'head', 'habitant', 'parcelle', 'hutte']);
const UNIT_SAID = trigger([...UNIT]);
const CURRENCY = /^(\d+(fc|usd|\$|frw|ugx)?|fc|usd|frw|ugx|dollars?|francs?|shillings?)$/;
const LEVY = /^(impos\w*|exig\w*|demand\w*|collect\w*|percoi\w*|percev\w*|levy\w*|levi\w*|taxe?s?|tax\w*|payer|paient|pay|paying|contribution|cotisation)$/;

export function levyPerHouseholdHits(tokens: readonly Token[], groupNamed: boolean): SignalHit[] {
  if (!said(tokens, UNIT_SAID)) return [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!PER.has(tokens[i]!.norm) || !UNIT.has(tokens[i + 1]!.norm) || !CURRENCY.test(tokens[i - 1]!.norm)) continue;
    if (!groupNamed && !tokens.some((t) => LEVY.test(t.norm))) return [];
    return [{ value: { signal: 'loot', subType: null }, start: i - 1, end: i + 2 }];
  }
  return [];
}
