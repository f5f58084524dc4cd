import { afterEach, describe, expect, it } from 'vitest';
import { getAlert } from '../../src/alerts/service.js';
import { loadMission } from '../../src/config/mission.js';
import { GENERAL_CHANNEL, PEOPLE } from '../../src/fake-slack/index.js';
import { tasksOf } from '../../src/followup/service.js';
import { eventsOf } from '../../src/store/events.js';
import { buttonsOf, channelOf, command, eventTypes, press, report, threadOf } from './followup-helpers.js';
import { answerTo, homeOf } from './confidentiality-helpers.js';
import { startVeille, textOf, type Running } from './harness.js';

/**
 * Restricted details follow membership, as Slack says it now: the owner of a restricted alert who
 * has left (or been taken out of) the restricted section's channel reads it as any non-member does,
 * in App Home and `/alert list` as in `/alert show`: the territory, not the village, no buttons, and
 * not the text of a task she was given on it.
 */

let v: Running;
afterEach(async () => {
  expect(v.fake.violations).toEqual([]);
  await v.stop();
});

const { focalPoint, crsvAdviser, crsvLead, pocOfficer, cpLead } = PEOPLE;
const TASK = 'Canary-Task-Family';

/** Someone leaves a channel (or is taken out): Slack's members change and Slack sends member_left_channel. */
async function leaves(section: string, user: string): Promise<void> {
  const channel = section === 'general' ? GENERAL_CHANNEL : channelOf(v, section);
  v.fake.setMember(channel, user, false);
  const channelType = v.mission.sections.find((s) => s.channel === channel)?.restricted ? 'G' : 'C';
  await v.driver.event({ type: 'member_left_channel', user, channel, channel_type: channelType, team: 'T0VEILLE01' });
  await v.settle();
}

/** Everything Veille stored: a leave that changes nothing leaves these as they were. */
function stored(): { events: unknown[]; outbox: unknown[]; tasks: unknown[]; alerts: unknown[] } {
  const all = (sql: string) => v.db.prepare(sql).all();
  return { events: all('SELECT * FROM events ORDER BY id'), outbox: all('SELECT id, kind, payload FROM outbox ORDER BY id'), tasks: all('SELECT * FROM tasks ORDER BY id'), alerts: all('SELECT * FROM alerts ORDER BY id') };
}

/** The CRSV adviser is given A-1 (a CRSV report) and a task on it by the CRSV lead: a DM copy of its card each. */
async function givenToTheAdviser(): Promise<void> {
  await report(v, '3 women raped in Minova by armed men', focalPoint.id);
  expect(await command(v, `assign A-1 <@${crsvAdviser.id}|grace>`, crsvLead.id)).toContain('A-1');
  expect(await command(v, `task A-1 <@${crsvAdviser.id}|grace> Visit ${TASK} at the parish`, crsvLead.id)).toContain('Task added to A-1');
  expect(getAlert(v.db, 1)).toMatchObject({ owner: crsvAdviser.id, sensitivity: 'restricted' });
  expect(textOf(v.fake.finalMessages(v.fake.dmChannelId(crsvAdviser.id)))).toContain('Minova');
}

describe('the owner of a restricted alert who left the restricted channel', () => {
  it('no longer reads its village in App Home or /alert list, as /alert show already says', async () => {
    v = await startVeille();
    await report(v, '3 women raped in Minova by armed men', focalPoint.id);
    expect(await press(v, crsvAdviser.id, 'crsv', 'followup.take_ownership')).toContain('You own A-1 now.');
    expect(await command(v, `task A-1 <@${crsvAdviser.id}|grace> Visit Canary-Task-Family at the parish`, crsvLead.id)).toContain('Task added to A-1');
    // Control: while in the channel, she reads it in full.
    expect(await homeOf(v, crsvAdviser.id)).toContain('Minova');
    expect(await homeOf(v, crsvAdviser.id)).toContain('Canary-Task-Family');
    expect(await answerTo(v, 'list', crsvAdviser.id)).toContain('Minova');

    // She moves on to another post and is taken out of the CRSV channel; Slack says so (the cache expires).
    v.fake.setMember(channelOf(v, 'crsv'), crsvAdviser.id, false);
    v.slack.membership.forget();

    const show = await answerTo(v, 'show A-1', crsvAdviser.id);
    expect(show).toContain('Kalehe');
    expect(show).not.toContain('Minova');
    const home = await homeOf(v, crsvAdviser.id);
    expect(home).toContain('🔒');
    expect(home).toContain('*A-1*');
    expect(home).not.toContain('Minova');
    expect(home).not.toContain('Canary-Task-Family');
    expect(home).toContain('📌 *A-1*');
    // Her task can still be marked done (it is hers), but says nothing of the case.
    expect(buttonsOf(v.fake.homeView(crsvAdviser.id))).toEqual(['Done']);
    const list = await answerTo(v, 'list', crsvAdviser.id);
    expect(list).toContain('*A-1*');
    expect(list).not.toContain('Minova');
  });
});

