import { ManualClock } from '../../src/clock.js';
import { loadMission, type Mission } from '../../src/config/mission.js';
import type { Veille } from '../../src/context.js';
import { exampleWorkspace, FakeSlack, SlackDriver } from '../../src/fake-slack/index.js';
import { createIntakeContext } from '../../src/intake/index.js';
import { silentLogger, type Logger } from '../../src/log.js';
import type { SlackRuntime } from '../../src/slack/app.js';
import { startRuntime, type Runtime } from '../../src/runtime.js';
import type { GatewaySettings } from '../../src/gateways/settings.js';
import { openDatabase, type Db } from '../../src/store/db.js';

export const BOT_TOKEN = 'xoxb-integration-test';
export const SIGNING_SECRET = 'integration-signing-secret';
export const APP_TOKEN = 'xapp-1-integration-test';
/** 22 Nov 2026, 08:00 in Goma (06:00 UTC). */
export const MORNING = Date.UTC(2026, 10, 22, 6, 0, 0);

export interface Running {
  fake: FakeSlack;
  driver: SlackDriver;
  veille: Veille;
  slack: SlackRuntime;
  runtime: Runtime;
  db: Db;
  clock: ManualClock;
  mission: Mission;
  /** Waits until every listener in flight has finished and the outbox has sent everything due. */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The real Veille app over HTTP (Bolt's HTTP receiver, signed requests) against the fake Slack,
 * with the example mission, an in-memory (or given) database and a manual clock.
 */
export interface StartOptions {
  databasePath?: string;
  clock?: ManualClock;
  mission?: Mission;
  slackTimeoutMs?: number;
  log?: Logger;
  postIntervalMs?: number;
  mode?: 'http' | 'socket';
  gateways?: GatewaySettings;
  /** Quick reports read on the worker thread, as in production (VEILLE_TEST_READER=worker for a whole suite); default: inline. */
  readOffThread?: boolean;
  /** The fake Slack of an earlier run (a restart); left open by stop(), its owner closes it. */
  fake?: FakeSlack;
}

export async function startVeille(options: StartOptions = {}): Promise<Running> {
  const clock = options.clock ?? new ManualClock(MORNING);
  const mission = options.mission ?? loadMission('data/mission.example.json');
  // VEILLE_TEST_TRANSPORT=socket runs a whole suite over Socket Mode instead of signed HTTP.
  const socket = (options.mode ?? process.env.VEILLE_TEST_TRANSPORT) === 'socket';
  const fake = options.fake ?? (await FakeSlack.start({ botToken: BOT_TOKEN, now: () => clock.now(), ...exampleWorkspace(mission), ...(socket && { appToken: APP_TOKEN }) }));
  const db = openDatabase(options.databasePath ?? ':memory:');
  const veille: Veille = { db, mission, clock, intake: createIntakeContext(mission), log: options.log ?? silentLogger };
  // No cron in tests: they move the clock and call tick().
  const runtime = await startRuntime(veille, { mode: socket ? 'socket' : 'http', botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, ...(socket && { appToken: APP_TOKEN }), apiUrl: fake.url, port: 0, host: '127.0.0.1', schedule: false, slackTimeoutMs: options.slackTimeoutMs, postIntervalMs: options.postIntervalMs ?? 0, socketPingTimeoutMs: 300, gateways: options.gateways, readOffThread: options.readOffThread ?? process.env.VEILLE_TEST_READER === 'worker' });
  const { slack, port } = runtime;
  // Over Socket Mode the driver sends the same payloads as envelopes on the app's WebSocket.
  const driver = new SlackDriver({ fake, appUrl: `http://127.0.0.1:${port}/slack/events`, signingSecret: SIGNING_SECRET, ...(socket && { socket: fake.socketMode }) });
  const settle = async () => {
    // Bolt acknowledges before the listener finishes: wait for every listener in flight, then drain
    // the outbox; again if a request came in meanwhile. No sleeping: the app's own work is waited on.
    do {
      await slack.listeners.quiet();
      await slack.sender.kick();
      await slack.sender.idle();
    } while (slack.listeners.size > 0);
  };
  return {
    fake,
    driver,
    veille,
    slack,
    runtime,
    db,
    clock,
    mission,
    settle,
    async stop() {
      await runtime.stop();
      if (!options.fake) await fake.close();
      db.close();
    },
  };
}

/**
 * Veille gone and started again: the runtime stopped and its database closed (the fake Slack, like
 * the real one, carries on), then a new Veille on the same database file, clock and Slack. The new
 * one's stop() leaves the fake open: close it after (`before.fake.close()`).
 */
export async function restartVeille(before: Running, databasePath: string, options: Omit<StartOptions, 'databasePath' | 'clock' | 'mission' | 'fake'> = {}): Promise<Running> {
  await before.runtime.stop();
  before.db.close();
  return startVeille({ ...options, databasePath, clock: before.clock, mission: before.mission, fake: before.fake });
}

/** Every text a message carries, blocks included, for "does this appear anywhere" assertions. */
export function textOf(message: unknown): string {
  return JSON.stringify(message);
}
