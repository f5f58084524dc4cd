import { describe, expect, it } from 'vitest';
import { getAlert } from '../../src/alerts/service.js';
import { GENERAL_CHANNEL, PEOPLE } from '../../src/fake-slack/index.js';
import { eventsOf } from '../../src/store/events.js';
import { textOf, type Running } from './harness.js';
import { startVeilleForEachTest } from './each-test.js';
import { buttonsOf, card, channelOf, command, eventTypes, press, report, threadOf } from './followup-helpers.js';

let v: Running;
startVeilleForEachTest((running) => (v = running));

const { focalPoint, pocOfficer, hrOfficer, pocLead, hrLead, beniLead, crsvAdviser } = PEOPLE;
const KAMANGO = 'Armed men attacked Kamango market this morning, 4 killed, ADF suspected';
/** How Slack sends a mention when the command has should_escape. */
const at = (p: { id: string; name: string }) => `<@${p.id}|${p.name}>`;
const HOUR = 3_600_000;

describe('/alert assign, update, close, reopen, task', () => {
  it('assign gives an owner with a due time (6h, tomorrow), tells them by DM and edits every card', async () => {
    await report(v, KAMANGO);
    expect(await command(v, `assign A-1 ${at(pocOfficer)} due:6h`, pocLead.id)).toBe(`✅ A-1 is now owned by <@${pocOfficer.id}> — due 22 Nov 2026, 13:00 (Kinshasa).`);
    expect(getAlert(v.db, 1)).toMatchObject({ owner: pocOfficer.id, status: 'acknowledged' });
    expect(v.db.prepare('SELECT due_at FROM alerts WHERE id = 1').pluck().get()).toBe(v.clock.now() + 6 * HOUR);
    expect(v.fake.dms(pocOfficer.id).at(-1)!.text).toBe(`👤 <@${pocLead.id}> assigned A-1 to you.`);
    for (const section of ['poc', 'hr', 'fo-beni']) {
      expect(v.fake.messages(channelOf(v, section)), section).toHaveLength(1);
      expect(textOf(v.fake.message(channelOf(v, section), card(v, section).ts)), section).toContain(`*Owner*\\n<@${pocOfficer.id}>`);
    }
    // "tomorrow" is 08:00 in the zone of the channel the command is typed in: the Beni field office, UTC+2.
    const answer = await command(v, `assign A-1 ${at(hrOfficer)} due:tomorrow`, pocLead.id, channelOf(v, 'fo-beni'));
    expect(answer).toBe(`✅ A-1 is now owned by <@${hrOfficer.id}> — due 23 Nov 2026, 08:00 (Lubumbashi).`);
    expect(v.db.prepare('SELECT due_at FROM alerts WHERE id = 1').pluck().get()).toBe(Date.UTC(2026, 10, 23, 6, 0));
    expect(eventsOf(v.db, 1).filter((e) => e.type === 'owner_assigned').map((e) => [e.data.owner, e.data.previous])).toEqual([
      [pocOfficer.id, null],
      [hrOfficer.id, pocOfficer.id],
    ]);
    expect(await command(v, `assign A-1 ${at(pocOfficer)} due:yesterday`, pocLead.id)).toContain('due:yesterday is not a due time I understand. Nothing was changed.');
    expect(await command(v, `assign A-9 ${at(pocOfficer)}`, pocLead.id)).toBe('No alert A-9.');
  });

  it('update posts in the threads and restarts the clock; a quick report starting with "update" stays a report', async () => {
    await report(v, KAMANGO);
    v.clock.advance(HOUR);
    expect(await command(v, 'update A-1 Patrol on its way from Oicha', hrOfficer.id)).toBe('✅ Update added on A-1. It is now Acknowledged.');
    expect(threadOf(v, 'poc')).toEqual([`📝 Update from <@${hrOfficer.id}> · now *Acknowledged*:\nPatrol on its way from Oicha`]);
    expect(v.db.prepare('SELECT last_activity_at FROM alerts WHERE id = 1').pluck().get()).toBe(v.clock.now());
    expect(getAlert(v.db, 1)!.status).toBe('acknowledged');
    await report(v, 'update from Beni: armed men seen moving towards Mavivi at dawn');
    expect(getAlert(v.db, 2)).not.toBeNull();
  });

  it('close needs a reason and, when resolved, the outcome; closing again or assigning a closed alert is refused and changes nothing', async () => {
    await report(v, KAMANGO);
    await report(v, 'Attack on Kamango market, ADF');
    expect(await command(v, 'close A-1 resolved', focalPoint.id)).toBe('⚠️ Closing A-1 as resolved needs the outcome: what was done, and what came of it.');
    expect(await command(v, 'close A-1 resolved Patrol deployed, attackers withdrew, no new incident', focalPoint.id)).toBe('✅ A-1 closed: resolved.');
    expect(getAlert(v.db, 1)).toMatchObject({ status: 'closed', closureReason: 'resolved' });
    expect(v.db.prepare('SELECT closure_note, next_reminder_at FROM alerts WHERE id = 1').get()).toEqual({ closure_note: 'Patrol deployed, attackers withdrew, no new incident', next_reminder_at: null });
    const events = eventTypes(v, 1).length;
    expect(await command(v, 'close A-1 unfounded', focalPoint.id)).toBe('⚠️ A-1 is closed: you cannot close it. Reopen it first (/alert reopen A-1) if it needs more follow-up.');
    expect(await command(v, `assign A-1 ${at(pocOfficer)}`, pocLead.id)).toBe('⚠️ A-1 is closed: you cannot assign it. Reopen it first (/alert reopen A-1) if it needs more follow-up.');
    expect(eventTypes(v, 1)).toHaveLength(events);

    expect(await command(v, 'close A-2 duplicate A-2', focalPoint.id)).toBe('⚠️ An alert cannot be a duplicate of itself.');
    expect(await command(v, 'close A-2 duplicate A-1 same attack', focalPoint.id)).toBe('✅ A-2 closed: duplicate of A-1.');
    expect(threadOf(v, 'hr', 2).at(-1)).toContain('closed A-2 as a duplicate of <https://slack.com/archives/C0HR000001/p');
    expect(await command(v, 'reopen A-1', pocLead.id)).toBe('✅ A-1 is open again (Acknowledged).');
    expect(await command(v, 'reopen A-1', pocLead.id)).toBe('⚠️ A-1 is not closed, so there is nothing to reopen.');
    expect(getAlert(v.db, 1)).toMatchObject({ status: 'acknowledged', closureReason: null });
  });

  it('refuses closing and reopening to those not answerable, and updates to those outside the sections, saying who can', async () => {
    await report(v, KAMANGO);
    await press(v, pocOfficer.id, 'poc', 'followup.take_ownership');
    expect(await command(v, 'close A-1 unfounded rumour', hrOfficer.id)).toBe(
      `⚠️ You cannot close A-1: that is for its owner, the leads of the sections working on it and its reporter. Who can: its owner <@${pocOfficer.id}>, the section leads <@${pocLead.id}>, <@${hrLead.id}>, <@${beniLead.id}> or the reporter <@${focalPoint.id}>.`,
    );
    // A CRSV adviser sits in none of the channels working on A-1.
    for (const section of ['poc', 'hr', 'fo-beni']) v.fake.setMember(channelOf(v, section), crsvAdviser.id, false);
    v.slack.membership.forget();
    expect(await command(v, 'update A-1 heard it is calm now', crsvAdviser.id)).toBe(
      `⚠️ You cannot update A-1: you are not in a section working on A-1. Who can: members of <#C0POC00001>, <#C0HR000001>, <#C0FOBENI01>, its owner <@${pocOfficer.id}>, the section leads <@${pocLead.id}>, <@${hrLead.id}>, <@${beniLead.id}> or the reporter <@${focalPoint.id}>.`,
    );
    // Taking ownership acknowledged it, which its reporter is told of (issue 19); the refusals added nothing.
    expect(eventTypes(v, 1)).toEqual(['logged', 'owner_assigned', 'told_reporter']);
    // The owner may close it.
    expect(await command(v, 'close A-1 no_action_possible area inaccessible', pocOfficer.id)).toBe('✅ A-1 closed: no action possible.');
  });

  it('task gives someone a follow-up task by DM with a Done button; Done is logged once', async () => {
    await report(v, KAMANGO);
    await press(v, pocOfficer.id, 'poc', 'followup.take_ownership');
    expect(await command(v, `task A-1 ${at(hrOfficer)} Interview the village chief due:2d`, pocOfficer.id)).toBe(
      `✅ Task added to A-1 for <@${hrOfficer.id}> — due 24 Nov 2026, 07:00 (Kinshasa).`,
    );
    expect(v.db.prepare('SELECT owner, text, due_at, next_reminder_at FROM tasks').get()).toEqual({
      owner: hrOfficer.id,
      text: 'Interview the village chief',
      due_at: v.clock.now() + 48 * HOUR,
      next_reminder_at: v.clock.now() + 48 * HOUR,
    });
    expect(threadOf(v, 'poc').at(-1)).toBe(`📌 Task for <@${hrOfficer.id}> from <@${pocOfficer.id}> — due 24 Nov 2026, 07:00 (Kinshasa):\nInterview the village chief`);
    const dm = v.fake.dms(hrOfficer.id).at(-1)!;
    expect(dm.text).toContain('gave you a task on A-1');
    expect(buttonsOf(dm).at(-1)).toBe('Done');
    // A task for someone else is for the owner, the leads and the reporter.
    expect(await command(v, `task A-1 ${at(pocLead)} Call OCHA`, hrOfficer.id)).toContain('You cannot give others tasks on A-1');

    // A double click: both land before the DM is redrawn (done, it loses its button).
    const before = v.fake.responses({ user: hrOfficer.id }).length;
    await Promise.all([0, 1].map(() => v.driver.clickButton({ user: hrOfficer.id, channel: dm.channel, ts: dm.ts, actionId: 'followup.task_done', blockId: 'task.1' })));
    await v.fake.waitFor(() => v.fake.responses({ user: hrOfficer.id }).length >= before + 2);
    await v.settle();
    expect(v.fake.responses({ user: hrOfficer.id }).slice(before).map((r) => textOf(r)).join('\n')).toContain('That task on A-1 was already done.');
    expect(v.fake.message(dm.channel, dm.ts)!.text).toBe('☑️ Your task on *A-1* is done.');
    expect(eventTypes(v, 1).filter((t) => t === 'task_done')).toHaveLength(1);
    expect(threadOf(v, 'hr').at(-1)).toBe(`☑️ <@${hrOfficer.id}> completed the task: Interview the village chief`);
  });
});

