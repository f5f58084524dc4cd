import type { SignalHit } from '../categories/categories.js';
import type { Token } from '../normalize.js';

/**
 * People said missing beside a killing toll are not counted as abducted when no taking is told (the main corpus reads
 * "ADF ambush: three truck drivers killed, two others missing", "4x KIA, 2x missing" so; reports34): "Update Mamove: toll
 * rises to 8 dead, 2 still missing", "adf ont tué 1 cultivateur, 2 autres portés disparus". A taking said beside them
 * keeps the count ("2 killed and 3 taken, still missing"), and so do the missing with nobody killed ("14 villagers
 * still missing, feared abducted": an abduction, victims/tolls.ts).
 */
const MISSING_WORDS = /^(missing|disparus?|disparues?|portes?|portees?|still|toujours|encore|are|is|remain|remains|restent|reste|reported|sont|est|unaccounted|for|introuvables?|gone|went)$/;

/** Whether an abduction is told beyond people said missing when the report counts dead. */
export function takingBeyondMissing(abduct: readonly SignalHit[], tokens: readonly Token[], killed: number | null, killingTold: boolean): boolean {
  if (abduct.length === 0) return true;
  // (the dead counted, or a killing told)
  if (killed === 0 || (killed === null && !killingTold)) return true;
  return abduct.some((h) => !tokens.slice(h.start, h.end).every((t) => MISSING_WORDS.test(t.norm)));
}
