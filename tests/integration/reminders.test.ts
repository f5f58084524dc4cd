import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import type { Veille } from '../../src/context.js';
import { GENERAL_CHANNEL, PEOPLE, SlackDriver } from '../../src/fake-slack/index.js';
import { createIntakeContext } from '../../src/intake/index.js';
import { silentLogger } from '../../src/log.js';
import { scheduleTask } from '../../src/reminders/schedule.js';
import { startRuntime } from '../../src/runtime.js';
import { openDatabase } from '../../src/store/db.js';
import { eventsOf } from '../../src/store/events.js';
import { BOT_TOKEN, MORNING, SIGNING_SECRET, startVeille, textOf, type Running } from './harness.js';

/**
 * Reminders and escalation through the real app: the clock moves minute by minute, each minute
 * runs the timed jobs as the cron would (`runtime.tick()`), and the assertions read what the fake
 * Slack received — which post, where, to whom, at which minute after the alerts were logged.
 *
 * Ownership and updates go through the follow-up flows (the card's Take ownership, `/alert update`).
 */

const MIN = 60_000;
// Day-long tests tick the real runtime a hundred times or more: give them room on a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });
let running: Running[] = [];
let dirs: string[] = [];
afterEach(async () => {
  for (const r of running) expect(r.fake.violations).toEqual([]);
  for (const r of running.reverse()) await r.stop().catch(() => {});
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  running = [];
  dirs = [];
});

async function start(options: { databasePath?: string } = {}): Promise<Running> {
  const v = await startVeille({ ...options, clock: new ManualClock(MORNING) });
  running.push(v);
  return v;
}

const report = (v: Running, text: string, user = PEOPLE.focalPoint.id) => v.driver.slashCommand({ user, channel: GENERAL_CHANNEL, text });

/**
 * Moves the clock up to `minute` after MORNING, running the timed jobs every 5 minutes (or as told)
 * on the way, as a `*\/5 * * * *` sweep schedule would: every reminder time below falls on such a
 * mark (the policy unit tests cover late sweeps). Each tick runs all the timed jobs, digests included.
 */
async function runUntil(v: Running, minute: number, everyMinutes = 5): Promise<void> {
  while (v.clock.now() < MORNING + minute * MIN) {
    v.clock.set(Math.min(v.clock.now() + everyMinutes * MIN, MORNING + minute * MIN));
    await v.runtime.tick();
  }
}

/** Someone's private answer to a button: waits for a new one after `before`. */
async function nextResponse(v: Running, user: string, before: number): Promise<string> {
  await v.fake.waitFor(() => v.fake.responses({ user }).length > before, { what: `an answer to ${user}` });
  return textOf(v.fake.responses({ user }).at(-1));
}

const NAMES: Record<string, string> = {
  C0POC00001: '#poc',
  C0HR000001: '#hr',
  G0CRSV0001: '#crsv',
  G0CP000001: '#cp',
  C0FOBENI01: '#fo-beni',
  C0FOBUNIA1: '#fo-bunia',
  C0FOGOMA01: '#fo-goma',
  C0JOC00001: '#joc',
};

/**
 * Every post other than the alert cards, as "minute where text": a thread reply is "#poc>A-1", a
 * DM "@U…", a channel post "#joc". Cards (top-level posts in section channels) are left out.
 */
function posts(v: Running): string[] {
  const cards = new Map(
    (v.db.prepare('SELECT m.channel, m.ts, a.reference FROM alert_messages m JOIN alerts a ON a.id = m.alert_id').all() as Array<{ channel: string; ts: string; reference: string }>).map((r) => [
      `${r.channel}:${r.ts}`,
      r.reference,
    ]),
  );
  const dms = new Map(Object.values(PEOPLE).map((p) => [v.fake.dmChannelId(p.id), p.id]));
  const sectionChannels = new Set(v.mission.sections.map((s) => s.channel));
  return v.fake
    .callsTo('chat.postMessage')
    .filter((c) => c.ok && c.args.channel !== v.mission.leadershipDigest.channel && (c.args.thread_ts || !sectionChannels.has(c.args.channel as string)))
    .map((c) => {
      const channel = c.args.channel as string;
      const text = c.args.text as string;
      const user = dms.get(channel);
      const where = user ? `@${user}` : c.args.thread_ts ? `${NAMES[channel]}>${cards.get(`${channel}:${c.args.thread_ts}`)}` : (NAMES[channel] ?? channel);
      // Posts to different channels and people go out side by side: order them as Veille wrote them (the outbox row each carries).
      const id = (c.args.metadata as { event_payload?: { outbox_id?: number } } | undefined)?.event_payload?.outbox_id ?? Number.MAX_SAFE_INTEGER;
      return { at: c.at, id, line: `${(c.at - MORNING) / MIN} ${where} ${text}` };
    })
    .sort((a, b) => a.at - b.at || a.id - b.id)
    .map((p) => p.line);
}

