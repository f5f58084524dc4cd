import { zoneOffsetMs } from '../../../src/domain/local-time.js';
import { describe, expect, it } from 'vitest';
import { loadMission, type Section } from '../../../src/config/mission.js';
import {
  dueStep,
  durationMs,
  nextReminderAt,
  nextTaskReminderAt,
  sectionTimeZone,
  snoozeSection,
  snoozeUntil,
  taskDueStep,
  type ReminderState,
  type TaskReminderState,
} from '../../../src/reminders/policy.js';
import type { Priority } from '../../../src/domain/taxonomy.js';

const mission = loadMission('data/mission.example.json');
const policy = mission.reminderPolicy;
const MIN = 60_000;
const HOUR = 60 * MIN;
/** 22 Nov 2026, 06:00 UTC: 07:00 in Kinshasa, 08:00 in Lubumbashi and Goma. */
const T0 = Date.UTC(2026, 10, 22, 6, 0, 0);

function state(over: Partial<ReminderState> = {}): ReminderState {
  return { status: 'new', priority: 'critical', owner: null, lastActivityAt: T0, lastReminderAt: null, reminderCount: 0, snoozedUntil: null, ...over };
}

/** Runs the pure rules as a sweep every minute would, applying each step: what would be sent, and when (minutes after T0). */
function simulate(start: ReminderState, minutes: number, sweepEvery = 1): Array<[number, string]> {
  let s = start;
  const sent: Array<[number, string]> = [];
  for (let m = 0; m <= minutes; m += sweepEvery) {
    const step = dueStep(s, policy, T0 + m * MIN);
    if (!step) continue;
    sent.push([m, step.missed ? `${step.step} ${step.count} (+${step.missed} missed)` : `${step.step} ${step.count}`]);
    s = { ...s, reminderCount: step.count, lastReminderAt: step.standsFor };
  }
  return sent;
}

describe('durations', () => {
  it('reads ISO-8601 durations, including seconds for demos and tests', () => {
    expect(durationMs('PT15M')).toBe(15 * MIN);
    expect(durationMs('PT30S')).toBe(30_000);
    expect(durationMs('PT1H30M')).toBe(90 * MIN);
    expect(durationMs('P1D')).toBe(24 * HOUR);
    expect(durationMs('P1DT2H')).toBe(26 * HOUR);
    expect(() => durationMs('15 minutes')).toThrow(/ISO-8601/);
  });
});

describe('when the next reminder falls due', () => {
  it('waits the acknowledge window of the priority for a new alert, the update interval for an owned one', () => {
    expect(nextReminderAt(state({ priority: 'critical' }), policy)).toBe(T0 + 15 * MIN);
    expect(nextReminderAt(state({ priority: 'high' }), policy)).toBe(T0 + HOUR);
    expect(nextReminderAt(state({ priority: 'medium' }), policy)).toBe(T0 + 4 * HOUR);
    expect(nextReminderAt(state({ priority: 'low' }), policy)).toBe(T0 + 24 * HOUR);
    expect(nextReminderAt(state({ status: 'acknowledged', owner: 'U1', priority: 'critical' }), policy)).toBe(T0 + 2 * HOUR);
    expect(nextReminderAt(state({ status: 'responding', owner: 'U1', priority: 'low' }), policy)).toBe(T0 + 72 * HOUR);
  });

  it('keeps an acknowledged alert without owner on the acknowledge window', () => {
    expect(nextReminderAt(state({ status: 'acknowledged', priority: 'high' }), policy)).toBe(T0 + HOUR);
  });

  it('never reminds of a closed alert, nor again after the escalation', () => {
    expect(nextReminderAt(state({ status: 'closed' }), policy)).toBeNull();
    expect(nextReminderAt(state({ reminderCount: policy.escalateAfter + 1, lastReminderAt: T0 + 45 * MIN }), policy)).toBeNull();
  });

  it('comes one interval after the moment the last reminder stood for', () => {
    expect(nextReminderAt(state({ reminderCount: 1, lastReminderAt: T0 + 15 * MIN }), policy)).toBe(T0 + 30 * MIN);
  });

  it("comes at the assigner's due time when that is sooner, then keeps the interval", () => {
    const owned = state({ status: 'acknowledged', owner: 'U1', priority: 'critical' });
    expect(nextReminderAt({ ...owned, dueAt: T0 + 30 * MIN }, policy)).toBe(T0 + 30 * MIN);
    expect(dueStep({ ...owned, dueAt: T0 + 30 * MIN }, policy, T0 + 30 * MIN)).toMatchObject({ step: 'reminder', count: 1, standsFor: T0 + 30 * MIN });
    expect(nextReminderAt({ ...owned, dueAt: T0 + 30 * MIN, reminderCount: 1, lastReminderAt: T0 + 30 * MIN }, policy)).toBe(T0 + 150 * MIN);
    expect(nextReminderAt({ ...owned, dueAt: T0 + 5 * HOUR }, policy)).toBe(T0 + 2 * HOUR); // later than the policy: the policy
    expect(nextReminderAt({ ...owned, dueAt: T0 - MIN }, policy)).toBe(T0 + 2 * HOUR); // passed before the last activity
  });

  it('is only ever delayed by a snooze, never brought forward', () => {
    expect(nextReminderAt(state({ snoozedUntil: T0 + HOUR }), policy)).toBe(T0 + HOUR);
    expect(nextReminderAt(state({ snoozedUntil: T0 + 5 * MIN }), policy)).toBe(T0 + 15 * MIN);
  });
});

