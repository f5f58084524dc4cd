/**
 * Socket Mode on the fake: `apps.connections.open` (with the app-level token) hands out a local
 * `ws://` URL; over that WebSocket the fake says hello, sends envelopes (slash commands,
 * interactions, events) and waits for their acknowledgements, pings, and can ask the app to
 * reconnect (`disconnect`) or drop the connection outright.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Json } from './types.js';
import { acceptWebSocket, type WebSocketPeer } from './websocket.js';

export type EnvelopeType = 'slash_commands' | 'interactive' | 'events_api';

export interface SocketAck {
  envelopeId: string;
  /** What the app answered with (a slash command's message, a view_submission's response_action). */
  payload?: Json;
}

const ACK_TIMEOUT_MS = 3000; // Slack's window, as over HTTP

export class FakeSocketMode {
  private peers = new Set<WebSocketPeer>();
  private tickets = new Set<string>();
  private waiting = new Map<string, (ack: SocketAck) => void>();
  private counter = 0;
  /** Envelopes sent to the app so far (a test can tell its requests went over the socket). */
  delivered = 0;
  /** The last envelope sent, for a test to send it again. */
  lastEnvelope: { envelopeId: string; type: EnvelopeType; payload: Json } | null = null;
  private pinger: NodeJS.Timeout;
  /** How many times the app asked for a connection URL. */
  opened = 0;
  /** Connections the app has made (hello sent), over the fake's life. */
  connections = 0;
  private connectedWaiters: Array<() => void> = [];

  constructor(
    readonly appToken: string,
    private appId: string,
    private base: () => string,
  ) {
    // Slack pings every few seconds; the client reconnects if it hears nothing for 30 s.
    this.pinger = setInterval(() => {
      for (const peer of this.peers) peer.ping();
    }, 5000);
    this.pinger.unref();
  }

  /** The answer to apps.connections.open for this token. */
  open(token: string | undefined): Json {
    if (!token) return { ok: false, error: 'not_authed' };
    if (token !== this.appToken) return { ok: false, error: 'invalid_auth' };
    this.opened += 1;
    const ticket = `ticket-${++this.counter}`;
    this.tickets.add(ticket);
    return { ok: true, url: `${this.base().replace(/^http/, 'ws')}/socket-mode?ticket=${ticket}` };
  }

  /** The server's 'upgrade' handler. */
  upgrade(req: IncomingMessage, socket: Duplex): void {
    const url = new URL(req.url ?? '/', 'http://fake-slack.local');
    const ticket = url.searchParams.get('ticket') ?? '';
    if (url.pathname !== '/socket-mode' || !this.tickets.delete(ticket)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\n\r\n');
      return;
    }
    const peer = acceptWebSocket(req, socket, {
      message: (text) => this.received(text),
      closed: () => this.peers.delete(peer!),
    });
    if (!peer) return;
    this.peers.add(peer);
    this.connections += 1;
    peer.send(JSON.stringify({ type: 'hello', num_connections: this.peers.size, debug_info: { host: 'fake-slack', approximate_connection_time: 18060 }, connection_info: { app_id: this.appId } }));
    for (const resolve of this.connectedWaiters.splice(0)) resolve();
  }

  get connected(): boolean {
    return this.peers.size > 0;
  }

  /** Resolves once the app holds a connection (at once if it already does). */
  whenConnected(): Promise<void> {
    if (this.connected) return Promise.resolve();
    return new Promise((resolve) => this.connectedWaiters.push(resolve));
  }

  /**
   * Sends one envelope and resolves with the app's acknowledgement; rejects after Slack's 3 s.
   * `envelopeId` sends an earlier envelope again, as Slack does when its acknowledgement was lost.
   */
  async deliver(type: EnvelopeType, payload: Json, options: { retryAttempt?: number; retryReason?: string; envelopeId?: string } = {}): Promise<SocketAck> {
    await this.whenConnected();
    this.delivered += 1;
    const peer = [...this.peers].at(-1)!;
    const envelopeId = options.envelopeId ?? `env-${++this.counter}`;
    this.lastEnvelope = { envelopeId, type, payload };
    const acked = new Promise<SocketAck>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(envelopeId);
        reject(new Error(`no acknowledgement for ${type} within 3 s`));
      }, ACK_TIMEOUT_MS);
      this.waiting.set(envelopeId, (ack) => {
        clearTimeout(timer);
        resolve(ack);
      });
    });
    peer.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type,
        payload,
        accepts_response_payload: type !== 'events_api',
        ...((type === 'events_api' || options.retryAttempt) && { retry_attempt: options.retryAttempt ?? 0, retry_reason: options.retryReason ?? '' }),
      }),
    );
    return acked;
  }

  /** Slack's "please reconnect" (it does this every few hours): the app opens a new connection. */
  askToReconnect(reason = 'refresh_requested'): void {
    for (const peer of this.peers) peer.send(JSON.stringify({ type: 'disconnect', reason, debug_info: { host: 'fake-slack' } }));
  }

  /** The network drops every connection without a word. */
  dropAll(): void {
    for (const peer of [...this.peers]) peer.destroy();
  }

  close(): void {
    clearInterval(this.pinger);
    for (const peer of [...this.peers]) peer.destroy();
  }

  private received(text: string): void {
    let message: { envelope_id?: unknown; payload?: Json };
    try {
      message = JSON.parse(text) as typeof message;
    } catch {
      return;
    }
    if (typeof message.envelope_id !== 'string') return;
    this.waiting.get(message.envelope_id)?.({ envelopeId: message.envelope_id, ...(message.payload !== undefined && { payload: message.payload }) });
    this.waiting.delete(message.envelope_id);
  }
}

/**
 * The HTTP body Slack would post to the app, sent instead as the Socket Mode envelope carrying the
 * same payload; the acknowledgement's payload comes back as the response body.
 */
export async function sendOverSocket(socket: FakeSocketMode, body: string, contentType: string, options: { forge?: string; headers?: Record<string, string> }): Promise<{ status: number; body: unknown; text: string; headers: Record<string, string>; elapsedMs: number }> {
  if (options.forge) throw new Error('forgeries are an HTTP matter: Socket Mode has no signatures');
  let envelope: { type: EnvelopeType; payload: Json };
  if (contentType.includes('json')) envelope = { type: 'events_api', payload: JSON.parse(body) as Json };
  else {
    const form = new URLSearchParams(body);
    const payload = form.get('payload');
    envelope = payload !== null ? { type: 'interactive', payload: JSON.parse(payload) as Json } : { type: 'slash_commands', payload: Object.fromEntries(form) };
  }
  const started = performance.now();
  const ack = await socket.deliver(envelope.type, envelope.payload, { retryAttempt: Number(options.headers?.['X-Slack-Retry-Num'] ?? 0) });
  const text = ack.payload === undefined ? '' : JSON.stringify(ack.payload);
  return { status: 200, body: ack.payload ?? '', text, headers: {}, elapsedMs: performance.now() - started };
}
