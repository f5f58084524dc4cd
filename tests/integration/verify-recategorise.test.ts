import { describe, expect, it } from 'vitest';
import { getAlert, postedCard } from '../../src/alerts/service.js';
import { PEOPLE } from '../../src/fake-slack/index.js';
import { eventsOf } from '../../src/store/events.js';
import { textOf, type Running } from './harness.js';
import { startVeilleForEachTest } from './each-test.js';
import { card, channelOf, command, openModal, press, submit, threadOf } from './followup-helpers.js';
import { leaks, personalPlaces } from './confidentiality-helpers.js';

/**
 * Issue 12, point 1, by Verify: verification finds a standard alert was sexual violence. The Verify
 * form's category goes through Edit's path, so the alert is restricted everywhere it already went.
 */
let v: Running;
startVeilleForEachTest((running) => (v = running));

const { focalPoint, pocOfficer, hrOfficer } = PEOPLE;
const SURVIVOR = 'Canary-Survivor-Verify';
const DESCRIPTION = 'Canary-Verify-Description';

describe('Verify… that finds another category', () => {
  it('re-categorises through Edit: a CRSV finding restricts the alert everywhere it went and releases an owner who may not read it', async () => {
    await v.driver.slashCommand({ user: focalPoint.id, channel: channelOf(v, 'poc'), text: `Armed men beat women at Kamango market this morning, ${DESCRIPTION}` });
    await v.settle();
    expect(await press(v, pocOfficer.id, 'poc', 'followup.take_ownership')).toContain('You own A-1 now.');
    expect(await command(v, `update A-1 ${SURVIVOR} was treated at the health centre`, pocOfficer.id)).toContain('Update added on A-1');
    expect(threadOf(v, 'poc').join('\n')).toContain(SURVIVOR);

    const view = await openModal(v, hrOfficer.id, 'hr', 'followup.verify');
    expect(await submit(v, hrOfficer.id, view, { verification: 'verified', reliability: 'B', credibility: '2', category: 'crsv' })).toEqual({});

    expect(getAlert(v.db, 1)).toMatchObject({ category: 'crsv', sensitivity: 'restricted', verification: 'verified', owner: null });
    const types = eventsOf(v.db, 1).map((e) => e.type);
    expect(types).toContain('verified');
    expect(eventsOf(v.db, 1).find((e) => e.type === 'edited')).toMatchObject({ actor: hrOfficer.id, data: { via: 'verify' } });
    expect(types).toContain('owner_released');
    // The cards outside the restricted section are stubs, the thread replies there are notices,
    // and the CRSV section holds the full card.
    for (const section of ['poc', 'hr', 'fo-beni']) {
      const stub = textOf(v.fake.message(channelOf(v, section), card(v, section).ts));
      expect(stub, section).toContain('🔒 A-1');
      expect(stub, section).not.toContain(DESCRIPTION);
    }
    for (const reply of threadOf(v, 'poc').slice(0, 2)) expect(reply).toMatch(/^🔒 A-1 is now restricted/);
    expect(textOf(v.fake.message(channelOf(v, 'crsv'), postedCard(v.db, 1, channelOf(v, 'crsv'))!.ts))).toContain(DESCRIPTION);
    expect(leaks(v, [SURVIVOR, DESCRIPTION], [channelOf(v, 'crsv'), ...personalPlaces(v, focalPoint.id)])).toEqual([]);
  });

  it('leaves the category alone when the form keeps it', async () => {
    await v.driver.slashCommand({ user: focalPoint.id, channel: channelOf(v, 'poc'), text: 'Armed men attacked Kamango market, 4 killed, ADF suspected' });
    await v.settle();
    const view = await openModal(v, hrOfficer.id, 'hr', 'followup.verify');
    expect(await submit(v, hrOfficer.id, view, { verification: 'verified', category: 'attack_on_civilians' })).toEqual({});
    expect(getAlert(v.db, 1)).toMatchObject({ category: 'attack_on_civilians', sensitivity: 'standard', verification: 'verified' });
    expect(eventsOf(v.db, 1).map((e) => e.type)).not.toContain('edited');
  });
});
