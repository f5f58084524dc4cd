import type { Victims } from '../../domain/alert.js';
import type { CategoryId } from '../../domain/taxonomy.js';
import { killingReported } from './causes.js';
import { hasSexualViolence, type Signals } from './categories.js';
import { CHILD_NOUNS } from './keywords.js';

/**
 * Children counted among the wounded, nobody killed (pending reports40): "injured now 12, 2 of them children", "8 blessés
 * dont 3 enfants", "9 blesses civils dont 4 enfants", "5 wounded including 2 kids". The maiming of children is a grave
 * violation (child violation, high), the attack on civilians (medium) stays the alternative; every main-corpus label of
 * children said among the hurt reads it so (with ordnance or on an IDP site too: ordnance-hurt-children.ts). The children
 * must be said as a part of the wounded ("dont", "including", "of them", "parmi eux"): "2 femmes et 3 enfants blessés"
 * stays as categories.ts reads it. Look-alikes kept out: a killing beside (the attack names it, high all the same),
 * children named with no count, children who fled ("dont des enfants" among the displaced: no wound).
 */
const PART = /^(dont|including|incl|inclus|incluant|among|parmi|notamment|them|eux|elles|whom|lesquels)$/;

export function childrenAmongWoundedFirst<R extends { category: CategoryId; subType: string | null }>(ranked: R[], s: Signals, victims: Victims): R[] {
  const children = victims.childrenAffected ?? 0;
  const injured = victims.injured ?? 0;
  if (ranked[0]?.category !== 'attack_on_civilians' || children === 0 || injured < children || (victims.killed ?? 0) > 0) return ranked;
  if ((victims.abducted ?? 0) > 0 || (victims.killed === null && killingReported(s)) || hasSexualViolence(s)) return ranked;
  const tokens = s.tokens;
  const said = s.all('child').some((h) => {
    for (let k = h.start - 1; k >= 0 && k >= h.start - 4; k--) {
      if (PART.test(tokens[k]!.norm)) return true;
      if (tokens[k + 1]!.breakBefore) return false;
    }
    return false;
  }) || tokens.some((t, i) => CHILD_NOUNS.has(t.norm) && i > 0 && PART.test(tokens[i - 1]!.norm));
  if (!said) return ranked;
  const child = ranked.find((r) => r.category === 'child_violation') ?? ({ ...ranked[0], category: 'child_violation', subType: 'maiming' } as R);
  return [child, ...ranked.filter((r) => r !== child)];
}
