import { describe, expect, it } from 'vitest';
import { getAlert } from '../../src/alerts/service.js';
import { PEOPLE } from '../../src/fake-slack/index.js';
import { eventsOf } from '../../src/store/events.js';
import { textOf, type Running } from './harness.js';
import { startVeilleForEachTest } from './each-test.js';
import { buttonsOf, card, channelOf, eventTypes, openModal, press, report, submit, threadOf } from './followup-helpers.js';

let v: Running;
startVeilleForEachTest((running) => (v = running));

const { focalPoint, pocOfficer, hrOfficer, pocLead, hrLead, beniLead, crsvAdviser, crsvLead } = PEOPLE;
const KAMANGO = 'Armed men attacked Kamango market this morning, 4 killed, ADF suspected';
/** Kamango is in Beni territory: PoC, Human Rights and the Beni field office receive it. */
const SECTIONS = ['poc', 'hr', 'fo-beni'];

describe('the card buttons', () => {
  it('Acknowledge edits the card in place in every channel, replies in each thread, and a double click logs one event', async () => {
    await report(v, KAMANGO);
    const posted = v.fake.callsTo('chat.postMessage').length;
    expect(buttonsOf(card(v, 'poc'))).toEqual(['Acknowledge', 'Take ownership', 'Assign…', 'Add update', 'Log response…', 'Verify…', 'Close…']);

    const answer = await press(v, pocOfficer.id, 'poc', 'followup.acknowledge');
    expect(answer).toContain('You acknowledged A-1.');
    expect(getAlert(v.db, 1)!.status).toBe('acknowledged');
    for (const section of SECTIONS) {
      const channel = channelOf(v, section);
      expect(v.fake.messages(channel), section).toHaveLength(1); // edited, not reposted
      const current = v.fake.message(channel, card(v, section).ts)!;
      expect(textOf(current), section).toContain('*Status*\\nAcknowledged');
      expect(threadOf(v, section), section).toEqual([`✅ A-1 acknowledged by <@${pocOfficer.id}>.`]);
    }
    expect(v.fake.callsTo('chat.update').map((c) => c.args.channel).sort()).toEqual(SECTIONS.map((s) => channelOf(v, s)).sort());
    // Only the three thread replies and the reporter's DM (issue 19) were new posts.
    expect(v.fake.callsTo('chat.postMessage').length - posted).toBe(4);

    const again = await press(v, pocOfficer.id, 'poc', 'followup.acknowledge');
    expect(again).toContain('A-1 was already acknowledged by you');
    // The reporter was told once (issue 19); the second click added nothing.
    expect(eventTypes(v, 1)).toEqual(['logged', 'acknowledged', 'told_reporter']);
    expect(threadOf(v, 'poc')).toHaveLength(1);
  });

  it('Take ownership pressed by two people at once: one owner, one event, and the other is told who owns it', async () => {
    await report(v, KAMANGO);
    const c = card(v, 'poc');
    const clicks = await Promise.all(
      [pocOfficer.id, hrOfficer.id].map((user) => v.driver.clickButton({ user, channel: c.channel, ts: c.ts, actionId: 'followup.take_ownership' })),
    );
    expect(clicks.map((r) => r.status)).toEqual([200, 200]);
    await v.fake.waitFor(() => v.fake.responses({ user: pocOfficer.id }).length > 0 && v.fake.responses({ user: hrOfficer.id }).length > 0);
    await v.settle();

    const owner = getAlert(v.db, 1)!.owner!;
    expect([pocOfficer.id, hrOfficer.id]).toContain(owner);
    const loser = owner === pocOfficer.id ? hrOfficer.id : pocOfficer.id;
    expect(eventsOf(v.db, 1).filter((e) => e.type === 'owner_assigned')).toHaveLength(1);
    expect(textOf(v.fake.responses({ user: loser }).at(-1)!.body)).toContain(`A-1 is already owned by <@${owner}>`);
    expect(textOf(v.fake.responses({ user: owner }).at(-1)!.body)).toContain('You own A-1 now.');
    expect(getAlert(v.db, 1)!.status).toBe('acknowledged');
    for (const section of SECTIONS) {
      expect(textOf(v.fake.message(channelOf(v, section), card(v, section).ts)), section).toContain(`*Owner*\\n<@${owner}>`);
      expect(threadOf(v, section), section).toEqual([`👤 <@${owner}> took ownership of A-1.`]);
    }
    // The new owner has it in a DM, with the buttons to work on it and the time the next update is due.
    const dm = v.fake.dms(owner).at(-1)!;
    expect(buttonsOf(dm)).toContain('Log response…');
    expect(textOf(dm)).toContain('Next update due by 22 Nov 2026, 13:00 (Kinshasa)'); // high: every 6 h from 07:00
    expect(textOf(dm)).toContain('Kamango market');

    // The same person's double click logs nothing more.
    expect(await press(v, owner, 'poc', 'followup.take_ownership')).toContain('You already own A-1.');
    expect(eventsOf(v.db, 1).filter((e) => e.type === 'owner_assigned')).toHaveLength(1);
  });

  it('Assign… picks a user and a due time; the new owner gets the alert by DM; reassigning is for the owner, the leads and the reporter', async () => {
    await report(v, KAMANGO);
    const view = await openModal(v, pocLead.id, 'poc', 'followup.assign');
    expect(await submit(v, pocLead.id, view, { assignee: pocOfficer.id, due: '6h' })).toEqual({});
    const alert = getAlert(v.db, 1)!;
    expect(alert.owner).toBe(pocOfficer.id);
    expect(v.db.prepare('SELECT due_at FROM alerts WHERE id = 1').pluck().get()).toBe(v.clock.now() + 6 * 3_600_000);
    expect(threadOf(v, 'fo-beni')).toEqual([`👤 <@${pocLead.id}> assigned A-1 to <@${pocOfficer.id}> — due 22 Nov 2026, 14:00 (Lubumbashi).`]);
    expect(threadOf(v, 'poc')).toEqual([`👤 <@${pocLead.id}> assigned A-1 to <@${pocOfficer.id}> — due 22 Nov 2026, 13:00 (Kinshasa).`]);
    const dm = v.fake.dms(pocOfficer.id).at(-1)!;
    expect(dm.text).toContain(`<@${pocLead.id}> assigned A-1 to you.`);
    expect(textOf(dm)).toContain('Due by 22 Nov 2026, 13:00 (Kinshasa)');
    expect(buttonsOf(dm)).toEqual(['Acknowledge', 'Take ownership', 'Assign…', 'Add update', 'Log response…', 'Verify…', 'Close…']);
    expect(v.fake.ephemerals({ user: pocLead.id, channel: channelOf(v, 'poc') }).at(-1)!.text).toContain(`A-1 is now owned by <@${pocOfficer.id}>`);

    // Someone who neither owns it, nor leads a section holding it, nor reported it: refused, with who can.
    const other = await openModal(v, hrOfficer.id, 'hr', 'followup.assign');
    const errors = await submit(v, hrOfficer.id, other, { assignee: hrOfficer.id });
    expect(errors.assignee).toBe(
      `You cannot reassign A-1: that is for its owner, the leads of the sections working on it and its reporter. Who can: its owner <@${pocOfficer.id}>, the section leads <@${pocLead.id}>, <@${hrLead.id}>, <@${beniLead.id}> or the reporter <@${focalPoint.id}>.`,
    );
    expect(getAlert(v.db, 1)!.owner).toBe(pocOfficer.id);
    expect(eventsOf(v.db, 1).filter((e) => e.type === 'owner_assigned')).toHaveLength(1);
  });

  it('Add update posts the text in the threads and can set the status; an empty update is refused under its field', async () => {
    await report(v, KAMANGO);
    await press(v, pocOfficer.id, 'poc', 'followup.take_ownership');
    let view = await openModal(v, pocOfficer.id, 'hr', 'followup.update');
    expect(await submit(v, pocOfficer.id, view, { text: '   ' })).toEqual({ text: 'Say what happened since: the update is empty.' });
    expect(await submit(v, pocOfficer.id, view, { text: 'Patrol reached Kamango, calm; call the chief on +243 812 345 678', status: 'monitoring' })).toEqual({});
    expect(getAlert(v.db, 1)!.status).toBe('monitoring');
    const reply = threadOf(v, 'hr').at(-1)!;
    expect(reply).toContain(`📝 Update from <@${pocOfficer.id}> · now *Monitoring*:`);
    expect(reply).toContain('Patrol reached Kamango, calm; call the chief on [phone hidden]');
    expect(textOf(v.fake.message(channelOf(v, 'fo-beni'), card(v, 'fo-beni').ts))).toContain('*Status*\\nMonitoring');
    expect(eventsOf(v.db, 1).at(-1)).toMatchObject({ type: 'updated', actor: pocOfficer.id, data: { status: ['acknowledged', 'monitoring'] } });
    view = await openModal(v, pocOfficer.id, 'hr', 'followup.update');
    expect(v.fake.openViews(pocOfficer.id).at(-1)!.callback_id).toBe('followup.view.update');
  });

  it('Verify… records the verification with the source grading and the number of independent sources', async () => {
    await report(v, KAMANGO);
    const view = await openModal(v, hrOfficer.id, 'hr', 'followup.verify');
    expect(await submit(v, hrOfficer.id, view, { verification: 'verified', reliability: 'B', credibility: '2', sources: 'two' })).toEqual({ sources: 'A whole number: how many independent sources.' });
    expect(await submit(v, hrOfficer.id, view, { verification: 'verified', reliability: 'B', credibility: '2', sources: '3' })).toEqual({});
    expect(v.db.prepare('SELECT verification, source_reliability, source_credibility, independent_sources FROM alerts WHERE id = 1').get()).toEqual({
      verification: 'verified',
      source_reliability: 'B',
      source_credibility: 2,
      independent_sources: 3,
    });
    expect(threadOf(v, 'poc')).toEqual([`🔎 <@${hrOfficer.id}> marked A-1 *verified* · source reliability B, credibility 2, 3 independent sources`]);
    expect(textOf(v.fake.message(channelOf(v, 'poc'), card(v, 'poc').ts))).toContain('*Verification*\\nVerified');
  });

  it('Close… needs the outcome when resolved; a duplicate links to the other alert; a closed card offers only Reopen', async () => {
    await report(v, KAMANGO);
    await report(v, 'Kamango market attacked by ADF, several dead');
    let view = await openModal(v, focalPoint.id, 'poc', 'followup.close', 2);
    expect(await submit(v, focalPoint.id, view, { reason: 'resolved' })).toEqual({ note: 'Closing A-2 as resolved needs the outcome: what was done, and what came of it.' });
    expect(await submit(v, focalPoint.id, view, { reason: 'duplicate' })).toEqual({ duplicate_of: 'Which alert is A-2 a duplicate of? Give its reference, e.g. A-7.' });
    expect(await submit(v, focalPoint.id, view, { reason: 'duplicate', duplicate_of: 'A-1' })).toEqual({});
    expect(getAlert(v.db, 2)).toMatchObject({ status: 'closed', closureReason: 'duplicate', duplicateOf: 1 });
    const first = card(v, 'poc', 1);
    const link = `<https://slack.com/archives/${first.channel}/p${first.ts.replace('.', '')}|A-1>`;
    expect(threadOf(v, 'poc', 2)).toEqual([`☑️ <@${focalPoint.id}> closed A-2 as a duplicate of ${link}.`]);
    expect(threadOf(v, 'poc', 1)).toEqual([expect.stringContaining('was closed as a duplicate of A-1.')]);
    const closedCard = v.fake.message(first.channel, card(v, 'poc', 2).ts)!;
    expect(textOf(closedCard)).toContain('Closed: duplicate of A-1');
    expect(buttonsOf(closedCard)).toEqual(['Reopen']);

    // Reopen, then close as resolved with the outcome.
    expect(await press(v, focalPoint.id, 'poc', 'followup.reopen', 2)).toContain('A-2 is open again (Acknowledged).');
    view = await openModal(v, focalPoint.id, 'poc', 'followup.close', 2);
    expect(await submit(v, focalPoint.id, view, { reason: 'resolved', note: 'QRF deployed; attackers withdrew' })).toEqual({});
    expect(threadOf(v, 'fo-beni', 2).at(-1)).toBe(`☑️ <@${focalPoint.id}> closed A-2: *Resolved*\nOutcome: QRF deployed; attackers withdrew`);
    expect(eventTypes(v, 2)).toEqual(['logged', 'closed', 'reopened', 'closed']);
  });
});

