/**
 * The playground's HTTP routes, served by Bolt's receiver on the app's own port: the page (static
 * files, no build step), the state it polls, and the requests it makes. Only for this machine's
 * browser: requests naming another host (DNS rebinding) or another origin (a web page elsewhere
 * posting here) are refused, POSTs must be JSON, and the page runs under a strict CSP.
 */
import type { CustomRoute } from '@slack/bolt';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { act, close, dismiss, moveClock, openHome, PageError, reset, schemas, send, shortcut, submit } from './actions.js';
import type { Playground } from './playground.js';
import { humans, isPerson, pageState } from './state.js';
import { sendSms, smsPhone, smsSchema, smsSenders } from './sms.js';

const PAGE_FILES: Record<string, string> = {
  'app.js': 'text/javascript; charset=utf-8',
  'blocks.js': 'text/javascript; charset=utf-8',
  'mrkdwn.js': 'text/javascript; charset=utf-8',
  'sms.js': 'text/javascript; charset=utf-8',
  'style.css': 'text/css; charset=utf-8',
};

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
// Room for the longest message Slack's box takes (40,000 characters, up to 4 bytes each in UTF-8).
const MAX_BODY = 192 * 1024;

function readPage(name: string): string {
  return readFileSync(new URL(`./page/${name}`, import.meta.url), 'utf8');
}

function reply(res: ServerResponse, status: number, body: unknown, type = 'application/json; charset=utf-8', extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...extra });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

/** Is this request from a page served by this playground on this machine? */
function local(req: IncomingMessage): boolean {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
  if (!LOCAL_HOSTS.has(host)) return false;
  // Browsers send Origin on POSTs (and on cross-site GETs that matter): it must be this very page.
  const origin = req.headers.origin;
  return origin === undefined || origin === `http://${req.headers.host}`;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new PageError('Too much at once.');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return text.trim() === '' ? {} : (JSON.parse(text) as unknown);
  } catch {
    throw new PageError('Not JSON.');
  }
}

type Handler<S extends z.ZodType> = (playground: Playground, input: z.infer<S>) => Promise<object>;

function post<S extends z.ZodType>(path: string, schema: S, handler: Handler<S>, get: () => Playground): CustomRoute {
  return {
    path,
    method: ['POST'],
    handler: (req, res) => {
      void (async () => {
        if (!local(req)) return reply(res, 403, { error: 'The playground answers only its own page on this machine.' });
        if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return reply(res, 415, { error: 'Send JSON.' });
        try {
          const parsed = schema.safeParse(await readJson(req));
          if (!parsed.success) return reply(res, 400, { error: 'That request is not one the page makes.' });
          return reply(res, 200, await handler(get(), parsed.data));
        } catch (error) {
          if (error instanceof PageError) return reply(res, 400, { error: error.message });
          get().veille.log.error('playground request failed', { path, error: (error as Error).name });
          return reply(res, 500, { error: 'Something went wrong in the playground.' });
        }
      })();
    },
  };
}

export function playgroundRoutes(get: () => Playground): CustomRoute[] {
  const html = readPage('index.html');
  const files = Object.fromEntries(Object.keys(PAGE_FILES).map((name) => [name, readPage(name)]));
  const guard = (handler: (req: Parameters<CustomRoute["handler"]>[0], res: ServerResponse) => void): CustomRoute['handler'] =>
    (req, res) => (local(req) ? handler(req, res) : reply(res, 403, 'The playground answers only on this machine (localhost).', 'text/plain; charset=utf-8'));
  return [
    { path: '/', method: ['GET'], handler: guard((_req, res) => reply(res, 200, html, 'text/html; charset=utf-8', { 'Content-Security-Policy': CSP })) },
    { path: '/playground/people', method: ['GET'], handler: guard((_req, res) => reply(res, 200, humans(get()))) },
    {
      path: '/playground/state',
      method: ['GET'],
      handler: guard((req, res) => {
        const user = new URL(req.url ?? '/', 'http://localhost').searchParams.get('user') ?? '';
        if (!isPerson(get(), user)) return reply(res, 404, { error: `No one with id ${user} in this workspace.` });
        reply(res, 200, pageState(get(), user));
      }),
    },
    {
      // An image Veille uploaded (a digest's chart), for a person who can see the message sharing it.
      path: '/playground/files/:id',
      method: ['GET'],
      handler: guard((req, res) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const user = url.searchParams.get('user') ?? '';
        const id = String(req.params?.id ?? '');
        const file = get().fake.state.files.get(id);
        const shared = file && Object.keys(file.shares).some((channel) => get().fake.state.isMember(channel, user));
        if (!file?.content || !shared || !file.mimetype.startsWith('image/')) return reply(res, 404, 'Not found', 'text/plain; charset=utf-8');
        res.writeHead(200, { 'Content-Type': file.mimetype, 'Cache-Control': 'private, max-age=3600', 'X-Content-Type-Options': 'nosniff' });
        res.end(Buffer.from(file.content, 'base64'));
      }),
    },
    post('/playground/send', schemas.send, send, get),
    post('/playground/action', schemas.action, act, get),
    post('/playground/submit', schemas.submit, submit, get),
    post('/playground/close', schemas.close, close, get),
    post('/playground/home', schemas.home, openHome, get),
    post('/playground/shortcut', schemas.shortcut, shortcut, get),
    post('/playground/clock', schemas.clock, moveClock, get),
    post('/playground/dismiss', schemas.dismiss, dismiss, get),
    post('/playground/reset', schemas.reset, reset, get),
    { path: '/playground/sms/senders', method: ['GET'], handler: guard((_req, res) => reply(res, 200, smsSenders(get()))) },
    post('/playground/sms', smsSchema, sendSms, get),
    {
      // A sender's phone: what the box texted and every SMS Veille sent back (TwiML, then the gateway's API).
      path: '/playground/sms/phone',
      method: ['GET'],
      handler: guard((req, res) => {
        const phone = smsPhone(get(), new URL(req.url ?? '/', 'http://localhost').searchParams.get('from') ?? '');
        if (!phone) return reply(res, 404, { error: 'No such sender in the SMS box.' });
        reply(res, 200, phone);
      }),
    },
    {
      path: '/playground/:file',
      method: ['GET'],
      handler: guard((req, res) => {
        const name = String(req.params?.file ?? '');
        const type = PAGE_FILES[name];
        if (!type) return reply(res, 404, 'Not found', 'text/plain; charset=utf-8');
        reply(res, 200, files[name], type);
      }),
    },
  ];
}
