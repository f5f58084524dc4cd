import type { Section } from '../config/mission.js';
import { getAlert, routesOf } from '../alerts/service.js';
import type { Veille } from '../context.js';
import type { Alert } from '../domain/alert.js';
import { checkAction, illegalMessage, type FollowupAction } from '../domain/lifecycle.js';
import { describeWhoCan, detailHolders, mayDo, workingSections, type ActorFacts, type Decision, type FollowupAct } from '../domain/permissions.js';

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
}

export type Refused = { ok: false; message: string; field?: string };
export type Guarded = { ok: true; alert: Alert; working: Section[] } | Refused;

const VERBS: Record<FollowupAct, string> = {
  acknowledge: 'acknowledge',
  take_ownership: 'take ownership of',
  update: 'update',
  log_response: 'log a response on',
  verify: 'verify',
  add_own_task: 'add a task to',
  assign_other: 'assign',
  close: 'close',
  reopen: 'reopen',
  complete_task: 'complete a task of',
};

/**
 * "You cannot close A-3: … Who can: …". `phrase` replaces "close A-3" when the act needs other words.
 * To someone who may not read a restricted alert, no one working on it is named (not its reporter,
 * owner or leads): the refusal says which section to ask instead (`askIn`).
 */
export function refusal(act: FollowupAct, reference: string, decision: Exclude<Decision, { ok: true }>, phrase = `${VERBS[act]} ${reference}`, askIn?: string): string {
  const why =
    decision.why === 'not_in_section'
      ? `you are not in a section working on ${reference}`
      : `that is for its owner, the leads of the sections working on it and its reporter`;
  if (askIn !== undefined) return `You cannot ${phrase}: ${why}. It is restricted: ask ${askIn}.`;
  return `You cannot ${phrase}: ${why}. Who can: ${describeWhoCan(decision.whoCan)}.`;
}

/** The restricted sections holding an alert, as a refusal names them ("Women Protection / CRSV (<#G…>)"). */
export function holdersText(veille: Veille, alert: Alert): string {
  const holders = detailHolders(alert, routesOf(veille.db, alert.id), veille.mission.sections);
  return holders.length ? holders.map((s) => `${s.name} (<#${s.channel}>)`).join(', ') : 'the restricted sections';
}

/** Whether people working on the alert may be named to this person (always, for a standard alert). */
export function mayName(alert: Alert, actor: { mayView?: boolean }): boolean {
  return alert.sensitivity === 'standard' || actor.mayView === true;
}

export function refuse(message: string, field?: string): Refused {
  return { ok: false, message, ...(field ? { field } : {}) };
}

export function noSuchAlert(prefix: string, id: number): Refused {
  return refuse(Number.isSafeInteger(id) && id > 0 ? `No alert ${prefix}-${id}.` : 'That alert no longer exists.');
}

export function guard(
  veille: Veille,
  alertId: number,
  action: FollowupAction,
  act: FollowupAct | null,
  actor: ActorFacts & { mayView?: boolean },
  phrase?: (reference: string) => string,
): Guarded {
  const alert = getAlert(veille.db, alertId);
  if (!alert) return noSuchAlert(veille.mission.referencePrefix, alertId);
  const legality = checkAction(action, alert);
  if (!legality.ok) return refuse(illegalMessage(action, alert.reference, legality));
  const working = workingSections(routesOf(veille.db, alertId), veille.mission.sections);
  if (act) {
    const decision = mayDo(act, alert, actor, working);
    if (!decision.ok) return refuse(refusal(act, alert.reference, decision, phrase?.(alert.reference), mayName(alert, actor) ? undefined : holdersText(veille, alert)));
  }
  return { ok: true, alert, working };
}
