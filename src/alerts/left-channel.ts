import { mayViewRestricted, type MembershipCheck } from './access.js';
import { sectionById, type Veille } from '../context.js';
import type { Section } from '../config/mission.js';
import type { Alert } from '../domain/alert.js';
import { detailHolders } from '../domain/permissions.js';
import { releasePeople, withdrawDmsTo } from './restriction.js';
import { getAlert, routesOf } from './service.js';
import { refreshDmCopies } from '../store/dm-copies.js';
import { statement } from '../store/db.js';
import { recordEvent } from '../store/events.js';
import { enqueue } from '../store/outbox.js';

/**
 * Someone left (or was taken out of) a restricted section's channel. Of the open restricted alerts
 * that section holds in full and that they own or have an open task on, those they may no longer read
 * (in no other restricted section holding it; never the reporter, who may always read their own
 * report) are taken from them as a restriction does: released, their DMs about it edited down, the
 * holding sections told in its thread, its reminders restarted. Membership is asked of Slack before
 * each alert's transaction; a look-up Slack refuses counts as no (fail closed).
 * Returns the ids of the alerts they were released from (their App Home is then drawn again).
 */
export async function releaseWhoLeft(veille: Veille, isMember: MembershipCheck, channel: string, user: string): Promise<number[]> {
  const section = veille.mission.sections.find((s) => s.restricted && s.channel === channel);
  if (!section) return [];
  const releasedFrom: number[] = [];
  for (const alert of workedThere(veille, section, user)) {
    if (await mayViewRestricted(veille, isMember, alert, user)) continue;
    const holders = holderIds(veille, alert.id);
    if (veille.db.transaction(() => releaseFrom(veille, alert.id, holders, section, user))()) releasedFrom.push(alert.id);
  }
  return releasedFrom;
}

/** The open restricted alerts held in full by `section` that `user` owns or has an open task on. */
function workedThere(veille: Veille, section: Section, user: string): Alert[] {
  const { db, mission } = veille;
  const sql = `SELECT a.id FROM alerts a WHERE a.status <> 'closed' AND a.sensitivity = 'restricted'
    AND (a.owner = ? OR EXISTS (SELECT 1 FROM tasks t WHERE t.alert_id = a.id AND t.owner = ? AND t.done_at IS NULL)) ORDER BY a.id`;
  const alerts = (statement(db, sql).pluck().all(user, user) as number[]).flatMap((id) => getAlert(db, id) ?? []);
  return alerts.filter((a) => detailHolders(routesOf(db, a.id), mission.sections).some((s) => s.id === section.id));
}

function holderIds(veille: Veille, alertId: number): string {
  return detailHolders(routesOf(veille.db, alertId), veille.mission.sections)
    .map((s) => s.id)
    .join(',');
}

/**
 * One alert, in one transaction. Slack was asked about the holders as they were then: if the alert
 * changed meanwhile (closed, made standard, moved), it is left as it is now. True if released.
 */
function releaseFrom(veille: Veille, alertId: number, holdersAsked: string, section: Section, user: string): boolean {
  const { db, mission, clock } = veille;
  const alert = getAlert(db, alertId);
  if (!alert || alert.status === 'closed' || alert.sensitivity !== 'restricted' || alert.reportedBy === user) return false;
  if (holderIds(veille, alertId) !== holdersAsked) return false;
  const at = clock.now();
  const released = releasePeople(veille, alert, (person) => person !== user, 'left_channel', at, 'veille');
  if (released.length === 0) return false;
  const holders = detailHolders(routesOf(db, alertId), mission.sections);
  const heldBy = holders.map((s) => s.id);
  const edited = withdrawDmsTo(db, alert, user, { about: 'retracted', reference: alert.reference, heldBy, reader: { user }, leftChannel: true }, at);
  if (edited > 0) recordEvent(db, { alertId, at, actor: 'veille', type: 'posts_withdrawn', data: { posts: edited, digests: 0, why: 'left_channel' } });
  // Its cards show its owner; the DM copies others hold too (the withdrawn ones are never drawn again).
  for (const route of routesOf(db, alertId)) {
    const routed = sectionById(veille, route.sectionId);
    if (routed) enqueue(db, at, alertId, { kind: 'card_update', channel: routed.channel });
  }
  refreshDmCopies(db, alertId, at);
  for (const holder of holders) {
    enqueue(db, at, alertId, { kind: 'thread', channel: holder.channel, fact: { about: 'left_and_released', reference: alert.reference, leads: holder.leads, left: user, channel: section.channel, released } });
  }
  return true;
}
