import type { Veille } from '../context.js';
import { recordEvent } from '../store/events.js';
import { statement as stmt } from '../store/db.js';
import { rescheduleAlert } from './schedule.js';
import { sectionTimeZone, snoozeSection, snoozeUntil, type SnoozeChoice } from './policy.js';

export type SnoozeOutcome =
  | { ok: true; reference: string; until: number; timeZone: string }
  | { ok: false; reason: 'not_found' | 'closed' | 'not_allowed'; reference?: string };

/**
 * Snooze from a reminder: 1 h, 4 h, or tomorrow 08:00 in the time zone of the section holding the
 * alert (see `snoozeSection`). Only its owner or a lead of a section holding it in full may snooze. A
 * snooze only delays: it never brings a reminder forward, never shortens a longer snooze, and does
 * not forgive missed reminders (the escalation still comes, later). It is an event.
 */
export function snoozeAlert(veille: Pick<Veille, 'db' | 'mission' | 'clock'>, alertId: number, user: string, choice: SnoozeChoice): SnoozeOutcome {
  const { db, mission, clock } = veille;
  return db
    .transaction((): SnoozeOutcome => {
      const alert = stmt(db, 'SELECT reference, status, owner, snoozed_until FROM alerts WHERE id = ?').get(alertId) as
        | { reference: string; status: string; owner: string | null; snoozed_until: number | null }
        | undefined;
      if (!alert) return { ok: false, reason: 'not_found' };
      if (alert.status === 'closed') return { ok: false, reason: 'closed', reference: alert.reference };
      // Leads of the sections working on it: a section with only the stub of a restricted alert cannot act on it.
      const held = new Set((stmt(db, "SELECT section_id AS id FROM alert_sections WHERE alert_id = ? AND view = 'full'").all(alertId) as Array<{ id: string }>).map((r) => r.id));
      const holders = mission.sections.filter((s) => held.has(s.id));
      if (alert.owner !== user && !holders.some((s) => s.leads.includes(user))) return { ok: false, reason: 'not_allowed', reference: alert.reference };
      const now = clock.now();
      const section = snoozeSection(holders, user);
      const timeZone = sectionTimeZone(section, mission.timeZone);
      const until = Math.max(snoozeUntil(choice, now, timeZone), alert.snoozed_until ?? 0);
      stmt(db, 'UPDATE alerts SET snoozed_until = ? WHERE id = ?').run(until, alertId);
      rescheduleAlert(db, alertId, mission.reminderPolicy);
      recordEvent(db, { alertId, at: now, actor: user, type: 'snoozed', data: { choice, until, timeZone, section: section?.id ?? null } });
      return { ok: true, reference: alert.reference, until, timeZone };
    })
    .immediate();
}
