import { durable } from '../store/durability.js';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GatewaySettings } from '../gateways/settings.js';
import { logAlert } from '../alerts/flows.js';
import { getAlert, routesOf } from '../alerts/service.js';
import { placeById, type Veille } from '../context.js';
import { parseReference, type Alert } from '../domain/alert.js';
import { eventsOf, recordEvent, type AlertEvent } from '../store/events.js';
import { draftFromInput, readDescription, type AlertInput } from './alert-input.js';
import { digestFigures } from './digest.js';
import { authenticate, type Caller } from './auth.js';
import { csvHeader, csvRow, type ExportRow } from './csv.js';
import { XLSX_TYPE, XlsxExport } from './xlsx.js';
import { documentText, validateBody } from './document.js';
import { ApiError, invalid } from './errors.js';
import { checkParams, decodeCursor, encodeCursor, EXPORT_PARAMS, LIST_PARAMS, readFilter, routesOfMany, selectAlerts } from './filters.js';
import { parseJson, readBody, requireJson, sendJson } from './http.js';
import { findKey, idempotencyKeyOf, requestHash, saveKey } from './idempotency.js';
import { alertView, eventView, isRestrictedRead, receiptOf } from './representation.js';

export interface Request {
  req: IncomingMessage;
  res: ServerResponse;
  query: URLSearchParams;
  params: Record<string, string>;
}

export interface HandlerDeps {
  veille: Veille;
  /** PUBLIC_URL, TWILIO_AUTH_TOKEN, INTAKE_HASH_KEY for the field intake gateways. */
  gateways: GatewaySettings;
  /** Starts sending what a write put in the outbox (the Slack cards). */
  kick(): void;
}

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 500;
const EXPORT_BATCH = 1000;

/** Reads that reveal restricted details or a source identity are audited, one event per alert, naming the token. */
function recordReveals(veille: Veille, caller: Caller, alerts: Alert[], surface: string): void {
  const revealed = alerts.filter((a) => isRestrictedRead(a, caller.can('restricted:read')));
  if (revealed.length === 0) return;
  const at = veille.clock.now();
  veille.db.transaction(() => {
    for (const alert of revealed) {
      recordEvent(veille.db, { alertId: alert.id, at, actor: caller.actor, type: 'revealed', data: { surface, token: caller.token.name, source: alert.sourceDetail !== null } });
    }
  })();
}

export function serveDocument({ res }: Request): void {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' });
  res.end(documentText);
}

/** POST /alerts: validate, then one transaction: idempotency check, the alert (state, event, cards), the key. */
export async function createAlert({ req, res }: Request, { veille, kick }: HandlerDeps): Promise<void> {
  const caller = authenticate(veille, req, 'alerts:write');
  requireJson(req);
  const key = idempotencyKeyOf(req);
  const body = parseJson(await readBody(req));
  const input = validateBody<AlertInput>('AlertInput', body);
  const hash = requestHash(body);
  const { db } = veille;
  // Read before the transaction (on the reader's thread); a replayed key wastes this reading, nothing else.
  const read = await readDescription(veille, input.description);

  const outcome = db.transaction((): { status: 200 | 201; receipt: unknown } => {
    if (key) {
      const stored = findKey(db, caller.token.name, key);
      if (stored && stored.requestHash !== hash) {
        throw new ApiError(409, 'idempotency_conflict', 'This Idempotency-Key was used with a different body; use a new key for a new alert.', 'Idempotency-Key');
      }
      if (stored) return { status: 200, receipt: { ...(stored.receipt as object), replayed: true } };
    }
    const { draft, warnings } = draftFromInput(veille, input, read);
    const { alert, routes } = logAlert(veille, draft, caller.actor, { extra: { token: caller.token.name, ...(key ? { idempotencyKey: key } : {}) } });
    const receipt = receiptOf(alert, placeById(veille, alert.placeId), routes, warnings, false);
    if (key) saveKey(db, { tokenName: caller.token.name, key, requestHash: hash, alertId: alert.id, receipt, at: alert.createdAt });
    veille.log.info('alert logged', { reference: alert.reference, via: 'api', token: caller.token.name });
    return { status: 201, receipt };
  })();
  await durable(db); // "logged" means on disk before the caller is told
  sendJson(res, outcome.status, outcome.receipt);
  if (outcome.status === 201) kick();
}

/** GET /alerts: a page in id order, with a cursor for the next one. */
export function listAlerts({ req, res, query }: Request, { veille }: HandlerDeps): void {
  const caller = authenticate(veille, req, 'alerts:read');
  checkParams(query, LIST_PARAMS);
  const filter = readFilter(veille, query);
  const limitText = query.get('limit');
  const limit = limitText === null ? DEFAULT_LIMIT : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw invalid('limit', `limit: a whole number from 1 to ${MAX_LIMIT}.`);
  const cursor = query.get('cursor');
  const afterId = cursor ? decodeCursor(cursor) : 0;

  const restrictedRead = caller.can('restricted:read');
  const found = selectAlerts(veille, filter, { afterId, limit: limit + 1, restrictedRead });
  const page = found.slice(0, limit);
  const routes = routesOfMany(veille, page.map((a) => a.id));
  const alerts = page.map((a) => alertView(a, placeById(veille, a.placeId), routes.get(a.id)!, veille.mission, restrictedRead, duplicateShown(veille, a, restrictedRead)));
  recordReveals(veille, caller, page, 'api_list');
  const last = page.at(-1);
  sendJson(res, 200, { alerts, nextCursor: last ? encodeCursor(last.id) : cursor || null, hasMore: found.length > limit });
}

