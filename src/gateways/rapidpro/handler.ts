import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticate } from '../../api/auth.js';
import { ApiError } from '../../api/errors.js';
import { parseJson, readBody, requireJson, sendJson } from '../../api/http.js';
import type { Veille } from '../../context.js';
import { takeGatewayReport } from '../intake.js';
import { replyText } from '../replies.js';
import { memberLookup, type GatewaySettings } from '../settings.js';
import { readRapidProBody } from './body.js';

/**
 * POST /api/v1/intake/sms/rapidpro: a RapidPro / TextIt flow's "Call webhook", with a bearer token
 * holding alerts:write. Answers JSON the flow can use: `reference` and `reply` (the SMS to send
 * back, @webhook.json.reply), 201 when logged, 200 when the same message came again, 422 with a
 * `reply` too when nothing could be logged.
 */
export async function rapidProSms(req: IncomingMessage, res: ServerResponse, veille: Veille, settings: GatewaySettings, kick: () => void): Promise<void> {
  const caller = authenticate(veille, req, 'alerts:write');
  requireJson(req);
  const report = readRapidProBody(parseJson(await readBody(req)));
  if (!report) throw new ApiError(422, 'invalid', 'Send the Call webhook body as a JSON object (contact, input or results).');

  const outcome = await takeGatewayReport(
    veille,
    { text: report.text, via: 'sms', gateway: 'rapidpro', externalId: report.externalId, sender: report.sender, language: report.language, audit: { token: caller.token.name } },
    { lookupMember: memberLookup(veille.db, settings) },
  );
  const reply = replyText(outcome);
  if (!outcome.ok) {
    sendJson(res, 422, { error: { code: outcome.problem, message: outcome.message, ...(outcome.field && { field: outcome.field }) }, reference: null, reply });
    return;
  }
  sendJson(res, outcome.replayed ? 200 : 201, { reference: outcome.alert.reference, reply, replayed: outcome.replayed });
  if (!outcome.replayed) kick();
}