/** Only what the reminder sweep posted (reminders ⏰, escalations ⏫, task reminders 📋), when follow-up posts are about too. */
const reminderPosts = (v: Running) => posts(v).filter((p) => /^\d+ \S+ (⏰|⏫|📋 Your task)/u.test(p));

/** The card's Take ownership button, pressed in #poc. */
async function takeOwnership(v: Running, user: string): Promise<void> {
  const card = v.fake.messages('C0POC00001')[0]!;
  const before = v.fake.responses({ user }).length;
  await v.driver.clickButton({ user, channel: 'C0POC00001', ts: card.ts, actionId: 'followup.take_ownership' });
  await v.fake.waitFor(() => v.fake.responses({ user }).length > before, { what: 'the answer to Take ownership' });
  await v.settle();
}

const routes = (v: Running, alertId: number) =>
  (v.db.prepare('SELECT section_id || \':\' || view AS r FROM alert_sections WHERE alert_id = ? ORDER BY section_id').pluck().all(alertId) as string[]).join(',');

const { pocLead, hrLead, beniLead, gomaLead, buniaLead, crsvLead, pocOfficer, hrOfficer } = PEOPLE;

describe('a day of alerts no one acts on', () => {
  it('reminds each in its thread, mentioning the section leads, then escalates: exactly these posts, at these minutes', async () => {
    const v = await start();
    await report(v, 'Armed men attacking civilians in Kamango right now priority:critical');
    await report(v, 'Armed group seen moving towards Goma priority:high');
    await report(v, 'Tension between communities in Bunia after a land dispute priority:medium');
    await report(v, 'Roadblock near Oicha, patrol denied access priority:low');
    await v.settle();
    expect([1, 2, 3, 4].map((id) => routes(v, id))).toEqual(['fo-beni:full,hr:full,poc:full', 'fo-goma:full,poc:full', 'fo-bunia:full,poc:full', 'fo-beni:full,poc:full']);

    await runUntil(v, 24 * 60, 15); // every time below falls on a quarter hour

    const ack = (ref: string, waited: string, leads: string) => `${ref} has not been acknowledged for ${waited}. ${leads}: please acknowledge it or assign an owner.`;
    const escalated = (ref: string, waited: string, priority: string) => `⏫ Escalated: ${ref} has not been acknowledged for ${waited} (${priority}, 2 reminders unanswered)`;
    const lead = (ref: string, waited: string) => `⏫ ${ref} has not been acknowledged for ${waited} and was escalated to <#C0JOC00001>.`;
    const note = (ref: string, waited: string) => `⏫ ${ref} has not been acknowledged for ${waited}: escalated to <#C0JOC00001> and the section leads.`;
    // The Bunia field office works in French (sections[].language): its thread hears it in French.
    const ackFr = (ref: string, waited: string, leads: string) => `${ref} attend une prise en compte depuis ${waited}. ${leads} : merci de la prendre en compte ou de désigner un responsable.`;
    const noteFr = (ref: string, waited: string) => `⏫ ${ref} attend une prise en compte depuis ${waited} : escaladée vers <#C0JOC00001> et auprès des responsables de section.`;
    expect(posts(v)).toEqual([
      `15 #poc>A-1 ⏰ ${ack('A-1', '15 min', `<@${pocLead.id}>`)}`,
      `15 #hr>A-1 ⏰ ${ack('A-1', '15 min', `<@${hrLead.id}>`)}`,
      `15 #fo-beni>A-1 ⏰ ${ack('A-1', '15 min', `<@${beniLead.id}>`)}`,
      `30 #poc>A-1 ⏰ ${ack('A-1', '30 min', `<@${pocLead.id}>`)}`,
      `30 #hr>A-1 ⏰ ${ack('A-1', '30 min', `<@${hrLead.id}>`)}`,
      `30 #fo-beni>A-1 ⏰ ${ack('A-1', '30 min', `<@${beniLead.id}>`)}`,
      `45 #joc ${escalated('A-1', '45 min', 'critical')}`,
      `45 @${pocLead.id} ${lead('A-1', '45 min')}`,
      `45 @${hrLead.id} ${lead('A-1', '45 min')}`,
      `45 @${beniLead.id} ${lead('A-1', '45 min')}`,
      `45 #poc>A-1 ${note('A-1', '45 min')}`,
      `45 #hr>A-1 ${note('A-1', '45 min')}`,
      `45 #fo-beni>A-1 ${note('A-1', '45 min')}`,
      `60 #poc>A-2 ⏰ ${ack('A-2', '1 h', `<@${pocLead.id}>`)}`,
      `60 #fo-goma>A-2 ⏰ ${ack('A-2', '1 h', `<@${gomaLead.id}>`)}`,
      `120 #poc>A-2 ⏰ ${ack('A-2', '2 h', `<@${pocLead.id}>`)}`,
      `120 #fo-goma>A-2 ⏰ ${ack('A-2', '2 h', `<@${gomaLead.id}>`)}`,
      `180 #joc ${escalated('A-2', '3 h', 'high')}`,
      `180 @${pocLead.id} ${lead('A-2', '3 h')}`,
      `180 @${gomaLead.id} ${lead('A-2', '3 h')}`,
      `180 #poc>A-2 ${note('A-2', '3 h')}`,
      `180 #fo-goma>A-2 ${note('A-2', '3 h')}`,
      `240 #poc>A-3 ⏰ ${ack('A-3', '4 h', `<@${pocLead.id}>`)}`,
      `240 #fo-bunia>A-3 ⏰ ${ackFr('A-3', '4 h', `<@${buniaLead.id}>`)}`,
      `480 #poc>A-3 ⏰ ${ack('A-3', '8 h', `<@${pocLead.id}>`)}`,
      `480 #fo-bunia>A-3 ⏰ ${ackFr('A-3', '8 h', `<@${buniaLead.id}>`)}`,
      `720 #joc ${escalated('A-3', '12 h', 'medium')}`,
      `720 @${pocLead.id} ${lead('A-3', '12 h')}`,
      `720 @${buniaLead.id} ${lead('A-3', '12 h')}`,
      `720 #poc>A-3 ${note('A-3', '12 h')}`,
      `720 #fo-bunia>A-3 ${noteFr('A-3', '12 h')}`,
      `1440 #poc>A-4 ⏰ ${ack('A-4', '1 d', `<@${pocLead.id}>`)}`,
      `1440 #fo-beni>A-4 ⏰ ${ack('A-4', '1 d', `<@${beniLead.id}>`)}`,
    ]);
    // The escalation post names the alert, its sections, its owner and how long it waited.
    const escalation = textOf(v.fake.messages('C0JOC00001')[0]);
    for (const part of ['Kamango (Beni, North Kivu)', 'Protection of Civilians (<#C0POC00001>)', 'Field Office Beni (<#C0FOBENI01>)', 'not assigned', '45 min, 2 reminders unanswered']) {
      expect(escalation).toContain(part);
    }
    expect(eventsOf(v.db, 1).map((e) => e.type)).toEqual(['logged', 'reminded', 'reminded', 'escalated']);
  });

  it('never reminds of a withdrawn (closed) alert', async () => {
    const v = await start();
    const answer = await report(v, 'Armed men attacking civilians in Kamango right now priority:critical');
    await v.driver.clickButton({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, ts: answer.ephemeralTs!, actionId: 'alert.undo' });
    await v.fake.waitFor(() => v.db.prepare("SELECT status = 'closed' FROM alerts WHERE id = 1").pluck().get());
    await runUntil(v, 60);
    await runUntil(v, 24 * 60, 24 * 60); // one sweep a day later would catch anything still due
    expect(posts(v)).toEqual([]);
  });
});

