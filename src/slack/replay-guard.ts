import { createHmac, timingSafeEqual } from 'node:crypto';
import { parse as parseForm } from 'node:querystring';
import { RecentDeliveries } from './recent-deliveries.js';
import type { IncomingMessage, OutgoingHttpHeader, OutgoingHttpHeaders, RequestListener, ServerResponse } from 'node:http';
import type { Logger } from '../log.js';

/**
 * The one check of Slack's signature, in front of Bolt's HTTP receiver, with replay protection.
 * Bolt's receiver runs with `signatureVerification: false` (app.ts): checking here and again in Bolt
 * cost a second HMAC and two more parses of every body. Here, as Bolt would:
 * - no signature, a wrong one (over a changed body too), or a timestamp more than five minutes old:
 *   refused (401) and logged, never handed to Bolt; Slack's unsigned SSL check (`ssl_check=1`) goes
 *   to Bolt with nothing else of its body, as Bolt's own check would pass it;
 * and beyond Bolt:
 * - a request dated more than five minutes ahead is refused (401), like a stale one;
 * - a validly signed request already seen (same signature, or same trigger_id) is not handed to
 *   Bolt again: it gets the answer the first one got, once that is known.
 * What has been seen is kept in memory, bounded, each entry until its signature could no longer pass
 * the five-minute check (measured on the monotonic clock, so a wall-clock jump cannot shorten it).
 */

const WINDOW_S = 5 * 60;
const BODY_LIMIT = 4 * 1024 * 1024; // Bolt's default

interface Answer {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

interface Entry {
  expiresAt: number;
  answer: Promise<Answer>;
}

export interface ReplayGuardOptions {
  signingSecret: string;
  log: Logger;
  /** Wall-clock milliseconds, the clock Slack's timestamps and Bolt's check use. */
  now?: () => number;
  /** Monotonic milliseconds, for expiry. */
  monotonic?: () => number;
  /** At most this many requests remembered; the oldest give way first. */
  maxEntries?: number;
}

export class ReplayGuard {
  private readonly seen: RecentDeliveries<Entry>;
  private readonly now: () => number;
  private readonly monotonic: () => number;

  constructor(private readonly options: ReplayGuardOptions) {
    this.now = options.now ?? Date.now;
    this.monotonic = options.monotonic ?? (() => performance.now());
    this.seen = new RecentDeliveries<Entry>(options.maxEntries ?? 10_000, this.monotonic);
  }

  /** How many requests are remembered now (for tests and health). */
  get size(): number {
    return this.seen.size;
  }

  /** The receiver's request listener with the guard in front of its Slack endpoints (matched as Bolt's receiver matches them). */
  wrap(inner: RequestListener, endpoints: readonly string[]): RequestListener {
    return (req, res) => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      // Other routes (health, API, playground) and other methods go straight through, synchronously,
      // so the receiver's own error handling for them is unchanged.
      if (req.method?.toUpperCase() !== 'POST' || !endpoints.includes(path)) return inner(req, res);
      void this.guard(req, res, inner).catch((error: unknown) => {
        this.options.log.warn('slack request could not be read', { error: (error as Error).name });
        if (!res.headersSent) res.writeHead(400);
        res.end();
      });
    };
  }

