import { systemClock } from './clock.js';
import { ConfigError } from './config/errors.js';
import { chooseMode, readEnv, type Env } from './config/env.js';
import { loadMission } from './config/mission.js';
import type { Veille } from './context.js';
import { readHashKey } from './gateways/network/key.js';
import type { GatewaySettings } from './gateways/settings.js';
import { replyWarnings, smsReplySettings } from './reporter/sms-send.js';
import { createIntakeContext } from './intake/index.js';
import { consoleLogger } from './log.js';
import { checkChannels } from './slack/channel-check.js';
import { startRuntime, type Runtime } from './runtime.js';
import { slackTransport } from './slack/transport.js';
import { openDatabase } from './store/db.js';
import { acquireInstanceLock } from './store/instance-lock.js';
import { releaseClaims } from './store/outbox.js';
import { registryWarnings } from './gateways/network/check.js';
import { startPlayground, LOOPBACK } from './playground/playground.js';
import type { Mission } from './config/mission.js';
import type { Logger } from './log.js';

/** The field intake gateways' settings; a too-short INTAKE_HASH_KEY leaves the registry off, as the CLI says. */
function gatewaySettings(env: Env): GatewaySettings {
  const key = readHashKey(process.env);
  return { publicUrl: env.PUBLIC_URL, twilioAuthToken: env.TWILIO_AUTH_TOKEN, intakeHashKey: key.ok ? key.key : null, replies: smsReplySettings(env) };
}

/** Start-up: environment → mission config → database → Slack. A bad config stops here with one clear line. */
async function main(): Promise<void> {
  const log = consoleLogger();
  const env = readEnv();
  const mode = chooseMode(env);
  const mission = loadMission(env.MISSION_CONFIG);
  if (mode === 'playground') return runPlayground(mission, env.PORT, log);
  // One Veille per database: a second one would send every post twice.
  const lock = acquireInstanceLock(env.DATABASE_PATH);
  const db = openDatabase(env.DATABASE_PATH);
  releaseClaims(db); // whoever claimed them before us is gone: we hold the lock
  for (const warning of registryWarnings(db, process.env)) log.warn(warning);
  for (const warning of replyWarnings(mission.intake?.replyToReporter, smsReplySettings(env))) log.warn(warning);
  const veille: Veille = { db, mission, clock: systemClock, intake: createIntakeContext(mission), log };
  const transport = slackTransport(env);
  const apiUrl = env.SLACK_API_URL ?? 'https://slack.com/api/';
  log.info(`starting (${mode === 'socket' ? 'Socket Mode' : 'HTTP'}): Slack at ${apiUrl}${transport.proxy ? ` through the proxy ${transport.proxy}` : ''}`, { mission: mission.name, database: env.DATABASE_PATH });

  // SIGTERM or Ctrl-C at any moment, waiting for Slack included, stops cleanly.
  const starting = new AbortController();
  let runtime: Runtime | null = null;
  const shutdown = async () => {
    log.info('stopping');
    // Whatever hangs (a post Slack never answers, a socket mid-reconnect), the process ends: the
    // outbox and the database are consistent at every moment, so nothing is lost by exiting.
    setTimeout(() => {
      log.warn('stopping took more than 15 s; exiting now');
      process.exit(0);
    }, 15_000).unref();
    starting.abort();
    await runtime?.stop();
    await (transport.dispatcher as { close?: () => Promise<void> } | undefined)?.close?.();
    db.close();
    lock.release();
    log.info('stopped');
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  try {
    runtime = await startRuntime(veille, {
      mode,
      botToken: env.SLACK_BOT_TOKEN!,
      signingSecret: env.SLACK_SIGNING_SECRET,
      appToken: env.SLACK_APP_TOKEN,
      apiUrl: env.SLACK_API_URL,
      port: env.PORT,
      postIntervalMs: env.SLACK_POST_INTERVAL_MS,
      transport,
      preflight: { signal: starting.signal },
      gateways: gatewaySettings(env),
    });
  } catch (error) {
    if (starting.signal.aborted) return; // shutdown() is finishing
    db.close();
    lock.release();
    throw error;
  }
  log.info(`Veille is running (${mode === 'socket' ? 'Socket Mode, connected' : 'HTTP'})`, { mission: mission.name, port: runtime.port, database: env.DATABASE_PATH });
  void checkChannels(runtime.slack.client, mission, log);
}

/**
 * No Slack variables: the playground, the real app against an in-process fake Slack with a page to
 * drive it. Its own database file unless DATABASE_PATH says otherwise; loopback only (no login).
 */
async function runPlayground(mission: Mission, port: number, log: Logger): Promise<void> {
  const databasePath = process.env.DATABASE_PATH?.trim() || 'data/playground.db';
  // The playground's reset empties its database: never while a Veille (or another playground) uses it.
  const lock = acquireInstanceLock(databasePath);
  // `npm start -- --socket`: the pretend Slack talks to the app over Socket Mode, as on a mission server.
  const transport = process.argv.includes('--socket') ? 'socket' : 'http';
  const playground = await startPlayground({ mission, port, databasePath, log, transport }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') throw new Error(`port ${port} is already in use: choose another, e.g. PORT=3001 npm start`);
    throw error;
  });
  console.log(`Veille playground: ${playground.url} (listening on ${LOOPBACK} only: this machine, no login${transport === 'socket' ? '; Slack over Socket Mode' : ''})`);
  log.info('no Slack variables set: running the local playground', { mission: mission.name, database: databasePath });
  const shutdown = async () => {
    await playground.stop();
    lock.release();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

// One line, whatever stopped start-up: a bad config (exit 2), the database in use, a token Slack rejected.
main().catch((error: unknown) => {
  console.error(`Veille cannot start: ${(error as Error).message}`);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