describe('an owned alert without updates', () => {
  it("DMs the owner with Add update, Log response… and Snooze, replies in the thread; a snooze delays, an update resets", async () => {
    const v = await start();
    await report(v, 'Armed men attacking civilians in Kamango right now priority:critical');
    await v.settle();
    await runUntil(v, 5);
    await takeOwnership(v, pocOfficer.id); // 06:05 UTC: critical alerts need an update every 2 h
    expect(v.db.prepare('SELECT owner FROM alerts WHERE id = 1').pluck().get()).toBe(pocOfficer.id);

    await runUntil(v, 125);
    const noUpdate = (where: string) => `125 ${where} ⏰ A-1 has had no update for 2 h. <@${pocOfficer.id}>: please add an update or log a response.`;
    expect(reminderPosts(v)).toEqual([
      `125 @${pocOfficer.id} ⏰ No update on A-1 for 2 h: you own it, please add an update.`,
      noUpdate('#poc>A-1'),
      noUpdate('#hr>A-1'),
      noUpdate('#fo-beni>A-1'),
    ]);
    const dm = v.fake.dms(pocOfficer.id).at(-1);
    const buttons = (dm!.blocks as any[]).flatMap((b) => b.elements ?? []).filter((e: any) => e.type === 'button').map((e: any) => e.text.text);
    expect(buttons).toEqual(['Add update', 'Log response…', 'Snooze 1 h', 'Snooze 4 h', 'Until tomorrow 08:00']);

    // Add update in the DM opens the follow-up's update form.
    await v.driver.clickButton({ user: pocOfficer.id, channel: dm!.channel, ts: dm!.ts, actionId: 'followup.update' });
    const form = await v.fake.waitFor(() => v.fake.openViews(pocOfficer.id)[0], { what: 'the update form' });
    expect(textOf(form)).toContain('A-1');

    // Someone who neither owns it nor leads a section holding it cannot snooze it.
    const pocReply = v.fake.thread('C0POC00001', v.fake.messages('C0POC00001')[0]!.ts).at(-1)!;
    await v.driver.clickButton({ user: hrOfficer.id, channel: 'C0POC00001', ts: pocReply.ts, actionId: 'reminder.snooze_1h' });
    expect(await nextResponse(v, hrOfficer.id, 0)).toContain('Only the owner of A-1 or a lead of a section holding it can snooze');

    // The owner snoozes 4 h from the DM: the time is told in the field office's zone (Goma/Beni, UTC+2).
    const answered = v.fake.responses({ user: pocOfficer.id }).length;
    await v.driver.clickButton({ user: pocOfficer.id, channel: dm!.channel, ts: dm!.ts, actionId: 'reminder.snooze_4h' });
    expect(await nextResponse(v, pocOfficer.id, answered)).toContain('⏸ Reminders for A-1 snoozed until 22 Nov 2026, 14:05 (Lubumbashi)');
    expect(eventsOf(v.db, 1).at(-1)).toMatchObject({ type: 'snoozed', actor: pocOfficer.id, data: { choice: '4h', until: MORNING + 365 * MIN, timeZone: 'Africa/Lubumbashi' } });

    await runUntil(v, 364);
    expect(reminderPosts(v)).toHaveLength(4); // the reminder due at 245 waits for the snooze
    await runUntil(v, 365);
    expect(reminderPosts(v).slice(4)).toEqual([
      `365 @${pocOfficer.id} ⏰ No update on A-1 for 6 h: you own it, please add an update.`,
      `365 #poc>A-1 ⏰ A-1 has had no update for 6 h. <@${pocOfficer.id}>: please add an update or log a response.`,
      `365 #hr>A-1 ⏰ A-1 has had no update for 6 h. <@${pocOfficer.id}>: please add an update or log a response.`,
      `365 #fo-beni>A-1 ⏰ A-1 has had no update for 6 h. <@${pocOfficer.id}>: please add an update or log a response.`,
    ]);

    // An update at 400 resets the clock: no escalation at 485; the next reminder is 2 h after the update.
    await runUntil(v, 400);
    const update = await report(v, 'update A-1 Patrol reached Kamango, situation calm', pocOfficer.id);
    expect(update.status).toBe(200);
    await v.settle();
    await runUntil(v, 519);
    expect(reminderPosts(v)).toHaveLength(8);
    await runUntil(v, 520);
    expect(reminderPosts(v).slice(8, 9)).toEqual([`520 @${pocOfficer.id} ⏰ No update on A-1 for 2 h: you own it, please add an update.`]);
    expect(textOf(v.fake.dms(pocOfficer.id).at(-1))).toContain('Reminder 1 of 2');
  });

  it('lets a section lead snooze from the thread until tomorrow 08:00 in the section time zone', async () => {
    const v = await start();
    await report(v, 'Armed men attacking civilians in Kamango right now priority:critical');
    await runUntil(v, 15);
    const reply = v.fake.thread('C0POC00001', v.fake.messages('C0POC00001')[0]!.ts).at(-1)!;
    await v.driver.clickButton({ user: pocLead.id, channel: 'C0POC00001', ts: reply.ts, actionId: 'reminder.snooze_tomorrow' });
    // The PoC lead's section sits in Kinshasa (UTC+1): 08:00 there is 07:00 UTC on the 23rd.
    expect(await nextResponse(v, pocLead.id, 0)).toContain('snoozed until 23 Nov 2026, 08:00 (Kinshasa)');
    await runUntil(v, 24 * 60 + 60, 15);
    expect(posts(v).slice(3)).toEqual([
      `1500 #poc>A-1 ⏰ A-1 has not been acknowledged for 1 d 1 h. <@${pocLead.id}>: please acknowledge it or assign an owner.`,
      `1500 #hr>A-1 ⏰ A-1 has not been acknowledged for 1 d 1 h. <@${hrLead.id}>: please acknowledge it or assign an owner.`,
      `1500 #fo-beni>A-1 ⏰ A-1 has not been acknowledged for 1 d 1 h. <@${beniLead.id}>: please acknowledge it or assign an owner.`,
    ]);
  });
});

