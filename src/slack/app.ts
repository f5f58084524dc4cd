import { App, HTTPReceiver, SocketModeReceiver, type CustomRoute } from '@slack/bolt';
import { durable } from '../store/durability.js';
import type { Server } from 'node:http';
import { WebClient } from '@slack/web-api';
import type { Veille } from '../context.js';
import { boltLogger } from './bolt-logger.js';
import { readerLanguage } from './render/language.js';
import { SlackLocales } from './locales.js';
import { Membership } from './membership.js';
import { OutboxSender } from './outbox-sender.js';
import { InFlight } from './in-flight.js';
import type { SmsReplySettings } from '../reporter/sms-send.js';
import { ReplayGuard } from './replay-guard.js';
import { SocketReplayGuard } from './socket-replay-guard.js';
import { oncePerTrigger } from './once-per-trigger.js';
import { slackWindow } from './slack-window.js';
import { retryWhenMembershipUnknown } from './membership-retry.js';
import type { SlackTransport } from './transport.js';
import { Readiness } from './readiness.js';
import { listenerRouter } from './listener-router.js';
import type { ListenerDeps } from './listeners/deps.js';
import * as actions from './listeners/actions.js';
import * as commands from './listeners/commands.js';
import * as events from './listeners/events.js';
import * as shortcuts from './listeners/shortcuts.js';
import * as views from './listeners/views.js';
import * as reminderActions from './listeners/reminder-actions.js';
import * as cardActions from './listeners/card-actions.js';
import * as alternatives from './listeners/alternatives.js';
import * as leftChannel from './listeners/left-channel.js';

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
  /**
   * Socket Mode: how long to wait for a pong, which is also the step of the reconnection back-off
   * (Slack's client waits this times the failures in a row). 5 s by default; tests shorten it.
   */
  socketPingTimeoutMs?: number;
  /** The outbound proxy (HTTPS_PROXY/NO_PROXY) for every Slack client; direct when absent. */
  transport?: SlackTransport;
  /** The SMS gateways' outbound APIs (replies to reporters by SMS); none by default. */
  smsReplies?: SmsReplySettings;
}

