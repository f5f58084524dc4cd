import { describe, expect, it } from 'vitest';
import { checkBlockKit } from '../../../src/fake-slack/index.js';
import {
  escalationPost,
  formatWait,
  leadEscalation,
  ownerReminder,
  REMINDER_ACTION,
  taskReminder,
  threadEscalation,
  threadReminder,
  type EscalationLabels,
  type SubjectLabels,
} from '../../../src/slack/render/reminders.js';
import type { ReminderStep } from '../../../src/reminders/facts.js';

const standard: SubjectLabels = {
  alertId: 7,
  reference: 'A-7',
  category: 'Attack on civilians',
  priority: 'critical',
  restricted: false,
  place: 'Kamango (Beni, North Kivu)',
  territory: 'Beni territory, North Kivu',
  owner: 'U0POCOFF01',
  waitedMs: 45 * 60_000,
  heldBy: ['Protection of Civilians'],
};
const restricted: SubjectLabels = { ...standard, reference: 'A-8', alertId: 8, category: 'Conflict-related sexual violence', restricted: true, heldBy: ['Women Protection / CRSV'] };
const step: ReminderStep = { kind: 'unacknowledged', count: 1, escalateAfter: 2, intervalMs: 15 * 60_000, escalationChannel: 'C0JOC00001', missed: 0 };
const escalation: EscalationLabels = { kind: 'unacknowledged', reminders: 2, escalationChannel: 'C0JOC00001', sections: [{ name: 'Protection of Civilians', channel: 'C0POC00001' }] };
const json = (m: unknown) => JSON.stringify(m);
const buttons = (m: { blocks: unknown[] }) =>
  (m.blocks as any[]).flatMap((b) => b.elements ?? []).filter((e: any) => e.type === 'button').map((e: any) => [e.text.text, e.action_id, e.value]);

describe('how long something has waited', () => {
  it('reads like a person would say it', () => {
    expect(formatWait(30_000)).toBe('30 s');
    expect(formatWait(45 * 60_000)).toBe('45 min');
    expect(formatWait(2 * 3_600_000)).toBe('2 h');
    expect(formatWait(125 * 60_000)).toBe('2 h 5 min');
    expect(formatWait(27 * 3_600_000)).toBe('1 d 3 h');
  });
});

describe('thread reminders', () => {
  it('mention the section leads (and the owner) and say when it escalates', () => {
    const m = threadReminder(standard, step, { view: 'full', leads: ['U0POCLEAD1'] });
    expect(m.text).toBe('⏰ A-7 has not been acknowledged for 45 min. <@U0POCLEAD1> <@U0POCOFF01>: please acknowledge it or assign an owner.');
    expect(json(m)).toContain('Reminder 1 of 2 · then it is escalated to <#C0JOC00001>');
    expect(buttons(m).map((b) => b[1])).toEqual([REMINDER_ACTION.snooze1h, REMINDER_ACTION.snooze4h, REMINDER_ACTION.snoozeTomorrow]);
    expect(checkBlockKit('message', m)).toEqual([]);
  });

  it('say how many fell due while Veille was offline', () => {
    expect(json(threadReminder(standard, { ...step, count: 2, missed: 1 }, { view: 'full', leads: [] }))).toContain('1 more fell due while Veille was offline');
  });

  it('in a stub channel ask no one (its leads cannot act on a restricted alert), offer no snooze, say nothing of the case', () => {
    const m = threadReminder(restricted, { ...step, kind: 'no_update' }, { view: 'stub', leads: ['U0POCLEAD1'] });
    expect(m.text).toBe('⏰ A-8 (restricted) has had no update for 45 min.');
    const stubAck = threadReminder(restricted, step, { view: 'stub', leads: ['U0POCLEAD1'] });
    expect(stubAck.text).toBe('⏰ A-8 (restricted) has not been acknowledged for 45 min.');
    expect(json(stubAck)).not.toContain('U0POCLEAD1');
    expect(json(stubAck)).not.toContain('snooze');
    for (const secret of ['U0POCOFF01', 'Kamango']) expect(json(stubAck)).not.toContain(secret);
  });
});

