import { authenticate } from '../../api/auth.js';
import { ApiError } from '../../api/errors.js';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseJson, readBody, requireJson, sendJson } from '../../api/http.js';
import { receiptOf } from '../../api/representation.js';
import { takeGatewayReport, type IntakeProblem } from '../intake.js';
import type { GatewayDeps } from '../routes.js';
import { readKoboSubmission } from './submission.js';

/**
 * POST /api/v1/intake/kobo: a KoBoToolbox REST Service (format JSON) posts each new submission
 * here, with `Authorization: Bearer <token>` as a custom header (a token with alerts:write). The
 * answer is the API's receipt (201, or 200 with the same reference when KoBo retries), or a JSON
 * error KoBo shows in the REST Service's log; either way nothing is stored half-way.
 */
export async function koboSubmission(req: IncomingMessage, res: ServerResponse, { veille, kick }: GatewayDeps): Promise<void> {
  const caller = authenticate(veille, req, 'alerts:write');
  requireJson(req);
  const body = parseJson(await readBody(req));
  const reading = readKoboSubmission(body, veille.mission.intake?.kobo?.forms ?? [], veille.intake, veille.clock.now());
  const outcome = await takeGatewayReport(veille, {
    text: reading.text,
    via: 'form',
    gateway: 'kobo',
    externalId: reading.externalId,
    ...(reading.sender && { sender: reading.sender }),
    fields: reading.fields,
    // The audit trail is read widely: names of things, never answers.
    audit: {
      token: caller.token.name,
      form: reading.form.id,
      ...(reading.submittedAt && { submittedAt: reading.submittedAt }),
      ...(reading.unanswered.length > 0 && { unanswered: reading.unanswered.join(',') }),
    },
  });
  if (!outcome.ok) throw new ApiError(422, CODES[outcome.problem], `${outcome.message.replace(/\s*Nothing was (stored|logged)\.?$/, '')} Nothing was stored.`, outcome.field ?? 'description');
  const { alert, place, routes, replayed } = outcome;
  sendJson(res, replayed ? 200 : 201, receiptOf(alert, place, routes, [...reading.warnings, ...outcome.warnings], replayed));
  if (!replayed) kick();
}

const CODES: Record<IntakeProblem, 'invalid' | 'conduct_matter' | 'unknown_place'> = {
  empty: 'invalid',
  no_words: 'invalid',
  too_long: 'invalid',
  invalid: 'invalid',
  conduct_matter: 'conduct_matter',
  unknown_place: 'unknown_place',
};
