import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getAlert, postedCard } from '../../src/alerts/service.js';
import { PEOPLE } from '../../src/fake-slack/index.js';
import { tasksOf } from '../../src/followup/service.js';
import { eventsOf } from '../../src/store/events.js';
import { startVeille, textOf, type Running } from './harness.js';
import { card, channelOf, command, press, threadOf } from './followup-helpers.js';
import { answerTo, editAsReporter, homeOf, leaks, personalPlaces, reportWithConfirmation } from './confidentiality-helpers.js';

/**
 * Issue 12, point 1 and "re-categorisation both ways": an alert that changes after it went out.
 * Standard → restricted restricts everywhere it already went; restricted → standard posts the full
 * card where the stubs were. Every assertion reads what Slack holds at the end (after every chat.update).
 */

let v: Running;

/** The thread of A-1's card in the CRSV channel (its digests post there too, so found by the stored card). */
function crsvThread(): string[] {
  const channel = channelOf(v, 'crsv');
  return v.fake.thread(channel, postedCard(v.db, 1, channel)!.ts).map((m) => m.text);
}
beforeEach(async () => {
  v = await startVeille();
});
afterEach(async () => {
  expect(v.fake.violations).toEqual([]);
  await v.stop();
});

const { focalPoint, pocOfficer, hrOfficer, crsvAdviser, crsvLead } = PEOPLE;
const SURVIVOR = 'Canary-Survivor-Name';
const TASK = 'Canary-Task-Text';
const DESCRIPTION = 'Canary-Description-Word';
const LATER = 'Canary-After-Restriction';
const KAMANGO = `Armed men attacked Kamango market this morning, 4 killed, ADF suspected, ${DESCRIPTION}`;

