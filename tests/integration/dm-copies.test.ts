import { describe, expect, it } from 'vitest';
import { getAlert } from '../../src/alerts/service.js';
import { PEOPLE } from '../../src/fake-slack/index.js';
import { textOf, type Running } from './harness.js';
import { startVeilleForEachTest } from './each-test.js';
import { buttonsOf, card, command, openModal, press, report, submit } from './followup-helpers.js';
import { editAsReporter, reportWithConfirmation } from './confidentiality-helpers.js';

/**
 * Issue 18: a DM copy of a card ("You own A-1 now", with its buttons) is kept current like the
 * channel cards, and becomes a short line once it is no longer its reader's. Every assertion reads
 * the DM as Slack holds it at the end, after every chat.update.
 */

let v: Running;
startVeilleForEachTest((running) => (v = running));

const { focalPoint, pocOfficer, hrOfficer, pocLead, crsvAdviser } = PEOPLE;
const KAMANGO = 'Armed men attacked Kamango market this morning, 4 killed, ADF suspected';

/** The DMs Veille sent a person, as they read now (oldest first). */
const dmsOf = (user: string) => v.fake.dms(user).map((m) => v.fake.message(m.channel, m.ts)!);
/** The DM copies of A-1's card a person got (the DMs about A-1 that carried its card when sent). */
const copiesOf = (user: string) => dmsOf(user).filter((m) => m.text.includes('A-1'));

describe('the DM copy of a card', () => {
  it('after reassign, verify and close: the old owner’s DM is a short line naming the new owner, the new owner’s shows the card as it is now', async () => {
    await report(v, KAMANGO);
    expect(await press(v, pocOfficer.id, 'poc', 'followup.take_ownership')).toContain('A-1');
    const [first] = copiesOf(pocOfficer.id);
    expect(first!.text).toContain('You own A-1 now');
    expect(buttonsOf(first)).toHaveLength(7);

    // Reassigned by the PoC lead, verified and closed by the new owner.
    expect(await command(v, `assign A-1 <@${hrOfficer.id}|jean>`, pocLead.id)).toContain('A-1');
    const view = await openModal(v, hrOfficer.id, 'hr', 'followup.verify');
    expect(await submit(v, hrOfficer.id, view, { verification: 'verified', reliability: 'B', credibility: '2', sources: '3' })).toEqual({});
    expect(await command(v, 'close A-1 resolved QRF deployed; attackers withdrew', hrOfficer.id)).toContain('A-1');
    expect(getAlert(v.db, 1)).toMatchObject({ owner: hrOfficer.id, status: 'closed', verification: 'verified' });

    // The old owner's DM: one short line, no card, no buttons.
    const old = copiesOf(pocOfficer.id);
    expect(old).toHaveLength(1);
    expect(old[0]!.text).toBe(`👤 *A-1* is now owned by <@${hrOfficer.id}>.`);
    expect(old[0]!.blocks ?? []).toEqual([]);
    expect(buttonsOf(old[0])).toEqual([]);

    // The new owner's DM: the card as the channel shows it now.
    const mine = copiesOf(hrOfficer.id);
    expect(mine).toHaveLength(1);
    const shown = textOf(mine[0]!.blocks);
    expect(mine[0]!.text).toContain(`assigned A-1 to you`);
    expect(shown).toContain('*Status*\\nClosed');
    expect(shown).toContain('*Verification*\\nVerified');
    expect(shown).toContain(`*Owner*\\n<@${hrOfficer.id}>`);
    expect(buttonsOf(mine[0])).toEqual(['Reopen']);
    // Closed: no "next update due" line is left on it.
    expect(shown).not.toContain('due by');
    // The channel card says the same.
    expect(textOf(v.fake.message(card(v, 'hr').channel, card(v, 'hr').ts)!.blocks)).toContain('*Status*\\nClosed');
  });

  it('edits each DM once per change, not once per channel the change touched', async () => {
    await report(v, KAMANGO);
    await press(v, pocOfficer.id, 'poc', 'followup.take_ownership');
    const dm = v.fake.dmChannelId(pocOfficer.id);
    const edits = () => v.fake.callsTo('chat.update').filter((c) => c.args.channel === dm).length;
    const before = edits();
    // An update by someone else: the cards in three channels change, the DM once.
    expect(await command(v, 'update A-1 Patrol on its way to Kamango', hrOfficer.id)).toContain('A-1');
    expect(v.fake.callsTo('chat.update').length).toBeGreaterThanOrEqual(before + 3);
    expect(edits() - before).toBe(1);
    expect(textOf(copiesOf(pocOfficer.id)[0]!.blocks)).toContain('*Status*\\nAcknowledged');
  });

  it('a task’s DM becomes a short line once the task is done', async () => {
    await report(v, KAMANGO);
    expect(await command(v, `task A-1 <@${hrOfficer.id}|jean> Call the chief of Kamango due:2h`, pocLead.id)).toContain('Task added to A-1');
    const [task] = copiesOf(hrOfficer.id);
    expect(buttonsOf(task)).toContain('Done');
    await v.driver.clickButton({ user: hrOfficer.id, channel: task!.channel, ts: task!.ts, actionId: 'followup.task_done' });
    await v.fake.waitFor(() => v.fake.responses({ user: hrOfficer.id }).length > 0, { what: 'the answer to Done' });
    await v.settle();
    const after = copiesOf(hrOfficer.id);
    expect(after).toHaveLength(1);
    expect(after[0]!.text).toBe('☑️ Your task on *A-1* is done.');
    expect(buttonsOf(after[0])).toEqual([]);
  });
});

