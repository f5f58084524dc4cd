import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { logAlert } from '../../../src/alerts/flows.js';
import { ManualClock } from '../../../src/clock.js';
import { loadMission } from '../../../src/config/mission.js';
import type { Veille } from '../../../src/context.js';
import { noVictims, type AlertDraft } from '../../../src/domain/alert.js';
import { createIntakeContext } from '../../../src/intake/index.js';
import { silentLogger } from '../../../src/log.js';
import { dueAlerts, dueTasks, remindAlert, sweepReminders } from '../../../src/reminders/sweep.js';
import { rescheduleAlert, scheduleTask, touchAlert } from '../../../src/reminders/schedule.js';
import { durable } from '../../../src/store/durability.js';
import { openDatabase, type Db } from '../../../src/store/db.js';
import { eventsOf } from '../../../src/store/events.js';

const mission = loadMission('data/mission.example.json');
const intake = createIntakeContext(mission);
const T0 = Date.UTC(2026, 10, 22, 6, 0, 0);
const MIN = 60_000;

function draft(over: Partial<AlertDraft> = {}): AlertDraft {
  return {
    description: 'Armed men seen near the market',
    occurredAt: null,
    placeId: 'kamango',
    locationText: null,
    category: 'attack_on_civilians',
    subType: null,
    perpetrators: [],
    victims: noVictims(),
    priority: 'critical',
    priorityOverridden: true,
    sourceType: null,
    sourceDetail: null,
    sensitivity: 'standard',
    reportedVia: 'quick_report',
    language: 'en',
    ...over,
  };
}

function veilleOn(db: Db, clock: ManualClock): Veille {
  return { db, mission, clock, intake, log: silentLogger };
}

const outbox = (db: Db) => db.prepare('SELECT kind, lane, alert_id AS alertId FROM outbox ORDER BY id').all() as Array<{ kind: string; lane: string; alertId: number }>;
const pendingReminderPosts = (db: Db) => (db.prepare("SELECT COUNT(*) FROM outbox WHERE kind <> 'card'").pluck().get() as number);

let db: Db;
let clock: ManualClock;
let veille: Veille;
beforeEach(() => {
  db = openDatabase(':memory:');
  clock = new ManualClock(T0);
  veille = veilleOn(db, clock);
});
afterEach(() => db.close());

describe('the due-now query', () => {
  it('reads alerts and tasks through the reminder indexes, in due order, without sorting', () => {
    for (const [sql, index] of [
      ['SELECT id, next_reminder_at AS dueAt FROM alerts WHERE next_reminder_at <= ? ORDER BY next_reminder_at, id LIMIT ?', 'alerts_reminder_due'],
      ['SELECT id, next_reminder_at AS dueAt FROM tasks WHERE next_reminder_at <= ? ORDER BY next_reminder_at, id LIMIT ?', 'tasks_reminder_due'],
    ] as const) {
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(T0, 100) as Array<{ detail: string }>).map((r) => r.detail).join(' | ');
      // A range search on the partial index (covering: the rows themselves are not even read), no scan.
      expect(plan).toMatch(new RegExp(`^SEARCH \\w+ USING (COVERING )?INDEX ${index} \\(next_reminder_at<\\?\\)$`));
      expect(plan).not.toContain('TEMP B-TREE');
    }
  });

  it('returns only what is due, earliest first, a batch at a time', () => {
    logAlert(veille, draft({ priority: 'low' }), 'U0FOCALBNI'); // due in 24 h
    logAlert(veille, draft({ priority: 'critical' }), 'U0FOCALBNI'); // due in 15 min
    clock.advance(MIN);
    logAlert(veille, draft({ priority: 'critical' }), 'U0FOCALBNI'); // due in 16 min
    expect(dueAlerts(db, T0 + 14 * MIN, 10)).toEqual([]);
    expect(dueAlerts(db, T0 + 16 * MIN, 10)).toEqual([
      { id: 2, dueAt: T0 + 15 * MIN },
      { id: 3, dueAt: T0 + 16 * MIN },
    ]);
    expect(dueAlerts(db, T0 + 16 * MIN, 1)).toEqual([{ id: 2, dueAt: T0 + 15 * MIN }]);
  });
});

