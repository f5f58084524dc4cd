import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getAlert } from '../../src/alerts/service.js';
import { GENERAL_CHANNEL, PEOPLE } from '../../src/fake-slack/index.js';
import { startVeille, textOf, type Running } from './harness.js';

let veille: Running;
beforeEach(async () => {
  veille = await startVeille();
});
afterEach(async () => {
  expect(veille.fake.violations).toEqual([]);
  await veille.stop();
});

const channelOf = (id: string) => veille.mission.sections.find((s) => s.id === id)!.channel;

async function openForm(user: string) {
  await veille.driver.slashCommand({ user, channel: GENERAL_CHANNEL, text: '' });
  await veille.fake.waitFor(() => veille.fake.openViews(user).length > 0);
  return veille.fake.openViews(user)[0]!;
}

describe('the full form', () => {
  it('logs a structured alert, keeps the source out of every channel, and confirms privately', async () => {
    const view = await openForm(PEOPLE.pocOfficer.id);
    const result = await veille.driver.submitView({
      user: PEOPLE.pocOfficer.id,
      viewId: view.id as string,
      values: {
        description: 'Houses burned in Eringeti overnight, families fled towards Oicha',
        place: 'Eringeti',
        category: 'looting_destruction',
        perpetrators: 'ADF, unknown',
        'victims.displaced': '120',
        source_type: 'community_alert_network',
        source_detail: 'CAN focal point Muhindo, phone 0998 765 432',
      },
    });
    expect(result.status).toBe(200);
    await veille.settle();
    const alert = getAlert(veille.db, 1)!;
    expect(alert).toMatchObject({ reportedVia: 'form', category: 'looting_destruction', placeId: 'eringeti', priority: 'medium', sourceType: 'community_alert_network' });
    expect(alert.perpetrators).toEqual([
      { actorId: 'adf', name: 'ADF' },
      { actorId: 'unknown', name: 'Unknown' },
    ]);
    expect(alert.victims.displaced).toBe(120);
    const everything = textOf(veille.fake.calls.filter((c) => c.method === 'chat.postMessage'));
    expect(everything).not.toContain('Muhindo');
    expect(everything).toContain('Houses burned in Eringeti');
    const confirmation = veille.fake.ephemerals({ user: PEOPLE.pocOfficer.id, channel: GENERAL_CHANNEL });
    expect(confirmation.at(-1)?.text).toMatch(/^A-1 logged — Looting or destruction · Eringeti \(Beni, North Kivu\) · ADF, Unknown · 120 displaced · priority medium/);
  });

  it('shows errors under the fields and stores nothing', async () => {
    const view = await openForm(PEOPLE.pocOfficer.id);
    const result = await veille.driver.submitView({ user: PEOPLE.pocOfficer.id, viewId: view.id as string, values: { description: '   ', 'victims.killed': 'many' } });
    expect(result.body).toMatchObject({ response_action: 'errors', errors: { description: 'Say what happened.', 'victims.killed': 'A whole number, or leave it empty when unknown.' } });
    expect(veille.db.prepare('SELECT COUNT(*) FROM alerts').pluck().get()).toBe(0);
  });

  it('always restricts CRSV from the form, whatever the checkbox says', async () => {
    const view = await openForm(PEOPLE.crsvAdviser.id);
    await veille.driver.submitView({ user: PEOPLE.crsvAdviser.id, viewId: view.id as string, values: { description: 'Two women assaulted at the water point', place: 'Minova', category: 'crsv' } });
    await veille.settle();
    expect(getAlert(veille.db, 1)!.sensitivity).toBe('restricted');
    expect(textOf(veille.fake.messages(channelOf('poc'))[0])).not.toContain('water point');
    expect(textOf(veille.fake.messages(channelOf('crsv'))[0])).toContain('water point');
  });
});

describe('the "Log as alert" message shortcut', () => {
  it('opens the form filled in from the message', async () => {
    const message = veille.fake.addUserMessage(GENERAL_CHANNEL, PEOPLE.pocOfficer.id, 'FYI: M23 positioned on the hills above Kanyaruchinya, population fleeing');
    await veille.driver.messageShortcut({ user: PEOPLE.pocOfficer.id, channel: GENERAL_CHANNEL, message: { ts: message.ts, text: message.text }, callbackId: 'log_as_alert' });
    await veille.fake.waitFor(() => veille.fake.openViews(PEOPLE.pocOfficer.id).length > 0);
    const view = veille.fake.openViews(PEOPLE.pocOfficer.id)[0]!;
    expect(textOf(view)).toContain('Kanyaruchinya');
    await veille.driver.submitView({ user: PEOPLE.pocOfficer.id, viewId: view.id as string });
    await veille.settle();
    expect(getAlert(veille.db, 1)).toMatchObject({ reportedVia: 'shortcut', placeId: 'kanyaruchinya' });
    expect(getAlert(veille.db, 1)!.perpetrators.map((p) => p.actorId)).toEqual(['m23']);
  });
});

describe('App Home', () => {
  it('shows my open reports and my sections\' queue, restricted ones as summaries', async () => {
    await veille.driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, text: 'Armed men attacked Kamango market, 4 killed' });
    await veille.driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, text: '3 femmes violées à Minova' });
    await veille.driver.event({ type: 'app_home_opened', user: PEOPLE.focalPoint.id });
    await veille.fake.waitFor(() => veille.fake.homeView(PEOPLE.focalPoint.id));
    // Their last report was written in French: their Home tab is in French.
    const mine = textOf(veille.fake.homeView(PEOPLE.focalPoint.id));
    expect(mine).toContain('*Mes alertes ouvertes* (2)');
    await veille.driver.event({ type: 'app_home_opened', user: PEOPLE.pocOfficer.id });
    await veille.fake.waitFor(() => veille.fake.homeView(PEOPLE.pocOfficer.id));
    const officer = textOf(veille.fake.homeView(PEOPLE.pocOfficer.id));
    expect(officer).toContain('A-1');
    expect(officer).toContain('🔒');
    expect(officer).not.toContain('Minova (');
  });
});
