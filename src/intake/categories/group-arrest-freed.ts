import type { SignalHit } from './categories.js';
import type { CategoryId } from '../../domain/taxonomy.js';
import type { Token } from '../normalize.js';

/**
 * C12 for C23's takings: people a non-state group "arrested", then released, who tell of a beating in its custody are
 * still the abduction ("the 4 youths arrested by M23 … were released yesterday, they say they were beaten in custody",
 * "les 5 motards arrêtés par les wazalendo ont été libérés, ils ont été tabassés"; reports35). The raw-keyword reading
 * of hostages back (constructions/everyday-traffic-1.ts) sees no abduction word in "arrested"; the C23 hits
 * (categories/group-arrests.ts) say it. A grave harm told (CRSV, a child violation, a killing) still names the report.
 */
const FREED = /^(released|freed|liberes?|liberee?s?|relache\w*|relaxed|let)$/;
const GRAVE: ReadonlySet<CategoryId> = new Set(['crsv', 'child_violation', 'abduction']);

export function groupArrestFreedFirst<R extends { category: CategoryId }>(ranked: R[], arrests: readonly SignalHit[], tokens: readonly Token[], killing: boolean): R[] {
  if (arrests.length === 0) return ranked;
  const first = ranked[0]?.category;
  if (first === undefined || GRAVE.has(first) || (first === 'attack_on_civilians' && killing)) return ranked;
  const freed = arrests.some((h) => tokens.slice(h.end, h.end + 14).some((t) => FREED.test(t.norm)));
  const taken = freed ? ranked.find((r) => r.category === 'abduction') : undefined;
  return taken ? [taken, ...ranked.filter((r) => r !== taken)] : ranked;
}
