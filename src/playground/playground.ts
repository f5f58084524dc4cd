/**
 * The playground: the real Veille app, unchanged, talking to an in-process fake Slack, plus a web
 * page on the same port that shows the fake workspace through one person's eyes. The page only
 * ever reads what the fake Slack holds (what the app posted) and only ever acts through the fake
 * Slack's signed requests to the app — it is a Slack client, not a second Veille.
 */
import { randomBytes } from 'node:crypto';
import { OffsetClock } from '../clock.js';
import type { Mission } from '../config/mission.js';
import type { Veille } from '../context.js';
import { exampleWorkspace, FakeSlack, SlackDriver } from '../fake-slack/index.js';
import { createIntakeContext } from '../intake/index.js';
import type { Logger } from '../log.js';
import { startRuntime, type Runtime } from '../runtime.js';
import { openDatabase, type Db } from '../store/db.js';
import { WorkspaceStore } from './persist.js';
import { playgroundRoutes } from './routes.js';
import { seedExampleAlerts } from './seed.js';
import { registerExampleMember } from './sms.js';
import { listMembers, removeMember } from '../gateways/network/members.js';
import type { GatewaySettings } from '../gateways/settings.js';
import type { CustomRoute } from '@slack/bolt';
import { FakeSmsGateways } from '../fake-gateways/sms.js';
import { smsReplySettings } from '../reporter/sms-send.js';
import { SmsPhones } from './sms-phone.js';

/** The playground listens on loopback only: it has no login, and anyone reaching it could act as anyone. */
export const LOOPBACK = '127.0.0.1';

export interface PlaygroundOptions {
  mission: Mission;
  /** 0 picks a free port (tests). */
  port: number;
  databasePath: string;
  log: Logger;
  /** Log a few example alerts when the database is empty (default true). */
  seed?: boolean;
  /** Run timed jobs on the config's cron schedule as well as on the clock control (default true). */
  schedule?: boolean;
  /** More routes on the same port (e.g. the API), after the playground's own. */
  routes?: CustomRoute[];
  /**
   * How the pretend Slack reaches the app: signed HTTP requests (default), or Socket Mode over a
   * local WebSocket, as a mission server without a public address would run.
   */
  transport?: 'http' | 'socket';
}

export interface Playground {
  /** http://localhost:PORT — what to open in a browser. */
  url: string;
  port: number;
  fake: FakeSlack;
  driver: SlackDriver;
  runtime: Runtime;
  clock: OffsetClock;
  veille: Veille;
  /** The SMS gateway's secrets, made for this run: the "Send an SMS" box signs with them as Twilio would. */
  gateways: GatewaySettings;
  /** The Twilio account the box pretends to be (AccountSid). */
  twilioAccountSid: string;
  /** The known network member registered for the box, if the gazetteer has a locality for it. */
  exampleMember: { name: string; placeId: string } | null;
  /** Twilio's and RapidPro's APIs as the test kit plays them: Veille's SMS replies land there. */
  smsGateways: FakeSmsGateways;
  /** The box's senders' phones: what they texted and what came back. */
  phones: SmsPhones;
  /** Empties the database and the fake workspace, sets the clock back to real time, re-seeds. */
  reset(): Promise<void>;
  stop(): Promise<void>;
}

/** Deletes every row of every table but the migrations: "Reset to example data". */
function emptyDatabase(db: Db): void {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'")
    .pluck()
    .all() as string[];
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const table of tables) db.prepare(`DELETE FROM "${table.replace(/"/g, '""')}"`).run();
      const sequence = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").get();
      if (sequence) db.prepare('DELETE FROM sqlite_sequence').run();
    })();
  } finally {
    db.pragma('foreign_keys = ON');
  }
}

/**
 * The playground texts SMS reporters back at every step (`all`), so the box's phone shows what a
 * reporter would hear; a mission config that says `acknowledged` is kept. A real mission's default
 * is `never`: a message arriving on an informant's phone can expose them.
 */
function playgroundMission(mission: Mission): Mission {
  const replyToReporter = mission.intake?.replyToReporter === 'acknowledged' ? 'acknowledged' : 'all';
  return { ...mission, intake: { ...mission.intake, replyToReporter } };
}

