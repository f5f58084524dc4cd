import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getAlert } from '../../src/alerts/service.js';
import { GENERAL_CHANNEL, PEOPLE } from '../../src/fake-slack/index.js';
import { startVeille, textOf, type Running } from './harness.js';
import { card, channelOf, command, eventTypes, press, report, submit, threadOf } from './followup-helpers.js';

/** Forms, buttons, follow-up commands and events over Socket Mode, and the connection's life. */
let v: Running;
let logged: string[];
beforeEach(async () => {
  logged = [];
  const log = { info: (m: string) => logged.push(`info ${m}`), warn: (m: string) => logged.push(`warn ${m}`), error: (m: string) => logged.push(`error ${m}`) };
  v = await startVeille({ mode: 'socket', log });
});
afterEach(async () => {
  expect(v.fake.violations).toEqual([]);
  await v.stop();
});

const { focalPoint, pocOfficer, pocLead } = PEOPLE;
const KAMANGO = 'Armed men attacked Kamango market this morning, 4 killed, ADF suspected';
const at = (p: { id: string; name: string }) => `<@${p.id}|${p.name}>`;

describe('over Socket Mode', () => {
  it('a form opens from the command, its errors come back in the acknowledgement, and a good one is logged', async () => {
    await v.driver.slashCommand({ user: pocOfficer.id, channel: GENERAL_CHANNEL, text: '' });
    await v.fake.waitFor(() => v.fake.openViews(pocOfficer.id).length > 0);
    const view = v.fake.openViews(pocOfficer.id)[0]!;
    const refused = await v.driver.submitView({ user: pocOfficer.id, viewId: view.id as string, values: { description: '   ' } });
    expect(refused.body).toMatchObject({ response_action: 'errors', errors: { description: 'Say what happened.' } });
    expect(v.db.prepare('SELECT COUNT(*) FROM alerts').pluck().get()).toBe(0);
    expect(await submit(v, pocOfficer.id, view.id as string, { description: 'Houses burned in Eringeti overnight', place: 'Eringeti', category: 'looting_destruction' })).toEqual({});
    expect(getAlert(v.db, 1)).toMatchObject({ reportedVia: 'form', category: 'looting_destruction', placeId: 'eringeti' });
  });

  it('a card button acknowledges, edits the cards and replies in the threads', async () => {
    await report(v, KAMANGO);
    expect(await press(v, pocOfficer.id, 'poc', 'followup.acknowledge')).toContain('You acknowledged A-1.');
    expect(getAlert(v.db, 1)!.status).toBe('acknowledged');
    expect(textOf(v.fake.message(channelOf(v, 'poc'), card(v, 'poc').ts))).toContain('*Status*\\nAcknowledged');
    expect(threadOf(v, 'poc')).toEqual([`✅ A-1 acknowledged by <@${pocOfficer.id}>.`]);
  });

  it('a follow-up command assigns an owner and tells them', async () => {
    await report(v, KAMANGO);
    expect(await command(v, `assign A-1 ${at(pocOfficer)}`, pocLead.id)).toMatch(new RegExp(`^✅ A-1 is now owned by <@${pocOfficer.id}>`));
    expect(v.fake.dms(pocOfficer.id).at(-1)!.text).toBe(`👤 <@${pocLead.id}> assigned A-1 to you.`);
    // The assignment acknowledged it, which its reporter is told of (issue 19).
    expect(eventTypes(v, 1)).toEqual(['logged', 'owner_assigned', 'told_reporter']);
  });

  it('an event (App Home opened) is acknowledged and answered', async () => {
    await report(v, KAMANGO, focalPoint.id);
    const answer = await v.driver.event({ type: 'app_home_opened', user: focalPoint.id });
    expect(answer.status).toBe(200);
    await v.fake.waitFor(() => v.fake.homeView(focalPoint.id));
    expect(textOf(v.fake.homeView(focalPoint.id))).toContain('*My open alerts* (1)');
  });

  it('reconnects when Slack asks it to (disconnect), and when the connection drops, and goes on working', async () => {
    const socket = v.fake.socketMode!;
    socket.askToReconnect();
    await v.fake.waitFor(() => socket.connections === 2, { what: 'a second connection after disconnect' });
    expect(socket.opened).toBe(2); // a fresh URL from apps.connections.open, at the fake's address
    await report(v, KAMANGO);
    expect(getAlert(v.db, 1)!.reference).toBe('A-1');

    const readyz = async () => (await fetch(v.driver.appUrl.replace('/slack/events', '/readyz'))).status;
    expect(await readyz()).toBe(200);
    socket.dropAll();
    await v.fake.waitFor(() => !v.slack.readiness.ready, { what: 'not ready once the connection dropped' });
    expect(await readyz()).toBe(503);
    await v.fake.waitFor(() => socket.connections === 3, { what: 'a third connection after a drop', timeoutMs: 15_000 });
    await v.fake.waitFor(() => v.slack.readiness.ready, { what: 'ready again' });
    expect(await readyz()).toBe(200);
    expect(logged.filter((l) => l.includes('Socket Mode'))).toEqual([
      'warn Socket Mode connection lost; reconnecting',
      'info Socket Mode connected again',
      'warn Socket Mode connection lost; reconnecting',
      'info Socket Mode connected again',
    ]);
    const answer = await v.driver.slashCommand({ user: focalPoint.id, channel: GENERAL_CHANNEL, text: 'Shooting at Eringeti checkpoint, 2 injured' });
    expect((answer.body as { text: string }).text).toMatch(/^A-2 logged/);
  }, 20_000);
});

describe('Slack gone for a while in Socket Mode', () => {
  it('keeps asking for a connection until Slack is back, then reconnects and works (no crash, no give-up)', async () => {
    const port = Number(new URL(v.fake.url).port);
    const { APP_TOKEN, BOT_TOKEN } = await import('./harness.js');
    const { exampleWorkspace, FakeSlack, SlackDriver } = await import('../../src/fake-slack/index.js');
    await v.fake.close(); // Slack unreachable: the WebSocket drops, apps.connections.open is refused
    await v.fake.waitFor(() => !v.slack.readiness.ready, { what: 'not ready while Slack is gone' });
    await new Promise((resolve) => setTimeout(resolve, 1500)); // a few refused attempts
    const back = await FakeSlack.start({ botToken: BOT_TOKEN, appToken: APP_TOKEN, port, now: () => v.clock.now(), ...exampleWorkspace(v.mission) });
    try {
      await back.waitFor(() => back.socketMode!.connected, { what: 'a connection to Slack once it is back', timeoutMs: 10_000 });
      await back.waitFor(() => v.slack.readiness.ready, { what: 'ready again' });
      const driver = new SlackDriver({ fake: back, appUrl: '', signingSecret: '', socket: back.socketMode });
      const answer = await driver.slashCommand({ user: focalPoint.id, channel: GENERAL_CHANNEL, text: KAMANGO });
      expect((answer.body as { text: string }).text).toMatch(/^A-1 logged/);
    } finally {
      await back.close();
    }
  }, 20_000);
});
