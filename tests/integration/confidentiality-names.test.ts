import { describe, expect, it } from 'vitest';
import { PEOPLE } from '../../src/fake-slack/index.js';
import type { Running } from './harness.js';
import { startVeilleForEachTest } from './each-test.js';
import { channelOf, command, press, report, threadOf } from './followup-helpers.js';
import { answerTo, leaks, personalPlaces } from './confidentiality-helpers.js';

/**
 * Issue 12, point 5: the people working a restricted case (reporter, owner, task owners) are not
 * named to non-members — not in refusals, not in the thread replies of stub channels, not in
 * `/alert show`. A refusal says which section to ask instead.
 */

let v: Running;
startVeilleForEachTest((running) => (v = running));

const { focalPoint, pocOfficer, pocLead, crsvAdviser, crsvLead } = PEOPLE;
/** Minova (Kalehe, South Kivu): the CRSV section holds it; PoC, Human Rights and the Goma office get stubs. */
const MINOVA = '3 femmes violées à Minova par des hommes armés';
const STUBS = ['poc', 'hr', 'fo-goma'];
const WORKERS = [focalPoint.id, crsvAdviser.id, crsvLead.id];

describe('the people working a restricted case', () => {
  it('are named to no one outside the restricted section: refusals, stub threads and /alert show', async () => {
    await report(v, MINOVA, focalPoint.id);
    expect(await press(v, crsvAdviser.id, 'crsv', 'followup.take_ownership')).toContain('You own A-1 now.');
    expect(await command(v, `task A-1 <@${crsvLead.id}|nadia> Meet the family due:2h`, crsvAdviser.id)).toContain('Task added to A-1');
    expect(await command(v, `assign A-1 <@${crsvLead.id}|nadia> due:6h`, crsvAdviser.id)).toContain('now owned by');
    expect(await command(v, 'update A-1 Referred to the hospital', crsvLead.id)).toContain('Update added on A-1');

    // Refusals to people outside the CRSV channel say where to ask, and name no one.
    const closeRefusal = await answerTo(v, 'close A-1 resolved nothing more to do', pocLead.id);
    expect(closeRefusal).toContain('You cannot close A-1');
    expect(closeRefusal).toContain('ask Women Protection / CRSV (<#G0CRSV0001>)');
    const updateRefusal = await answerTo(v, 'update A-1 we heard more', pocOfficer.id);
    expect(updateRefusal).toContain('You cannot update A-1');
    expect(updateRefusal).toContain('<#G0CRSV0001>');

    // /alert show, and its history, to a non-member: what happened and when, not who.
    const shown = await answerTo(v, 'show A-1', pocOfficer.id);
    expect(shown).toContain('*Owner* assigned');
    const history = await answerTo(v, 'show A-1 history', pocOfficer.id);
    expect(history).toContain('Someone took ownership');
    expect(history).toContain('assigned it to someone');

    // Stub threads say what happened, never who.
    for (const section of STUBS) {
      const thread = threadOf(v, section).join('\n');
      expect(thread, section).toContain('👤 A-1 has an owner.');
      expect(thread, section).toContain('👤 A-1 was assigned');
      expect(thread, section).toContain('📌 A-1: a follow-up task was given');
    }

    // Nowhere outside the CRSV channel and the workers' own DMs, answers and Home is any of them named.
    const allowed = [channelOf(v, 'crsv'), ...WORKERS.flatMap((u) => personalPlaces(v, u))];
    expect(leaks(v, WORKERS, allowed)).toEqual([]);
    // Control: in the CRSV channel they are named, and a member's /alert show names the owner.
    expect(threadOf(v, 'crsv').join('\n')).toContain(`<@${crsvAdviser.id}> took ownership of A-1.`);
    expect(await answerTo(v, 'show A-1', crsvAdviser.id)).toContain(`*Owner* <@${crsvLead.id}>`);
  });
});
