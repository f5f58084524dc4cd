import { describe, expect, it } from 'vitest';
import { PEOPLE } from '../../src/fake-slack/index.js';
import { eventsOf } from '../../src/store/events.js';
import { textOf, type Running } from './harness.js';
import { startVeilleForEachTest } from './each-test.js';
import { card, channelOf, command, openModal, press, report, submit } from './followup-helpers.js';
import { homeOf } from './confidentiality-helpers.js';

/**
 * The private answers to a click or a command name no one working a restricted case to someone
 * outside the restricted sections holding it: "already owned by", "already acknowledged by",
 * "already owns" are said without the name to its reporter outside those sections and to a
 * section lead (by the config) who is not in the channel — whichever way they got there: a stale
 * App Home, a hand-made click on a stub, a command.
 */

let v: Running;
startVeilleForEachTest((running) => (v = running));

const { focalPoint, crsvAdviser, crsvLead } = PEOPLE;
const MINOVA = '3 women raped in Minova by armed men';

/** A click made by hand (a stale card, a forged payload) on the alert's stub in the PoC channel. */
async function clickOnStub(user: string, actionId: string): Promise<string> {
  const before = v.fake.responses({ user }).length;
  const stub = card(v, 'poc');
  await v.driver.blockAction({ user, channel: stub.channel, messageTs: stub.ts, actions: [{ action_id: actionId, value: '1', type: 'button' }] });
  await v.fake.waitFor(() => v.fake.responses({ user }).length > before, { what: `the answer to ${actionId}` });
  await v.settle();
  return textOf(v.fake.responses({ user }).at(-1)!.body);
}

describe('answers about a restricted alert already taken in hand', () => {
  it('do not name its owner or who acknowledged it to its reporter outside the restricted section (stale App Home, stub click, command)', async () => {
    await report(v, MINOVA, focalPoint.id);
    // The reporter's Home, opened while no one had it: Take ownership is offered.
    await homeOf(v, focalPoint.id);
    const home = v.fake.homeView(focalPoint.id)!;
    expect(await press(v, crsvAdviser.id, 'crsv', 'followup.take_ownership')).toContain('You own A-1 now.');

    await v.driver.clickButton({ user: focalPoint.id, viewId: home.id, actionId: 'followup.take_ownership', blockId: 'home.unack.1' });
    await v.fake.waitFor(() => textOf(v.fake.homeView(focalPoint.id)).includes('💬'), { what: 'the answer on Home' });
    await v.settle();
    const onHome = textOf(v.fake.homeView(focalPoint.id));
    expect(onHome).toContain('A-1 already has an owner');
    expect(onHome).toContain('<#G0CRSV0001>');
    expect(onHome).not.toContain(crsvAdviser.id);

    const taken = await clickOnStub(focalPoint.id, 'followup.take_ownership');
    expect(taken).toContain('A-1 already has an owner');
    expect(taken).not.toContain(crsvAdviser.id);
    const acknowledged = await clickOnStub(focalPoint.id, 'followup.acknowledge');
    expect(acknowledged).toContain('A-1 was already acknowledged.');
    expect(acknowledged).not.toContain(crsvAdviser.id);

    // Naming a guess confirms nothing: who works it is the section's to choose, so the answer is the same
    // whoever is named (it would otherwise say who owns it, or who is in the restricted channel).
    const guessed = await command(v, `assign A-1 <@${crsvAdviser.id}|grace>`, focalPoint.id);
    const other = await command(v, `assign A-1 <@${PEOPLE.pocOfficer.id}|amina>`, focalPoint.id);
    expect(guessed).toContain('You cannot reassign A-1');
    expect(guessed).toContain('<#G0CRSV0001>');
    expect(other).toBe(guessed);
    expect(await command(v, `task A-1 <@${PEOPLE.pocOfficer.id}|amina> Visit the family`, focalPoint.id)).toContain('You cannot give others tasks on A-1');
    expect(eventsOf(v.db, 1).filter((e) => e.type === 'owner_assigned')).toHaveLength(1);

    // Control: a member of the CRSV section is told who.
    expect(await press(v, crsvLead.id, 'crsv', 'followup.take_ownership')).toContain(`A-1 is already owned by <@${crsvAdviser.id}>`);
    expect(await press(v, crsvLead.id, 'crsv', 'followup.acknowledge')).toContain(`by <@${crsvAdviser.id}>`);
  });

  it('do not name its owner to a section lead by the config who is not in the restricted channel', async () => {
    v.fake.setMember(channelOf(v, 'crsv'), crsvLead.id, false);
    await report(v, MINOVA, focalPoint.id);
    expect(await press(v, crsvAdviser.id, 'crsv', 'followup.take_ownership')).toContain('You own A-1 now.');
    const taken = await clickOnStub(crsvLead.id, 'followup.take_ownership');
    expect(taken).toContain('A-1 already has an owner');
    expect(taken).not.toContain(crsvAdviser.id);
    const acknowledged = await clickOnStub(crsvLead.id, 'followup.acknowledge');
    expect(acknowledged).toContain('A-1 was already acknowledged.');
    expect(acknowledged).not.toContain(crsvAdviser.id);
  });
});

