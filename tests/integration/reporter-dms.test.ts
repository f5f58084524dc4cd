import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PEOPLE } from '../../src/fake-slack/index.js';
import { eventsOf } from '../../src/store/events.js';
import { startVeille, textOf, type Running } from './harness.js';
import { card, channelOf, command, openModal, press, report, submit } from './followup-helpers.js';

/** The reporter hears, by DM, when their alert is acknowledged, first responded to, and closed (issue 19). */

let v: Running;
beforeEach(async () => {
  v = await startVeille();
});
afterEach(async () => {
  expect(v.fake.violations).toEqual([]);
  await v.stop();
});

const { focalPoint, pocOfficer, pocLead, hrOfficer, crsvAdviser, crsvLead } = PEOPLE;
const KAMANGO = 'Armed men attacked Kamango market this morning, 4 killed, ADF suspected';
const MINOVA = '3 femmes violées à Minova par des hommes armés, témoin: Mme Zawadi';

const dmsOf = (user: string) => v.fake.dms(user).map((m) => textOf(m));
const toldEvents = (alertId = 1) => eventsOf(v.db, alertId).filter((e) => e.type === 'told_reporter').map((e) => e.data.step);
const cardLink = (section: string) => `https://veille-test.slack.com/archives/${channelOf(v, section)}/p${card(v, section).ts.replace('.', '')}|A-1`;

async function respond(user: string, section: string, unit: string, type = 'patrol'): Promise<void> {
  const view = await openModal(v, user, section, 'followup.respond');
  expect(await submit(v, user, view, { type, unit })).toEqual({});
}