describe('/alert list and show history', () => {
  it('lists mine, unassigned, overdue, by place and section — overdue first', async () => {
    await report(v, KAMANGO); // A-1 high: acknowledge within 1 h
    await report(v, 'Tension between communities in Bunia after a land dispute'); // A-2 medium: 4 h
    await report(v, 'Armed group seen moving near Goma');
    await command(v, `assign A-3 ${at(pocOfficer)}`, pocLead.id);
    v.clock.advance(2 * HOUR);
    const list = async (text: string, user = pocOfficer.id) => textOf((await v.driver.slashCommand({ user, channel: GENERAL_CHANNEL, text })).body);
    const refs = (text: string) => [...text.matchAll(/\*(A-\d+)\*/g)].map((m) => m[1]);

    expect(refs(await list('list mine'))).toEqual(['A-3']);
    expect(refs(await list('list mine', focalPoint.id))).toEqual(['A-1', 'A-2', 'A-3']);
    expect(refs(await list('list unassigned'))).toEqual(['A-1', 'A-2']);
    const overdue = await list('list overdue');
    expect(refs(overdue)).toEqual(['A-1']);
    expect(overdue).toContain('⏰ 1 overdue.');
    expect(refs(await list('list open section:fo-bunia'))).toEqual(['A-2']);
    expect(refs(await list('list unassigned place:Beni'))).toEqual(['A-1']);
    expect(refs(await list('list'))[0]).toBe('A-1'); // overdue first
  });

  it('show A-1 history says who did what and when; a restricted one shows outsiders only what and when', async () => {
    await report(v, KAMANGO);
    v.clock.advance(10 * 60_000);
    await press(v, pocOfficer.id, 'poc', 'followup.acknowledge');
    v.clock.advance(5 * 60_000);
    await command(v, 'update A-1 Patrol left Oicha', pocOfficer.id);
    const history = await v.driver.slashCommand({ user: hrOfficer.id, channel: channelOf(v, 'fo-beni'), text: 'show A-1 history' });
    const text = textOf(history.body);
    expect(text).toContain('History of A-1');
    expect(text).toContain(`22 Nov 2026, 08:00 (Lubumbashi) — <@${focalPoint.id}> logged it (via quick report)`);
    expect(text).toContain(`22 Nov 2026, 08:10 (Lubumbashi) — <@${pocOfficer.id}> acknowledged it → *Acknowledged*`);
    expect(text).toContain(`22 Nov 2026, 08:15 (Lubumbashi) — <@${pocOfficer.id}> update: Patrol left Oicha`);
    expect(textOf((await v.driver.slashCommand({ user: hrOfficer.id, channel: GENERAL_CHANNEL, text: 'show A-1' })).body)).toContain('*Time to acknowledge* 10 min');

    await report(v, '3 femmes violées à Minova par des hommes armés');
    await press(v, crsvAdviser.id, 'crsv', 'followup.take_ownership');
    await command(v, 'update A-2 Survivors referred to Panzi', crsvAdviser.id);
    const outsider = textOf((await v.driver.slashCommand({ user: pocOfficer.id, channel: GENERAL_CHANNEL, text: 'show A-2 history' })).body);
    expect(outsider).toContain('Someone added an update');
    for (const secret of ['Panzi', crsvAdviser.id, focalPoint.id]) expect(outsider).not.toContain(secret);
    const insider = textOf((await v.driver.slashCommand({ user: crsvAdviser.id, channel: GENERAL_CHANNEL, text: 'show A-2 history' })).body);
    expect(insider).toContain('update: Survivors referred to Panzi');
    expect(eventsOf(v.db, 2).at(-1)).toMatchObject({ type: 'revealed', actor: crsvAdviser.id, data: { surface: 'history' } });
  });
});