/** A modal opened by a hand-made click on the stub in the PoC channel; resolves with the modal, or with the private answer when refused. */
async function modalFromStub(user: string, actionId: string): Promise<string> {
  const views = v.fake.callsTo('views.open').length;
  const answers = v.fake.responses({ user }).length;
  const stub = card(v, 'poc');
  await v.driver.blockAction({ user, channel: stub.channel, messageTs: stub.ts, actions: [{ action_id: actionId, value: '1', type: 'button' }] });
  await v.fake.waitFor(() => v.fake.callsTo('views.open').length > views || v.fake.responses({ user }).length > answers, { what: `the modal of ${actionId}` });
  await v.settle();
  return v.fake.callsTo('views.open').length > views ? textOf(v.fake.openViews(user).at(-1)) : textOf(v.fake.responses({ user }).at(-1)!.body);
}

describe('the follow-up forms of a restricted alert opened by its reporter outside the restricted section', () => {
  it('show nothing the section added: no response to give an outcome to, no verification to change', async () => {
    await report(v, MINOVA, focalPoint.id);
    const respond = await openModal(v, crsvAdviser.id, 'crsv', 'followup.respond');
    expect(await submit(v, crsvAdviser.id, respond, { type: 'referral', unit: 'Mobile clinic unit 7' })).toEqual({});
    const verify = await openModal(v, crsvAdviser.id, 'crsv', 'followup.verify');
    expect(await submit(v, crsvAdviser.id, verify, { verification: 'verified', reliability: 'B', credibility: '2', sources: '3' })).toEqual({});

    const update = await modalFromStub(focalPoint.id, 'followup.update');
    expect(update).toContain('Add update');
    expect(update).not.toContain('Mobile clinic unit 7');
    expect(update).not.toContain('outcome_of');
    const verifying = await modalFromStub(focalPoint.id, 'followup.verify');
    expect(verifying).toContain('You cannot verify A-1');
    expect(verifying).toContain('<#G0CRSV0001>');
    expect(verifying).not.toContain('initial_option');

    // Control: a member of the section sees the response to give its outcome to, and the grading as it is.
    const forMember = await openModal(v, crsvLead.id, 'crsv', 'followup.update');
    const member = textOf(v.fake.openViews(crsvLead.id).find((view) => view.id === forMember));
    expect(member).toContain('Mobile clinic unit 7');
    const grading = await openModal(v, crsvLead.id, 'crsv', 'followup.verify');
    expect(textOf(v.fake.openViews(crsvLead.id).find((view) => view.id === grading))).toContain('initial_option');
  });
});
