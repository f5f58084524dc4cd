import { describe, expect, it } from 'vitest';
import { draftFromInput } from '../../../src/api/alert-input.js';
import { logAlert } from '../../../src/alerts/flows.js';
import { ManualClock } from '../../../src/clock.js';
import { loadMission, type Mission } from '../../../src/config/mission.js';
import type { Veille } from '../../../src/context.js';
import { acknowledge, close, type Actor } from '../../../src/followup/flows.js';
import { createIntakeContext } from '../../../src/intake/index.js';
import { silentLogger } from '../../../src/log.js';
import { closedAlerts, closedWithoutTelling, reporterInformed, told } from '../../../src/reporter/informed.js';
import { setNotify } from '../../../src/reporter/settings.js';
import { openDatabase } from '../../../src/store/db.js';
import { markFailed, markSent } from '../../../src/store/outbox.js';

const MORNING = Date.UTC(2026, 10, 22, 6, 0, 0);
const DAY = 86_400_000;
const REPORTER = 'U0FOCALBNI';
const lead: Actor = { user: 'U0POCLEAD1', inWorkingSection: true, zone: 'Africa/Kinshasa', mayView: true };
const officer: Actor = { user: 'U0POCOFF01', inWorkingSection: true, zone: 'Africa/Kinshasa', mayView: true };

function desk(replyToReporter?: 'never' | 'acknowledged' | 'all'): Veille {
  const base = loadMission('data/mission.example.json');
  const mission: Mission = replyToReporter ? { ...base, intake: { ...base.intake, replyToReporter } } : base;
  return { db: openDatabase(':memory:'), mission, clock: new ManualClock(MORNING), intake: createIntakeContext(mission), log: silentLogger };
}

/** An alert from a Slack reporter, or by SMS, acknowledged and closed by others. */
function closedAlert(veille: Veille, reporter = REPORTER, closer: Actor = lead): number {
  const { draft } = draftFromInput(veille, { description: 'Armed men attacked Kamango market, 4 killed' });
  const sms = reporter.startsWith('twilio:');
  const { alert } = logAlert(veille, sms ? { ...draft, reportedVia: 'sms', sourceDetail: 'Twilio: +243991234567 · unverified source' } : draft, reporter);
  acknowledge(veille, alert.id, officer);
  const closed = close(veille, alert.id, closer, { reason: 'resolved', duplicateOf: null, note: 'Patrol deployed' });
  expect(closed.ok).toBe(true);
  return alert.id;
}

const closingNotice = (veille: Veille, alertId: number) =>
  veille.db.prepare("SELECT json_extract(data, '$.outbox') FROM events WHERE alert_id = ? AND type = 'told_reporter' AND json_extract(data, '$.step') = 'closed'").pluck().get(alertId) as number;

describe('closed without the reporter being told', () => {
  it('counts a sent notice as informed, a pending one as on its way, a failed one as not told', () => {
    const veille = desk();
    const sent = closedAlert(veille);
    closedAlert(veille); // its notice still pending
    const failed = closedAlert(veille);
    markSent(veille.db, closingNotice(veille, sent), MORNING);
    markFailed(veille.db, closingNotice(veille, failed), 'user_not_found');
    const closed = closedAlerts(veille.db, veille.mission, MORNING - DAY, MORNING + DAY);
    expect(closed.map((c) => [c.reference, c.told])).toEqual([
      ['A-1', 'informed'],
      ['A-2', 'on_its_way'],
      ['A-3', 'not_told'],
    ]);
    expect(reporterInformed(closed)).toEqual({ asked: 3, informed: 1 });
    expect(closedWithoutTelling(closed).map((c) => c.reference)).toEqual(['A-3']);
    expect(closed[0]!.sections.map((s) => s.sectionId)).toEqual(['fo-beni', 'hr', 'poc']);
    // A section's own list, and a period that does not hold the closing.
    expect(closedAlerts(veille.db, veille.mission, MORNING - DAY, MORNING + DAY, 'crsv')).toEqual([]);
    expect(closedAlerts(veille.db, veille.mission, MORNING + DAY, MORNING + 2 * DAY)).toEqual([]);
  });

  it('leaves out reporters who did not ask: notices off, their own closing, SMS not replied to', () => {
    const veille = desk('acknowledged');
    setNotify(veille.db, REPORTER, false, MORNING);
    closedAlert(veille);
    setNotify(veille.db, REPORTER, true, MORNING);
    closedAlert(veille, REPORTER, { ...lead, user: REPORTER });
    closedAlert(veille, 'twilio:member');
    const closed = closedAlerts(veille.db, veille.mission, MORNING - DAY, MORNING + DAY);
    // closed while notices were off, turned on since: asked now, and not told.
    expect(closed.map((c) => c.told)).toEqual(['not_told', 'not_asked', 'not_asked']);
    expect(reporterInformed(closed)).toEqual({ asked: 1, informed: 0 });
  });

  it('with replies to every step, an SMS reporter asked; told once the SMS is sent', () => {
    const veille = desk('all');
    const id = closedAlert(veille, 'twilio:member');
    expect(closedAlerts(veille.db, veille.mission, 0, MORNING + DAY)[0]!.told).toBe('on_its_way');
    markSent(veille.db, closingNotice(veille, id), MORNING);
    expect(closedAlerts(veille.db, veille.mission, 0, MORNING + DAY)[0]!.told).toBe('informed');
  });

  it('the rule alone', () => {
    const facts = { reportedBy: REPORTER, reportedVia: 'quick_report', closedBy: 'U0POCLEAD1', reason: 'resolved' as const, notifyOn: true, notice: null };
    expect(told(facts, undefined)).toBe('not_told');
    expect(told({ ...facts, reason: 'withdrawn' }, undefined)).toBe('not_asked');
    expect(told({ ...facts, reportedBy: 'kobo:unverified', reportedVia: 'form' }, 'all')).toBe('not_asked');
    expect(told({ ...facts, reportedBy: 'api-token-name', reportedVia: 'api' }, 'all')).toBe('not_asked');
  });
});