/** GET /alerts/{ref}: one alert and its audit trail. */
export function getAlertDetail({ req, res, query, params }: Request, { veille }: HandlerDeps): void {
  const caller = authenticate(veille, req, 'alerts:read');
  checkParams(query, []);
  const ref = params.ref ?? '';
  const id = parseReference(veille.mission.referencePrefix, ref);
  const alert = id === null ? null : getAlert(veille.db, id);
  if (!alert) throw new ApiError(404, 'not_found', `No alert ${ref.slice(0, 40)}.`, 'ref');
  const restrictedRead = caller.can('restricted:read');
  const view = alertView(alert, placeById(veille, alert.placeId), routesOf(veille.db, alert.id), veille.mission, restrictedRead, duplicateShown(veille, alert, restrictedRead));
  recordReveals(veille, caller, [alert], 'api_show');
  // A restricted alert's trail (who handles it, what they did) is a detail too.
  const linked = duplicateShown(veille, alert, restrictedRead);
  const events = view.detail === 'full' ? eventsOf(veille.db, alert.id).map((e) => eventView(linked ? e : withoutDuplicate(veille, e), restrictedRead)) : [];
  sendJson(res, 200, { alert: view, events });
}

/** GET /digests/{section}?date=: the digest's figures for that day. */
export function getDigest({ req, res, query, params }: Request, { veille }: HandlerDeps): void {
  const caller = authenticate(veille, req, 'alerts:read');
  checkParams(query, ['date']);
  sendJson(res, 200, digestFigures(veille, caller, params.section ?? '', query.get('date') ?? ''));
}

/** Every matching alert, oldest first, read in batches so a large export stays small in memory; each batch's reveals audited. */
function* exportRows(veille: Veille, caller: Caller, query: URLSearchParams): Generator<ExportRow> {
  const filter = readFilter(veille, query);
  const restrictedRead = caller.can('restricted:read');
  let afterId = 0;
  for (;;) {
    const batch = selectAlerts(veille, filter, { afterId, limit: EXPORT_BATCH, restrictedRead });
    if (batch.length === 0) break;
    const routes = routesOfMany(veille, batch.map((a) => a.id));
    for (const alert of batch) yield { alert, place: placeById(veille, alert.placeId), routes: routes.get(alert.id)! };
    recordReveals(veille, caller, batch, 'api_export');
    afterId = batch.at(-1)!.id;
  }
}

function sendFile(res: Request['res'], type: string, name: string, body: string | Buffer): void {
  res.writeHead(200, {
    'content-type': type,
    'content-disposition': `attachment; filename="${name}"`,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  res.end(body);
}

/** GET /export.csv: the CSV, after a UTF-8 byte-order mark unless bom=false. */
export function exportCsv({ req, res, query }: Request, { veille }: HandlerDeps): void {
  const caller = authenticate(veille, req, 'alerts:read');
  checkParams(query, [...EXPORT_PARAMS, 'bom']);
  const bom = query.get('bom') ?? 'true';
  if (bom !== 'true' && bom !== 'false') throw invalid('bom', 'bom: true (the default) or false.');
  const restrictedRead = caller.can('restricted:read');
  const parts: string[] = [csvHeader(bom === 'true')];
  for (const row of exportRows(veille, caller, query)) parts.push(csvRow(row, veille.mission, restrictedRead));
  sendFile(res, 'text/csv; charset=utf-8; header=present', 'veille-alerts.csv', parts.join(''));
}

/** GET /export.xlsx: the same columns, filters and masking as the CSV, as a spreadsheet. */
export async function exportXlsx({ req, res, query }: Request, { veille }: HandlerDeps): Promise<void> {
  const caller = authenticate(veille, req, 'alerts:read');
  checkParams(query, EXPORT_PARAMS);
  const sheet = new XlsxExport(veille.mission, caller.can('restricted:read'), new Date(veille.clock.now()));
  for (const row of exportRows(veille, caller, query)) sheet.add(row);
  sendFile(res, XLSX_TYPE, 'veille-alerts.xlsx', await sheet.buffer());
}

/** Which alert this one duplicates, when that one is restricted, is a restricted detail too. */
function duplicateShown(veille: Veille, alert: Alert, restrictedRead: boolean): boolean {
  return restrictedRead || alert.duplicateOf === null || getAlert(veille.db, alert.duplicateOf)?.sensitivity !== 'restricted';
}

/** An event as told without naming a restricted alert this one was closed as a duplicate of. */
function withoutDuplicate(veille: Veille, event: AlertEvent): AlertEvent {
  const id = event.data.duplicateOf;
  if (typeof id !== 'number' || getAlert(veille.db, id)?.sensitivity !== 'restricted') return event;
  return { ...event, data: { ...event.data, duplicateOf: null } };
}