describe('DMs to a reporter in Slack', () => {
  it('tells each step once, in words, with a link to the card: acknowledged, first response, closed', async () => {
    await report(v, KAMANGO);
    expect(v.fake.dms(focalPoint.id)).toEqual([]);

    v.clock.advance(10 * 60_000);
    await press(v, pocOfficer.id, 'poc', 'followup.acknowledge');
    await press(v, hrOfficer.id, 'hr', 'followup.acknowledge'); // already acknowledged: nothing new
    await press(v, hrOfficer.id, 'hr', 'followup.take_ownership'); // owned, but no new step
    expect(dmsOf(focalPoint.id)).toHaveLength(1);
    expect(v.fake.dms(focalPoint.id)[0]!.text).toBe(`✅ Your report A-1 was acknowledged by <@${pocOfficer.id}> (22 Nov 2026, 07:10 (Kinshasa)).\nIts card: <${cardLink('poc')}>`);

    v.clock.advance(30 * 60_000);
    await respond(hrOfficer.id, 'hr', 'NEPBATT Coy B');
    await respond(hrOfficer.id, 'hr', 'FARDC liaison', 'advocacy'); // a second response is no new step
    expect(dmsOf(focalPoint.id)).toHaveLength(2);
    expect(v.fake.dms(focalPoint.id)[1]!.text).toContain('First response to your report A-1: Patrol — NEPBATT Coy B, 22 Nov 2026, 07:40 (Kinshasa).');

    await command(v, 'close A-1 resolved Attackers withdrew towards the park; market reopened', hrOfficer.id, channelOf(v, 'hr'));
    expect(dmsOf(focalPoint.id)).toHaveLength(3);
    const closed = v.fake.dms(focalPoint.id)[2]!;
    expect(closed.text).toContain('Your report A-1 was closed: resolved.\nOutcome: Attackers withdrew towards the park; market reopened');
    expect(textOf(closed.blocks)).toContain('/alert notify off');
    expect(toldEvents()).toEqual(['acknowledged', 'responded', 'closed']);
    // No one else got these.
    expect(v.fake.dms(pocOfficer.id).map((m) => m.text).join('\n')).not.toContain('Your report');
  });

  it('retries a DM Slack could not take, and sends it once', async () => {
    await report(v, KAMANGO);
    // Every post of the acknowledgement meets an outage first: cards, thread replies and the DM.
    v.fake.failNext('chat.postMessage', 6, { httpStatus: 503 });
    await press(v, pocOfficer.id, 'poc', 'followup.acknowledge');
    for (let i = 0; i < 5; i++) {
      v.clock.advance(10_000);
      await v.settle();
    }
    expect(v.fake.dms(focalPoint.id).map((m) => m.text.split('\n')[0])).toEqual([`✅ Your report A-1 was acknowledged by <@${pocOfficer.id}> (22 Nov 2026, 07:00 (Kinshasa)).`]);
    expect(toldEvents()).toEqual(['acknowledged']);
    expect(v.db.prepare("SELECT status, attempts > 1 AS retried FROM outbox WHERE kind = 'dm'").get()).toEqual({ status: 'sent', retried: 1 });
  });

  it('leaves the unit out of the first-response DM when the mission says so', async () => {
    await v.stop();
    const base = v.mission;
    v = await startVeille({ mission: { ...base, reporterNotices: { showResponseUnit: false } } });
    await report(v, KAMANGO);
    await respond(pocOfficer.id, 'poc', 'NEPBATT Coy B');
    const text = v.fake.dms(focalPoint.id)[0]!.text;
    expect(text).toContain('First response to your report A-1: Patrol, 22 Nov 2026, 07:00 (Kinshasa).');
    expect(text).not.toContain('NEPBATT');
  });

  it('speaks the language the report was written in', async () => {
    await report(v, 'Des hommes armés ont attaqué le marché de Kamango ce matin, 4 tués, ADF suspectés');
    await press(v, pocOfficer.id, 'poc', 'followup.acknowledge');
    await command(v, 'close A-1 unfounded rumeur non confirmée', pocLead.id, channelOf(v, 'poc'));
    const texts = v.fake.dms(focalPoint.id).map((m) => m.text);
    expect(texts[0]).toContain(`✅ Votre signalement A-1 a été pris en compte par <@${pocOfficer.id}>`);
    expect(texts[1]).toContain('Votre signalement A-1 a été clôturé : infondée.');
    expect(texts[1]).not.toContain('rumeur'); // a note is said only for resolved (its outcome)
  });

  it('says nothing of the reporter’s own actions', async () => {
    await report(v, KAMANGO);
    await press(v, focalPoint.id, 'poc', 'followup.acknowledge');
    expect(v.fake.dms(focalPoint.id)).toEqual([]);
    await respond(pocOfficer.id, 'poc', 'NEPBATT Coy B');
    expect(v.fake.dms(focalPoint.id).map((m) => m.text)).toEqual([expect.stringContaining('First response to your report A-1')]);
    expect(toldEvents()).toEqual(['responded']);
  });

  it('stops with /alert notify off and starts again with /alert notifier oui', async () => {
    expect(await command(v, 'notify off', focalPoint.id)).toBe('You will no longer get messages about what is done with your reports. /alert notify on turns them back on.');
    expect(await command(v, 'notify off', focalPoint.id)).toContain('Messages about your reports were already off.');
    await report(v, KAMANGO);
    await press(v, pocOfficer.id, 'poc', 'followup.acknowledge');
    await respond(pocOfficer.id, 'poc', 'NEPBATT Coy B');
    expect(v.fake.dms(focalPoint.id)).toEqual([]);
    expect(toldEvents()).toEqual([]);

    expect(await command(v, 'notifier oui', focalPoint.id)).toContain('Vous recevrez un message quand vos signalements seront pris en compte');
    await command(v, 'close A-1 resolved Patrol deployed, attackers gone', pocLead.id, channelOf(v, 'poc'));
    expect(v.fake.dms(focalPoint.id).map((m) => m.text)).toEqual([expect.stringContaining('Your report A-1 was closed: resolved.')]);
    expect(v.db.prepare("SELECT actor, data FROM events WHERE type = 'reporter_notify' ORDER BY id").all()).toEqual([
      { actor: focalPoint.id, data: '{"notify":false}' },
      { actor: focalPoint.id, data: '{"notify":true}' },
    ]);
  });

  it('tells a reporter outside the restricted sections only the steps of a restricted alert, nothing the section added', async () => {
    await report(v, MINOVA);
    await press(v, crsvAdviser.id, 'crsv', 'followup.take_ownership');
    await respond(crsvAdviser.id, 'crsv', 'Panzi hospital team', 'referral');
    await command(v, 'close A-1 resolved Survivors referred to Panzi, Mme Zawadi interviewed by Grace', crsvAdviser.id, channelOf(v, 'crsv'));
    const texts = v.fake.dms(focalPoint.id).map((m) => textOf(m));
    expect(texts).toHaveLength(3);
    expect(v.fake.dms(focalPoint.id).map((m) => m.text.split('\n')[0])).toEqual([
      '✅ Votre signalement A-1 a été pris en compte.',
      '🚨 Une première réponse a été enregistrée sur votre signalement A-1.',
      '🏁 Votre signalement A-1 a été clôturé : résolue.',
    ]);
    for (const secret of ['Panzi', 'Zawadi', 'Grace', 'Orientation', 'orientation', 'Référ', crsvAdviser.id, 'G0CRSV']) {
      for (const text of texts) expect(text, `leaks ${secret}`).not.toContain(secret);
    }
    // The link goes to a card they may read: a stub.
    expect(texts[0]).toMatch(/slack\.com\/archives\/C\w+\/p\d+\|A-1/);
  });

  it('tells a reporter who is in the restricted section what it did', async () => {
    await report(v, MINOVA, crsvLead.id);
    await press(v, crsvAdviser.id, 'crsv', 'followup.take_ownership');
    await respond(crsvAdviser.id, 'crsv', 'Panzi hospital team', 'referral');
    const texts = v.fake.dms(crsvLead.id).filter((m) => m.text.includes('signalement A-1')).map((m) => m.text);
    expect(texts[0]).toContain(`pris en compte par <@${crsvAdviser.id}>`);
    expect(texts[1]).toContain('Panzi hospital team');
    expect(texts[1]).toContain(`<https://veille-test.slack.com/archives/${channelOf(v, 'crsv')}/p`);
  });
});
