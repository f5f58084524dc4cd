import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * The sanction of a levy said as a rule: "diggers who don't pay refused access to pits", "ceux qui ne paient pas n'ont
 * pas accès au marché", "who refuses walks" (pending reports26). Access refused to those who do not pay is how the
 * money is taken (C6, looting), not an access denial of aid workers nor of the mission.
 * Look-alikes kept out: access refused to the mission or aid workers ("MONUSCO patrol refused access"), access refused
 * with no payment said.
 */
const WHO = /^(who|those|ceux|celles|qui|wasiolipa|anyone|whoever)$/;
const NOT_PAY = /^(pay|paie|paient|payer|paying|refuse|refuses|refusent|refused)$/;

export function levySanction(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'access') return false;
  for (let k = h.start - 1; k >= 1 && k >= h.start - 6; k--) {
    if (tokens[k + 1]!.stopBefore) return false;
    if (NOT_PAY.test(tokens[k]!.norm) && tokens.slice(Math.max(0, k - 4), k).some((t) => WHO.test(t.norm))) return true;
  }
  return false;
}
