import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Veille } from '../context.js';
import { rapidProSms } from './rapidpro/handler.js';
import type { GatewaySettings } from './settings.js';
import { twilioSms } from './twilio/handler.js';
import { koboSubmission } from './kobo/endpoint.js';

/** What a gateway endpoint is given by the API router. */
export interface GatewayDeps {
  veille: Veille;
  gateways: GatewaySettings;
  kick(): void;
}

export interface GatewayRoute {
  method: 'POST';
  path: string;
  handle(req: IncomingMessage, res: ServerResponse, deps: GatewayDeps): Promise<void>;
}

/** The field intake endpoints, served by the API router beside /api/v1/alerts. */
export const GATEWAY_ROUTES: GatewayRoute[] = [
  { method: 'POST', path: '/api/v1/intake/sms/twilio', handle: (req, res, d) => twilioSms(req, res, d.veille, d.gateways, d.kick) },
  { method: 'POST', path: '/api/v1/intake/sms/rapidpro', handle: (req, res, d) => rapidProSms(req, res, d.veille, d.gateways, d.kick) },
  { method: 'POST', path: '/api/v1/intake/kobo', handle: koboSubmission },
];
