import { afterEach, describe, expect, it } from 'vitest';
import { getAlert } from '../../src/alerts/service.js';
import { GENERAL_CHANNEL, PEOPLE } from '../../src/fake-slack/index.js';
import { Membership } from '../../src/slack/membership.js';
import { silentLogger } from '../../src/log.js';
import { eventsOf } from '../../src/store/events.js';
import { startVeille, type Running } from '../integration/harness.js';
import { command, openModal, press, report, submit } from '../integration/followup-helpers.js';

let v: Running | null = null;
afterEach(async () => {
  await v?.stop();
  v = null;
});

const KAMANGO = 'Armed men attacked Kamango market this morning, 4 killed, ADF suspected';

describe('a membership check that Slack answers slowly', () => {
  it('is cut short inside the 3 s window: the user is told to retry and nothing is stored; the retry works', async () => {
    v = await startVeille();
    await report(v, KAMANGO);
    v.slack.membership.forget();
    v.fake.failNext('conversations.members', 1, { delayMs: 4000 });
    const answer = await v.driver.slashCommand({ user: PEOPLE.pocLead.id, channel: GENERAL_CHANNEL, text: `assign A-1 <@${PEOPLE.pocOfficer.id}|${PEOPLE.pocOfficer.name}>` });
    expect((answer.body as { text: string }).text).toBe('⚠️ Nothing was recorded: Slack did not confirm in time which sections you belong to. Please try again.');
    expect(getAlert(v.db, 1)).toMatchObject({ owner: null, status: 'new' });
    expect(eventsOf(v.db, 1).map((e) => e.type)).toEqual(['logged']);

    await new Promise((resolve) => setTimeout(resolve, 3000)); // Slack's slow answer arrives
    expect(await command(v, `assign A-1 <@${PEOPLE.pocOfficer.id}|${PEOPLE.pocOfficer.name}>`, PEOPLE.pocLead.id)).toMatch(/^✅ A-1 is now owned by/);
  }, 15_000);
});

describe('a slow membership check on a button or a form', () => {
  it('a card button answers "try again" by the card and changes nothing', async () => {
    v = await startVeille();
    await report(v, KAMANGO);
    v.slack.membership.forget();
    v.fake.failNext('conversations.members', 1, { delayMs: 4000 });
    expect(await press(v, PEOPLE.pocOfficer.id, 'poc', 'followup.acknowledge')).toContain('Nothing was recorded: Slack did not confirm in time which sections you belong to. Please try again.');
    expect(getAlert(v.db, 1)!.status).toBe('new');
    expect(eventsOf(v.db, 1).map((e) => e.type)).toEqual(['logged']);
  }, 15_000);

  it('a form submission keeps the form open with "try again" under its first field, and stores nothing', async () => {
    v = await startVeille();
    await report(v, KAMANGO);
    await press(v, PEOPLE.pocOfficer.id, 'poc', 'followup.take_ownership');
    const view = await openModal(v, PEOPLE.pocOfficer.id, 'hr', 'followup.update');
    v.slack.membership.forget();
    v.fake.failNext('conversations.members', 3, { delayMs: 4000 });
    expect(await submit(v, PEOPLE.pocOfficer.id, view, { text: 'Patrol reached Kamango, calm' })).toEqual({ text: '⚠️ Nothing was recorded: Slack did not confirm in time which sections you belong to. Please try again.' });
    expect(eventsOf(v.db, 1).map((e) => e.type)).toEqual(['logged', 'owner_assigned', 'told_reporter']); // taking ownership (its reporter told), and no update
  }, 15_000);
});

describe('an event while Slack is slow', () => {
  it('is not cut short: App Home opened still shows the sections, however long Slack takes to list members', async () => {
    v = await startVeille();
    await report(v, KAMANGO);
    v.slack.membership.forget();
    v.fake.failNext('conversations.members', 1, { delayMs: 1500 });
    await v.driver.event({ type: 'app_home_opened', user: PEOPLE.pocOfficer.id });
    await v.fake.waitFor(() => v!.fake.homeView(PEOPLE.pocOfficer.id), { what: 'the Home tab', timeoutMs: 8000 });
    expect(JSON.stringify(v.fake.homeView(PEOPLE.pocOfficer.id))).toContain('A-1');
  }, 15_000);
});

describe('membership checks within one request', () => {
  it('share the request\'s window: two slow answers that each fit their own budget cannot add up past it', async () => {
    const slow = { conversations: { members: () => new Promise((resolve) => setTimeout(() => resolve({ members: ['U1'] }), 700)) } };
    const membership = new Membership(slow as never, { now: () => 0 }, silentLogger);
    // Outside a request (a timed job, an event) nothing waits on Slack's 3 s: both answer.
    expect([await membership.isMember('C1', 'U1'), await membership.isMember('C2', 'U1')]).toEqual([true, true]);
    membership.forget();
    // Inside a 1 s window the second look-up has only what the first left over: refused, not guessed.
    const windowEnd = performance.now() + 1000;
    const first = await membership.isMember('C1', 'U1', windowEnd);
    const second = await membership.isMember('C2', 'U1', windowEnd).catch((error: Error) => error.name);
    expect([first, second]).toEqual([true, 'MembershipUnknown']);
  });
});

describe('the membership cache', () => {
  it('runs on monotonic time: the wall clock set back an hour does not keep a stale answer', async () => {
    let calls = 0;
    let monotonic = 0;
    const members = async () => {
      calls += 1;
      return { members: calls === 1 ? ['U1'] : [] };
    };
    const client = { conversations: { members } };
    const wall = { now: () => 10 * 3_600_000 };
    const membership = new Membership(client as never, wall, silentLogger, 60_000, 1200, () => monotonic);
    expect(await membership.isMember('C1', 'U1')).toBe(true);
    wall.now = () => 9 * 3_600_000; // set back an hour
    monotonic += 61_000; // a minute passes
    expect(await membership.isMember('C1', 'U1')).toBe(false); // asked again: U1 has left
    expect(calls).toBe(2);
  });
});
