import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * A beating said as the sanction of a levy (C6, pending reports41): "CODECO checkpoint at Lopa extorting 1000 FC per
 * person, those without money are beaten", "1000 FC par personne, ceux qui n'ont pas d'argent sont tabassés", "les
 * récalcitrants sont fouettés". The money taken is the report (looting, C6; the main corpus also accepts the ill-treatment
 * or the attack): the beating word of "those without money", "ceux qui n'ont pas d'argent" gives no torture hit when money
 * is taken in the report. Kept: a beating with no levy ("those who refuse to dig trenches are beaten": forced labour), a
 * beating of people named ("3 traders beaten for refusing to pay": the harm done to them).
 */
const WHO = new Set(['those', 'ceux', 'celles', 'recalcitrants', 'refractaires', 'whoever', 'anyone', 'quiconque']);
const UNPAID = /^(money|argent|pay|paie|paient|payer|paying|refuse|refuses|refusent|refusing|cannot|cant|can|peuvent|sans|without|recalcitrants|refractaires|fric)$/;
const MONEY = /^(fc|usd|dollars?|francs?|\$|jeton|jetons)$/;
const BEATEN = /^(beaten|beat|whipped|flogged|tabasse\w*|fouette\w*|battu\w*|bastonne\w*|chicotte\w*|frappe\w*|molested|roughed)$/;

export function beatenIfUnpaid(h: SignalHit, tokens: readonly Token[], hits: readonly SignalHit[]): boolean {
  if (h.value.signal !== 'torture' || !BEATEN.test(tokens[h.start]!.norm)) return false;
  // (money taken: a looting word, or a sum in francs or dollars)
  if (!hits.some((x) => x.value.signal === 'loot') && !tokens.some((t) => MONEY.test(t.norm))) return false;
  let who = false;
  let unpaid = false;
  for (let k = h.start - 1; k >= 0 && k >= h.start - 9; k--) {
    if (tokens[k + 1]!.stopBefore) break;
    const w = tokens[k]!.norm;
    if (WHO.has(w)) who = true;
    if (UNPAID.test(w)) unpaid = true;
    if (who) break;
  }
  return who && unpaid;
}
