import type { Alert, AlertDraft } from '../domain/alert.js';
import { decideAlert, type AlertFacts, type MissionRules, type TextFacts } from '../domain/decision.js';
import type { CategoryId } from '../domain/taxonomy.js';
import { parseQuickReport, type IntakeContext, type ParsedReport } from '../intake/index.js';

/**
 * Glue between the doors and the one decision (src/domain/decision.ts): the mission's rules, and
 * the facts only the text can give (under way, sexual violence, a child victim), read the same
 * way from a form's or a stored alert's description as from a quick report.
 */

export function missionRules(intake: IntakeContext): MissionRules {
  return { categoryPriority: intake.categoryPriority, isHostState: (id) => intake.actors.byId(id)?.hostState === true };
}

export type { TextFacts };

export function textFacts(description: string, intake: IntakeContext): TextFacts {
  const report = parseQuickReport(description, intake);
  return textFactsOf(report);
}

/** Every text fact the parser read (the object literal must name each: TextFacts makes them all required). */
export function textFactsOf(report: ParsedReport): TextFacts {
  const { underway, sexualViolenceSignal, childVictim, killingSignal, abductionSignal, killedAtLeast, idpSiteAttacked } = report;
  return { underway, sexualViolenceSignal, childVictim, killingSignal, abductionSignal, killedAtLeast, idpSiteAttacked };
}

/**
 * The facts of a draft or stored alert as Edit's form would show them (a priority chosen, a restriction
 * asked). `read`: the text facts of this very description when the caller has just parsed it.
 */
export function factsOf(draft: AlertDraft, intake: IntakeContext, read?: TextFacts): AlertFacts {
  return {
    category: draft.category,
    victims: draft.victims,
    perpetrators: draft.perpetrators,
    priorityOverride: draft.priorityOverridden ? draft.priority : null,
    restrictedRequest: draft.sensitivity === 'restricted' ? true : null,
    ...(read ?? textFacts(draft.description, intake)),
  };
}

/**
 * A stored alert with a new category (the confirmation's one-tap alternatives), decided as the
 * Edit form would decide it if only the category were changed: a priority the reporter chose stays,
 * a restricted alert stays restricted (only Edit can lift it), everything else follows the rule.
 */
export function recategorised(alert: Alert, category: CategoryId, intake: IntakeContext): AlertDraft {
  const decision = decideAlert({ ...factsOf(alert, intake), category }, missionRules(intake));
  return {
    description: alert.description,
    occurredAt: alert.occurredAt,
    placeId: alert.placeId,
    locationText: alert.locationText,
    category,
    subType: category === alert.category ? alert.subType : null,
    perpetrators: alert.perpetrators,
    victims: alert.victims,
    priority: decision.priority,
    priorityOverridden: decision.priorityOverridden,
    sourceType: alert.sourceType,
    sourceDetail: alert.sourceDetail,
    sensitivity: decision.sensitivity,
    reportedVia: alert.reportedVia,
    language: alert.language,
  };
}

/**
 * Verification found the alert is something else (a beating that was a rape, an "attack" that was
 * the recruitment of children): the same re-categorisation as a one-tap alternative. Null when the
 * category stays.
 */
export function reclassifiedByVerification(alert: Alert, category: CategoryId | null, intake: IntakeContext): AlertDraft | null {
  if (!category || category === alert.category) return null;
  return recategorised(alert, category, intake);
}
