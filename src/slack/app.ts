import { App, HTTPReceiver, SocketModeReceiver, type CustomRoute } from '@slack/bolt';
import type { Server } from 'node:http';
import { WebClient } from '@slack/web-api';
import type { Veille } from '../context.js';
import { boltLogger } from '../log.js';
import { Membership } from './membership.js';
import { OutboxSender } from './outbox-sender.js';
import type { ListenerDeps } from './listeners/deps.js';
import * as actions from './listeners/actions.js';
import * as commands from './listeners/commands.js';
import * as events from './listeners/events.js';
import * as shortcuts from './listeners/shortcuts.js';
import * as views from './listeners/views.js';
import * as reminderActions from './listeners/reminder-actions.js';
import * as cardActions from './listeners/card-actions.js';
import * as alternatives from './listeners/alternatives.js';

export interface SlackOptions {
  mode: 'http' | 'socket';
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  /** Web API base URL: Slack's by default, a proxy or the fake Slack otherwise. */
  apiUrl?: string;
  port: number;
  host?: string;
  /** Milliseconds between two posts in one channel (Slack's pace: about one a second); 0 for tests. */
  postIntervalMs?: number;
  /** How long a Web API call may take before it counts as failed (and is retried from the outbox). */
  slackTimeoutMs?: number;
  /** More HTTP routes on the same port (the API, the playground). */
  routes?: CustomRoute[];
}

export interface SlackRuntime {
  app: App;
  /** The Web API client with the bot token (the outbox, membership, start-up checks). */
  client: WebClient;
  sender: OutboxSender;
  membership: Membership;
  /** Resolves with the port actually listened on. */
  start(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Bolt's own single-workspace authorization asks Slack (`auth.test`) who the bot is and, if Slack is
 * down at that moment, fails every request after it. Ours remembers the answer once it has one and
 * never lets a Slack outage stop a report from being stored and acknowledged.
 */
function botIdentity(client: WebClient, botToken: string): () => Promise<{ botToken: string; botId?: string; botUserId?: string }> {
  let identity: { botId?: string; botUserId?: string } | null = null;
  let asking: Promise<void> | null = null;
  const ask = () =>
    (asking ??= client.auth
      .test()
      .then((r) => void (identity = { botId: r.bot_id, botUserId: r.user_id }))
      .catch(() => undefined)
      .finally(() => (asking = null)));
  void ask();
  return async () => {
    if (!identity) await Promise.race([ask(), new Promise((resolve) => setTimeout(resolve, 500))]);
    return { botToken, ...(identity ?? {}) };
  };
}

const healthz: CustomRoute = {
  path: '/healthz',
  method: ['GET'],
  handler: (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('ok');
  },
};

/** The Bolt app: the receiver the environment asks for, our listeners, the outbox sender. */
export function createSlackApp(veille: Veille, options: SlackOptions): SlackRuntime {
  const routes = [healthz, ...(options.routes ?? [])];
  const logger = boltLogger(veille.log) as never;
  const receiver =
    options.mode === 'socket'
      ? new SocketModeReceiver({ appToken: options.appToken!, customRoutes: routes, installerOptions: { port: options.port }, logger })
      : new HTTPReceiver({ signingSecret: options.signingSecret!, endpoints: '/slack/events', customRoutes: routes, processBeforeResponse: false, logger });
  // The outbox owns retries: one failed call must come back to it, not block in the client.
  const clientOptions = { slackApiUrl: options.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, timeout: options.slackTimeoutMs ?? 10_000 };
  const client = new WebClient(options.botToken, { ...clientOptions, logger: logger as never });
  const app = new App({
    authorize: botIdentity(client, options.botToken),
    receiver,
    logger,
    convoStore: false, // Veille keeps no conversation state in Bolt
    clientOptions,
  });
  const membership = new Membership(client, veille.clock, veille.log);
  const sender = new OutboxSender(veille, client, options.postIntervalMs ?? 1000);
  const deps: ListenerDeps = {
    veille,
    sender,
    slack: {
      isMember: membership.isMember,
      openModal: async (triggerId, view) => {
        await client.views.open({ trigger_id: triggerId, view: view as never });
      },
    },
  };
  for (const group of [commands, actions, alternatives, views, shortcuts, events, reminderActions, cardActions]) group.register(app, deps);
  app.error(async (error) => {
    veille.log.error('slack listener failed', { error: error.name, code: (error as { code?: string }).code });
  });

  let server: Server | null = null;
  return {
    app,
    client,
    sender,
    membership,
    async start() {
      if (options.mode === 'socket') {
        await app.start();
        void sender.kick();
        return options.port;
      }
      server = (await app.start({ port: options.port, host: options.host })) as Server;
      void sender.kick();
      const address = server.address();
      return typeof address === 'object' && address ? address.port : options.port;
    },
    async stop() {
      sender.stop();
      await app.stop();
      await sender.idle();
    },
  };
}