describe('a sweep', () => {
  it('sends a due reminder once: a second sweep at the same moment sends nothing', () => {
    logAlert(veille, draft(), 'U0FOCALBNI');
    const before = outbox(db).length;
    expect(sweepReminders(veille, T0 + 15 * MIN)).toEqual({ reminders: 1, escalations: 0, tasks: 0 });
    // poc, hr and fo-beni hold the card: one thread reply in each.
    expect(outbox(db).slice(before)).toEqual([
      { kind: 'thread', lane: 'C0POC00001', alertId: 1 },
      { kind: 'thread', lane: 'C0HR000001', alertId: 1 },
      { kind: 'thread', lane: 'C0FOBENI01', alertId: 1 },
    ]);
    expect(sweepReminders(veille, T0 + 15 * MIN)).toEqual({ reminders: 0, escalations: 0, tasks: 0 });
    expect(outbox(db).length).toBe(before + 3);
    expect(eventsOf(db, 1).map((e) => [e.type, e.data.reminder ?? null])).toEqual([
      ['logged', null],
      ['reminded', 1],
    ]);
  });

  it('that read a row another sweep has since handled sends nothing for it (overlap)', () => {
    logAlert(veille, draft(), 'U0FOCALBNI');
    const now = T0 + 15 * MIN;
    const stale = dueAlerts(db, now, 100); // the slow sweep has read the due rows…
    sweepReminders(veille, now); // …the next tick handles them…
    const posts = pendingReminderPosts(db);
    expect(stale.map((row) => remindAlert(veille, row, now))).toEqual([null]); // …and the slow one's claim fails.
    expect(pendingReminderPosts(db)).toBe(posts);
  });

  it('in another process on the same file does not double-send either', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'veille-sweep-'));
    try {
      const path = join(dir, 'veille.db');
      const a = openDatabase(path);
      const b = openDatabase(path);
      const va = veilleOn(a, clock);
      const vb = veilleOn(b, clock);
      for (let i = 0; i < 5; i += 1) logAlert(va, draft(), 'U0FOCALBNI');
      // On a file, a turn's transactions are committed together when the turn ends (group commit).
      await durable(a);
      const now = T0 + 15 * MIN;
      const readByA = dueAlerts(a, now, 100);
      expect(readByA).toHaveLength(5);
      expect(sweepReminders(vb, now).reminders).toBe(5);
      await durable(b);
      expect(readByA.map((row) => remindAlert(va, row, now))).toEqual([null, null, null, null, null]);
      expect(a.prepare("SELECT COUNT(*) FROM events WHERE type = 'reminded'").pluck().get()).toBe(5);
      a.close();
      b.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never reminds of a closed alert, even one whose stored time is stale', () => {
    logAlert(veille, draft(), 'U0FOCALBNI');
    // Closed behind the scheduler's back: next_reminder_at still set. The sweep puts it right and sends nothing.
    db.prepare("UPDATE alerts SET status = 'closed', closure_reason = 'resolved' WHERE id = 1").run();
    expect(sweepReminders(veille, T0 + 15 * MIN)).toEqual({ reminders: 0, escalations: 0, tasks: 0 });
    expect(db.prepare('SELECT next_reminder_at FROM alerts WHERE id = 1').pluck().get()).toBeNull();
    expect(pendingReminderPosts(db)).toBe(0);
  });

  it('restarts the clock on activity', () => {
    logAlert(veille, draft(), 'U0FOCALBNI');
    sweepReminders(veille, T0 + 15 * MIN);
    db.transaction(() => {
      db.prepare("UPDATE alerts SET status = 'acknowledged', owner = 'U0POCOFF01' WHERE id = 1").run();
      touchAlert(db, 1, T0 + 20 * MIN, mission.reminderPolicy);
    })();
    expect(db.prepare('SELECT next_reminder_at, reminder_count FROM alerts WHERE id = 1').get()).toEqual({ next_reminder_at: T0 + 140 * MIN, reminder_count: 0 });
  });

  it('lets one broken row wait without blocking the others', () => {
    logAlert(veille, draft(), 'U0FOCALBNI');
    logAlert(veille, draft(), 'U0FOCALBNI');
    db.pragma('ignore_check_constraints = ON');
    db.prepare("UPDATE alerts SET priority = 'urgent' WHERE id = 1").run(); // a priority the policy does not know
    const result = sweepReminders(veille, T0 + 15 * MIN);
    expect(result.reminders).toBe(1);
    expect(db.prepare('SELECT next_reminder_at FROM alerts WHERE id = 1').pluck().get()).toBe(T0 + 20 * MIN);
  });
});

describe('task reminders', () => {
  function addTask(dueAt: number | null, owner = 'U0HROFF001'): number {
    return db.transaction(() => {
      const id = Number(
        db.prepare('INSERT INTO tasks (alert_id, owner, text, due_at, created_at, created_by) VALUES (1, ?, ?, ?, ?, ?)').run(owner, 'Call the village chief', dueAt, T0, 'U0POCLEAD1').lastInsertRowid,
      );
      scheduleTask(db, id);
      return id;
    })();
  }

  beforeEach(() => {
    logAlert(veille, draft({ priority: 'low' }), 'U0FOCALBNI');
  });

  it('are scheduled at their due time and sent to their owner once', () => {
    const id = addTask(T0 + 60 * MIN);
    expect(dueTasks(db, T0 + 60 * MIN, 10)).toEqual([{ id, dueAt: T0 + 60 * MIN }]);
    expect(sweepReminders(veille, T0 + 59 * MIN).tasks).toBe(0);
    expect(sweepReminders(veille, T0 + 61 * MIN).tasks).toBe(1);
    expect(sweepReminders(veille, T0 + 62 * MIN).tasks).toBe(0);
    expect(outbox(db).filter((o) => o.kind === 'dm')).toEqual([{ kind: 'dm', lane: 'dm:U0HROFF001', alertId: 1 }]);
    expect(eventsOf(db, 1).map((e) => e.type)).toContain('task_reminded');
  });

  it('are not scheduled without a due time, and not sent once done', () => {
    addTask(null);
    const done = addTask(T0 + 60 * MIN);
    db.prepare('UPDATE tasks SET done_at = ? WHERE id = ?').run(T0 + 30 * MIN, done);
    expect(sweepReminders(veille, T0 + 2 * 60 * MIN).tasks).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM tasks WHERE next_reminder_at IS NOT NULL').pluck().get()).toBe(0);
  });

  it('are not sent when their alert is closed', () => {
    addTask(T0 + 60 * MIN);
    db.transaction(() => {
      db.prepare("UPDATE alerts SET status = 'closed', closure_reason = 'resolved' WHERE id = 1").run();
      rescheduleAlert(db, 1, mission.reminderPolicy);
    })();
    expect(sweepReminders(veille, T0 + 2 * 60 * MIN).tasks).toBe(0);
    expect(pendingReminderPosts(db)).toBe(0);
  });
});