describe('a standard alert re-categorised as CRSV by its reporter’s Edit', () => {
  it('is restricted everywhere it already went: stubs, thread replies and DMs edited down, owner and task owner released, the CRSV section told', async () => {
    const confirmation = await reportWithConfirmation(v, KAMANGO, focalPoint.id);
    // Worked as a standard alert: an owner, an update naming a survivor, a task for someone else.
    expect(await press(v, pocOfficer.id, 'poc', 'followup.take_ownership')).toContain('You own A-1 now.');
    expect(await command(v, `update A-1 ${SURVIVOR} was taken to the health centre`, pocOfficer.id)).toContain('Update added on A-1');
    expect(await command(v, `task A-1 <@${hrOfficer.id}|jean> Visit ${TASK} at the market due:2h`, pocOfficer.id)).toContain('Task added to A-1');
    // A day passes without news: reminders, the task's reminder, the escalation (JOC post, leads' DMs).
    for (let i = 0; i < 4; i += 1) {
      v.clock.advance(6 * 60 * 60_000 + 60_000);
      await v.runtime.tick();
    }
    await v.settle();
    expect(textOf(v.fake.finalMessages(v.mission.escalationChannel))).toContain('Kamango');
    // Before: the canaries are in the PoC thread and the DMs (this is what must be undone).
    expect(threadOf(v, 'poc').join('\n')).toContain(SURVIVOR);
    expect(textOf(v.fake.dms(hrOfficer.id))).toContain(TASK);
    const pocCard = card(v, 'poc');
    // The owner has his Home tab open: it shows A-1 as his, in full.
    expect(await homeOf(v, pocOfficer.id)).toContain('Kamango');

    expect(await editAsReporter(v, focalPoint.id, confirmation, { category: 'crsv' })).toEqual({});

    const alert = getAlert(v.db, 1)!;
    expect(alert).toMatchObject({ category: 'crsv', sensitivity: 'restricted', owner: null });
    // Cards: stubs in place (same message, edited), the full card only in the CRSV channel.
    for (const section of ['poc', 'hr', 'fo-beni']) {
      const stub = textOf(v.fake.message(channelOf(v, section), card(v, section).ts));
      expect(stub, section).toContain('🔒 A-1');
      expect(stub, section).not.toContain('Kamango market');
    }
    expect(v.fake.messages(channelOf(v, 'poc'))[0]!.ts).toBe(pocCard.ts);
    expect(textOf(v.fake.message(channelOf(v, 'crsv'), postedCard(v.db, 1, channelOf(v, 'crsv'))!.ts))).toContain(DESCRIPTION);
    // Every thread reply posted in the stub channels now reads as a notice.
    for (const section of ['poc', 'hr', 'fo-beni']) {
      for (const reply of threadOf(v, section).slice(0, 3)) expect(reply, section).toMatch(/^🔒 A-1 is now restricted/);
    }
    // The DMs of the owner and the task owner, who are not in the CRSV channel, are edited down too.
    for (const user of [pocOfficer.id, hrOfficer.id]) {
      const dms = v.fake.finalMessages(v.fake.dmChannelId(user));
      expect(dms.length, user).toBeGreaterThan(0);
      for (const dm of dms.slice(0, 1)) expect(dm.text, user).toMatch(/^🔒 A-1 is now restricted/);
      expect(dms.every((m) => m.blocks === undefined || m.blocks.length === 0 || !textOf(m.blocks).includes('Kamango'))).toBe(true);
    }
    // Released, each with an event in the audit trail; the task no longer belongs to the HR officer.
    const types = eventsOf(v.db, 1).map((e) => e.type);
    expect(types.slice(-4)).toEqual(['edited', 'posts_withdrawn', 'owner_released', 'task_released']);
    expect(eventsOf(v.db, 1).find((e) => e.type === 'owner_released')).toMatchObject({ data: { owner: pocOfficer.id } });
    expect(tasksOf(v.db, 1)[0]).toMatchObject({ owner: hrOfficer.id, text: `Visit ${TASK} at the market` });
    expect(tasksOf(v.db, 1)[0]!.doneAt).not.toBeNull(); // closed for him: off his Home and his reminders
    // The CRSV section is told in its thread, by its lead's name, with the task to give again.
    const told = crsvThread().join('\n');
    expect(told).toContain(`<@${crsvLead.id}>`);
    expect(told).toContain(TASK);
    expect(told).toContain('it has no owner now');
    expect(told).toContain('was released and closed, not done');

    // His open Home tab was drawn again without it (he did not have to reopen it).
    await v.fake.waitFor(() => !textOf(v.fake.homeView(pocOfficer.id)).includes('Kamango'), { what: 'the owner’s Home without A-1 in full' });
    // Nothing of the case is left anywhere outside the CRSV channel and the reporter.
    const allowed = [channelOf(v, 'crsv'), ...personalPlaces(v, focalPoint.id)];
    expect(leaks(v, [SURVIVOR, TASK, DESCRIPTION, 'Kamango'], allowed)).toEqual([]);

    // The released owner can no longer post updates, and his Home and list show a summary only.
    const refused = await command(v, `update A-1 more news`, pocOfficer.id);
    expect(refused).toContain('You cannot update A-1');
    expect(refused).not.toContain(focalPoint.id);
    expect(refused).toContain('G0CRSV0001');
    const home = await homeOf(v, pocOfficer.id);
    expect(home).toContain('🔒');
    expect(home).not.toContain('Kamango');
    const list = await answerTo(v, 'list', pocOfficer.id);
    expect(list).toMatch(/🔒 🟠 \*A-1\*/);
    expect(list).not.toContain('Kamango');

    // Reminders are re-addressed: it has no owner now, and only the CRSV section is asked to take it.
    v.clock.advance(65 * 60_000);
    await v.runtime.tick();
    await v.settle();
    expect(crsvThread().at(-1)).toContain(`A-1 (restricted) has no owner for 1 h 5 min. <@${crsvLead.id}>: please take ownership or assign it.`);
    for (const section of ['poc', 'hr', 'fo-beni']) expect(threadOf(v, section).join('\n'), section).not.toContain('⏰');
    expect(v.fake.finalMessages(v.fake.dmChannelId(pocOfficer.id)).map((m) => m.text).join('\n')).not.toContain('⏰');

    // Control: the CRSV section works it from here, and what it writes stays there.
    await v.driver.clickButton({ user: crsvAdviser.id, channel: channelOf(v, 'crsv'), ts: postedCard(v.db, 1, channelOf(v, 'crsv'))!.ts, actionId: 'followup.take_ownership' });
    await v.fake.waitFor(() => getAlert(v.db, 1)!.owner === crsvAdviser.id, { what: 'the CRSV adviser owning A-1' });
    await v.settle();
    expect(await command(v, `update A-1 ${LATER} met the family`, crsvAdviser.id)).toContain('Update added on A-1');
    expect(crsvThread().join('\n')).toContain(LATER);
    expect(leaks(v, [SURVIVOR, TASK, DESCRIPTION, LATER], [...allowed, ...personalPlaces(v, crsvAdviser.id)])).toEqual([]);
    // The old update is still on record for those allowed to read it.
    expect(await answerTo(v, 'show A-1 history', crsvAdviser.id)).toContain(SURVIVOR);
    expect(await answerTo(v, 'show A-1', crsvAdviser.id)).toContain(`⤴️ released, not done: <@${hrOfficer.id}>: Visit ${TASK} at the market`);
  }, 20_000); // the time it moves through posts digests, each drawing its chart

  it('edits a thread reply that had not left yet before it goes out: the full text never reaches the stub channel', async () => {
    const confirmation = await reportWithConfirmation(v, KAMANGO, focalPoint.id);
    await press(v, pocOfficer.id, 'poc', 'followup.take_ownership');
    // Slack is unreachable for the update's replies: they wait in the outbox while the alert changes.
    v.fake.failNext('chat.postMessage', 3, { httpStatus: 503 });
    await command(v, `update A-1 ${SURVIVOR} was taken to the health centre`, pocOfficer.id);
    expect(await editAsReporter(v, focalPoint.id, confirmation, { category: 'crsv' })).toEqual({});
    v.clock.advance(10 * 60_000);
    await v.settle();
    const sent = v.fake.callsTo('chat.postMessage').filter((c) => c.args.channel !== channelOf(v, 'crsv') && c.args.channel !== v.fake.dmChannelId(focalPoint.id));
    expect(textOf(sent.filter((c) => c.ok))).not.toContain(SURVIVOR);
    expect(leaks(v, [SURVIVOR], [channelOf(v, 'crsv'), ...personalPlaces(v, focalPoint.id)])).toEqual([]);
  });
});

