import { describe, expect, it } from 'vitest';
import { PEOPLE } from '../../src/fake-slack/index.js';
import { textOf, type Running } from './harness.js';
import { startVeilleForEachTest } from './each-test.js';
import { buttonsOf, command, press, runUntil } from './followup-helpers.js';
import { editAsReporter, reportWithConfirmation } from './confidentiality-helpers.js';

/**
 * Reminders in an alert's threads and the escalation post in the escalation channel, kept current
 * like the reminder DMs: once they no longer apply (acknowledged, given an owner, updated, closed)
 * they are edited down to a short line without buttons or details; who owns it is named only where
 * the alert is read in full; once the alert is restricted, the escalation channel keeps nothing of it.
 * Every assertion reads the posts as Slack holds them at the end, after every chat.update.
 */

let v: Running;
startVeilleForEachTest((running) => (v = running));

const { focalPoint, pocOfficer, pocLead, crsvAdviser, crsvLead } = PEOPLE;
const CRITICAL = 'Armed men attacking civilians in Kamango right now priority:critical';

/** Where Veille's reminder posts of this kind landed in channels (`about` their facts, `to` for escalations), as they read now. */
function posted(about: 'reminder' | 'escalation', kind: 'thread' | 'message') {
  const landed = v.db
    .prepare("SELECT posted_channel AS channel, posted_ts AS ts FROM outbox WHERE kind = ? AND status = 'sent' AND json_extract(payload, '$.fact.about') = ? ORDER BY id")
    .all(kind, about) as Array<{ channel: string; ts: string }>;
  expect(landed.length, `${about} ${kind} posts`).toBeGreaterThan(0);
  return landed.map((p) => v.fake.message(p.channel, p.ts)!);
}
const escalationPost = () => posted('escalation', 'message')[0]!;

describe('reminders in the threads and the escalation post', () => {
  it('are edited to a short line once the alert is acknowledged, then say it is closed; the escalation channel keeps no detail', async () => {
    await reportWithConfirmation(v, CRITICAL, focalPoint.id);
    // Critical: acknowledge within 15 min; reminders at 15 and 30, escalated at 45.
    await runUntil(v, 45);
    const reminders = posted('reminder', 'thread');
    expect(reminders.length).toBeGreaterThanOrEqual(2);
    expect(reminders[0]!.text).toContain(`<@${pocLead.id}>: please acknowledge it or assign an owner`);
    expect(buttonsOf(reminders[0])).toEqual(['Snooze 1 h', 'Snooze 4 h', 'Until tomorrow 08:00']);
    expect(textOf(escalationPost())).toContain('Kamango');

    expect(await press(v, pocOfficer.id, 'poc', 'followup.acknowledge')).toContain('You acknowledged A-1.');
    for (const reminder of posted('reminder', 'thread')) {
      expect(reminder.text).toBe('⏰ *A-1* has been acknowledged since this reminder.');
      expect(buttonsOf(reminder)).toEqual([]);
    }
    for (const note of posted('escalation', 'thread')) expect(note.text).toBe('⏰ *A-1* has been acknowledged since this escalation.');
    expect(escalationPost().text).toBe('⏰ *A-1* has been acknowledged since this escalation.');
    expect(textOf(escalationPost())).not.toContain('Kamango');

    expect(await command(v, 'close A-1 resolved Patrol on site; attackers gone', pocLead.id)).toContain('A-1');
    for (const reminder of posted('reminder', 'thread')) expect(reminder.text).toBe('⏰ *A-1* has been closed since this reminder.');
    expect(escalationPost().text).toBe('⏰ *A-1* has been closed since this escalation.');
  });

  it('say it was updated once it is, when they asked for an update', async () => {
    await reportWithConfirmation(v, CRITICAL, focalPoint.id);
    await runUntil(v, 5);
    expect(await press(v, pocOfficer.id, 'poc', 'followup.take_ownership')).toContain('You own A-1 now.');
    // Owned at 06:05, critical: an update every 2 h; reminders at 08:05 and 10:05, escalated at 12:05.
    await runUntil(v, 6 * 60 + 5);
    expect(posted('reminder', 'thread')[0]!.text).toContain('has had no update');
    expect(await command(v, 'update A-1 Patrol on its way', pocOfficer.id)).toContain('Update added on A-1');
    for (const reminder of posted('reminder', 'thread')) expect(reminder.text).toBe('⏰ *A-1* has been updated since this reminder.');
    expect(escalationPost().text).toBe('⏰ *A-1* has been updated since this escalation.');
  });

  it('of a restricted alert name its new owner in the restricted section only', async () => {
    await reportWithConfirmation(v, '3 women raped in Minova by armed men', focalPoint.id);
    expect(await command(v, 'assign A-1 <@U0CRSVLEAD|nadia>', crsvLead.id)).toContain('A-1');
    expect(await command(v, 'assign A-1 <@U0CRSVADV1|grace>', crsvLead.id)).toContain('A-1');
    // Grace owns it and writes nothing: high, an update every 6 h; escalated after two reminders.
    await runUntil(v, 19 * 60);
    const joc = textOf(escalationPost());
    expect(joc).toContain('🔒 A-1');
    expect(await command(v, `assign A-1 <@${crsvLead.id}|nadia>`, crsvLead.id)).toContain('A-1');
    expect(escalationPost().text).toBe('⏰ *A-1* has an owner since this escalation.');
    for (const note of posted('escalation', 'thread')) expect(note.text).toBe(`⏰ *A-1* has been taken in hand since this escalation: <@${crsvLead.id}> owns it.`);
    expect(textOf(v.fake.finalMessages(v.mission.escalationChannel))).not.toContain(crsvLead.id);
    expect(textOf(v.fake.finalMessages(v.mission.escalationChannel))).not.toContain(crsvAdviser.id);
  });

  it('in the escalation channel, once the alert is restricted, keep nothing of it and are not drawn again', async () => {
    const confirmation = await reportWithConfirmation(v, CRITICAL, focalPoint.id);
    await runUntil(v, 45);
    expect(await press(v, pocOfficer.id, 'poc', 'followup.acknowledge')).toContain('You acknowledged A-1.');
    expect(escalationPost().text).toBe('⏰ *A-1* has been acknowledged since this escalation.');
    expect(await editAsReporter(v, focalPoint.id, confirmation, { category: 'crsv' })).toEqual({});
    const restricted = escalationPost().text;
    expect(restricted).toMatch(/^🔒 A-1 is now restricted/);
    // The CRSV section works it on: the post in the escalation channel stays the notice.
    expect(await command(v, `assign A-1 <@${crsvAdviser.id}|grace>`, crsvLead.id)).toContain('A-1');
    expect(await command(v, 'close A-1 resolved Survivors referred', crsvLead.id)).toContain('A-1');
    expect(escalationPost().text).toBe(restricted);
    expect(textOf(v.fake.finalMessages(v.mission.escalationChannel))).not.toContain('Kamango');
  });
});
