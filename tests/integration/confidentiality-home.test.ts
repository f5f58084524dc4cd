import { describe, expect, it } from 'vitest';
import { getAlert } from '../../src/alerts/service.js';
import { PEOPLE } from '../../src/fake-slack/index.js';
import type { Running } from './harness.js';
import { startVeilleForEachTest } from './each-test.js';
import { channelOf, openModal, press, submit } from './followup-helpers.js';
import { homeOf } from './confidentiality-helpers.js';

/**
 * An open App Home tab shows what was published last: when Verify finds a standard alert was sexual
 * violence, the owner it releases (not in the CRSV channel) must not keep it there in full, as
 * after the reporter's Edit — their Home is drawn again without it.
 */

let v: Running;
startVeilleForEachTest((running) => (v = running));

const { focalPoint, pocOfficer, hrOfficer } = PEOPLE;

describe('an owner released when Verify restricts the alert', () => {
  it('has their open Home drawn again without it', async () => {
    await v.driver.slashCommand({ user: focalPoint.id, channel: channelOf(v, 'poc'), text: 'Armed men beat women at Kamango market this morning' });
    await v.settle();
    expect(await press(v, pocOfficer.id, 'poc', 'followup.take_ownership')).toContain('You own A-1 now.');
    expect(await homeOf(v, pocOfficer.id)).toContain('Kamango');

    const view = await openModal(v, hrOfficer.id, 'hr', 'followup.verify');
    expect(await submit(v, hrOfficer.id, view, { verification: 'verified', category: 'crsv' })).toEqual({});
    expect(getAlert(v.db, 1)).toMatchObject({ sensitivity: 'restricted', owner: null });

    // He did not open his Home again: what he sees is what Veille published last.
    await v.fake.waitFor(() => !JSON.stringify(v.fake.homeView(pocOfficer.id)).includes('Kamango'), { what: 'the released owner’s Home without A-1 in full' });
  });
});
