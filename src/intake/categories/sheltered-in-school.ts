import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * The displaced sleeping or lodging in a school ("1,200 people arrived from Mpofi after the M23 advance, sleeping in the
 * school", "les déplacés dorment dans l'école de Kibua") are sheltered there: no military use, no attack on the school
 * (C13 needs armed men or a named actor occupying it), the report is the displacement. An armed group that sleeps there
 * ("M23 elements sleeping in the school", "les Wazalendo logent dans l'école") still uses it.
 */
const SLEEP = /^(sleeping|sleep|slept|dorment|dormir|dormaient|logent|loges|logees?|sheltering|sheltered|abrites?|abritees?|hebergees?|heberges)$/;
const SUBJECT_GAP = /^(are|is|were|sont|ont|now|maintenant|elements|fighters|soldiers|militaires|combattants|qui|who)$/;

/** The militaryUse hit `h` is a sleeping or lodging word said of displaced people told before it in the same sentence. */
export function displacedSheltered(h: SignalHit, hits: readonly SignalHit[], tokens: readonly Token[], mentionEnds: readonly number[]): boolean {
  if (h.value.signal !== 'militaryUse' || !SLEEP.test(tokens[h.start]!.norm)) return false;
  // the armed group is the subject: its name right before the verb, or with a word of rank or tense between
  for (const end of mentionEnds) {
    if (end > h.start) continue;
    let k = end;
    while (k < h.start && SUBJECT_GAP.test(tokens[k]!.norm)) k++;
    if (k === h.start) return false;
  }
  for (let k = h.start - 1; k >= 0; k--) {
    if (tokens[k + 1]!.stopBefore) return false;
    if (hits.some((x) => x.value.signal === 'displace' && x.start === k)) return true;
  }
  return false;
}
