import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * The charge people were held on, quoted after "for"/"pour" (reports36): "5 pêcheurs détenus par les FARDC pour 'pêche en
 * période interdite'", "4 Ugandans detained by M23 'for illegal crossing'", "arrêtés pour « réunion interdite »". The words
 * in quotes are what the holders call the offence, not a harm or a movement told: their keyword hits are set aside.
 * Look-alikes kept: an unquoted cause ("arrested for refusing to pay", read by the other rules), quotes with no arrest
 * or holding before them ("they called it 'a cleaning operation'").
 */
const FOR = /^(for|pour)$/;
const HOLD = /^(detained|held|arrested|jailed|fined|detenue?s?|arretee?s?|retenue?s?|gardee?s?|incarceree?s?|amendee?s?|condamnee?s?|sentenced|punished|punie?s?)$/;
const QUOTE = /['"«»‘’“”]/;

function quoteBetween(description: string, a: Token, b: Token): boolean {
  return QUOTE.test(description.slice(a.end, b.start));
}

// (reports43) a charge of morals, unquoted: "la PNC a arrêté 3 femmes pour prostitution", "arrested for prostitution":
// the offence the holders name, not sexual exploitation told (the women are the ones held).
const MORALS_CHARGE = /^(prostitution|racolage|debauche|soliciting|vagabondage|vagrancy)$/;

export function chargeQuoted(h: SignalHit, tokens: readonly Token[], description: string): boolean {
  const k = h.start;
  if (MORALS_CHARGE.test(tokens[k]!.norm) && FOR.test(tokens[k - 1]?.norm ?? '')) {
    for (let j = k - 2; j >= 0 && j >= k - 8; j--) if (HOLD.test(tokens[j]!.norm) || /^(arrete|arrested|detenu|detenus|interpelle\w*|rafle\w*|rounded)$/.test(tokens[j]!.norm)) return true;
  }
  for (let p = k - 1; p >= 0 && p >= k - 6; p--) {
    // (a closing quote between the charge's opening and the hit: the hit is outside it)
    if (p + 1 < k && quoteBetween(description, tokens[p + 1]!, tokens[p + 2]!)) return false;
    if (!FOR.test(tokens[p]!.norm)) continue;
    // the quote opens right before or right after "for": "'for illegal crossing'", "pour 'pêche …'"
    const opened = quoteBetween(description, tokens[p]!, tokens[p + 1]!) || (p > 0 && quoteBetween(description, tokens[p - 1]!, tokens[p]!));
    if (!opened) return false;
    for (let j = p - 1; j >= 0 && j >= p - 8; j--) if (HOLD.test(tokens[j]!.norm)) return true;
    return false;
  }
  return false;
}
