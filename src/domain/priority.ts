import type { Victims } from './alert.js';
import { PRIORITIES, type CategoryId, type Priority } from './taxonomy.js';

export interface PriorityFacts {
  category: CategoryId;
  victims: Victims;
  /** The text says the attack is under way or imminent. */
  underway: boolean;
  /** The text speaks of sexual violence, whatever category won: it is CRSV-grave. */
  sexualViolence?: boolean;
  /** The text says people were killed / abducted, though how many is unknown ("plusieurs civils tués"). */
  killing?: boolean;
  abduction?: boolean;
  /** How many were killed is unknown but at least this many ("dozens dead"); a stated count wins. */
  killedAtLeast?: number | null;
  /** The text says an IDP or PoC site was attacked, whatever category won (a raid on a camp with rapes is CRSV and critical). */
  idpSiteAttacked?: boolean;
}

/** A mission may raise the floor for a category (mission config `categoryPriority`). */
export type CategoryPriorityFloor = Partial<Record<CategoryId, Priority>>;

const HIGH: ReadonlySet<CategoryId> = new Set(['abduction', 'crsv', 'child_violation']);

/** The default priority rule of DESIGN.md, word for word. The reporter may override its result. */
export function derivePriority(facts: PriorityFacts, floor: CategoryPriorityFloor = {}): Priority {
  const ruled = defaultRule(facts);
  const minimum = floor[facts.category];
  return minimum && rank(minimum) < rank(ruled) ? minimum : ruled;
}

// critical: under way or imminent, ≥ 5 killed, an IDP site attacked. high: any killing (one is
// enough), abduction, CRSV, child violation. medium: every other category. low: `other` only.
function defaultRule({ category, victims, underway, sexualViolence = false, killing = false, abduction = false, killedAtLeast = null, idpSiteAttacked = false }: PriorityFacts): Priority {
  const killed = victims.killed ?? killedAtLeast ?? 0;
  if (underway || killed >= 5 || category === 'attack_on_idp_site' || idpSiteAttacked) return 'critical';
  // An unknown count is not zero: "civilians killed" is a killing. A stated zero ("no one killed") is none.
  const someKilled = killed > 0 || (victims.killed === null && killing);
  const someAbducted = (victims.abducted ?? 0) > 0 || (victims.abducted === null && abduction);
  // (a rape threatened is restricted but not yet CRSV: the threat's own priority, medium)
  const sexualHarm = sexualViolence && category !== 'threat_intimidation';
  if (someKilled || someAbducted || (victims.crsvSurvivors ?? 0) > 0 || sexualHarm || HIGH.has(category)) return 'high';
  if (category !== 'other') return 'medium';
  return 'low';
}

/** 0 is critical, 3 is low: sort keys and comparisons. */
function rank(priority: Priority): number {
  return PRIORITIES.indexOf(priority);
}
