import type { CustomRoute } from '@slack/bolt';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Veille } from '../context.js';
import { ApiError } from './errors.js';
import { createAlert, exportCsv, exportXlsx, getAlertDetail, getDigest, listAlerts, serveDocument, type HandlerDeps, type Request } from './handlers.js';
import { sendError } from './http.js';
import { GATEWAY_ROUTES } from '../gateways/routes.js';
import type { GatewaySettings } from '../gateways/settings.js';

type Handler = (request: Request, deps: HandlerDeps) => void | Promise<void>;

interface Route {
  method: 'GET' | 'POST';
  pattern: RegExp;
  names: string[];
  handler: Handler;
}

function route(method: Route['method'], path: string, handler: Handler): Route {
  const names: string[] = [];
  const source = path.replace(/[.]/g, '\\.').replace(/\{(\w+)\}/g, (_m, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { method, pattern: new RegExp(`^${source}$`), names, handler };
}

/** The API's paths, as in the OpenAPI document. */
const ROUTES: Route[] = [
  route('GET', '/api/v1/openapi.json', serveDocument),
  route('POST', '/api/v1/alerts', createAlert),
  route('GET', '/api/v1/alerts', listAlerts),
  route('GET', '/api/v1/alerts/{ref}', getAlertDetail),
  route('GET', '/api/v1/digests/{section}', getDigest),
  route('GET', '/api/v1/export.csv', exportCsv),
  route('GET', '/api/v1/export.xlsx', exportXlsx),
  // Field intake gateways (Twilio, RapidPro, KoBoToolbox) in their own formats.
  ...GATEWAY_ROUTES.map((g) => route(g.method, g.path, ({ req, res }, deps) => g.handle(req, res, deps))),
];

/** Finds the handler; a known path with another method is a 405, anything else under /api a JSON 404. */
async function dispatch(req: IncomingMessage, res: ServerResponse, deps: HandlerDeps): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://veille.invalid');
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const method = (req.method ?? 'GET').toUpperCase();
  const matching = ROUTES.filter((r) => r.pattern.test(path));
  const found = matching.find((r) => r.method === method);
  if (!found) {
    if (matching.length > 0) {
      const allow = [...new Set(matching.map((r) => r.method))].join(', ');
      throw new ApiError(405, 'method_not_allowed', `${method} is not allowed here; use ${allow}.`, undefined, { allow });
    }
    throw new ApiError(404, 'not_found', `No endpoint ${path.slice(0, 100)}; see /api/v1/openapi.json.`);
  }
  const values = found.pattern.exec(path)!.slice(1);
  const params: Record<string, string> = {};
  found.names.forEach((name, i) => {
    try {
      params[name] = decodeURIComponent(values[i]!);
    } catch {
      throw new ApiError(404, 'not_found', `Malformed ${name} in the path.`, name);
    }
  });
  await found.handler({ req, res, query: url.searchParams, params }, deps);
}

/**
 * The integration API as Bolt custom routes: served on the app's PORT in HTTP and Socket Mode
 * alike. One catch-all route hands every /api/v1 request to our own small router, so unknown
 * paths and wrong methods answer in JSON like every other error.
 */
export function apiRoutes(veille: Veille, sender: { kick(): Promise<void> | void }, gateways: GatewaySettings = {}): CustomRoute[] {
  const deps: HandlerDeps = {
    veille,
    gateways,
    kick: () => {
      void Promise.resolve(sender.kick()).catch(() => undefined);
    },
  };
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    dispatch(req, res, deps).catch((error: unknown) => {
      if (error instanceof ApiError) return sendError(res, error);
      veille.log.error('api request failed', { error: (error as Error).name, method: req.method });
      sendError(res, new ApiError(500, 'internal', 'Something went wrong; nothing was stored half-way. Try again.'));
    });
  };
  return [{ path: '/api/v1{/*rest}', method: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'], handler }];
}
