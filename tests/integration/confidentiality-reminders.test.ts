import { describe, expect, it } from 'vitest';
import { PEOPLE } from '../../src/fake-slack/index.js';
import { eventsOf } from '../../src/store/events.js';
import { textOf, type Running } from './harness.js';
import { startVeilleForEachTest } from './each-test.js';
import { card, channelOf, report, threadOf, runUntil } from './followup-helpers.js';

/**
 * Issue 12, point 6: reminders and escalations about a restricted alert ask only people who can act
 * on it (the restricted sections holding it); a lead of a section that only has its stub is asked
 * nothing and cannot snooze it; the escalation stays a stub.
 */

let v: Running;
startVeilleForEachTest((running) => (v = running));

const { focalPoint, pocLead, hrLead, gomaLead, crsvLead } = PEOPLE;
const MINOVA = '3 femmes violées à Minova par des hommes armés';
const STUBS = ['poc', 'hr', 'fo-goma'];
const STUB_LEADS = [pocLead.id, hrLead.id, gomaLead.id];

describe('reminders and escalation of a restricted alert', () => {
  it('ask only the restricted section holding it; stub-only leads are asked nothing, get no escalation DM and cannot snooze', async () => {
    await report(v, MINOVA, focalPoint.id);
    // High priority: acknowledge within 1 h; two reminders, then the escalation.
    await runUntil(v, 65);
    const crsvThread = threadOf(v, 'crsv').join('\n');
    expect(crsvThread).toContain(`<@${crsvLead.id}>: please acknowledge it or assign an owner`);
    for (const section of STUBS) {
      const thread = threadOf(v, section).join('\n');
      expect(thread, section).not.toContain('please acknowledge');
      for (const lead of STUB_LEADS) expect(thread, section).not.toContain(lead);
    }

    // A stub-only lead cannot snooze it, even with a hand-made click.
    const before = v.fake.responses({ user: pocLead.id }).length;
    const stub = card(v, 'poc');
    await v.driver.blockAction({ user: pocLead.id, channel: stub.channel, messageTs: stub.ts, actions: [{ action_id: 'reminder.snooze_4h', value: '1', type: 'button' }] });
    await v.fake.waitFor(() => v.fake.responses({ user: pocLead.id }).length > before, { what: 'the answer to the snooze' });
    expect(textOf(v.fake.responses({ user: pocLead.id }).at(-1))).toContain('Only the owner of A-1 or a lead of a section holding it can snooze');
    expect(eventsOf(v.db, 1).some((e) => e.type === 'snoozed')).toBe(false);

    await runUntil(v, 200);
    expect(eventsOf(v.db, 1).some((e) => e.type === 'escalated')).toBe(true);
    // The escalation DM goes to the CRSV lead only; the stub-only leads get none.
    expect(textOf(v.fake.dms(crsvLead.id))).toContain('was escalated');
    for (const lead of STUB_LEADS) expect(v.fake.dms(lead), lead).toEqual([]);
    // The escalation post is a stub: no locality, no description, no names.
    const escalation = textOf(v.fake.finalMessages(v.mission.escalationChannel));
    expect(escalation).toContain('A-1');
    for (const secret of ['Minova', 'femmes', focalPoint.id]) expect(escalation).not.toContain(secret);
    // Nothing in the stub threads asks anyone, and no one in them is named.
    for (const section of STUBS) {
      const thread = textOf(v.fake.finalMessages(channelOf(v, section)).slice(1));
      for (const lead of STUB_LEADS) expect(thread, section).not.toContain(lead);
      expect(thread, section).not.toContain('snooze');
    }
  });
});
