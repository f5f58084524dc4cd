import type { Victims } from '../../domain/alert.js';
import type { CategoryId } from '../../domain/taxonomy.js';
import type { Signals } from './categories.js';

/**
 * Arrests made in answer to an earlier killing (reports37): "following the killing of a FARDC soldier at the market,
 * soldiers rounded up 3 youths …", "après le meurtre d'un policier, la PNC a arrêté 12 jeunes", "suite à l'assassinat
 * d'un militaire, les FARDC ont arrêté 5 hommes": the report is the detention (or the ill-treatment in it); the
 * killing named only after "after/following/suite à" is its cause, reported before: no killed count, no killing
 * priority (categories/referred-harm.ts). Look-alikes kept out: a killing told as news ("2 civilians killed, police
 * arrested 3 suspects"), arrests with no killing, a killing after the arrests ("arrested and killed").
 */
const AFTER = /^(after|apres|following|suite|since|depuis)$/;
const LINK = /^(the|le|la|l|les|des|de|du|d|a|an|un|une|of|this|that|ce|cette|recent|recente|last|dernier|derniere|yesterday|s|au|aux)$/;

/** Every killing is named only as what came before, and a detention is told. */
function killingBeforeArrests(s: Signals): boolean {
  if (!s.has('detention')) return false;
  const kills = s.all('kill');
  const firstHeld = Math.min(...s.all('detention').map((h) => h.start));
  return kills.length > 0 && kills.every((h) => {
    if (h.start > firstHeld) return false;
    for (let k = h.start - 1; k >= 0 && k >= h.start - 4; k--) {
      if (AFTER.test(s.tokens[k]!.norm)) return true;
      if (s.tokens[k + 1]!.breakBefore || !LINK.test(s.tokens[k]!.norm)) return false;
    }
    return false;
  });
}

const HELD: ReadonlySet<CategoryId> = new Set(['arbitrary_detention', 'torture_ill_treatment']);

/** The detention first when the only killing is its cause. */
export function arrestsAfterKillingFirst<R extends { category: CategoryId }>(ranked: R[], s: Signals): R[] {
  if (ranked[0]?.category !== 'attack_on_civilians' || !killingBeforeArrests(s)) return ranked;
  const held = ranked.find((r) => r.category === 'arbitrary_detention');
  return [held ?? ({ ...ranked[0], category: 'arbitrary_detention', subType: null } as unknown as R), ...ranked.filter((r) => r !== held)];
}

/** The cause's dead are not this report's (the category already decided). */
export function causeDeadUncounted(category: CategoryId, s: Signals, victims: Victims): void {
  if (HELD.has(category) && (victims.killed ?? 0) > 0 && killingBeforeArrests(s)) victims.killed = null;
}

/** The killing named as the cause of a detention makes no killing priority. */
export function killingCauseOfArrests(category: CategoryId, s: Signals): boolean {
  return HELD.has(category) && killingBeforeArrests(s);
}
