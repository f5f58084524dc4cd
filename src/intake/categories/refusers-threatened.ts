import type { Signals } from './categories.js';
import type { CategoryId } from '../../domain/taxonomy.js';
import type { Token } from '../normalize.js';

/**
 * C6: money demanded is looting, "a threat said with it makes it threat_intimidation". The threat said as the rule for
 * those who refuse to pay, in the present: "chaque véhicule paie 20 000 FC et ceux qui refusent sont menacés (d'être
 * abattus)", "2000 FC per moto, those who refuse are threatened", "menaces contre ceux qui refusent", "threatening whoever
 * refuses" (reports35). constructions/punished-if-refused.ts reads the harm promised in the future ("will be beaten if
 * they don't pay"); this reads the threat word itself. Look-alikes: a beating or a cell for those who refuse stays the
 * levy (or the ill-treatment) as before, and a threat with no refusing named beside it is left to the ranking.
 */
const WHO = /^(qui|who|that)$/;
const REFUSING = /^(refus\w*|ne|n|don|dont|fail|fails|failed|wanaokataa|resist\w*)$/;
const THOSE = /^(ceux|celles|those|anyone|whoever|quiconque|les|the|people|ppl|gens)$/;

// "ceux qui refusent sont menacés": "who" + refusing within the clause before the threat word.
function refusersBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 1 && k >= at - 6 && !tokens[k + 1]!.stopBefore; k--) if (REFUSING.test(tokens[k]!.norm) && (WHO.test(tokens[k - 1]!.norm) || /^(whoever|quiconque)$/.test(tokens[k - 1]!.norm))) return true;
  return false;
}

// "menaces contre ceux qui refusent", "threatening those who refuse", "threatened anyone refusing".
function refusersAfter(tokens: readonly Token[], end: number): boolean {
  for (let k = end; k < tokens.length && k <= end + 4 && !tokens[k]!.stopBefore; k++) {
    if (/^(whoever|quiconque|anyone)$/.test(tokens[k]!.norm) && REFUSING.test(tokens[k + 1]?.norm ?? '')) return true;
    if (THOSE.test(tokens[k]!.norm) && WHO.test(tokens[k + 1]?.norm ?? '') && REFUSING.test(tokens[k + 2]?.norm ?? '')) return true;
  }
  return false;
}

/** The threat first when the levy is ranked first and the threat is said of those who refuse to pay. */
export function refusersThreatenedFirst<R extends { category: CategoryId }>(ranked: R[], s: Signals): R[] {
  if (ranked[0]?.category !== 'looting_destruction') return ranked;
  if (!s.all('threat').some((h) => refusersBefore(s.tokens, h.start) || refusersAfter(s.tokens, h.end))) return ranked;
  const threat = ranked.find((r) => r.category === 'threat_intimidation');
  return threat ? [threat, ...ranked.filter((r) => r !== threat)] : ranked;
}
