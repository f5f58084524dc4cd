import { describe, expect, it } from 'vitest';
import { getAlert } from '../../src/alerts/service.js';
import { PEOPLE } from '../../src/fake-slack/index.js';
import { textOf, type Running } from './harness.js';
import { startVeilleForEachTest } from './each-test.js';
import { buttonsOf, channelOf, command, press, runUntil } from './followup-helpers.js';
import { editAsReporter, reportWithConfirmation } from './confidentiality-helpers.js';

/**
 * Reminder and escalation DMs kept current (issue 18, with the DM copies of cards): once the alert
 * is reassigned, acknowledged or closed, a reminder whose buttons no longer apply to its reader is
 * edited to a short line in the reader's language; who owns it now is named only to someone who may
 * read it; a DM withdrawn because the alert became restricted is never drawn again. Every assertion
 * reads the DM as Slack holds it at the end, after every chat.update.
 */

let v: Running;
startVeilleForEachTest((running) => (v = running));

const { focalPoint, pocOfficer, hrOfficer, pocLead, beniLead, buniaOfficer, crsvAdviser, crsvLead } = PEOPLE;
const CRITICAL = 'Armed men attacking civilians in Kamango right now priority:critical';

/** The DMs Veille sent a person, as they read now (oldest first). */
const dmsOf = (user: string) => v.fake.dms(user).map((m) => v.fake.message(m.channel, m.ts)!);
/** Where Veille's reminder or escalation DMs to `user` landed (`about`: their facts), as they read now. */
function remindersOf(user: string, about: 'reminder_owner' | 'escalation' | 'task_overdue'): Array<NonNullable<ReturnType<typeof v.fake.message>>> {
  const landed = v.db
    .prepare("SELECT posted_channel AS channel, posted_ts AS ts FROM outbox WHERE kind = 'dm' AND status = 'sent' AND json_extract(payload, '$.user') = ? AND json_extract(payload, '$.fact.about') = ? ORDER BY id")
    .all(user, about) as Array<{ channel: string; ts: string }>;
  return landed.map((p) => v.fake.message(p.channel, p.ts)!);
}

async function logged(text: string, user = focalPoint.id): Promise<void> {
  await v.driver.slashCommand({ user, channel: channelOf(v, 'poc'), text });
  await v.settle();
}

describe('an owner’s reminder DM', () => {
  it('after a reassignment becomes a short line in its reader’s language naming the new owner, and stays one when the alert comes back', async () => {
    await logged(CRITICAL);
    // Joséphine's Slack is in French; she takes it at 06:05 (critical: an update every 2 h).
    await runUntil(v, 5);
    await press(v, buniaOfficer.id, 'poc', 'followup.take_ownership');
    await runUntil(v, 125);
    const [reminder] = remindersOf(buniaOfficer.id, 'reminder_owner');
    expect(reminder!.text).toMatch(/^⏰ /);
    expect(buttonsOf(reminder)).toHaveLength(5);

    expect(await command(v, `assign A-1 <@${hrOfficer.id}|jean>`, pocLead.id)).toContain('A-1');
    const edited = v.fake.message(reminder!.channel, reminder!.ts)!;
    expect(edited.text).toBe(`⏰ *A-1* est désormais suivie par <@${hrOfficer.id}> : ce rappel ne vous concerne plus.`);
    expect(edited.blocks ?? []).toEqual([]);
    expect(buttonsOf(edited)).toEqual([]);

    // Given back to her: the old reminder (its wait and step long past) does not come back with its buttons.
    expect(await command(v, `assign A-1 <@${buniaOfficer.id}|josephine>`, pocLead.id)).toContain('A-1');
    const back = v.fake.message(reminder!.channel, reminder!.ts)!;
    expect(back.text).toBe('⏰ *A-1* a évolué depuis ce rappel : sa fiche dit où elle en est.');
    expect(buttonsOf(back)).toEqual([]);
    // Closed: it says so.
    expect(await command(v, 'close A-1 resolved Patrol on site; attackers gone', buniaOfficer.id)).toContain('A-1');
    expect(v.fake.message(reminder!.channel, reminder!.ts)!.text).toBe('⏰ *A-1* a été clôturée : plus rien ne vous est demandé ici.');
  });

  it('is left as it is while it still applies: an update by its owner or someone else changes nothing in it', async () => {
    await logged(CRITICAL);
    await runUntil(v, 5);
    await press(v, pocOfficer.id, 'poc', 'followup.take_ownership');
    await runUntil(v, 125);
    const [reminder] = remindersOf(pocOfficer.id, 'reminder_owner');
    const edits = () => v.fake.callsTo('chat.update').filter((c) => c.args.channel === reminder!.channel && c.args.ts === reminder!.ts).length;
    expect(await command(v, 'update A-1 Patrol on its way', hrOfficer.id)).toContain('A-1');
    expect(await command(v, 'update A-1 Patrol arrived', pocOfficer.id)).toContain('A-1');
    expect(edits()).toBe(0);
    expect(buttonsOf(v.fake.message(reminder!.channel, reminder!.ts))).toEqual(['Add update', 'Log response…', 'Snooze 1 h', 'Snooze 4 h', 'Until tomorrow 08:00']);
  });
});