describe('the response record', () => {
  it('Log response… on time sets Responding; late needs a delay reason', async () => {
    await report(v, KAMANGO); // high priority: the acknowledge window is 1 h
    v.clock.advance(40 * 60_000);
    let view = await openModal(v, pocOfficer.id, 'poc', 'followup.respond');
    const modal = v.fake.openViews(pocOfficer.id).at(-1)!;
    expect(textOf(modal)).toContain('"initial_date":"2026-11-22"');
    expect(textOf(modal)).toContain('"initial_time":"07:40"'); // 06:40 UTC in Kinshasa
    expect(await submit(v, pocOfficer.id, view, { type: 'patrol', unit: 'NEPBATT Coy B' })).toEqual({});
    expect(getAlert(v.db, 1)!.status).toBe('responding');
    expect(v.db.prepare('SELECT type, unit, at, delay_reason FROM response_actions').get()).toEqual({ type: 'patrol', unit: 'NEPBATT Coy B', at: v.clock.now(), delay_reason: null });
    expect(threadOf(v, 'poc').at(-1)).toBe(`🚓 <@${pocOfficer.id}> logged a response on A-1: *Patrol* (NEPBATT Coy B) · 22 Nov 2026, 07:40 (Kinshasa) · 40 min after the alert · now *Responding*`);

    v.clock.advance(2 * 3_600_000);
    view = await openModal(v, hrOfficer.id, 'hr', 'followup.respond');
    const late = await submit(v, hrOfficer.id, view, { type: 'hr_investigation' });
    expect(late.delay).toBe('This response came 2 h 40 min after the alert, past the 1 h window for a high alert: say why it was late.');
    expect(await submit(v, hrOfficer.id, view, { type: 'hr_investigation', delay: 'access_denied', outcome: 'Team turned back at the FARDC checkpoint' })).toEqual({});
    expect(getAlert(v.db, 1)!.status).toBe('monitoring');
    expect(threadOf(v, 'hr').at(-1)).toContain('Late: Access denied.\nOutcome: Team turned back at the FARDC checkpoint');
    expect(eventsOf(v.db, 1).filter((e) => e.type === 'response_logged').map((e) => e.data.delayReason)).toEqual([null, 'access_denied']);
  });

  it('records a response’s outcome later, through Add update pressed in the owner’s DM', async () => {
    await report(v, KAMANGO);
    await press(v, pocOfficer.id, 'poc', 'followup.take_ownership');
    let view = await openModal(v, pocOfficer.id, 'poc', 'followup.respond');
    expect(await submit(v, pocOfficer.id, view, { type: 'quick_reaction_force', unit: 'QRF Beni' })).toEqual({});
    const dm = v.fake.dms(pocOfficer.id).at(-1)!;
    await v.driver.clickButton({ user: pocOfficer.id, channel: dm.channel, ts: dm.ts, actionId: 'followup.update' });
    await v.fake.waitFor(() => v.fake.openViews(pocOfficer.id).length > 0);
    view = v.fake.openViews(pocOfficer.id).at(-1)!.id;
    expect(textOf(v.fake.openViews(pocOfficer.id).at(-1))).toContain('Quick reaction force · QRF Beni · 22 Nov 2026, 07:00 (Kinshasa)');
    expect(await submit(v, pocOfficer.id, view, { text: 'Attackers withdrew towards the park', outcome_of: '1' })).toEqual({});
    expect(v.db.prepare('SELECT outcome, outcome_at FROM response_actions WHERE id = 1').get()).toEqual({ outcome: 'Attackers withdrew towards the park', outcome_at: v.clock.now() });
    expect(getAlert(v.db, 1)!.status).toBe('monitoring');
    expect(eventsOf(v.db, 1).at(-1)).toMatchObject({ type: 'outcome_recorded', data: { responseId: 1, status: ['responding', 'monitoring'] } });
    expect(threadOf(v, 'hr').at(-1)).toBe(`🎯 Outcome of the response of 22 Nov 2026, 07:00 (Kinshasa), from <@${pocOfficer.id}> · now *Monitoring*:\nAttackers withdrew towards the park`);
    // Asked from the DM, answered in the DM.
    expect(v.fake.dms(pocOfficer.id).at(-1)!.text).toBe('Outcome recorded on A-1. It is now Monitoring.');
  });

  it('computes time to first response across a day boundary and two time zones, and shows it in each section’s zone', async () => {
    // 23:40 in Kinshasa (UTC+1) on 22 Nov: 22:40 UTC.
    v.clock.set(Date.UTC(2026, 10, 22, 22, 40));
    await report(v, KAMANGO);
    v.clock.set(Date.UTC(2026, 10, 22, 23, 20));
    // The Beni field office (Lubumbashi, UTC+2) logs a patrol at 01:10 on 23 Nov its time: 23:10 UTC on the 22nd.
    const view = await openModal(v, beniLead.id, 'fo-beni', 'followup.respond');
    expect(textOf(v.fake.openViews(beniLead.id).at(-1))).toContain('"initial_date":"2026-11-23"');
    expect(await submit(v, beniLead.id, view, { type: 'patrol', date: '2026-11-23', time: '01:10' })).toEqual({});
    expect(v.db.prepare('SELECT at FROM response_actions').pluck().get()).toBe(Date.UTC(2026, 10, 22, 23, 10));
    expect(threadOf(v, 'fo-beni').at(-1)).toContain('23 Nov 2026, 01:10 (Lubumbashi) · 30 min after the alert');
    expect(threadOf(v, 'poc').at(-1)).toContain('23 Nov 2026, 00:10 (Kinshasa) · 30 min after the alert');
    const shown = await v.driver.slashCommand({ user: beniLead.id, channel: channelOf(v, 'fo-beni'), text: 'show A-1' });
    expect(textOf(shown.body)).toContain('*to first response* 30 min');
    expect(textOf(shown.body)).toContain('Patrol · 23 Nov 2026, 01:10 (Lubumbashi) · 30 min after the alert');
  });
});

