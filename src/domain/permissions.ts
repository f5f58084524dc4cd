import type { Section } from '../config/mission.js';
import type { Alert } from './alert.js';

/**
 * Who may see restricted details (full restricted cards, source identities): the reporter and the
 * members of the restricted sections that hold the alert. Membership itself is Slack's to say.
 */
export function detailHolders(routes: Array<{ sectionId: string; view: 'full' | 'stub' }>, sections: readonly Section[]): Section[] {
  const held = new Set(routes.filter((r) => r.view === 'full').map((r) => r.sectionId));
  return sections.filter((s) => s.restricted && held.has(s.id));
}

export function isReporter(alert: Pick<Alert, 'reportedBy'>, user: string): boolean {
  return alert.reportedBy === user;
}

/**
 * Who may do what in the follow-up of an alert (issue 3). The working sections of an alert are those
 * holding it in full: every routed section for a standard alert, only the restricted sections for a
 * restricted one (a stub section cannot work on what it cannot read).
 */
export function workingSections(routes: Array<{ sectionId: string; view: 'full' | 'stub' }>, sections: readonly Section[]): Section[] {
  const full = new Set(routes.filter((r) => r.view === 'full').map((r) => r.sectionId));
  return sections.filter((s) => full.has(s.id));
}

/** Anyone working on the alert may do these; the rest are for those answerable for it. */
export type FollowupAct = 'acknowledge' | 'take_ownership' | 'update' | 'log_response' | 'verify' | 'add_own_task' | 'assign_other' | 'close' | 'reopen' | 'complete_task';

const OPEN_ACTS: ReadonlySet<FollowupAct> = new Set(['acknowledge', 'take_ownership', 'update', 'log_response', 'verify', 'add_own_task']);

export interface ActorFacts {
  user: string;
  /** Is the user a member of a working section's channel? (Slack says; the caller asks it.) */
  inWorkingSection: boolean;
}

/** Who could do a refused act: said in the refusal so the user knows whom to ask. */
export interface WhoCan {
  owner: string | null;
  leads: string[];
  reporter: string;
  /** Channels whose members may do it (open acts only). */
  channels: string[];
}

export type Decision = { ok: true } | { ok: false; why: 'not_in_section' | 'not_answerable'; whoCan: WhoCan };

function isLead(user: string, working: readonly Section[]): boolean {
  return working.some((s) => s.leads.includes(user));
}

export function mayDo(
  act: FollowupAct,
  alert: Pick<Alert, 'owner' | 'reportedBy'>,
  actor: ActorFacts,
  working: readonly Section[],
  task?: { owner: string },
): Decision {
  const answerable = alert.owner === actor.user || isReporter(alert, actor.user) || isLead(actor.user, working);
  const whoCan: WhoCan = {
    owner: alert.owner,
    leads: [...new Set(working.flatMap((s) => s.leads))],
    reporter: alert.reportedBy,
    channels: OPEN_ACTS.has(act) ? working.map((s) => s.channel) : [],
  };
  if (answerable) return { ok: true };
  if (act === 'complete_task' && task?.owner === actor.user) return { ok: true };
  if (OPEN_ACTS.has(act) && actor.inWorkingSection) return { ok: true };
  return { ok: false, why: OPEN_ACTS.has(act) ? 'not_in_section' : 'not_answerable', whoCan };
}
