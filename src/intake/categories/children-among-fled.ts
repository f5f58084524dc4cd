import type { Victims } from '../../domain/alert.js';
import type { Signals } from './categories.js';

/**
 * Children named only among the people who fled (reports37): "environ 2000 personnes ont fui vers Mushaki, dont beaucoup
 * de femmes et d'enfants; 1 creuseur blessé par balle perdue", "3,000 fled to Kanyabayonga, mostly women and children,
 * 1 man wounded": the children are part of the displacement, not victims of a violation, even with a harm told next to
 * them (categories.ts childVictims reads a child word near a harm as a child victim). Look-alikes kept out: a child
 * counted as harmed ("2 enfants blessés"), children taken among people abducted (C18), no displacement counted.
 */
const AMONG = /^(dont|including|incl|among|parmi|notamment|surtout|mostly|majoritairement|majority|mainly|principalement|many|beaucoup)$/;

/** Every child word sits in an "including/dont … women and children" tail of a counted displacement. */
export function childrenAmongFled(s: Signals, victims: Victims): boolean {
  if ((victims.displaced ?? 0) < 2 || (victims.childrenAffected ?? 0) > 0 || !s.has('displace')) return false;
  const t = s.tokens;
  return s.all('child').every((h) => {
    for (let k = h.start - 1; k >= 0 && k >= h.start - 6; k--) {
      if (t[k + 1]!.breakBefore) return false;
      if (AMONG.test(t[k]!.norm)) return true;
    }
    return false;
  });
}