export interface SlackRuntime {
  app: App;
  /** The Web API client with the bot token (the outbox, membership, start-up checks). */
  client: WebClient;
  sender: OutboxSender;
  /** The requests whose listeners are still running (Bolt acknowledges before they finish). */
  listeners: InFlight;
  membership: Membership;
  /** Ready once Slack is reachable and (Socket Mode) connected: what /readyz answers. */
  readiness: Readiness;
  /** Opens the HTTP port (Slack's requests in HTTP mode; health and the API in both); resolves with it. */
  listen(): Promise<number>;
  /** Socket Mode: connects the WebSocket. Then marks Slack reachable and starts sending. */
  connect(): Promise<void>;
  /** listen() then connect(); resolves with the port. */
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

/**
 * How Socket Mode asks for a new connection URL after losing its connection: forever, waiting up to
 * a minute between tries. (The library's default gives up after about 30 minutes, and its give-up
 * is an unhandled rejection that would end the process during a long outage.)
 */
const SOCKET_RECONNECT_RETRIES = { forever: true, factor: 2, minTimeout: 1000, maxTimeout: 60_000 };

const SLACK_ENDPOINT = '/slack/events';

/**
 * Every answer the app gives Slack (the acknowledgement a receiver sends, a `respond` to a
 * response_url) waits until the commits made before it are on stable storage: nobody is told
 * "logged" about a write a power cut could undo. Concurrent requests share one fsync
 * (store/durability.ts). Bolt builds `ack` in the receiver and `respond` from `app.fetchFn`, and
 * hands listeners their own copy of the arguments, so the two are wrapped where Bolt makes them.
 */
function answerOnlyWhatIsOnDisk(app: App, veille: Veille, listeners: InFlight): void {
  const processEvent = app.processEvent.bind(app);
  // Bolt's processEvent settles once every listener has: counted from here, for whoever waits on the app's work.
  app.processEvent = (event) =>
    listeners.track(
      processEvent({
        ...event,
        ack: async (response) => {
          await durable(veille.db);
          return event.ack(response);
        },
      }),
    );
  // fetchFn (the fetch behind respond()) is private in Bolt's App: no public type to name it by.
  const bolt = app as unknown as { fetchFn: typeof fetch };
  const fetchFn = bolt.fetchFn;
  bolt.fetchFn = async (...request) => {
    await durable(veille.db);
    return fetchFn(...request);
  };
}

/** A receiver's own HTTP server is private in Bolt, so reached through a cast: Veille listens and closes the Socket Mode one itself. */
function receiverServer(receiver: SocketModeReceiver | HTTPReceiver): Server {
  return (receiver as unknown as { httpServer: Server }).httpServer;
}

/** The Bolt app: the receiver the environment asks for, our listeners, the outbox sender. */
export function createSlackApp(veille: Veille, options: SlackOptions): SlackRuntime {
  const readiness = new Readiness();
  if (options.mode === 'socket') readiness.socketConnected = false;
  const routes = [...readiness.routes(), ...(options.routes ?? [])];
  const logger = boltLogger(veille.log);
  const { fetch, dispatcher } = options.transport ?? {};
  // Every client — ours, Bolt's (listeners' `client`, `respond`), Socket Mode's own — gets the same
  // API URL and the same way out (the proxy), or apps.connections.open would go straight to Slack.
  const reach = { ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}), ...(fetch ? { fetch } : {}) };
  const receiver =
    options.mode === 'socket'
      ? new SocketModeReceiver({ appToken: options.appToken!, dispatcher, clientPingTimeout: options.socketPingTimeoutMs ?? 5000, customRoutes: routes, installerOptions: { port: options.port, clientOptions: { ...reach, retryConfig: SOCKET_RECONNECT_RETRIES } }, logger })
      : // The signature is checked once, by the guard below: Bolt's own check would do it again on every request.
        new HTTPReceiver({ signingSecret: options.signingSecret!, signatureVerification: false, endpoints: SLACK_ENDPOINT, customRoutes: routes, processBeforeResponse: false, logger });
  if (receiver instanceof HTTPReceiver) {
    // Slack's signature and timestamp checked, and a signed request replayed within the five-minute window answered as before, not processed again.
    const guard = new ReplayGuard({ signingSecret: options.signingSecret!, log: veille.log });
    receiver.requestListener = guard.wrap(receiver.requestListener, [SLACK_ENDPOINT]);
  }
  // The outbox owns retries: one failed call must come back to it, not block in the client.
  const clientOptions = { ...reach, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, timeout: options.slackTimeoutMs ?? 10_000 };
  const client = new WebClient(options.botToken, { ...clientOptions, logger });
  const app = new App({
    authorize: botIdentity(client, options.botToken),
    receiver,
    logger,
    convoStore: false, // Veille keeps no conversation state in Bolt
    clientOptions,
  });
  const listeners = new InFlight();
  answerOnlyWhatIsOnDisk(app, veille, listeners);
  const membership = new Membership(client, veille.clock, veille.log);
  const locales = new SlackLocales(client);
  const sender = new OutboxSender(veille, client, options.postIntervalMs ?? 1000, { isMember: membership.isMember, languageOf: locales.languageOf }, fetch, options.smsReplies, clientOptions.timeout);
  const deps: ListenerDeps = {
    veille,
    sender,
    membership,
    slack: {
      isMember: membership.isMember,
      languageOf: locales.languageOf,
      openModal: async (triggerId, view) => {
        await client.views.open({ trigger_id: triggerId, view: view });
      },
    },
  };
  app.use(slackWindow());
  app.use(oncePerTrigger());
  app.use(retryWhenMembershipUnknown((user) => readerLanguage(deps, user)));
  const registry = listenerRouter(app);
  for (const group of [commands, actions, alternatives, views, shortcuts, events, leftChannel, reminderActions, cardActions]) group.register(registry, deps);
  app.error(async (error) => {
    veille.log.error('slack listener failed', { error: error.name, code: (error as { code?: string }).code });
  });

  const socketClient = receiver instanceof SocketModeReceiver ? receiver.client : null;
  // An envelope Slack sends again (its ack lost) is acknowledged as before, not processed again.
  if (socketClient) new SocketReplayGuard({ log: veille.log }).install(socketClient);
  // The connection's life in the log, one line per change (start-up itself says "Veille is running").
  let everConnected = false;
  socketClient?.on('connected', () => {
    if (everConnected) veille.log.info('Socket Mode connected again');
    everConnected = true;
    readiness.socketConnected = true;
  });
  socketClient?.on('close', () => {
    if (readiness.socketConnected) veille.log.warn('Socket Mode connection lost; reconnecting');
    readiness.socketConnected = false;
  });
  for (const state of ['reconnecting', 'disconnected']) socketClient?.on(state, () => void (readiness.socketConnected = false));

  const listen = async (): Promise<number> => {
    let server: Server;
    if (receiver instanceof SocketModeReceiver) {
      // The receiver's own HTTP server (health, the API): listening before the WebSocket connects,
      // so /readyz can say "not yet" while Veille waits for Slack.
      server = receiverServer(receiver);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, options.host, () => resolve());
      });
    } else {
      server = (await app.start({ port: options.port, host: options.host })) as Server;
    }
    const address = server.address();
    return typeof address === 'object' && address ? address.port : options.port;
  };
  const connect = async (): Promise<void> => {
    // Socket Mode: resolves once Slack's hello has arrived on the WebSocket.
    if (socketClient) await socketClient.start();
    readiness.slackReachable = true;
    void sender.kick();
  };
  return {
    app,
    client,
    sender,
    listeners,
    membership,
    readiness,
    listen,
    connect,
    async start() {
      const port = await listen();
      await connect();
      return port;
    },
    async stop() {
      sender.stop();
      if (socketClient) {
        await socketClient.disconnect();
        await new Promise((resolve) => receiverServer(receiver).close(resolve));
      } else await app.stop();
      await sender.idle();
    },
  };
}
