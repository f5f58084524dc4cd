import type { SignalHit } from '../categories/categories.js';
import type { Token } from '../normalize.js';

/**
 * A beating or an arrest said only of "those who cannot pay" / "who don't pay" is the levy's rule, not an incident told
 * (C6: the levy is the report, looting, or the threat it carries): "collect a 'tax' of 5 kg of cassava per household
 * every Friday; those who cannot pay are beaten", "ceux qui ne paient pas sont fouettés", "whoever fails to pay is
 * locked up". Like "those who refuse are detained" (constructions/barriers-and-money.ts refusersOnly). Look-alikes kept
 * out: people counted ("2 traders who could not pay were beaten", an incident), a beating with no one-who before it.
 */
const WHO = /^(those|ceux|celles|anyone|whoever|quiconque|qui|who|households?|menages?|families|familles)$/;
const PAY = /^(pay|paient|payent|paie|paye|payer|contribute|cotiser|cotisent)$/;
const NOT = /^(not|cannot|cant|can|t|don|dont|do|does|doesn|fail|fails|failed|failing|unable|ne|n|pas|peuvent|peut|arrivent|parviennent|to|a)$/;

export function nonPayersOnly(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'torture' && h.value.signal !== 'detention' && h.value.signal !== 'injure') return false;
  for (let k = h.start - 1; k >= 1 && k >= h.start - 5; k--) {
    if (tokens[k + 1]!.stopBefore || tokens[k + 1]!.breakBefore) return false;
    if (!PAY.test(tokens[k]!.norm)) continue;
    let j = k - 1;
    let negated = false;
    while (j > 0 && j >= k - 4 && NOT.test(tokens[j]!.norm) && !tokens[j + 1]!.breakBefore) {
      negated = true;
      j--;
    }
    if (!negated || !WHO.test(tokens[j]?.norm ?? '')) return false;
    // ("2 traders who could not pay were beaten": people counted before "who" are the ones it was done to)
    return ![1, 2, 3].some((d) => /^\d+$/.test(tokens[j - d]?.norm ?? ''));
  }
  return false;
}