describe('a day of sweeps, per priority (defaults, escalate after 2)', () => {
  const day = 24 * 60;
  it('critical: reminders at 15 and 30 min, escalation at 45 min, then quiet', () => {
    expect(simulate(state({ priority: 'critical' }), day)).toEqual([
      [15, 'reminder 1'],
      [30, 'reminder 2'],
      [45, 'escalation 3'],
    ]);
  });

  it('high: 1 h, 2 h, escalation at 3 h', () => {
    expect(simulate(state({ priority: 'high' }), day)).toEqual([
      [60, 'reminder 1'],
      [120, 'reminder 2'],
      [180, 'escalation 3'],
    ]);
  });

  it('medium: 4 h, 8 h, escalation at 12 h', () => {
    expect(simulate(state({ priority: 'medium' }), day)).toEqual([
      [240, 'reminder 1'],
      [480, 'reminder 2'],
      [720, 'escalation 3'],
    ]);
  });

  it('low: one reminder at the end of the day', () => {
    expect(simulate(state({ priority: 'low' }), day)).toEqual([[1440, 'reminder 1']]);
  });

  it('owned critical: no update for 2 h, 4 h, escalation at 6 h', () => {
    expect(simulate(state({ priority: 'critical', status: 'acknowledged', owner: 'U1' }), day)).toEqual([
      [120, 'reminder 1'],
      [240, 'reminder 2'],
      [360, 'escalation 3'],
    ]);
  });

  it('keeps its cadence when the sweep runs late (every 7 minutes): no drift', () => {
    expect(simulate(state({ priority: 'critical' }), 60, 7)).toEqual([
      [21, 'reminder 1'],
      [35, 'reminder 2'],
      [49, 'escalation 3'],
    ]);
  });
});

describe('catching up after downtime', () => {
  const priorities: Priority[] = ['critical', 'high'];
  it('folds the reminders that fell due into one message, never a burst', () => {
    // Down from T0 to T0+35 min: reminders at 15 and 30 fell due; one message, the second.
    const step = dueStep(state(), policy, T0 + 35 * MIN)!;
    expect(step).toEqual({ step: 'reminder', kind: 'unacknowledged', count: 2, missed: 1, standsFor: T0 + 30 * MIN });
    // And nothing more until the next one on the grid.
    const after = { ...state(), reminderCount: step.count, lastReminderAt: step.standsFor };
    expect(dueStep(after, policy, T0 + 44 * MIN)).toBeNull();
    expect(dueStep(after, policy, T0 + 45 * MIN)?.step).toBe('escalation');
  });

  it('escalates at once an alert that would have been escalated while Veille was down', () => {
    for (const priority of priorities) {
      const step = dueStep(state({ priority }), policy, T0 + 10 * HOUR)!;
      expect(step, priority).toMatchObject({ step: 'escalation', count: 3, missed: 2 });
      expect(nextReminderAt({ ...state({ priority }), reminderCount: step.count, lastReminderAt: step.standsFor }, policy)).toBeNull();
    }
  });

  it('after a snooze, counts from the end of the snooze, one reminder at a time', () => {
    const snoozed = state({ reminderCount: 1, lastReminderAt: T0 + 15 * MIN, snoozedUntil: T0 + 4 * HOUR + 15 * MIN });
    expect(dueStep(snoozed, policy, T0 + 4 * HOUR)).toBeNull();
    expect(dueStep(snoozed, policy, T0 + 4 * HOUR + 15 * MIN)).toMatchObject({ step: 'reminder', count: 2, missed: 0 });
  });
});

