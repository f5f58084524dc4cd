import type { ServerResponse } from 'node:http';

/** The five characters XML gives a meaning to, written as entities. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** TwiML that sends one SMS back to the sender. */
export function messageTwiml(text: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><Response><Message>${escapeXml(text)}</Message></Response>`;
}

export function sendTwiml(res: ServerResponse, status: number, twiml: string): void {
  res.writeHead(status, { 'content-type': 'text/xml; charset=utf-8', 'content-length': Buffer.byteLength(twiml), 'cache-control': 'no-store' });
  res.end(twiml);
}

/** Refusals Twilio only logs (bad signature, gateway off): plain text for whoever reads Twilio's debugger. */
export function sendPlain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
  res.end(text);
}