describe("an assigner's due time", () => {
  it('brings the owner\'s first reminder forward to it', async () => {
    const v = await start();
    await report(v, 'Armed group seen moving towards Goma priority:high'); // high: an update every 6 h
    await v.settle();
    await runUntil(v, 5);
    const assigned = await v.driver.slashCommand({ user: gomaLead.id, channel: 'C0FOGOMA01', text: `assign A-1 <@${hrOfficer.id}|jean> due:30m` });
    expect(textOf(assigned.body)).toContain('✅');
    await v.settle();
    await runUntil(v, 35);
    expect(reminderPosts(v)).toEqual([
      `35 @${hrOfficer.id} ⏰ No update on A-1 for 30 min: you own it, please add an update.`,
      `35 #poc>A-1 ⏰ A-1 has had no update for 30 min. <@${hrOfficer.id}>: please add an update or log a response.`,
      `35 #fo-goma>A-1 ⏰ A-1 has had no update for 30 min. <@${hrOfficer.id}>: please add an update or log a response.`,
    ]);
    // Then the policy's interval again: the next one 6 h after.
    await runUntil(v, 395, 30);
    expect(reminderPosts(v).slice(3).map((p) => p.split(' ').slice(0, 2).join(' '))).toEqual([`395 @${hrOfficer.id}`, '395 #poc>A-1', '395 #fo-goma>A-1']);
  });
});

