import type { Victims } from '../../domain/alert.js';
import type { CategoryId } from '../../domain/taxonomy.js';
import type { Signals } from './categories.js';
import { twoCommunities } from './communities.js';

/**
 * Two communities quarrelling, with at most property harmed and nobody hurt (reports37): "Mahagi: Alur and Hema families
 * quarrelling over a cow theft; elders convened, calm returned", "tension entre Nande et Hutu autour d'un champ à
 * Miriki, maisons lapidées, pas de blessé", "dispute between Hunde and Hutu over a field, 2 huts burnt": the theft or
 * the houses stoned are what the quarrel is about or how it showed; the report is the intercommunal tension.
 * Look-alikes kept out: people killed, hurt or taken, an armed group, one community only ("Hema families robbed").
 */
const QUARREL = /^(quarrel\w*|tensions?|tendu|tendue|disputes?|disputing|conflicts?|conflits?|differends?|litiges?|querelles?|palabres?|brouille|wrangl\w*|feud\w*|rivalr\w*|rivalites?)$/;

export function communitiesQuarrelFirst<R extends { category: CategoryId }>(ranked: R[], s: Signals, victims: Victims): R[] {
  const top = ranked[0]?.category;
  if (top !== 'looting_destruction' && top !== 'attack_on_civilians') return ranked;
  if ((victims.killed ?? 0) > 0 || (victims.injured ?? 0) > 0 || (victims.abducted ?? 0) > 0) return ranked;
  if ((['armed', 'kill', 'sexual', 'abduct', 'explosive', 'fighting'] as const).some((x) => s.has(x))) return ranked;
  if (!s.tokens.some((t) => QUARREL.test(t.norm)) || !twoCommunities(s)) return ranked;
  const tension = ranked.find((r) => r.category === 'intercommunal_tension');
  return [tension ?? ({ ...ranked[0], category: 'intercommunal_tension', subType: null } as unknown as R), ...ranked.filter((r) => r !== tension)];
}
