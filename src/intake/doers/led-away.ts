import type { Token } from '../normalize.js';
import { peopleAfter } from '../categories/people-taken.js';
import { carriedForCare } from '../categories/leaving-and-care.js';

/**
 * C23 said with a verb of leading away (reports42): "des militaires ont amené trois commerçants vers une destination
 * inconnue", "la police a emmené 3 femmes", "les soldats ont emmené deux jeunes". The force before the verb took the
 * people it names: it did the harm (C1, C2). Look-alikes kept out: the wounded or the dead carried ("ont emmené les
 * blessés à l'hôpital": no people counted after the verb, or carried to care), a suspect brought to justice ("ont amené
 * le suspect au parquet": a response). Cheap: the verb is tested first.
 */
const LED = /^(emmen|amen)(e|es|ee|ees|ent|aient)$/;
const JUSTICE = /^(suspects?|presumes?|auteurs?|bandits?|voleurs?|criminels?|parquet|tribunal|auditorat|auditorate|court|justice)$/;

export function peopleLedAway(tokens: readonly Token[], k: number): boolean {
  if (!LED.test(tokens[k]!.norm) || peopleAfter(tokens, k) === null || carriedForCare(tokens, k, k)) return false;
  for (let j = k + 1; j < tokens.length && j <= k + 8 && !tokens[j]!.stopBefore; j++) if (JUSTICE.test(tokens[j]!.norm)) return false;
  return true;
}
