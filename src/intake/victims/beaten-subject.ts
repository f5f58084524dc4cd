import type { Token } from '../normalize.js';
import { ageNotCount } from './ages.js';
import { readNumber } from '../numbers.js';

/**
 * Who was beaten, said before the beating in ways C3's subject reading missed (reports31):
 * - a chain of participles about the same people: "3 motards arrêtés par des militaires, gardés dans un conteneur et
 *   frappés à coups de crosse", "2 farmers taken, tied up, and beaten" — a clause opening on a participle carries on the
 *   clause before it (participleClause);
 * - a plural passive after "avoir été": "3 détenus se plaignent d'avoir été fouettés" (pluralInfinitive);
 * - a bare count before a participle: "At least three beaten last week", "2 tabassés" (countBefore);
 * - guards or watchmen counted and beaten: "two guards tied up and beaten" (guardsBeaten: guards are people here, not the
 *   force that beats, when a number counts them and a participle tells what was done to them).
 * Word checks on the few tokens beside the beating only.
 */
const PARTICIPLE = /^[a-z]{2,}(es|ees|ed|us)$/;
const NOT_PARTICIPLE: ReadonlySet<string> = new Set(['les', 'des', 'ces', 'mes', 'tes', 'ses', 'elles', 'celles', 'autres', 'toutes', 'quelques', 'certaines', 'memes', 'plusieurs', 'notes', 'sources', 'zones', 'routes', 'armes', 'troupes', 'sometimes', 'besides', 'indeed', 'instead']);
const PLURAL_PARTICIPLE = /^[a-z]+(es|ees|us|ed|en)$/;
const GUARDS: ReadonlySet<string> = new Set(['guards', 'gardes', 'gardiens', 'watchmen', 'sentinelles', 'veilleurs']);
const PARTICIPLES: ReadonlySet<string> = new Set(['beaten', 'whipped', 'flogged', 'tabasses', 'tabassees', 'fouettes', 'fouettees', 'battus', 'battues', 'frappes', 'frappees', 'bastonnes', 'bastonnees', 'chicottes', 'molestes', 'molestees']);

/** A clause opening on a participle ("gardés dans…", "tied up…") carries on the clause before it. */
export function participleClause(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && !t.stopBefore && PARTICIPLE.test(t.norm) && !NOT_PARTICIPLE.has(t.norm) && readNumber(tokens, k) === null;
}

/** "d'avoir été fouettés", "to have been whipped": a plural participle after the infinitive passive. */
export function pluralInfinitive(tokens: readonly Token[], b: number): boolean {
  return tokens[b - 1]?.norm === 'ete' && tokens[b - 2]?.norm === 'avoir' && PLURAL_PARTICIPLE.test(tokens[b]!.norm);
}

/** "three beaten", "2 tabassés": a count just before a participle of beating. */
export function countBefore(tokens: readonly Token[], b: number): number | null {
  if (!PARTICIPLES.has(tokens[b]!.norm) || tokens[b]!.breakBefore) return null;
  for (let c = b - 1; c >= 0 && c >= b - 2; c--) {
    const n = readNumber(tokens, c);
    if (n && n.next === b && !ageNotCount(tokens, c)) return n.value; // ("woman 60 beaten": an age, ages.ts)
  }
  return null;
}

/** "two guards tied up and beaten": a counted guard as the one beaten. */
export function guardsBeaten(tokens: readonly Token[], k: number, b: number): boolean {
  return GUARDS.has(tokens[k]!.norm) && PARTICIPLES.has(tokens[b]!.norm) && k >= 1 && readNumber(tokens, k - 1) !== null;
}
