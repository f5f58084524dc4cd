import type { CategoryId } from '../../domain/taxonomy.js';
import type { Signals } from './categories.js';

/**
 * C6, C20: aid workers kept out, blocked or turned back, with only a threat or a toll said beside it, are access denied, not
 * an attack on them nor a threat ("Red Cross volunteers … were blocked and threatened by CODECO youths, forced to turn
 * back", "les Raïa Mutomboki interdisent l'accès des ONG …, exigeant une 'taxe de passage' de 200 $ par véhicule"). A
 * worker hurt, taken, raped or killed, goods looted (not a toll), or an attack named, stays the attack on humanitarians.
 */
const HARMED = ['kill', 'injure', 'abduct', 'sexual', 'torture', 'attack', 'explosive', 'detention'] as const;

export function aidKeptOutFirst<R extends { category: CategoryId }>(ranked: R[], s: Signals): R[] {
  const first = ranked[0]?.category;
  if (first !== 'attack_on_humanitarians' && first !== 'threat_intimidation') return ranked;
  if (!s.near('access', 'humanitarian', 10) || HARMED.some((h) => s.has(h))) return ranked;
  if (s.all('loot').some((h) => h.value.subType !== 'extortion')) return ranked;
  // (the keeping out told first: "blocked and threatened", "interdisent l'accès …, exigeant une taxe"; not "threatened and
  // told to leave", where the threat is the report)
  const firstAccess = Math.min(...s.all('access').map((h) => h.start));
  if ([...s.all('threat'), ...s.all('loot')].some((h) => h.start < firstAccess)) return ranked;
  const access = ranked.find((r) => r.category === 'access_denial');
  return access ? [access, ...ranked.filter((r) => r !== access)] : ranked;
}