describe('a restricted alert', () => {
  it('is reminded and escalated only where it can be acted on, and as a stub outside the restricted section', async () => {
    const v = await start();
    await report(v, 'Woman raped near Minova by armed men priority:critical');
    await v.settle();
    expect(routes(v, 1)).toBe('crsv:full,fo-goma:stub,hr:stub,poc:stub');
    await runUntil(v, 45);
    const all = posts(v);
    // Stub channels cannot act on a restricted alert: they are neither reminded nor asked (issue 12).
    expect(all.filter((p) => p.startsWith('15 '))).toEqual([
      `15 #crsv>A-1 ⏰ A-1 (restricted) has not been acknowledged for 15 min. <@${crsvLead.id}>: please acknowledge it or assign an owner.`,
    ]);
    expect(all.filter((p) => p.startsWith('45 ')).map((p) => p.split(' ')[1])).toEqual(['#joc', `@${crsvLead.id}`, '#crsv>A-1']);
    const escalation = textOf(v.fake.messages('C0JOC00001'));
    expect(escalation).toContain('Kalehe territory, South Kivu');
    expect(escalation).toContain('details are held by Women Protection / CRSV');
    const everything = [escalation, ...[pocLead, hrLead, crsvLead, gomaLead].map((p) => textOf(v.fake.dms(p.id))), ...['C0POC00001', 'C0HR000001', 'C0FOGOMA01'].map((c) => textOf(v.fake.thread(c, v.fake.messages(c)[0]!.ts)))];
    for (const text of everything) for (const secret of ['Minova', 'raped', 'Woman', PEOPLE.focalPoint.id]) expect(text).not.toContain(secret);
  });
});