describe('a DM copy withdrawn because the alert became restricted', () => {
  it('stays the notice through every later change: never drawn as a card again for someone who may not read it', async () => {
    const CANARY = 'Canary-DM-Copy-Word';
    const confirmation = await reportWithConfirmation(v, `${KAMANGO}, ${CANARY}`, focalPoint.id);
    // The PoC officer (not in the CRSV channel) owns it while it is standard.
    await press(v, pocOfficer.id, 'poc', 'followup.take_ownership');
    expect(textOf(copiesOf(pocOfficer.id)[0]!.blocks)).toContain(CANARY);

    expect(await editAsReporter(v, focalPoint.id, confirmation, { category: 'crsv' })).toEqual({});
    expect(getAlert(v.db, 1)).toMatchObject({ sensitivity: 'restricted', owner: null });
    const notice = copiesOf(pocOfficer.id)[0]!;
    expect(notice.text).toMatch(/^🔒 A-1 is now restricted/);

    // The alert goes on changing in the CRSV section: taken, updated, verified, closed.
    const crsv = 'crsv';
    await press(v, crsvAdviser.id, crsv, 'followup.take_ownership');
    expect(await command(v, 'update A-1 Survivors referred', crsvAdviser.id)).toContain('A-1');
    const view = await openModal(v, crsvAdviser.id, crsv, 'followup.verify');
    expect(await submit(v, crsvAdviser.id, view, { verification: 'verified', reliability: 'B', credibility: '2', sources: '2' })).toEqual({});
    expect(await command(v, 'close A-1 resolved Referred to services', crsvAdviser.id)).toContain('A-1');

    // The old owner's DM still says the notice, and nothing more: no card, no new owner named.
    const final = copiesOf(pocOfficer.id);
    expect(final).toHaveLength(1);
    expect(final[0]!.text).toBe(notice.text);
    expect(final[0]!.blocks ?? []).toEqual([]);
    expect(textOf(dmsOf(pocOfficer.id))).not.toContain(CANARY);
    expect(textOf(dmsOf(pocOfficer.id))).not.toContain(crsvAdviser.id);
    // The CRSV adviser, who may read it, has her copy current.
    const hers = copiesOf(crsvAdviser.id);
    expect(textOf(hers[0]!.blocks)).toContain('*Status*\\nClosed');
    expect(textOf(hers[0]!.blocks)).toContain(CANARY);
  });
});