describe('a task’s overdue DM', () => {
  it('says the task is done once it is', async () => {
    await logged('Armed group seen moving towards Goma priority:low');
    expect(await command(v, `task A-1 <@${hrOfficer.id}|jean> Call the Kibati camp committee due:30m`, pocLead.id)).toContain('Task added to A-1');
    await runUntil(v, 30);
    const [overdue] = remindersOf(hrOfficer.id, 'task_overdue');
    expect(overdue!.text).toMatch(/^📋 Your task on A-1 is past due/);

    // Done from the DM giving the task.
    const given = v.fake.dms(hrOfficer.id).map((m) => v.fake.message(m.channel, m.ts)!).find((m) => buttonsOf(m).includes('Done'))!;
    await v.driver.clickButton({ user: hrOfficer.id, channel: given.channel, ts: given.ts, actionId: 'followup.task_done' });
    await v.fake.waitFor(() => v.fake.responses({ user: hrOfficer.id }).length > 0, { what: 'the answer to Done' });
    await v.settle();
    expect(v.fake.message(overdue!.channel, overdue!.ts)!.text).toBe('⏰ Your overdue task on *A-1* is done.');
  });
});

describe('an escalation DM to the section leads', () => {
  it('says the alert was acknowledged once it is, then closed once it is', async () => {
    await logged(CRITICAL);
    // Critical: acknowledge within 15 min, two reminders, escalated at 45 min to the leads of the sections holding it.
    await runUntil(v, 45);
    const [escalation] = remindersOf(beniLead.id, 'escalation');
    expect(escalation!.text).toContain('escalated');
    const [pocLeads] = remindersOf(pocLead.id, 'escalation');
    expect(pocLeads!.text).toContain('escalated');

    await press(v, pocOfficer.id, 'poc', 'followup.acknowledge');
    expect(v.fake.message(escalation!.channel, escalation!.ts)!.text).toBe('⏰ *A-1* has been acknowledged since this escalation.');
    expect(v.fake.message(escalation!.channel, escalation!.ts)!.blocks ?? []).toEqual([]);
    expect(remindersOf(pocLead.id, 'escalation')[0]!.text).toBe('⏰ *A-1* has been acknowledged since this escalation.');

    expect(await command(v, 'close A-1 unfounded Rumour, checked by the patrol', pocLead.id)).toContain('A-1');
    expect(v.fake.message(escalation!.channel, escalation!.ts)!.text).toBe('⏰ *A-1* has been closed: nothing more is asked of you here.');
    expect(remindersOf(pocLead.id, 'escalation')[0]!.text).toBe('⏰ *A-1* has been closed: nothing more is asked of you here.');
  });
});

describe('confidentiality of a reminder DM kept current', () => {
  it('names no one to a reader who may no longer read the restricted alert (Slack says they left its channel)', async () => {
    await logged('A woman was raped near Kamango market last night priority:critical', focalPoint.id);
    expect(getAlert(v.db, 1)).toMatchObject({ sensitivity: 'restricted' });
    await runUntil(v, 5);
    await press(v, crsvAdviser.id, 'crsv', 'followup.take_ownership');
    await runUntil(v, 125);
    const [reminder] = remindersOf(crsvAdviser.id, 'reminder_owner');
    expect(buttonsOf(reminder)).toContain('Add update');

    // She leaves the CRSV channel; the lead gives the case to herself.
    v.fake.state.channels.get(channelOf(v, 'crsv'))!.members.delete(crsvAdviser.id);
    v.slack.membership.forget();
    expect(await command(v, `assign A-1 <@${crsvLead.id}|nadia>`, crsvLead.id)).toContain('A-1');
    expect(getAlert(v.db, 1)).toMatchObject({ owner: crsvLead.id });
    const edited = v.fake.message(reminder!.channel, reminder!.ts)!;
    expect(edited.text).toBe('⏰ *A-1* is no longer yours: this reminder needs no answer from you.');
    expect(textOf(dmsOf(crsvAdviser.id))).not.toContain(crsvLead.id);
  });

  it('never draws again a reminder DM withdrawn because the alert became restricted', async () => {
    const confirmation = await reportWithConfirmation(v, CRITICAL, focalPoint.id);
    await runUntil(v, 5);
    await press(v, pocOfficer.id, 'poc', 'followup.take_ownership');
    await runUntil(v, 125);
    const [reminder] = remindersOf(pocOfficer.id, 'reminder_owner');

    expect(await editAsReporter(v, focalPoint.id, confirmation, { category: 'crsv' })).toEqual({});
    await v.settle();
    expect(getAlert(v.db, 1)).toMatchObject({ sensitivity: 'restricted', owner: null });
    const notice = v.fake.message(reminder!.channel, reminder!.ts)!;
    expect(notice.text).toMatch(/^🔒 A-1 is now restricted/);

    // The case goes on in the CRSV section: taken and closed. The withdrawn reminder stays the notice.
    await press(v, crsvAdviser.id, 'crsv', 'followup.take_ownership');
    expect(await command(v, 'close A-1 resolved Referred to services', crsvAdviser.id)).toContain('A-1');
    const final = v.fake.message(reminder!.channel, reminder!.ts)!;
    expect(final.text).toBe(notice.text);
    expect(final.blocks ?? []).toEqual([]);
    expect(textOf(dmsOf(pocOfficer.id))).not.toContain(crsvAdviser.id);
  });
});
