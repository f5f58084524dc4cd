import { localParts, wallToUtc } from '../domain/local-time.js';
import type { MissionFile, Section } from '../config/mission.js';
import type { Status } from '../domain/alert.js';
import type { Priority } from '../domain/taxonomy.js';

/** Pure reminder rules (DESIGN.md "Follow-up, reminders, escalation"); no Slack, no SQL. */

/** `PT15M`, `PT30S`, `P1D`, `PT1H30M` → milliseconds. The config schema has already checked the form. */
export function durationMs(iso: string): number {
  // A policy holds a handful of durations, read for every due alert of every sweep: parsed once each.
  let ms = durations.get(iso);
  if (ms === undefined) durations.set(iso, (ms = parseDuration(iso)));
  return ms;
}

const durations = new Map<string, number>();

function parseDuration(iso: string): number {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(iso);
  if (!m) throw new Error(`not an ISO-8601 duration: ${iso}`);
  const [, d = '0', h = '0', min = '0', s = '0'] = m;
  return ((Number(d) * 24 + Number(h)) * 60 + Number(min)) * 60_000 + Number(s) * 1000;
}

export type ReminderPolicy = MissionFile['reminderPolicy'];

export interface ReminderState {
  status: Status;
  priority: Priority;
  owner: string | null;
  /** Last acknowledgement, update, response or ownership change: the clock starts here. */
  lastActivityAt: number;
  /** The moment the last reminder stood for (not when the sweep happened to send it). */
  lastReminderAt: number | null;
  /** Reminders (and the escalation) sent since the last activity. */
  reminderCount: number;
  snoozedUntil: number | null;
  /** The due time an assigner gave the owner (`/alert assign A-12 @amina due:6h`), if any. */
  dueAt?: number | null;
}

/**
 * What the people concerned are being reminded of. A new alert waits for an acknowledgement; an
 * acknowledged one without an owner waits for someone to take it; an owned one waits for updates.
 */
export type ReminderKind = 'unacknowledged' | 'unowned' | 'no_update';

function reminderKind(state: Pick<ReminderState, 'status' | 'owner'>): ReminderKind {
  if (state.status === 'new') return 'unacknowledged';
  return state.owner === null ? 'unowned' : 'no_update';
}

/** The interval of this alert's rule; never under a second, so a sweep always moves past what it sent. */
export function intervalMs(state: Pick<ReminderState, 'status' | 'owner' | 'priority'>, policy: ReminderPolicy): number {
  const rule = policy[state.priority];
  return Math.max(1000, durationMs(reminderKind(state) === 'no_update' ? rule.updateEvery : rule.acknowledgeWithin));
}

/**
 * When the next reminder falls due, or null when none should: closed, or already escalated (the
 * escalation is the last word until someone acts; the digest keeps listing the alert as stuck).
 * A reminder falls due one interval after the last activity or the last reminder (the first one at
 * the assigner's due time when that comes sooner); a snooze only ever delays it.
 */
export function nextReminderAt(state: ReminderState, policy: ReminderPolicy): number | null {
  if (state.status === 'closed' || state.reminderCount > policy.escalateAfter) return null;
  const interval = intervalMs(state, policy);
  const anchor = state.reminderCount === 0 ? state.lastActivityAt : (state.lastReminderAt ?? state.lastActivityAt + interval * state.reminderCount);
  let due = anchor + interval;
  // An assigner's due time brings the first reminder forward (never back), if it is still ahead of the last activity.
  const given = state.dueAt ?? null;
  if (state.reminderCount === 0 && given !== null && given > state.lastActivityAt && given < due) due = given;
  return state.snoozedUntil !== null && state.snoozedUntil > due ? state.snoozedUntil : due;
}

export interface DueStep {
  /** A reminder, or the escalation once `escalateAfter` reminders have gone unanswered. */
  step: 'reminder' | 'escalation';
  kind: ReminderKind;
  /** The reminder count after this step (escalateAfter + 1 for the escalation). */
  count: number;
  /** Reminders that fell due while Veille was down and are folded into this one message. */
  missed: number;
  /** The moment this step stands for: the next one falls due an interval after it. */
  standsFor: number;
}

/**
 * What to send now for an alert whose reminder is due, or null when nothing is. After downtime the
 * steps that fell due are folded into ONE message (never a burst, never twice), and the count moves
 * on by all of them: an alert that would have been escalated while Veille was down is escalated now.
 */
export function dueStep(state: ReminderState, policy: ReminderPolicy, now: number): DueStep | null {
  const due = nextReminderAt(state, policy);
  if (due === null || due > now) return null;
  const interval = intervalMs(state, policy);
  const steps = 1 + Math.floor((now - due) / interval);
  const count = Math.min(state.reminderCount + steps, policy.escalateAfter + 1);
  const taken = count - state.reminderCount;
  return {
    step: count > policy.escalateAfter ? 'escalation' : 'reminder',
    kind: reminderKind(state),
    count,
    missed: taken - 1,
    standsFor: due + (taken - 1) * interval,
  };
}

export interface TaskReminderState {
  dueAt: number | null;
  doneAt: number | null;
  reminderCount: number;
  /** The priority of the task's alert: a task is reminded again each `updateEvery` of it. */
  priority: Priority;
  alertClosed: boolean;
}

/** A task is reminded when it falls past due, then each `updateEvery` while open, at most `escalateAfter` times. */
export function nextTaskReminderAt(task: TaskReminderState, policy: ReminderPolicy): number | null {
  if (task.dueAt === null || task.doneAt !== null || task.alertClosed || task.reminderCount >= policy.escalateAfter) return null;
  return task.dueAt + task.reminderCount * taskIntervalMs(task, policy);
}

/** The task reminder to send now (one message even after downtime), or null. */
export function taskDueStep(task: TaskReminderState, policy: ReminderPolicy, now: number): { count: number; missed: number } | null {
  const due = nextTaskReminderAt(task, policy);
  if (due === null || due > now) return null;
  const steps = 1 + Math.floor((now - due) / taskIntervalMs(task, policy));
  const count = Math.min(task.reminderCount + steps, policy.escalateAfter);
  return { count, missed: count - task.reminderCount - 1 };
}

function taskIntervalMs(task: Pick<TaskReminderState, 'priority'>, policy: ReminderPolicy): number {
  return Math.max(1000, durationMs(policy[task.priority].updateEvery));
}

export type SnoozeChoice = '1h' | '4h' | 'tomorrow';

/** 1 h, 4 h, or tomorrow 08:00 in the given time zone (the day after today *there*, not in UTC). */
export function snoozeUntil(choice: SnoozeChoice, now: number, timeZone: string): number {
  if (choice === '1h') return now + 3_600_000;
  if (choice === '4h') return now + 4 * 3_600_000;
  const today = localParts(now, timeZone);
  return wallToUtc(today.year, today.month, today.day + 1, 8, 0, timeZone);
}

/**
 * Whose morning "tomorrow 08:00" means: a section holding the alert that the person leads; else the
 * field office covering the alert's place (a section with a place filter: it is where the alert is);
 * else the first section holding it. Null when no section holds it (the mission zone then).
 */
export function snoozeSection(holders: readonly Section[], user: string): Section | null {
  return holders.find((s) => s.leads.includes(user)) ?? holders.find((s) => s.places.length > 0) ?? holders[0] ?? null;
}

export function sectionTimeZone(section: Section | null, missionTimeZone: string): string {
  return section?.digest.timeZone ?? missionTimeZone;
}
