import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * An arrest only feared is no detention (reports37): "3 human rights defenders followed and photographed by unknown
 * men after a press conf, they fear arrest", "des journalistes filés par des inconnus, ils craignent d'être arrêtés",
 * "afraid of being arrested", "peur d'être arrêtés": the people are intimidated, nobody is held — the arrest word is
 * read as the threat. Look-alikes kept out: "arrested, families fear for their lives" (the fear after the arrest), "feared
 * arrested" as news ("2 feared abducted" is read elsewhere), an arrest said done ("were arrested and fear torture").
 */
const FEAR = /^(fear|fears|feared|fearing|afraid|craignent|craint|craignant|redoutent|redoute|peur|crainte|risk|risque|risquent)$/;
const LINK = /^(of|being|be|to|d|de|etre|une|an|a|the|their|leur|leurs|l|en|possible|imminent|imminente)$/;

/** The detention hit follows a fear word, with only "of being"/"d'être" between. */
export function arrestFeared(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'detention') return false;
  for (let k = h.start - 1; k >= 0 && k >= h.start - 4; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    if (FEAR.test(tokens[k]!.norm)) return true;
    if (!LINK.test(tokens[k]!.norm)) return false;
  }
  return false;
}
