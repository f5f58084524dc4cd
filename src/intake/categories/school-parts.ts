import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * A school's rooms and furniture named in the clause after the school: "les Twirwaneho ont quitté l'école de Mikenge hier,
 * salles saccagées et bancs brûlés", "left the school, desks burnt" (reports38; the English "classrooms" is a school word
 * already). The part is the school: a school hit is added at it so the harm beside it reads as done to the school (C13,
 * categories.ts onFacility; still only with armed men or a named actor as the doer). Read only when a school is named
 * within the 8 words before, so "salle" alone (a hall, a room) names no school.
 */
const PARTS = new Set(['salles', 'salle', 'classes', 'bancs', 'pupitres', 'tableaux', 'desks', 'benches', 'blackboards', 'dortoirs', 'dormitories', 'latrines']);

export function schoolPartHits(tokens: readonly Token[], hits: readonly SignalHit[]): SignalHit[] {
  const schools = hits.filter((h) => h.value.signal === 'school');
  if (schools.length === 0) return [];
  const out: SignalHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!PARTS.has(tokens[i]!.norm)) continue;
    if (!schools.some((h) => h.end <= i && i - h.end <= 8)) continue;
    if (tokens.slice(schools[0]!.end, i + 1).some((t) => t.stopBefore)) continue;
    out.push({ value: { signal: 'school', subType: 'attack_on_school' }, start: i, end: i + 1 });
  }
  return out;
}
