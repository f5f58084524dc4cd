import { describe, expect, it } from 'vitest';
import { isReminderDm, reminderEnd, type ReminderDm } from '../../../src/reminders/answered.js';
import type { ReminderSubject } from '../../../src/reminders/facts.js';

/** When a reminder or escalation DM stops asking its reader anything (src/reminders/answered.ts). */

const subject: ReminderSubject = { alertId: 1, reference: 'A-1', category: 'attack_on_civilians', priority: 'high', restricted: false, placeId: null, locationText: null, owner: 'UOWNER', waitedMs: 0, heldBy: ['poc'] };
const step = { count: 1, escalateAfter: 2, intervalMs: 60_000, escalationChannel: 'CJOC', missed: 0 };
const ownerReminder: ReminderDm = { about: 'reminder_owner', subject, step: { ...step, kind: 'no_update' } };
const escalation = (kind: 'unacknowledged' | 'unowned' | 'no_update', owner: string | null = null): ReminderDm => ({
  about: 'escalation',
  to: 'lead',
  subject: { ...subject, owner },
  escalation: { kind, reminders: 2, escalationChannel: 'CJOC', sections: ['poc'] },
});
const task: ReminderDm = { about: 'task_overdue', subject, task: { id: 3, text: 'Call the chief', dueAt: 0 } };

describe('reminderEnd', () => {
  it('keeps the owner’s reminder while they own the open alert; ends it when it changes hands or closes', () => {
    expect(reminderEnd(ownerReminder, 'UOWNER', { status: 'acknowledged', owner: 'UOWNER' }, null, false)).toBeNull();
    expect(reminderEnd(ownerReminder, 'UOWNER', { status: 'acknowledged', owner: 'UOTHER' }, null, false)).toBe('not_yours');
    expect(reminderEnd(ownerReminder, 'UOWNER', { status: 'acknowledged', owner: null }, null, false)).toBe('not_yours');
    expect(reminderEnd(ownerReminder, 'UOWNER', { status: 'closed', owner: 'UOWNER' }, null, false)).toBe('closed');
  });

  it('once edited down, stays ended even when the alert comes back to its reader', () => {
    expect(reminderEnd(ownerReminder, 'UOWNER', { status: 'acknowledged', owner: 'UOWNER' }, null, true)).toBe('moved_on');
  });

  it('ends a lead’s escalation when the step it chased is done', () => {
    expect(reminderEnd(escalation('unacknowledged'), 'ULEAD', { status: 'new', owner: null }, null, false)).toBeNull();
    expect(reminderEnd(escalation('unacknowledged'), 'ULEAD', { status: 'acknowledged', owner: null }, null, false)).toBe('acknowledged');
    expect(reminderEnd(escalation('unowned'), 'ULEAD', { status: 'acknowledged', owner: null }, null, false)).toBeNull();
    expect(reminderEnd(escalation('unowned'), 'ULEAD', { status: 'acknowledged', owner: 'UX' }, null, false)).toBe('owned');
    expect(reminderEnd(escalation('no_update', 'UOWNER'), 'ULEAD', { status: 'responding', owner: 'UOWNER' }, null, false)).toBeNull();
    expect(reminderEnd(escalation('no_update', 'UOWNER'), 'ULEAD', { status: 'responding', owner: 'UX' }, null, false)).toBe('owned');
  });

  it('ends a task’s overdue DM once the task is done', () => {
    expect(reminderEnd(task, 'UOWNER', { status: 'acknowledged', owner: null }, { doneAt: null }, false)).toBeNull();
    expect(reminderEnd(task, 'UOWNER', { status: 'acknowledged', owner: null }, { doneAt: 5 }, false)).toBe('task_done');
  });

  it('knows which DMs it keeps current: not the escalation channel’s post nor the thread notes', () => {
    expect(isReminderDm(ownerReminder)).toBe(true);
    expect(isReminderDm(escalation('unowned'))).toBe(true);
    expect(isReminderDm({ about: 'escalation', to: 'channel' })).toBe(false);
    expect(isReminderDm({ about: 'reminder' })).toBe(false);
    expect(isReminderDm({ about: 'followup_dm' })).toBe(false);
  });
});
