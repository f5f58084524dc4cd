import type { Victims } from '../../domain/alert.js';
import type { CategoryReading, Signals } from './categories.js';

/**
 * Displaced people counted, the raids or attacks named only as what they fled: "3,000 IDPs reported at Bule from
 * villages around Pimbo after CODECO raids", "1 200 déplacés recensés à Bunia suite aux attaques CODECO". The report is the
 * displacement (medium), as "Arrival of approx 300 IDPs at Kamango … following ADF incursion" is in the main corpus
 * (r12-en-008). Look-alikes kept: an attack told ("CODECO attacked Pimbo, 3,000 fled"), anyone killed, hurt or taken.
 */
const AFTER = /^(after|apres|following|suite|since|depuis|fleeing|fuyant|fled|fui)$/;
const LINK = /^(the|le|la|l|les|des|de|du|d|a|an|aux|au|of|to|recent|recents|recentes|last|repeated|repeted|repetees|new|nouvelles?|s)$/;
const DISPLACED = /^(idps?|pdis?|deplacee?s?|displaced|dplces?)$/;
const NAME = /^\p{Lu}[\p{L}-]*$/u;

export function displacedAfterRaidsFirst(ranked: CategoryReading[], s: Signals, victims: Victims): CategoryReading[] {
  const first = ranked[0]?.category;
  if ((victims.displaced ?? 0) <= 0 || (first !== undefined && first !== 'armed_group_movement' && first !== 'attack_on_civilians')) return ranked;
  if ((['killed', 'injured', 'abducted', 'crsvSurvivors', 'childrenAffected'] as const).some((k) => (victims[k] ?? 0) > 0)) return ranked;
  if ((['kill', 'injure', 'abduct', 'sexual', 'loot', 'fighting'] as const).some((x) => s.has(x))) return ranked;
  // ("IDPs reported at Bule": the displaced seen there, not a group's movement)
  const told = [...s.all('attack'), ...s.all('movement').filter((h) => !DISPLACED.test(s.tokens[h.start - 1]?.norm ?? ''))];
  // (nothing read but the group named: "after CODECO raids" is no signal word; the count is the report)
  if (told.length === 0) return first === undefined ? [{ category: 'displacement', subType: null }] : ranked;
  const t = s.tokens;
  const referred = told.every((h) => {
    for (let k = h.start - 1; k >= 0 && k >= h.start - 4; k--) {
      if (t[k + 1]!.breakBefore) return false;
      if (AFTER.test(t[k]!.norm)) return true;
      if (!LINK.test(t[k]!.norm) && !NAME.test(t[k]!.text)) return false;
    }
    return false;
  });
  if (!referred) return ranked;
  return [{ category: 'displacement', subType: null }, ...ranked.filter((r) => r.category !== 'displacement')];
}