describe('a restricted alert', () => {
  it('keeps update text and response details out of stub threads and stub cards, and refuses an owner who may not see it', async () => {
    await report(v, '3 femmes violées à Minova par des hommes armés, témoin: Mme Zawadi');
    const stubs = ['poc', 'hr', 'fo-goma'];
    for (const section of stubs) expect(buttonsOf(card(v, section)), section).toEqual([]);
    expect(buttonsOf(card(v, 'crsv'))).toContain('Take ownership');

    expect(await press(v, crsvAdviser.id, 'crsv', 'followup.take_ownership')).toContain('You own A-1 now.');
    let view = await openModal(v, crsvAdviser.id, 'crsv', 'followup.update');
    expect(await submit(v, crsvAdviser.id, view, { text: 'Survivors referred to Panzi; Mme Zawadi interviewed' })).toEqual({});
    view = await openModal(v, crsvAdviser.id, 'crsv', 'followup.respond');
    expect(await submit(v, crsvAdviser.id, view, { type: 'referral', unit: 'Panzi hospital team' })).toEqual({});

    expect(threadOf(v, 'crsv').join('\n')).toContain('Mme Zawadi interviewed');
    expect(threadOf(v, 'crsv').join('\n')).toContain('Panzi hospital team');
    for (const section of stubs) {
      const thread = threadOf(v, section).join('\n');
      // What happened, never who: the people working a restricted case are not named to non-members (issue 12).
      expect(thread, section).toContain('👤 A-1 has an owner.');
      expect(thread, section).toContain('📝 A-1 was updated. Details are with the restricted sections.');
      expect(thread, section).toContain('🚓 A response to A-1 was logged · now *Responding*.');
      for (const secret of ['Zawadi', 'Panzi', 'femmes', 'referral', 'Referral', crsvAdviser.id]) expect(thread, `${section} leaks ${secret}`).not.toContain(secret);
      const stub = textOf(v.fake.message(channelOf(v, section), card(v, section).ts));
      expect(stub, section).toContain('Responding');
      expect(stub, section).not.toContain('Zawadi');
    }

    // The PoC officer is not in the CRSV channel: refused, and told why.
    view = await openModal(v, crsvAdviser.id, 'crsv', 'followup.assign');
    const errors = await submit(v, crsvAdviser.id, view, { assignee: pocOfficer.id });
    expect(errors.assignee).toBe(
      `<@${pocOfficer.id}> cannot be given A-1: it is restricted, and they are not in a restricted section holding it (Women Protection / CRSV (<#G0CRSV0001>)). Choose someone there, or have them added to that channel first.`,
    );
    expect(v.fake.dms(pocOfficer.id)).toEqual([]);
    // The CRSV lead may: she gets the full card by DM.
    expect(await submit(v, crsvAdviser.id, view, { assignee: crsvLead.id })).toEqual({});
    expect(textOf(v.fake.dms(crsvLead.id).at(-1))).toContain('3 femmes violées à Minova');
  });
});