describe('leaving a restricted section’s channel (member_left_channel)', () => {
  it('releases the owner of a CRSV alert who leaves #crsv: event stored, DM copies withdrawn, the CRSV thread told, off their list', async () => {
    v = await startVeille();
    await givenToTheAdviser();
    expect(await answerTo(v, 'list mine', crsvAdviser.id)).toContain('A-1');

    await leaves('crsv', crsvAdviser.id);

    expect(getAlert(v.db, 1)!.owner).toBeNull();
    expect(eventsOf(v.db, 1).find((e) => e.type === 'owner_released')).toMatchObject({ actor: 'veille', data: { owner: crsvAdviser.id, why: 'left_channel' } });
    expect(eventsOf(v.db, 1).find((e) => e.type === 'task_released')).toMatchObject({ data: { owner: crsvAdviser.id, why: 'left_channel' } });
    expect(tasksOf(v.db, 1)[0]!.doneAt).not.toBeNull();
    const history = await answerTo(v, 'show A-1 history', crsvLead.id);
    expect(history).toContain(`released <@${crsvAdviser.id}> as owner: left a restricted section holding it, in no other`);
    expect(history).toContain(`released <@${crsvAdviser.id}> from a task: left a restricted section holding it, in no other`);
    // Every DM she was sent about it (the card's copy when assigned, the task's) now reads as the notice.
    const dms = v.fake.finalMessages(v.fake.dmChannelId(crsvAdviser.id));
    expect(dms.length).toBeGreaterThan(0);
    for (const dm of dms) {
      expect(dm.text).toBe(`🔒 A-1 is restricted and you are no longer in a section holding it: this message was withdrawn. Details are with Women Protection / CRSV (<#${channelOf(v, 'crsv')}>).`);
    }
    expect(textOf(dms)).not.toContain('Minova');
    expect(textOf(dms)).not.toContain(TASK);
    // The CRSV section hears it in A-1's thread, its lead mentioned, with the task to give again.
    const told = threadOf(v, 'crsv').at(-1)!;
    expect(told).toContain(`🚪 <@${crsvLead.id}>: <@${crsvAdviser.id}> left <#${channelOf(v, 'crsv')}> and is in no other restricted section holding A-1: they were released from it.`);
    expect(told).toContain('A-1 has no owner now. Take ownership or assign it.');
    expect(told).toContain(`The task “Visit ${TASK} at the parish” of <@${crsvAdviser.id}> was released and closed, not done.`);
    // Her App Home is drawn again without it, and her list no longer has it.
    await v.fake.waitFor(() => !textOf(v.fake.homeView(crsvAdviser.id)).includes('Minova'), { what: 'her Home without A-1 in full' });
    expect(await answerTo(v, 'list mine', crsvAdviser.id)).not.toContain('A-1');
    // Its reminders restart for the CRSV section: unowned, the lead is asked to take it.
    v.clock.advance(65 * 60_000);
    await v.runtime.tick();
    await v.settle();
    expect(threadOf(v, 'crsv').at(-1)).toContain(`<@${crsvLead.id}>: please take ownership or assign it.`);
  });

  it('releases only the task of someone who leaves #crsv holding a task on an alert another owns', async () => {
    v = await startVeille();
    await report(v, '3 women raped in Minova by armed men', focalPoint.id);
    expect(await press(v, crsvLead.id, 'crsv', 'followup.take_ownership')).toContain('You own A-1 now.');
    expect(await command(v, `task A-1 <@${crsvAdviser.id}|grace> Visit ${TASK} at the parish`, crsvLead.id)).toContain('Task added to A-1');
    expect(textOf(v.fake.finalMessages(v.fake.dmChannelId(crsvAdviser.id)))).toContain(TASK);

    await leaves('crsv', crsvAdviser.id);

    expect(getAlert(v.db, 1)!.owner).toBe(crsvLead.id);
    expect(eventTypes(v, 1)).not.toContain('owner_released');
    expect(tasksOf(v.db, 1)[0]!.doneAt).not.toBeNull();
    const told = threadOf(v, 'crsv').at(-1)!;
    expect(told).toContain(`<@${crsvAdviser.id}> left <#${channelOf(v, 'crsv')}>`);
    expect(told).toContain(`The task “Visit ${TASK} at the parish” of <@${crsvAdviser.id}> was released and closed, not done.`);
    expect(told).not.toContain('no owner');
    expect(textOf(v.fake.finalMessages(v.fake.dmChannelId(crsvAdviser.id)))).not.toContain(TASK);
  });

  it('keeps as owner someone who is also in another restricted section holding it', async () => {
    v = await startVeille();
    v.fake.setMember(channelOf(v, 'cp'), crsvAdviser.id, true);
    // A threat its reporter marks restricted, under a category no restricted section receives: held by CRSV and Child Protection.
    await report(v, 'Informant threatened with death by CODECO in Nizi after warning the patrol restricted:yes', focalPoint.id);
    expect(await press(v, crsvAdviser.id, 'crsv', 'followup.take_ownership')).toContain('You own A-1 now.');
    const before = threadOf(v, 'cp').length;

    await leaves('crsv', crsvAdviser.id);

    expect(getAlert(v.db, 1)!.owner).toBe(crsvAdviser.id);
    expect(eventTypes(v, 1)).not.toContain('owner_released');
    expect(threadOf(v, 'cp')).toHaveLength(before);
    expect(await answerTo(v, 'show A-1', crsvAdviser.id)).toContain('Nizi');

    // She leaves Child Protection too: now released, and both sections holding it hear it.
    await leaves('cp', crsvAdviser.id);
    expect(getAlert(v.db, 1)!.owner).toBeNull();
    expect(threadOf(v, 'cp').at(-1)).toContain(`🚪 <@${cpLead.id}>: <@${crsvAdviser.id}> left <#${channelOf(v, 'cp')}> and is in no other restricted section holding A-1`);
    expect(threadOf(v, 'crsv').at(-1)).toContain(`🚪 <@${crsvLead.id}>: <@${crsvAdviser.id}> left <#${channelOf(v, 'cp')}>`);
  });

  it('leaves the owner of a standard alert its owner when they leave #crsv', async () => {
    v = await startVeille();
    await report(v, 'Armed men attacked Kamango market this morning, 4 killed, ADF suspected', focalPoint.id);
    expect(await press(v, crsvAdviser.id, 'poc', 'followup.take_ownership')).toContain('You own A-1 now.');
    const before = stored();

    await leaves('crsv', crsvAdviser.id);

    expect(getAlert(v.db, 1)!.owner).toBe(crsvAdviser.id);
    expect(stored()).toEqual(before);
  });

  it('never releases the reporter: a CRSV adviser who reported and owns her report keeps it after leaving #crsv', async () => {
    v = await startVeille();
    await report(v, '3 women raped in Minova by armed men', crsvAdviser.id);
    expect(await press(v, crsvAdviser.id, 'crsv', 'followup.take_ownership')).toContain('You own A-1 now.');
    const before = stored();

    await leaves('crsv', crsvAdviser.id);

    expect(getAlert(v.db, 1)).toMatchObject({ owner: crsvAdviser.id, reportedBy: crsvAdviser.id });
    expect(stored()).toEqual(before);
    expect(await answerTo(v, 'show A-1', crsvAdviser.id)).toContain('Minova');
  });

  it('tells a French-speaking restricted section in French', async () => {
    const mission = loadMission('data/mission.example.json');
    mission.sections.find((s) => s.id === 'crsv')!.language = 'fr';
    v = await startVeille({ mission });
    await givenToTheAdviser();

    await leaves('crsv', crsvAdviser.id);

    const told = threadOf(v, 'crsv').at(-1)!;
    expect(told).toContain(`🚪 <@${crsvLead.id}> : <@${crsvAdviser.id}> a quitté <#${channelOf(v, 'crsv')}> et n'est membre d'aucune autre section restreinte qui détient A-1 : A-1 ne lui est plus confiée.`);
    expect(told).toContain("A-1 n'a plus de responsable. Prenez-la en charge ou attribuez-la.");
    expect(told).toContain(`La tâche « Visit ${TASK} at the parish » de <@${crsvAdviser.id}> a été libérée et close, sans être faite.`);
  });

  it('changes nothing when the channel left is not a restricted section’s', async () => {
    v = await startVeille();
    await givenToTheAdviser();
    const before = stored();

    await leaves('poc', crsvAdviser.id);
    await leaves('general', crsvAdviser.id);
    // Nor when someone leaves #crsv who works nothing there.
    await leaves('crsv', pocOfficer.id);

    expect(stored()).toEqual(before);
    expect(getAlert(v.db, 1)!.owner).toBe(crsvAdviser.id);
    expect(threadOf(v, 'crsv').join('\n')).not.toContain('🚪');
  });
});
