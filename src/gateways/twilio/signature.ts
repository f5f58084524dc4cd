import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Twilio's request signature (X-Twilio-Signature): base64 of HMAC-SHA1, keyed with the account's
 * auth token, over the full URL Twilio called followed by every POST parameter, sorted by name,
 * each written as name then value with nothing between.
 */
export function twilioSignature(authToken: string, url: string, params: ReadonlyArray<readonly [string, string]>): string {
  const sorted = [...params].sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const hmac = createHmac('sha1', authToken).update(url, 'utf8');
  for (const [name, value] of sorted) hmac.update(name, 'utf8').update(value, 'utf8');
  return hmac.digest('base64');
}

/** The URL the signature was computed over: PUBLIC_URL and the path, else the request's own host and path. */
export function signedUrl(req: IncomingMessage, publicUrl: string | undefined): string {
  const pathAndQuery = req.url ?? '/';
  if (publicUrl) return `${publicUrl.replace(/\/+$/, '')}${pathAndQuery}`;
  const forwarded = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0]!.trim();
  const scheme = forwarded === 'https' || forwarded === 'http' ? forwarded : (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
  return `${scheme}://${req.headers.host ?? 'localhost'}${pathAndQuery}`;
}

/**
 * Twilio may sign the URL with or without the default port (https://host:443/…), depending on how
 * the number was configured: both readings are accepted, nothing else.
 */
function urlVariants(url: string): string[] {
  // Read as text: the URL class would drop a default port by itself.
  const match = /^(https?):\/\/([^/?#:]+)(:\d+)?(.*)$/i.exec(url);
  if (!match) return [url];
  const [, scheme, host, port, rest] = match;
  const standard = scheme!.toLowerCase() === 'https' ? ':443' : ':80';
  if (port === undefined) return [url, `${scheme}://${host}${standard}${rest}`];
  return port === standard ? [url, `${scheme}://${host}${rest}`] : [url];
}

/** Whether the header is a signature of this request; compared in constant time. */
export function signatureMatches(authToken: string, url: string, params: ReadonlyArray<readonly [string, string]>, header: string | undefined): boolean {
  if (!header) return false;
  const given = Buffer.from(header.trim(), 'utf8');
  return urlVariants(url).some((candidate) => {
    const expected = Buffer.from(twilioSignature(authToken, candidate, params), 'utf8');
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}