export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  const clock = new OffsetClock();
  const { log } = options;
  const mission = playgroundMission(options.mission);
  // Fresh secrets each run: nothing outside this process can sign requests to the app.
  const botToken = `xoxb-playground-${randomBytes(12).toString('hex')}`;
  const signingSecret = randomBytes(24).toString('hex');
  const socket = options.transport === 'socket';
  const appToken = socket ? `xapp-playground-${randomBytes(12).toString('hex')}` : undefined;
  const twilioAccountSid = `AC${randomBytes(16).toString('hex')}`;
  const twilioAuthToken = randomBytes(16).toString('hex');
  // Veille's SMS replies go to the test kit's gateways, under the same account as the box's webhooks.
  const smsGateways = await FakeSmsGateways.start({ accountSid: twilioAccountSid, authToken: twilioAuthToken, rapidproToken: randomBytes(16).toString('hex') });
  const gateways: GatewaySettings = { twilioAuthToken, intakeHashKey: randomBytes(32).toString('hex'), replies: smsReplySettings(smsGateways.env()) };
  const fake = await FakeSlack.start({ botToken, now: () => clock.now(), botName: 'Veille', teamDomain: 'veille-playground', ...exampleWorkspace(mission), ...(appToken && { appToken }) });
  const db = openDatabase(options.databasePath);
  const veille: Veille = { db, mission, clock, intake: createIntakeContext(mission), log };
  const store = new WorkspaceStore(db, fake, clock);
  const hasAlerts = db.prepare('SELECT COUNT(*) FROM alerts').pluck().get() !== 0;
  // The workspace and the database are kept together; if only one survived, start both afresh.
  const restored = store.load();
  // A clock moved ahead cannot go back while the data holds times it reached: start afresh at real time.
  const moved = restored && clock.offset > 0;
  if (moved) log.info('playground: the clock had been moved ahead; starting again from the example data at real time');
  const fresh = !restored || !hasAlerts || moved;
  if (fresh) {
    emptyDatabase(db);
    fake.reset();
    clock.reset();
  }
  const holder: { playground?: Playground } = {};
  const routes = playgroundRoutes(() => {
    if (!holder.playground) throw new Error('playground not started yet');
    return holder.playground;
  });
  let runtime: Runtime;
  try {
    runtime = await startRuntime(veille, {
      mode: socket ? 'socket' : 'http',
      botToken,
      signingSecret,
      ...(appToken && { appToken }),
      apiUrl: fake.url,
      port: options.port,
      host: LOOPBACK,
      routes: [...routes, ...(options.routes ?? [])],
      schedule: options.schedule ?? true,
      postIntervalMs: 0, // the playground's Slack has no rate limit: show posts at once
      gateways,
    });
  } catch (error) {
    await fake.close();
    await smsGateways.close();
    db.close();
    throw error;
  }
  const driver = new SlackDriver({ fake, appUrl: `http://${LOOPBACK}:${runtime.port}/slack/events`, signingSecret, ...(socket && { socket: fake.socketMode }) });
  const seed = async () => {
    if (options.seed === false) return;
    await seedExampleAlerts(driver);
    await runtime.slack.sender.kick();
  };
  const playground: Playground = {
    url: `http://localhost:${runtime.port}`,
    port: runtime.port,
    fake,
    driver,
    runtime,
    clock,
    veille,
    gateways,
    twilioAccountSid,
    exampleMember: null,
    smsGateways,
    phones: new SmsPhones(smsGateways, () => clock.now()),
    async reset() {
      await runtime.scheduler.runDue();
      await runtime.slack.sender.idle();
      emptyDatabase(db);
      fake.reset();
      playground.phones.clear();
      runtime.slack.membership.forget();
      clock.reset();
      store.forget();
      playground.exampleMember = registerExampleMember(playground);
      await seed();
      store.save();
    },
    async stop() {
      store.stop();
      await runtime.stop();
      store.save();
      await fake.close();
      await smsGateways.close();
      db.close();
    },
  };
  holder.playground = playground;
  // A new key each run: the member registered under the last one is registered again under this one.
  if (!fresh) for (const member of listMembers(db)) removeMember(db, null, { id: member.id }, clock.now(), 'playground');
  playground.exampleMember = registerExampleMember(playground);
  if (fresh) await seed();
  store.save();
  store.start();
  return playground;
}
