import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * "Child protection" as a field of work, not a child (pending reports31): "Wazalendo turned back the joint JHRO/child
 * protection mission", "la mission conjointe BCNUDH/protection de l'enfant refoulée", "access refused to the child
 * protection team", "child protection officer", "les acteurs de protection de l'enfance". The child word names a team, a
 * partner or a post: no child is harmed or denied aid by it, so it makes no child violation (the team turned back is an
 * access denial). Children said elsewhere in the report keep their own hits.
 */
const PROTECTION = /^(protection|protect|rights)$/;
const OF = /^(de|des|du|d|l|la|of|the)$/;
const CHILD = /^(child|children|childrens|enfant|enfants|enfance)$/;

/** True for a child hit that is only "child protection", "protection de l'enfant", "protection des enfants". */
export function childProtectionField(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'child' || h.end - h.start !== 1 || !CHILD.test(tokens[h.start]!.norm)) return false;
  // "child protection", "children's protection", "child rights"
  const next = tokens[h.end];
  if (next && !next.breakBefore && (PROTECTION.test(next.norm) || (next.norm === 's' && PROTECTION.test(tokens[h.end + 1]?.norm ?? '')))) return true;
  // "protection de l'enfant", "protection des enfants", "protection of children"
  for (let k = h.start - 1; k >= 0 && k >= h.start - 3; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    if (PROTECTION.test(tokens[k]!.norm)) return k < h.start - 1;
    if (!OF.test(tokens[k]!.norm)) return false;
  }
  return false;
}
