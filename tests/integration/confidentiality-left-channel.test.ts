import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PEOPLE } from '../../src/fake-slack/index.js';
import { buttonsOf, channelOf, command, press, report } from './followup-helpers.js';
import { answerTo, homeOf } from './confidentiality-helpers.js';
import { startVeille, type Running } from './harness.js';

/**
 * Restricted details follow membership, as Slack says it now: the owner of a restricted alert who
 * has left (or been taken out of) the restricted section's channel reads it as any non-member does,
 * in App Home and `/alert list` as in `/alert show`: the territory, not the village, no buttons, and
 * not the text of a task she was given on it.
 */

let v: Running;
beforeEach(async () => {
  v = await startVeille();
});
afterEach(async () => {
  expect(v.fake.violations).toEqual([]);
  await v.stop();
});

const { focalPoint, crsvAdviser, crsvLead } = PEOPLE;

describe('the owner of a restricted alert who left the restricted channel', () => {
  it('no longer reads its village in App Home or /alert list, as /alert show already says', async () => {
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
