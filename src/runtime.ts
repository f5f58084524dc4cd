import { apiRoutes } from './api/index.js';
import type { Veille } from './context.js';
import type { GatewaySettings } from './gateways/settings.js';
import { timedJobs } from './jobs.js';
import { Scheduler } from './scheduler.js';
import { createSlackApp, type SlackOptions, type SlackRuntime } from './slack/app.js';
import { waitForSlack } from './slack/preflight.js';
import { startWorkerReader, type ReportReader } from './reading/reader.js';

export interface Runtime {
  slack: SlackRuntime;
  scheduler: Scheduler;
  /** The quick-report reader on its worker thread; null when reports are read inline. */
  reader: ReportReader | null;
  port: number;
  /** Runs what is due now (reminders, digests) and sends it: the cron tick, the playground's clock control. */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

/** Veille running: the Slack app, its outbox sender, and the timed jobs on the config's schedule. */
export async function startRuntime(
  given: Veille,
  options: SlackOptions & {
    schedule?: boolean;
    preflight?: { signal?: AbortSignal; firstDelayMs?: number };
    gateways?: GatewaySettings;
    /** Quick reports read on a worker thread (the default); false: on the main thread. */
    readOffThread?: boolean;
  },
): Promise<Runtime> {
  const reader = options.readOffThread === false ? null : startWorkerReader(given.intake, { log: given.log });
  const veille: Veille = reader ? { ...given, reader } : given;
  // The integration API shares the port; its writes kick the sender, which exists once the app does.
  const api = apiRoutes(veille, { kick: () => slack.sender.kick() }, options.gateways);
  const slack: SlackRuntime = createSlackApp(veille, { ...options, routes: [...(options.routes ?? []), ...api], smsReplies: options.gateways?.replies });
  const scheduler = new Scheduler(veille.clock, veille.log);
  for (const job of timedJobs(veille)) scheduler.add(job);
  scheduler.add({ name: 'send', run: () => slack.sender.kick() });
  // The port opens first (so /healthz and /readyz answer while Veille waits for Slack), then
  // Slack is checked (tokens, reachability), then Socket Mode connects.
  const port = await slack.listen();
  try {
    if (options.preflight) {
      await waitForSlack({ botToken: options.botToken, appToken: options.mode === 'socket' ? options.appToken : undefined, apiUrl: options.apiUrl, transport: options.transport, log: veille.log, ...options.preflight });
    }
    await slack.connect();
  } catch (error) {
    await slack.stop().catch(() => undefined);
    await reader?.close();
    throw error;
  }
  // What fell due while Veille was down goes out once now, not once per missed tick.
  await scheduler.runDue();
  if (options.schedule !== false) scheduler.start(veille.mission.sweepSchedule);
  return {
    slack,
    scheduler,
    reader,
    port,
    tick: async () => {
      await scheduler.runDue();
      await slack.sender.idle();
    },
    async stop() {
      await scheduler.stop();
      await slack.stop();
      await reader?.close();
    },
  };
}
