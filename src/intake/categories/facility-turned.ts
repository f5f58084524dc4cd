import type { Signals } from './categories.js';

/**
 * C13: a school or a health facility turned into a base, its name and a bracketed place or its full name between the verb
 * and the use ("Wazalendo turned Ihusi primary school (Kalehe) into a base", "les FARDC ont transformé l'école primaire
 * de Kaniola en camp militaire", "converted the Bunyakiri health centre (Kalehe) into barracks"). The facility's own words
 * and a bracket stand between, which the five-word clause window of categories.ts does not cross. Look-alikes kept out:
 * a facility only near a base ("camp near the school"), a facility turned into a shelter for the displaced.
 */
const TURN = /^(turned|turn|turns|turning|converted|converting|transformed|transforming|made|transforme|transformee|transformes|transformees|transforment|converti|convertie|convertis)$/;

export function facilityTurnedIntoBase(s: Signals, facility: 'school' | 'hospital'): boolean {
  const t = s.tokens;
  return s.all(facility).some((f) => {
    const turned = [1, 2, 3, 4].some((d) => TURN.test(t[f.start - d]?.norm ?? '') && !t.slice(f.start - d + 1, f.start + 1).some((x) => x.stopBefore));
    if (!turned) return false;
    return s.all('militaryUse').some((u) => u.start >= f.end && u.start - f.end <= 6 && !t.slice(f.end, u.start + 1).some((x) => x.stopBefore));
  });
}