describe('App Home', () => {
  it('shows my alerts and tasks overdue first and my sections’ queues with their buttons, which work from there', async () => {
    await report(v, KAMANGO);
    await report(v, 'Armed group seen moving near Goma');
    await command(v, `assign A-2 ${at(pocOfficer)}`, pocLead.id);
    await command(v, `task A-2 ${at(pocOfficer)} Check with the Goma office due:1h`, pocLead.id);
    await report(v, '3 femmes violées à Minova');
    v.clock.advance(2 * HOUR);
    await v.driver.event({ type: 'app_home_opened', user: pocOfficer.id });
    await v.fake.waitFor(() => v.fake.homeView(pocOfficer.id));
    const home = v.fake.homeView(pocOfficer.id)!;
    const text = textOf(home);
    expect(text).toContain('*My open alerts* (1)');
    expect(text).toContain('*My tasks* (1)');
    expect(text).toContain('⏰ *overdue*, was due 22 Nov 2026, 08:00 (Kinshasa)');
    expect(text).toContain('*Unacknowledged* (2)');
    // The two unacknowledged alerts have no owner: the next heading does not say "Unassigned (0)" under them.
    expect(text).toContain('*Acknowledged, no owner yet* (0)');
    expect(text).not.toContain('*Unassigned*');
    expect(text).toContain('⏰ *Overdue* · 🟠 *A-1*');
    expect(text).not.toContain('Minova (');
    expect(buttonsOf(home)).toEqual(['Add update', 'Log response…', 'Close…', 'Done', 'Acknowledge', 'Take ownership']);

    await v.driver.clickButton({ user: pocOfficer.id, viewId: home.id, actionId: 'followup.acknowledge', blockId: 'home.unack.1' });
    await v.fake.waitFor(() => textOf(v.fake.homeView(pocOfficer.id)).includes('You acknowledged A-1.'));
    await v.settle();
    expect(getAlert(v.db, 1)!.status).toBe('acknowledged');
    expect(threadOf(v, 'poc')).toEqual([`✅ A-1 acknowledged by <@${pocOfficer.id}>.`]);
    expect(textOf(v.fake.homeView(pocOfficer.id))).toContain('*Acknowledged, no owner yet* (1)');
  });
});