describe('follow-up tasks', () => {
  const task = (over: Partial<TaskReminderState> = {}): TaskReminderState => ({ dueAt: T0 + HOUR, doneAt: null, reminderCount: 0, priority: 'high', alertClosed: false, ...over });

  it('are reminded when past due, then each update interval, at most escalateAfter times', () => {
    expect(nextTaskReminderAt(task(), policy)).toBe(T0 + HOUR);
    expect(nextTaskReminderAt(task({ reminderCount: 1 }), policy)).toBe(T0 + 7 * HOUR); // high: update every 6 h
    expect(nextTaskReminderAt(task({ reminderCount: 2 }), policy)).toBeNull();
    expect(taskDueStep(task(), policy, T0 + 59 * MIN)).toBeNull();
    expect(taskDueStep(task(), policy, T0 + HOUR)).toEqual({ count: 1, missed: 0 });
    expect(taskDueStep(task(), policy, T0 + 20 * HOUR)).toEqual({ count: 2, missed: 1 });
  });

  it('are never reminded when done, without a due time, or when their alert is closed', () => {
    expect(nextTaskReminderAt(task({ doneAt: T0 }), policy)).toBeNull();
    expect(nextTaskReminderAt(task({ dueAt: null }), policy)).toBeNull();
    expect(nextTaskReminderAt(task({ alertClosed: true }), policy)).toBeNull();
  });
});

describe('snooze times', () => {
  it('snoozes 1 h and 4 h from now', () => {
    expect(snoozeUntil('1h', T0, 'Africa/Kinshasa')).toBe(T0 + HOUR);
    expect(snoozeUntil('4h', T0, 'Africa/Lubumbashi')).toBe(T0 + 4 * HOUR);
  });

  it('knows Kinshasa is UTC+1 and Lubumbashi UTC+2', () => {
    expect(zoneOffsetMs(T0, 'Africa/Kinshasa')).toBe(HOUR);
    expect(zoneOffsetMs(T0, 'Africa/Lubumbashi')).toBe(2 * HOUR);
  });

  it('puts "tomorrow 08:00" at 08:00 local time in the section time zone', () => {
    expect(new Date(snoozeUntil('tomorrow', T0, 'Africa/Kinshasa')).toISOString()).toBe('2026-11-23T07:00:00.000Z');
    expect(new Date(snoozeUntil('tomorrow', T0, 'Africa/Lubumbashi')).toISOString()).toBe('2026-11-23T06:00:00.000Z');
  });

  it('counts "tomorrow" from the local date, not the UTC date', () => {
    // 22 Nov 23:30 UTC is already 23 Nov in Kinshasa (00:30) and Goma (01:30): tomorrow is the 24th.
    const lateUtc = Date.UTC(2026, 10, 22, 23, 30);
    expect(new Date(snoozeUntil('tomorrow', lateUtc, 'Africa/Kinshasa')).toISOString()).toBe('2026-11-24T07:00:00.000Z');
    expect(new Date(snoozeUntil('tomorrow', lateUtc, 'Africa/Lubumbashi')).toISOString()).toBe('2026-11-24T06:00:00.000Z');
    // 22:30 UTC is 23:30 in Kinshasa (still the 22nd) but 00:30 on the 23rd in Lubumbashi.
    const evening = Date.UTC(2026, 10, 22, 22, 30);
    expect(new Date(snoozeUntil('tomorrow', evening, 'Africa/Kinshasa')).toISOString()).toBe('2026-11-23T07:00:00.000Z');
    expect(new Date(snoozeUntil('tomorrow', evening, 'Africa/Lubumbashi')).toISOString()).toBe('2026-11-24T06:00:00.000Z');
  });

  it('lands on 08:00 across a daylight-saving change', () => {
    // Paris moves to summer time on 29 Mar 2026: 08:00 that day is 06:00 UTC, not 07:00.
    expect(new Date(snoozeUntil('tomorrow', Date.UTC(2026, 2, 28, 12, 0), 'Europe/Paris')).toISOString()).toBe('2026-03-29T06:00:00.000Z');
  });

  it('takes the time zone of a section the person leads, else the field office where the alert is, else the first', () => {
    const byId = (id: string) => mission.sections.find((s) => s.id === id)!;
    const holders: Section[] = [byId('poc'), byId('hr'), byId('fo-beni')];
    expect(snoozeSection(holders, 'U0POCLEAD1')?.id).toBe('poc');
    expect(snoozeSection(holders, 'U0POCOFF01')?.id).toBe('fo-beni');
    expect(snoozeSection([byId('poc'), byId('hr')], 'U0POCOFF01')?.id).toBe('poc');
    expect(snoozeSection([], 'U0POCOFF01')).toBeNull();
    expect(sectionTimeZone(byId('fo-beni'), mission.timeZone)).toBe('Africa/Lubumbashi');
    expect(sectionTimeZone(null, mission.timeZone)).toBe('Africa/Kinshasa');
  });
});
