/**
 * Reading a Web API request the way Slack does. @slack/web-api's WebClient POSTs
 * application/x-www-form-urlencoded bodies, JSON-encoding every nested value (blocks, view,
 * attachments, metadata) as a string, and sends the token as `Authorization: Bearer`. Other
 * clients may POST JSON or put the token in the body; all of these are accepted.
 */
import type { IncomingMessage } from 'node:http';
import type { Json } from './types.js';

/** Free-text arguments that must stay strings even when they happen to look like JSON. */
const TEXT_ARGS = new Set(['text', 'markdown_text', 'fallback', 'username', 'private_metadata', 'query', 'title', 'initial_comment']);

export interface ParsedCall {
  args: Json;
  token?: string;
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Turns `blocks=[...]` back into the array the app passed to WebClient. */
function decodeValue(key: string, value: string): unknown {
  if (TEXT_ARGS.has(key)) return value;
  const first = value.trimStart()[0];
  if (first !== '{' && first !== '[') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function fromSearchParams(params: URLSearchParams, into: Json): void {
  for (const [key, value] of params) into[key] = decodeValue(key, value);
}

/** Arguments from query string and body; the Bearer header wins over a `token` argument. */
export function parseCall(rawBody: string, contentType: string | undefined, search: string, authorization: string | undefined): ParsedCall {
  const args: Json = {};
  fromSearchParams(new URLSearchParams(search), args);
  if (contentType?.includes('application/json')) {
    const parsed: unknown = rawBody.trim() === '' ? {} : JSON.parse(rawBody);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) Object.assign(args, parsed);
  } else if (rawBody.length > 0) {
    fromSearchParams(new URLSearchParams(rawBody), args);
  }
  const bearer = authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
  const bodyToken = typeof args.token === 'string' ? args.token : undefined;
  delete args.token;
  const token = bearer ?? bodyToken;
  return token === undefined ? { args } : { args, token };
}

/** Form values arrive as strings: "true", "1". */
export function isTrue(value: unknown): boolean {
  return value === true || value === 'true' || value === '1' || value === 1;
}

export function asString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}