describe('follow-up tasks', () => {
  it('DM their owner once past due, and not once done', async () => {
    const v = await start();
    await report(v, 'Armed group seen moving towards Goma priority:low');
    await v.settle();
    // Tasks are created by the follow-up flow (issue 3), which calls scheduleTask in its transaction.
    const addTask = (owner: string, text: string, dueMinute: number) =>
      v.db.transaction(() => {
        const id = Number(
          v.db.prepare('INSERT INTO tasks (alert_id, owner, text, due_at, created_at, created_by) VALUES (1, ?, ?, ?, ?, ?)').run(owner, text, MORNING + dueMinute * MIN, v.clock.now(), gomaLead.id).lastInsertRowid,
        );
        scheduleTask(v.db, id);
        return id;
      })();
    addTask(pocOfficer.id, 'Call the Kibati camp committee', 90);
    const done = addTask(hrOfficer.id, 'Check the list of names', 60);
    await runUntil(v, 30);
    v.db.prepare('UPDATE tasks SET done_at = ? WHERE id = ?').run(v.clock.now(), done);
    await runUntil(v, 180);
    expect(posts(v)).toEqual([`90 @${pocOfficer.id} 📋 Your task on A-1 is past due (due 22 Nov 2026, 08:30 (Kinshasa)).`]);
    expect(textOf(v.fake.dms(pocOfficer.id))).toContain('Call the Kibati camp committee');
  });
});

