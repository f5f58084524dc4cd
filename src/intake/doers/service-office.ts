import type { Token } from '../normalize.js';

/**
 * A state service named with the town of its office, the way field staff head a report: "ANR Bunia holding 2
 * journalists", "ANR Butembo détient un journaliste", "ANR Bukavu: activist given electric shocks", "ANR Goma: un
 * militant dit avoir été privé de sommeil" (reports32). The town between the service and its verb hid the doer
 * (C5); a service heading a report of detention or ill-treatment before a colon held the person.
 * Called only at a service's word (a Set lookup in state-services.ts), so other reports pay nothing.
 */

/** The index of the word after the service that stands for it: the town of its office ("ANR Bunia"), else i. */
export function serviceWithTown(tokens: readonly Token[], i: number): number {
  const next = tokens[i + 1];
  // a capitalised word right after the service, in the same clause and no colon between ("ANR Bunia", not "ANR: Bunia")
  // (in SMS all in lower case, "anr bunia detient 3 membres" (reports36), a lower-case word after a lower-case service)
  const town = /^\p{Lu}\p{Ll}{2,}$/u.test(next?.text ?? '') || (/^\p{Ll}+$/u.test(tokens[i]!.text) && /^\p{Ll}{3,}$/u.test(next?.text ?? ''));
  if (!next || next.breakBefore || next.start - tokens[i]!.end !== 1 || !town) return i;
  return i + 1;
}

/** The service (with its town) heads the report before a colon: "ANR Bukavu: …", "DEMIAP: …". */
// (the tokenizer keeps no break at a colon or a dash: a gap wider than one space between two words is one)
export function serviceHeading(tokens: readonly Token[], i: number): boolean {
  if (i !== 0) return false;
  const last = serviceWithTown(tokens, i);
  const next = tokens[last + 1];
  return !!next && !next.breakBefore && next.start - tokens[last]!.end > 1;
}
