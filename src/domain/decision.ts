import type { Perpetrator, Sensitivity, Victims } from './alert.js';
import { derivePriority, type CategoryPriorityFloor } from './priority.js';
import { CATEGORIES, type CategoryId, type Priority } from './taxonomy.js';

/**
 * The one decision of what an alert is (DESIGN.md "One decision of what an alert is"). Every way
 * in — quick report, form, message shortcut, Edit, one-tap re-categorisation, API — gathers the
 * same facts and calls this, so the same facts give the same alert whatever the door.
 */
export interface AlertFacts {
  category: CategoryId;
  victims: Victims;
  /** The text says the attack is under way or imminent. */
  underway: boolean;
  perpetrators: readonly Perpetrator[];
  /** The reporter's explicit priority (`priority:critical`, the form's select); null to apply the rule. */
  priorityOverride: Priority | null;
  /** The reporter's explicit `restricted:yes|no` (form checkbox, API field); null when not said. */
  restrictedRequest: boolean | null;
  /** The text speaks of sexual violence (rape, viol…), whatever category won. */
  sexualViolenceSignal?: boolean;
  /** The text names a child among the victims. */
  childVictim?: boolean;
  /** The text says people were killed / abducted, how many unknown ("plusieurs civils tués"). */
  killingSignal?: boolean;
  abductionSignal?: boolean;
  /** The killed count is unknown (null) but the text gives a lower bound: "dozens dead" is at least 24. */
  killedAtLeast?: number | null;
  /** An IDP or PoC site was attacked, though another category (CRSV, child violation) won: critical all the same. */
  idpSiteAttacked?: boolean;
}

/** The facts a door's fields give (the form's selects, the API's body, a quick report's overrides). */
type FieldFacts = Pick<AlertFacts, 'category' | 'victims' | 'perpetrators' | 'priorityOverride' | 'restrictedRequest'>;

/**
 * The facts only the text says (under way, sexual violence, a child victim, an IDP site attacked…),
 * every one of them required: whoever reads a text for the decision must say each, so a fact added
 * to AlertFacts cannot be set by one door and forgotten by the others (it fails to compile).
 */
export type TextFacts = Required<Omit<AlertFacts, keyof FieldFacts>>;

/** What the mission config adds to the rule: category floors and which actors are host-state forces. */
export interface MissionRules {
  categoryPriority: CategoryPriorityFloor;
  isHostState(actorId: string): boolean;
}

/** Why a case is restricted whatever the reporter asks. */
type RestrictionReason = 'category' | 'crsv_survivors' | 'sexual_violence' | 'sexual_violence_child';

export interface AlertDecision {
  priority: Priority;
  priorityOverridden: boolean;
  sensitivity: Sensitivity;
  /** Set when the case must be restricted whatever is asked; null when restriction is a choice. */
  mustRestrict: RestrictionReason | null;
  /** `restricted:no` was asked of a case that must stay restricted: the door tells the reporter. */
  unrestrictRefused: boolean;
  /** HRDDP: a perpetrator is a host-state force. */
  hostState: boolean;
  /** Restricted categories the case also belongs to (CRSV survivors under looting): their sections hold it. */
  restrictedAlso: CategoryId[];
}

export function decideAlert(facts: AlertFacts, rules: MissionRules): AlertDecision {
  const sexual = facts.sexualViolenceSignal === true;
  const priority =
    facts.priorityOverride ??
    derivePriority(
      { category: facts.category, victims: facts.victims, underway: facts.underway, sexualViolence: sexual, killing: facts.killingSignal, abduction: facts.abductionSignal, killedAtLeast: facts.killedAtLeast, idpSiteAttacked: facts.idpSiteAttacked },
      rules.categoryPriority,
    );
  const mustRestrict = restrictionReason(facts);
  return {
    priority,
    priorityOverridden: facts.priorityOverride !== null,
    sensitivity: mustRestrict !== null || facts.restrictedRequest === true ? 'restricted' : 'standard',
    mustRestrict,
    unrestrictRefused: mustRestrict !== null && facts.restrictedRequest === false,
    hostState: hostStateOf(facts.perpetrators, rules),
    restrictedAlso: restrictedAlso(facts),
  };
}

/**
 * A case restricted for what it holds rather than its category must still reach a restricted
 * section able to work on it: CRSV survivors or sexual violence make it a CRSV case too, sexual
 * violence against a child a child-protection case as well.
 */
export function restrictedAlso(facts: AlertFacts): CategoryId[] {
  const also: CategoryId[] = [];
  switch (restrictionReason(facts)) {
    case 'sexual_violence_child':
      also.push('crsv', 'child_violation');
      break;
    case 'crsv_survivors':
    case 'sexual_violence':
      also.push('crsv');
      break;
    default:
      break;
  }
  return also.filter((c) => c !== facts.category);
}

/** HRDDP: any perpetrator a known host-state force (free text never is: it cannot be checked). */
export function hostStateOf(perpetrators: readonly Perpetrator[], rules: MissionRules): boolean {
  return perpetrators.some((p) => p.actorId !== null && rules.isHostState(p.actorId));
}

// Fail closed: survivors and children are named in these cases, so a doubt restricts.
function restrictionReason(facts: AlertFacts): RestrictionReason | null {
  if (CATEGORIES[facts.category].restrictedByDefault) return 'category';
  if ((facts.victims.crsvSurvivors ?? 0) > 0) return 'crsv_survivors';
  if (facts.sexualViolenceSignal && (facts.childVictim || (facts.victims.childrenAffected ?? 0) > 0)) return 'sexual_violence_child';
  if (facts.sexualViolenceSignal) return 'sexual_violence';
  return null;
}
