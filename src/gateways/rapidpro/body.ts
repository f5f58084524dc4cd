import { createHash } from 'node:crypto';
import type { Language } from '../../domain/taxonomy.js';

/**
 * A RapidPro / TextIt "Call webhook" body, read as the flow posts it. The editor's default body has
 * `contact` (uuid, name, urn), `flow` and `results` (each `{value, category}`); flows that add
 * `input` (the message: uuid, text, urn) and `run` (uuid) get exact idempotency. Older flows post
 * the legacy payload, with the same names. Anything else in the body is ignored.
 */
export interface RapidProReport {
  text: string;
  /** msg:<input.uuid>, else run:<run.uuid>:<text hash>, else body:<hash of the body>. */
  externalId: string;
  sender?: string;
  language?: Language;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const sha = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex').slice(0, 32);

/** Null when the body is not a JSON object at all. */
export function readRapidProBody(body: unknown): RapidProReport | null {
  if (!isObject(body)) return null;
  const input = isObject(body.input) ? body.input : {};
  const contact = isObject(body.contact) ? body.contact : {};
  const run = isObject(body.run) ? body.run : {};
  const said = text(input.text) ?? resultsText(body.results) ?? text(body.text) ?? '';
  const messageId = text(input.uuid) ?? (typeof input.id === 'number' ? String(input.id) : undefined);
  const runId = text(run.uuid);
  const externalId = messageId ? `msg:${messageId}` : runId ? `run:${runId}:${sha(said)}` : `body:${sha(JSON.stringify(body))}`;
  const sender = urnOf(contact.urn) ?? urnOf(body.urn) ?? urnOf(input.urn);
  const language = languageOf(contact.language);
  return { text: said, externalId, ...(sender && { sender }), ...(language && { language }) };
}

/** The flow's results as one text: each value, in the order the flow collected them. */
function resultsText(results: unknown): string | undefined {
  if (!isObject(results)) return undefined;
  const values = Object.values(results)
    .map((r) => (isObject(r) ? text(r.value) : text(r)))
    .filter((v): v is string => v !== undefined);
  return values.length > 0 ? values.join('. ') : undefined;
}

/** `tel:+243…` as a string, or the legacy `{scheme, path}` object. */
function urnOf(urn: unknown): string | undefined {
  if (typeof urn === 'string' && urn.trim() !== '') return urn.trim().slice(0, 200);
  if (isObject(urn) && typeof urn.path === 'string') return `${typeof urn.scheme === 'string' ? urn.scheme : 'tel'}:${urn.path}`.slice(0, 200);
  return undefined;
}

/** RapidPro's contact language is ISO 639-3 (fra, eng). */
function languageOf(value: unknown): Language | undefined {
  if (value === 'fra' || value === 'fr') return 'fr';
  if (value === 'eng' || value === 'en') return 'en';
  return undefined;
}
