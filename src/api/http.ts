import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from './errors.js';

/** Bodies above this are refused (413) without being held in memory. */
const MAX_BODY_BYTES = 1024 * 1024;
// A client that keeps sending after the 413 is cut off once this much has been thrown away.
const MAX_DRAINED_BYTES = 16 * MAX_BODY_BYTES;

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store', ...headers });
  res.end(text);
}

export function sendError(res: ServerResponse, error: ApiError): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, error.status, error.body(), error.headers);
}

/**
 * Reads a request body up to `limit` bytes. A declared length over the limit is refused at once; an
 * undeclared (chunked) one is counted as it comes. Either way the rest is drained, not kept, so the
 * client gets its 413 instead of a reset connection.
 */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const tooLarge = () => new ApiError(413, 'too_large', `The body is larger than ${limit.toLocaleString('en')} bytes.`, undefined, { connection: 'close' });
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    drain(req);
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.off('end', onEnd);
        chunks.length = 0;
        drain(req, size);
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => resolve(Buffer.concat(chunks));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', reject);
  });
}

function drain(req: IncomingMessage, already = 0): void {
  let thrown = already;
  req.on('data', (chunk: Buffer) => {
    thrown += chunk.length;
    if (thrown > MAX_DRAINED_BYTES) req.socket.destroy();
  });
  req.resume();
}

/** Accepts application/json (any charset) and +json types; a missing Content-Type is taken as JSON. */
export function requireJson(req: IncomingMessage): void {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === '' || type === 'application/json' || type.endsWith('+json')) return;
  throw new ApiError(415, 'unsupported_media_type', `Send JSON with Content-Type: application/json (got ${type.slice(0, 80)}).`, 'Content-Type');
}

export function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch (error) {
    throw new ApiError(400, 'malformed_json', `The body is not valid UTF-8 JSON: ${(error as Error).message.slice(0, 200)}`);
  }
}
