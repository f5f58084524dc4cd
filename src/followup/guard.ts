import type { Section } from '../config/mission.js';
import { getAlert, routesOf } from '../alerts/service.js';
import type { Veille } from '../context.js';
import { formatReference, type Alert } from '../domain/alert.js';
import { checkAction, type FollowupAction } from '../domain/lifecycle.js';
import { detailHolders, mayDo, workingSections, type ActorFacts, type Decision, type FollowupAct } from '../domain/permissions.js';
import { refuse, type Doing, type Refusal, type Refused } from './answers.js';

/**
 * The checks every follow-up flow makes first, inside its transaction and on the alert as it is
 * now: it exists, the change is legal in its state, and this person may make it.
 */

/** The person acting, with what Slack said of them just before (membership is Slack's to say). */
export interface Actor extends ActorFacts {
  /** The time zone to show times in for them (the section they acted from). */
  zone: string;
  /** May they read the alert's restricted details? (always true of a standard alert) */
  mayView: boolean;
  /**
   * May the people working on it be named to them? A member of a restricted section holding it (or
   * anyone, for a standard alert): not its reporter outside those sections, nor a lead by the config
   * who is not in the channel. Unset: no (fail closed).
   */
  mayName?: boolean;
}

export type Guarded = { ok: true; alert: Alert; working: Section[] } | Refused;

/**
 * A refusal of an act this person may not make. To someone who may not read a restricted alert, no
 * one working on it is named (not its reporter, owner or leads): the refusal names the restricted
 * sections to ask instead (`askIn`).
 */
export function refusal(doing: Doing, reference: string, decision: Exclude<Decision, { ok: true }>, askIn: string[] | null, taskOwner?: string | null): Refusal {
  return { kind: 'not_allowed', doing, reference, why: decision.why, whoCan: decision.whoCan, askIn, ...(taskOwner !== undefined ? { taskOwner } : {}) };
}

/** The restricted sections holding an alert (their ids), as a refusal names them. */
export function holdersOf(veille: Veille, alert: Alert): string[] {
  return detailHolders(routesOf(veille.db, alert.id), veille.mission.sections).map((s) => s.id);
}

/** Whether people working on the alert may be named to this person (always, for a standard alert). */
export function mayName(alert: Alert, actor: { mayName?: boolean }): boolean {
  return alert.sensitivity === 'standard' || actor.mayName === true;
}

function noSuchAlert(prefix: string, id: number): Refused {
  return refuse({ kind: 'no_such_alert', reference: Number.isSafeInteger(id) && id > 0 ? formatReference(prefix, id) : null });
}

/** On a restricted alert, for members of a restricted section holding it only. */
const MEMBERS_ONLY: ReadonlySet<FollowupAct> = new Set(['verify', 'assign_other']);

export function guard(
  veille: Veille,
  alertId: number,
  action: FollowupAction,
  act: FollowupAct | null,
  actor: ActorFacts & { mayName?: boolean },
  doing?: Doing,
): Guarded {
  const alert = getAlert(veille.db, alertId);
  if (!alert) return noSuchAlert(veille.mission.referencePrefix, alertId);
  const legality = checkAction(action, alert);
  if (!legality.ok) return refuse({ kind: 'illegal', action, reference: alert.reference, reason: legality.reason });
  const working = workingSections(routesOf(veille.db, alertId), veille.mission.sections);
  if (act) {
    const decision = mayDo(act, alert, actor, working);
    if (!decision.ok) return refuse(refusal(doing ?? act, alert.reference, decision, mayName(alert, actor) ? null : holdersOf(veille, alert)));
    // Grading a restricted alert, and choosing who works it, are its sections' to do: its reporter
    // outside them (or a lead by the config not in the channel) does not see the grading, so may not
    // change it blind, nor learn by trying who is in the section (an assignment answers that).
    if (MEMBERS_ONLY.has(act) && !mayName(alert, actor)) {
      const whoCan = { owner: null, leads: [], reporter: alert.reportedBy, channels: working.map((s) => s.channel) };
      return refuse(refusal(doing ?? act, alert.reference, { ok: false, why: 'not_in_section', whoCan }, holdersOf(veille, alert)));
    }
  }
  return { ok: true, alert, working };
}
