import type { Signals } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * Health staff harmed away from their post (pending reports48, C20): "Nurse of the Kalunguta health centre robbed on her way
 * home by 2 armed men", "infirmier du CS de Luofu tabassé par des inconnus en rentrant chez lui". A state nurse with no
 * organisation named is a civilian (main corpus: r12-en-057 "killed a nurse on her way home", r25en-010, r45en-097 "nurse of
 * the Gety health centre abducted on his way home" → abduction); the health centre only says where they work, it is no target
 * (C13 does not apply). Look-alikes kept out: staff harmed in the facility ("beat the nurse" in a raided maternity, r28en-037;
 * "nurse at Nyankunde hospital beaten by soldiers who wanted free treatment", r7en-050), an agency named.
 */

const AWAY = [['way', 'home'], ['way', 'back'], ['en', 'rentrant'], ['rentrant', 'chez'], ['chez', 'lui'], ['chez', 'elle'], ['at', 'home'], ['his', 'home'], ['her', 'home'], ['son', 'domicile'], ['a', 'domicile'], ['going', 'home'], ['walking', 'home'], ['retour', 'du', 'travail'], ['back', 'from', 'work'], ['rentrait', 'chez']];
const STAFF = /^(nurse|nurses|infirmier|infirmiere|infirmiers|infirmieres|doctor|docteur|medecin|midwife|sage|titulaire|staff|agent|agents|employee|employe|employes|matron)$/;
const OF = /^(of|from|at|du|de|des|la|l|the)$/;

/** The text says the harm came on the way home or at home. */
export function awayFromPost(tokens: readonly Token[]): boolean {
  return tokens.some((_, i) => AWAY.some((p) => p.every((w, d) => tokens[i + d]?.norm === w && (d === 0 || !tokens[i + d]!.stopBefore))));
}

/** The facility word at `at` only says where a staff member named just before works ("nurse of the X health centre"). */
export function staffOfFacility(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 5; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    if (STAFF.test(tokens[k]!.norm)) return true;
    if (!OF.test(tokens[k]!.norm) && !/^\p{Lu}/u.test(tokens[k]!.text)) return false;
  }
  return false;
}

/** Health staff only, harmed on the way home or at home: civilians, not humanitarians. */
export function staffHarmedAwayFromPost(s: Signals, staffOnly: boolean): boolean {
  return staffOnly && awayFromPost(s.tokens) && s.all('hospital').every((h) => staffOfFacility(s.tokens, h.start));
}