describe('a restart', () => {
  function tempDatabase(): string {
    const dir = mkdtempSync(join(tmpdir(), 'veille-reminders-'));
    dirs.push(dir);
    return join(dir, 'veille.db');
  }

  /** Stops Veille (not Slack: the fake keeps its channels and threads) and starts it again on the same file. */
  async function restart(v: Running, databasePath: string, downMinutes: number): Promise<Running> {
    await v.runtime.stop();
    v.db.close();
    v.clock.advance(downMinutes * MIN);
    const db = openDatabase(databasePath);
    const veille: Veille = { db, mission: v.mission, clock: v.clock, intake: createIntakeContext(v.mission), log: silentLogger };
    // Start-up itself runs what fell due while Veille was down, then sends it.
    const runtime = await startRuntime(veille, { mode: 'http', botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, apiUrl: v.fake.url, port: 0, host: '127.0.0.1', schedule: false, postIntervalMs: 0 });
    const driver = new SlackDriver({ fake: v.fake, appUrl: `http://127.0.0.1:${runtime.port}/slack/events`, signingSecret: SIGNING_SECRET });
    const next: Running = {
      ...v,
      db,
      veille,
      runtime,
      slack: runtime.slack,
      driver,
      settle: async () => {
        await runtime.slack.sender.kick();
        await runtime.slack.sender.idle();
      },
      async stop() {
        await runtime.stop();
        await v.fake.close();
        db.close();
      },
    };
    running = running.filter((r) => r !== v).concat(next);
    return next;
  }

  it('sends each reminder that fell due while Veille was down once, and nothing twice', async () => {
    const path = tempDatabase();
    let v = await start({ databasePath: path });
    await report(v, 'Armed men attacking civilians in Kamango right now priority:critical');
    await report(v, 'Armed group seen moving towards Goma priority:high');
    await v.settle();
    await runUntil(v, 20, 1); // A-1's first reminder went out at 15
    expect(posts(v).map((p) => p.split(' ').slice(0, 2).join(' '))).toEqual(['15 #poc>A-1', '15 #hr>A-1', '15 #fo-beni>A-1']);

    // Down from 20 to 40: A-1's second reminder (30) fell due meanwhile. It goes out once, at start-up.
    v = await restart(v, path, 20);
    expect(posts(v).slice(3)).toEqual([
      `40 #poc>A-1 ⏰ A-1 has not been acknowledged for 40 min. <@${pocLead.id}>: please acknowledge it or assign an owner.`,
      `40 #hr>A-1 ⏰ A-1 has not been acknowledged for 40 min. <@${hrLead.id}>: please acknowledge it or assign an owner.`,
      `40 #fo-beni>A-1 ⏰ A-1 has not been acknowledged for 40 min. <@${beniLead.id}>: please acknowledge it or assign an owner.`,
    ]);
    await v.runtime.tick(); // the next cron tick in the same minute finds nothing more
    expect(posts(v)).toHaveLength(6);

    // Back on schedule: A-1 escalates at 45 (not shifted by the downtime), A-2 is reminded at 60 and 120.
    await runUntil(v, 130);
    expect(posts(v).slice(6).map((p) => p.split(' ').slice(0, 2).join(' '))).toEqual([
      '45 #joc',
      `45 @${pocLead.id}`,
      `45 @${hrLead.id}`,
      `45 @${beniLead.id}`,
      '45 #poc>A-1',
      '45 #hr>A-1',
      '45 #fo-beni>A-1',
      '60 #poc>A-2',
      '60 #fo-goma>A-2',
      '120 #poc>A-2',
      '120 #fo-goma>A-2',
    ]);

    // A long outage (130 → 300) spans A-2's escalation due at 180: it is sent once, not replayed per missed tick.
    v = await restart(v, path, 170);
    expect(posts(v).slice(17).map((p) => p.split(' ').slice(0, 2).join(' '))).toEqual(['300 #joc', `300 @${pocLead.id}`, `300 @${gomaLead.id}`, '300 #poc>A-2', '300 #fo-goma>A-2']);
    await runUntil(v, 320);
    await runUntil(v, 24 * 60, 24 * 60);
    expect(posts(v)).toHaveLength(22);
    expect(eventsOf(v.db, 2).map((e) => e.type)).toEqual(['logged', 'reminded', 'reminded', 'escalated']);
  });

  it('folds reminders that all fell due during one outage into one message', async () => {
    const path = tempDatabase();
    let v = await start({ databasePath: path });
    await report(v, 'Tension between communities in Bunia after a land dispute priority:medium');
    await v.settle();
    await runUntil(v, 10);
    // Down from 10 min to 9 h: reminders at 4 h and 8 h fell due. One reply each thread, saying so.
    v = await restart(v, path, 9 * 60 - 10);
    expect(posts(v)).toHaveLength(2);
    expect(posts(v)[0]).toBe(`540 #poc>A-1 ⏰ A-1 has not been acknowledged for 9 h. <@${pocLead.id}>: please acknowledge it or assign an owner.`);
    expect(textOf(v.fake.thread('C0POC00001', v.fake.messages('C0POC00001')[0]!.ts))).toContain('Reminder 2 of 2 · then it is escalated to <#C0JOC00001> · 1 more fell due while Veille was offline');
    // And the escalation stays on its time: 12 h.
    await runUntil(v, 12 * 60);
    expect(posts(v).slice(2).map((p) => p.split(' ').slice(0, 2).join(' '))).toEqual(['720 #joc', `720 @${pocLead.id}`, `720 @${buniaLead.id}`, '720 #poc>A-1', '720 #fo-bunia>A-1']);
  });

  it('sends a reminder Slack refused before the restart once, after it', async () => {
    const path = tempDatabase();
    let v = await start({ databasePath: path });
    await report(v, 'Armed group seen moving towards Goma priority:high');
    await v.settle();
    await runUntil(v, 59);
    v.fake.failNext('chat.postMessage', 2, { httpStatus: 503 }); // both thread replies at 60
    await runUntil(v, 60);
    expect(posts(v)).toEqual([]);
    expect(v.db.prepare("SELECT COUNT(*) FROM outbox WHERE status = 'pending'").pluck().get()).toBe(2);
    v = await restart(v, path, 5);
    await v.settle();
    // Written at 60 (the text says 1 h), delivered at 65 after the restart, once each.
    expect(posts(v)).toEqual([
      `65 #poc>A-1 ⏰ A-1 has not been acknowledged for 1 h. <@${pocLead.id}>: please acknowledge it or assign an owner.`,
      `65 #fo-goma>A-1 ⏰ A-1 has not been acknowledged for 1 h. <@${gomaLead.id}>: please acknowledge it or assign an owner.`,
    ]);
    expect(eventsOf(v.db, 1).map((e) => e.type)).toEqual(['logged', 'reminded']);
  });
});