describe('a restricted alert moved from one restricted section to another', () => {
  it('leaves nothing in the section that no longer holds it, and releases the owner who was only there', async () => {
    const confirmation = await reportWithConfirmation(v, `Une femme violée à Minova, ${DESCRIPTION}`, focalPoint.id);
    const crsv = channelOf(v, 'crsv');
    const crsvCard = card(v, 'crsv');
    await v.driver.clickButton({ user: crsvAdviser.id, channel: crsv, ts: crsvCard.ts, actionId: 'followup.take_ownership' });
    await v.fake.waitFor(() => getAlert(v.db, 1)!.owner === crsvAdviser.id, { what: 'the CRSV adviser owning A-1' });
    expect(await command(v, `update A-1 ${SURVIVOR} is 15`, crsvAdviser.id)).toContain('Update added on A-1');
    expect(v.fake.thread(crsv, crsvCard.ts).map((m) => m.text).join('\n')).toContain(SURVIVOR);

    // The survivor is a child: the case belongs to Child Protection, which the CRSV adviser is not in.
    expect(await editAsReporter(v, focalPoint.id, confirmation, { category: 'child_violation' })).toEqual({});

    expect(getAlert(v.db, 1)).toMatchObject({ category: 'child_violation', sensitivity: 'restricted', owner: null });
    expect(v.fake.messages(crsv).filter((m) => m.ts === crsvCard.ts)).toEqual([]); // its card is gone from CRSV
    expect(textOf(card(v, 'cp'))).toContain(DESCRIPTION);
    const cpThread = threadOf(v, 'cp').join('\n');
    expect(cpThread).toContain(`<@${PEOPLE.cpLead.id}>: A-1 is now restricted and held here.`);
    expect(cpThread).toContain(`Its owner <@${crsvAdviser.id}> is not in a restricted section holding it and was released`);
    const allowed = [channelOf(v, 'cp'), ...personalPlaces(v, focalPoint.id), ...personalPlaces(v, PEOPLE.cpLead.id)];
    expect(leaks(v, [SURVIVOR, DESCRIPTION], allowed)).toEqual([]);
  });
});

describe('a restricted alert made standard by its reporter’s Edit', () => {
  it('gets its full card where the stubs were, in every section, edited in place', async () => {
    const confirmation = await reportWithConfirmation(v, `Armed men attacked Kamango market, 4 killed restricted:yes ${DESCRIPTION}`, focalPoint.id);
    expect(getAlert(v.db, 1)!.sensitivity).toBe('restricted');
    const stubs = Object.fromEntries(['poc', 'hr', 'fo-beni'].map((s) => [s, card(v, s).ts]));
    for (const section of Object.keys(stubs)) expect(textOf(card(v, section)), section).not.toContain(DESCRIPTION);

    expect(await editAsReporter(v, focalPoint.id, confirmation, { restricted: [] })).toEqual({});

    expect(getAlert(v.db, 1)!.sensitivity).toBe('standard');
    for (const [section, ts] of Object.entries(stubs)) {
      const channel = channelOf(v, section);
      expect(v.fake.messages(channel), section).toHaveLength(1);
      const now = textOf(v.fake.message(channel, ts));
      expect(now, section).toContain(DESCRIPTION);
      expect(now, section).not.toContain('🔒');
    }
  });
});