  private async guard(req: IncomingMessage, res: ServerResponse, inner: RequestListener): Promise<void> {
    const body = await readBody(req);
    if (body === null) {
      res.writeHead(413);
      res.end();
      return;
    }
    // Bolt reads the body from here instead of the (now consumed) stream.
    const buffered = req as IncomingMessage & { rawBody?: Buffer };
    buffered.rawBody = body;
    // (a charset parameter after the media type still means a form: "application/x-www-form-urlencoded; charset=utf-8")
    const form = header(req, 'content-type')?.split(';')[0]?.trim().toLowerCase() === 'application/x-www-form-urlencoded' ? parseForm(body.toString('utf8')) : null;
    if (form?.ssl_check === '1') {
      // Slack's SSL check is not signed: Bolt answers it, and must see nothing else of the body.
      buffered.rawBody = Buffer.from('ssl_check=1');
      inner(req, res);
      return;
    }
    const signature = header(req, 'x-slack-signature');
    const timestamp = Number(header(req, 'x-slack-request-timestamp'));
    const nowS = Math.floor(this.now() / 1000);
    const refused =
      !signature || !Number.isFinite(timestamp)
        ? 'unsigned'
        : timestamp < nowS - WINDOW_S
          ? 'stale'
          : timestamp > nowS + WINDOW_S
            ? 'dated in the future'
            : this.signedBySlack(signature, timestamp, body)
              ? null
              : 'signature mismatch';
    if (refused) {
      // The reason and the clock skew only: never the signature or the body.
      this.options.log.warn(`slack request refused: ${refused}`, refused === 'unsigned' ? {} : { skew_s: timestamp - nowS });
      res.writeHead(401);
      res.end();
      return;
    }
    const keys = [`signature:${signature}`];
    const trigger = form ? triggerIdOf(form) : null;
    if (trigger) keys.push(`trigger:${trigger}`);
    const earlier = this.seen.earlier(keys);
    if (earlier) {
      this.options.log.warn('slack request replayed: answered as before, not processed again', { by: earlier === this.seen.get(keys[0]!) ? 'signature' : 'trigger_id' });
      const answer = await earlier.answer;
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body);
      return;
    }
    // Accepted until the timestamp is five minutes old: remember it that long, and a second more.
    const entry: Entry = { expiresAt: this.monotonic() + Math.max(0, timestamp + WINDOW_S - nowS + 1) * 1000, answer: capture(res) };
    this.seen.remember(keys, entry);
    inner(req, res);
  }

  private signedBySlack(signature: string, timestamp: number, body: Buffer): boolean {
    const expected = `v0=${createHmac('sha256', this.options.signingSecret).update(`v0:${timestamp}:`).update(body).digest('hex')}`;
    const a = Buffer.from(signature);
    const b = Buffer.from(expected);
    return a.length === b.length && timingSafeEqual(a, b);
  }


}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The whole body, or null when it is over Bolt's limit (the request is then dropped, as leaving a
 * `for await` over it would). Read with events: an async iterator over the stream cost more than
 * the read itself on every Slack request.
 */
function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= BODY_LIMIT) return void chunks.push(chunk);
      req.off('data', onData);
      req.destroy();
      resolve(null);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

/** A slash command's trigger_id, or an interaction payload's (a repeated field: its first value). */
function triggerIdOf(form: ReturnType<typeof parseForm>): string | null {
  const direct = first(form.trigger_id);
  if (direct) return direct;
  const payload = first(form.payload);
  if (!payload) return null;
  try {
    const parsed = JSON.parse(payload) as { trigger_id?: unknown };
    return typeof parsed.trigger_id === 'string' && parsed.trigger_id !== '' ? parsed.trigger_id : null;
  } catch {
    return null;
  }
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Resolves with what the response sent once it is finished (or cut off). */
function capture(res: ServerResponse): Promise<Answer> {
  let status = 200;
  let headers: OutgoingHttpHeaders = {};
  const chunks: Buffer[] = [];
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((code: number, ...rest: unknown[]) => {
    status = code;
    const given = rest.find((r) => r !== undefined && typeof r !== 'string');
    if (Array.isArray(given)) {
      for (let i = 0; i + 1 < given.length; i += 2) headers[String(given[i])] = given[i + 1] as OutgoingHttpHeader;
    } else if (given) headers = { ...(given as OutgoingHttpHeaders) };
    return writeHead(code, ...rest);
  }) as typeof res.writeHead;
  const keep = (chunk: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk);
    return write(chunk, ...rest);
  }) as typeof res.write;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    keep(chunk);
    return end(chunk, ...rest);
  }) as typeof res.end;
  return new Promise((resolve) => {
    const done = () => resolve({ status, headers: { ...res.getHeaders(), ...headers }, body: Buffer.concat(chunks) });
    res.once('finish', done);
    res.once('close', done);
  });
}
