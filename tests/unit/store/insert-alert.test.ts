import { describe, expect, it } from 'vitest';
import { getAlert, insertAlert } from '../../../src/alerts/service.js';
import { loadMission } from '../../../src/config/mission.js';
import type { AlertDraft } from '../../../src/domain/alert.js';
import { firstReminderAt, touchAlert } from '../../../src/reminders/schedule.js';
import { openDatabase, type Db } from '../../../src/store/db.js';

const mission = loadMission('data/mission.example.json');
const T0 = Date.UTC(2026, 10, 22, 6, 0, 0);

const draft: AlertDraft = {
  description: 'Armed men attacked Kamango market, 4 killed, 2 abducted, ADF suspected',
  occurredAt: T0 - 3_600_000,
  placeId: 'kamango',
  locationText: 'near the market',
  category: 'attack_on_civilians',
  subType: 'killing',
  perpetrators: [{ actorId: 'adf', name: 'ADF' }, { actorId: null, name: 'men in uniform' }],
  victims: { killed: 4, injured: null, abducted: 2, crsvSurvivors: null, childrenAffected: 0, displaced: null },
  priority: 'high',
  priorityOverridden: true,
  sourceType: 'community_alert_network',
  sourceDetail: 'the chief of Kamango',
  sensitivity: 'restricted',
  reportedVia: 'quick_report',
  language: 'fr',
};

const reminderColumns = (db: Db, id: number) =>
  db.prepare('SELECT last_activity_at, next_reminder_at, reminder_count, last_reminder_at, snoozed_until FROM alerts WHERE id = ?').get(id);

describe('insertAlert', () => {
  it('returns the alert exactly as reading it back gives it, without reading it', () => {
    const db = openDatabase(':memory:');
    const alert = insertAlert(db, { draft, hostState: true, reportedBy: 'U0FOCAL', at: T0, prefix: 'A', nextReminderAt: null });
    expect(alert).toEqual(getAlert(db, alert.id));
    expect(alert).toMatchObject({ reference: 'A-1', status: 'new', verification: 'alleged', owner: null, hostState: true, sourceDetail: 'the chief of Kamango' });
  });

  it("starts the follow-up clock as touching the new alert would", () => {
    const db = openDatabase(':memory:');
    for (const priority of ['critical', 'high', 'medium', 'low'] as const) {
      const at = T0 + 1000;
      const { id } = insertAlert(db, { draft: { ...draft, priority }, hostState: false, reportedBy: 'U0FOCAL', at, prefix: 'A', nextReminderAt: firstReminderAt(priority, at, mission.reminderPolicy) });
      const written = reminderColumns(db, id);
      touchAlert(db, id, at, mission.reminderPolicy);
      expect(written).toEqual(reminderColumns(db, id));
      expect((written as { next_reminder_at: number }).next_reminder_at).toBeGreaterThan(at);
    }
  });
});