describe("the owner's reminder", () => {
  it('has Add update, Log response…, and the snoozes, each carrying the alert id', () => {
    const m = ownerReminder(standard, { ...step, kind: 'no_update', intervalMs: 2 * 3_600_000 });
    expect(m.text).toBe('⏰ No update on A-7 for 45 min: you own it, please add an update.');
    expect(json(m)).toContain('critical alerts need an update every 2 h');
    expect(json(m)).toContain('Kamango (Beni, North Kivu)');
    expect(buttons(m)).toEqual([
      ['Add update', 'followup.update', '7'],
      ['Log response…', 'followup.respond', '7'],
      ['Snooze 1 h', 'reminder.snooze_1h', '7'],
      ['Snooze 4 h', 'reminder.snooze_4h', '7'],
      ['Until tomorrow 08:00', 'reminder.snooze_tomorrow', '7'],
    ]);
    expect(checkBlockKit('message', m)).toEqual([]);
  });

  it('of a restricted alert says only what the stub says, and where to see the rest', () => {
    const m = ownerReminder(restricted, { ...step, kind: 'no_update' });
    expect(json(m)).toContain('Beni territory, North Kivu');
    expect(json(m)).toContain('/alert show A-8');
    expect(json(m)).not.toContain('Kamango');
  });
});

describe('escalations', () => {
  it('post the alert, its sections, its owner and how long it waited', () => {
    const m = escalationPost(standard, escalation);
    expect(m.text).toBe('⏫ Escalated: A-7 has not been acknowledged for 45 min (critical, 2 reminders unanswered)');
    const text = json(m);
    for (const part of ['Kamango (Beni, North Kivu)', 'Protection of Civilians (<#C0POC00001>)', '<@U0POCOFF01>', '45 min, 2 reminders unanswered']) expect(text).toContain(part);
    expect(checkBlockKit('message', m)).toEqual([]);
  });

  it('of a restricted alert are stubs: no locality, no owner, where the details are held', () => {
    for (const m of [escalationPost(restricted, escalation), leadEscalation(restricted, escalation), threadEscalation(restricted, escalation)]) {
      const text = json(m);
      expect(text).toContain('A-8');
      expect(text).not.toContain('Kamango');
      expect(text).not.toContain('U0POCOFF01');
    }
    expect(json(escalationPost(restricted, escalation))).toContain('details are held by Women Protection / CRSV');
  });

  it('tell each lead where it went', () => {
    expect(leadEscalation(standard, escalation).text).toBe('⏫ A-7 has not been acknowledged for 45 min and was escalated to <#C0JOC00001>.');
  });
});

describe('task reminders', () => {
  it('quote the task with contacts masked', () => {
    const m = taskReminder(standard, { text: 'Call the chief on +243 812 345 678', dueAtLabel: '22 Nov 2026, 10:00 (Kinshasa)' });
    expect(m.text).toBe('📋 Your task on A-7 is past due (due 22 Nov 2026, 10:00 (Kinshasa)).');
    expect(json(m)).toContain('Call the chief on [phone hidden]');
  });

  it('keep the text of a restricted alert’s task out of the DM', () => {
    const m = taskReminder(restricted, { text: 'Meet the survivor in Kamango', dueAtLabel: 'x' });
    expect(json(m)).not.toContain('survivor');
    expect(json(m)).toContain('/alert show A-8');
  });
});

describe('in French (a French section, or a reporter who wrote in French)', () => {
  it('the thread reminder, its step and its buttons', () => {
    const m = threadReminder({ ...standard, category: 'Attaque contre des civils' }, step, { view: 'full', leads: ['U0POCLEAD1'] }, 'fr');
    expect(m.text).toBe('⏰ A-7 attend une prise en compte depuis 45 min. <@U0POCLEAD1> <@U0POCOFF01> : merci de la prendre en compte ou de désigner un responsable.');
    expect(json(m)).toContain('Rappel 1 sur 2 · ensuite escaladée vers <#C0JOC00001>');
    expect(buttons(m).map((b) => b[0])).toEqual(['Reporter d’1 h', 'Reporter de 4 h', 'Jusqu’à demain 08:00']);
    expect(checkBlockKit('message', m)).toEqual([]);
  });

  it('the escalation, in days as French writes them', () => {
    const m = escalationPost({ ...standard, waitedMs: 27 * 3_600_000 }, escalation, 'fr');
    expect(m.text).toBe('⏫ Escaladée : A-7 attend une prise en compte depuis 1 j 3 h (critique, 2 rappels sans réponse)');
    expect(json(m)).toContain('1 j 3 h, 2 rappels sans réponse');
  });

  it('the overdue task, quoted the French way', () => {
    const m = taskReminder(standard, { text: 'Appeler le chef', dueAtLabel: '1 déc. 2026, 22:47 (Kinshasa)' }, 'fr');
    expect(m.text).toBe('📋 Votre tâche sur A-7 est en retard (échéance 1 déc. 2026, 22:47 (Kinshasa)).');
    expect(json(m)).toContain('« Appeler le chef »');
  });
});
