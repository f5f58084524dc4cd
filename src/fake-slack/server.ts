/**
 * The HTTP side of the fake: `/api/<method>` for the Web API and `/response/<id>` for response
 * URLs, on 127.0.0.1. It only parses and routes; what to answer is decided by FakeSlack.
 */
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { type ParsedCall, parseCall, readBody } from './form.js';
import type { Json } from './types.js';

export interface HttpAnswer {
  status: number;
  headers?: Record<string, string>;
  /** Objects are sent as JSON, strings as text, Buffers as bytes. */
  body: Json | string | Buffer;
}

export interface FakeRoutes {
  api(method: string, call: ParsedCall): Promise<HttpAnswer>;
  response(id: string, body: Json): Promise<HttpAnswer>;
  /** Bytes POSTed to an upload URL (files.getUploadURLExternal), and GETs of a file's URL. */
  upload?(id: string, body: Buffer, contentType: string | undefined): Promise<HttpAnswer>;
  file?(id: string): HttpAnswer;
  /** WebSocket upgrades (Socket Mode). */
  upgrade?(req: IncomingMessage, socket: Duplex): void;
}

function send(res: ServerResponse, answer: HttpAnswer): void {
  if (Buffer.isBuffer(answer.body)) {
    res.writeHead(answer.status, { 'Content-Type': 'application/octet-stream', ...answer.headers });
    res.end(answer.body);
    return;
  }
  const isText = typeof answer.body === 'string';
  res.writeHead(answer.status, {
    'Content-Type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
    ...answer.headers,
  });
  res.end(isText ? answer.body : JSON.stringify(answer.body));
}

/** Bolt's respond() posts JSON; older integrations post `payload=<json>` forms. */
function parseResponseBody(raw: string, contentType: string | undefined): Json {
  if (contentType?.includes('application/x-www-form-urlencoded')) {
    const payload = new URLSearchParams(raw).get('payload');
    return payload ? (JSON.parse(payload) as Json) : {};
  }
  return raw.trim() === '' ? {} : (JSON.parse(raw) as Json);
}

async function route(routes: FakeRoutes, req: IncomingMessage): Promise<HttpAnswer> {
  const url = new URL(req.url ?? '/', 'http://fake-slack.local');
  // File bytes are binary: read raw, before anything decodes them as text.
  const upload = url.pathname.match(/^\/upload\/([A-Z0-9]+)$/);
  if (upload && req.method === 'POST' && routes.upload) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return routes.upload(upload[1]!, Buffer.concat(chunks), req.headers['content-type']);
  }
  const file = url.pathname.match(/^\/files\/([A-Z0-9]+)$/);
  if (file && req.method === 'GET' && routes.file) return routes.file(file[1]!);
  const raw = await readBody(req);
  const contentType = req.headers['content-type'];
  const api = url.pathname.match(/^\/api\/([A-Za-z0-9_.]+)$/);
  if (api) {
    let call: ParsedCall;
    try {
      call = parseCall(raw, contentType, url.search, req.headers.authorization);
    } catch {
      return { status: 200, body: { ok: false, error: 'invalid_json' } };
    }
    return routes.api(api[1] as string, call);
  }
  const response = url.pathname.match(/^\/response\/([A-Za-z0-9_-]+)$/);
  if (response && req.method === 'POST') {
    let body: Json;
    try {
      body = parseResponseBody(raw, contentType);
    } catch {
      return { status: 400, body: 'invalid_payload' };
    }
    return routes.response(response[1] as string, body);
  }
  return { status: 404, body: { ok: false, error: 'unknown_route' } };
}

export interface RunningServer {
  baseUrl: string;
  close(): Promise<void>;
}

export async function startServer(routes: FakeRoutes, port = 0): Promise<RunningServer> {
  const server: Server = createServer((req, res) => {
    route(routes, req).then(
      (answer) => send(res, answer),
      (error: unknown) => send(res, { status: 500, body: { ok: false, error: 'fatal_error', detail: String(error) } }),
    );
  });
  server.on('upgrade', (req, socket) => (routes.upgrade ? routes.upgrade(req, socket) : socket.destroy()));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Clients (fetch) keep connections alive; without this close() would wait for them to time out.
        server.closeAllConnections();
      }),
  };
}
