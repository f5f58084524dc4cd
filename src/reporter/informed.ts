import type { Mission } from '../config/mission.js';
import type { ClosureReason } from '../domain/alert.js';
import { readGatewayReporter } from '../gateways/source.js';
import { statement, type Db } from '../store/db.js';
import { isSlackUser, smsTells, type ReplyToReporter } from './facts.js';
import { notifies } from './settings.js';

/**
 * Was the reporter told their alert was closed? For section leads (the daily digest, App Home):
 * which alerts were closed in a period without the reporter being told, among those whose reporter
 * asked to hear back (a Slack reporter with notices on; an SMS reporter when the mission replies
 * to every step), and how many were told. Read-only; the digest and Home render it.
 */

/** What the reporter heard of a closing. */
export type Told = 'informed' | 'on_its_way' | 'not_told' | 'not_asked';

export interface ClosingFacts {
  reportedBy: string;
  reportedVia: string;
  closedBy: string;
  reason: ClosureReason | null;
  /** The reporter (a Slack user) has notices on now. */
  notifyOn: boolean;
  /** The outbox status of the closing's notice, null when none was written. */
  notice: 'sent' | 'pending' | 'failed' | null;
}

/** The pure rule. Their own closing (or Undo) needs no telling. */
export function told(facts: ClosingFacts, replyToReporter: ReplyToReporter | undefined): Told {
  if (facts.reason === 'withdrawn' || facts.closedBy === facts.reportedBy) return 'not_asked';
  const slack = isSlackUser(facts.reportedBy);
  const door = facts.reportedVia === 'sms' ? readGatewayReporter(facts.reportedBy) : null;
  const asked = slack ? facts.notifyOn || facts.notice !== null : door !== null && door.gateway !== 'kobo' && smsTells(replyToReporter, 'closed');
  if (!asked) return 'not_asked';
  if (facts.notice === 'sent') return 'informed';
  if (facts.notice === 'pending') return 'on_its_way';
  return 'not_told';
}

export interface ClosedAlert {
  alertId: number;
  reference: string;
  closedAt: number;
  restricted: boolean;
  /** The sections it is routed to, and how (a restricted one is a count outside its full sections). */
  sections: Array<{ sectionId: string; view: 'full' | 'stub' }>;
  told: Told;
}

/** Alerts closed in [since, until), each with whether its reporter was told; `sectionId` narrows to one section's. */
export function closedAlerts(db: Db, mission: Pick<Mission, 'intake'>, since: number, until: number, sectionId?: string): ClosedAlert[] {
  const rows = statement(
    db,
    `SELECT a.id, a.reference, a.reported_by, a.reported_via, a.closure_reason, a.sensitivity, e.id AS event_id, e.at, e.actor
       FROM alerts a
       JOIN events e ON e.id = (SELECT MAX(id) FROM events WHERE alert_id = a.id AND type = 'closed')
      WHERE a.status = 'closed' AND a.updated_at >= ? AND e.at >= ? AND e.at < ?
      ORDER BY e.at, a.id`,
    // Closing sets updated_at: the candidates are a range on the closed alerts' index, not all of them.
  ).all(since, since, until) as Array<{ id: number; reference: string; reported_by: string; reported_via: string; closure_reason: ClosureReason | null; sensitivity: string; event_id: number; at: number; actor: string }>;
  const routes = statement(db, 'SELECT section_id AS sectionId, view FROM alert_sections WHERE alert_id = ? ORDER BY section_id');
  // The closing's notice: its told_reporter event (after the closing) and the outbox row it names.
  const notice = statement(
    db,
    `SELECT o.status FROM events t JOIN outbox o ON o.id = json_extract(t.data, '$.outbox')
      WHERE t.alert_id = ? AND t.type = 'told_reporter' AND t.id > ? AND json_extract(t.data, '$.step') = 'closed'
      ORDER BY t.id LIMIT 1`,
  ).pluck();
  const out: ClosedAlert[] = [];
  for (const row of rows) {
    const sections = routes.all(row.id) as ClosedAlert['sections'];
    if (sectionId && !sections.some((s) => s.sectionId === sectionId)) continue;
    const facts: ClosingFacts = {
      reportedBy: row.reported_by,
      reportedVia: row.reported_via,
      closedBy: row.actor,
      reason: row.closure_reason,
      notifyOn: isSlackUser(row.reported_by) && notifies(db, row.reported_by),
      notice: (notice.get(row.id, row.event_id) as ClosingFacts['notice'] | undefined) ?? null,
    };
    out.push({ alertId: row.id, reference: row.reference, closedAt: row.at, restricted: row.sensitivity === 'restricted', sections, told: told(facts, mission.intake?.replyToReporter) });
  }
  return out;
}

/** The digest's figure: of the closings whose reporter asked to hear back, how many were told. */
export function reporterInformed(closed: ClosedAlert[]): { asked: number; informed: number } {
  const asked = closed.filter((c) => c.told !== 'not_asked');
  return { asked: asked.length, informed: asked.filter((c) => c.told === 'informed').length };
}

/** For section leads: closed, the reporter asked to hear back, and was not told (or the notice failed). */
export function closedWithoutTelling(closed: ClosedAlert[]): ClosedAlert[] {
  return closed.filter((c) => c.told === 'not_told');
}
