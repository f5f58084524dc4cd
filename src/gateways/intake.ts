import { draftFromInput, readDescription, type AlertInput } from '../api/alert-input.js';
import { ApiError } from '../api/errors.js';
import { logAlert } from '../alerts/flows.js';
import { getAlert, routesOf } from '../alerts/service.js';
import type { Place } from '../config/mission.js';
import { placeById, type Veille } from '../context.js';
import type { Alert } from '../domain/alert.js';
import type { RouteRow } from '../api/representation.js';
import type { Language } from '../domain/taxonomy.js';
import { detectLanguage, tokenize } from '../intake/index.js';
import { durable } from '../store/durability.js';
import { statement } from '../store/db.js';
import { gatewayReporter, readGatewayReporter, sourceIdentity, type Gateway, type SourceStanding } from './source.js';

/**
 * The common path of every field intake gateway (Twilio and RapidPro SMS, KoBoToolbox forms). A
 * gateway turns its webhook into a GatewayReport; this stores it through the same draft decision,
 * routing, outbox and audit events as /alert and POST /api/v1/alerts (draftFromInput, logAlert),
 * once per (gateway, externalId), and says what happened so the gateway can answer in its own shape.
 */

/** A form's structured answers, already mapped to alert fields; each wins over what the text says. */
export type GatewayFields = Omit<AlertInput, 'description' | 'sourceDetail' | 'language'>;

export interface GatewayReport {
  /** What the sender wrote (an SMS body, a form's description and unmapped answers). */
  text: string;
  via: 'sms' | 'form';
  gateway: Gateway;
  /** The gateway's own id of the message (MessageSid, RapidPro message or run id, KoBo _uuid). */
  externalId: string;
  /** The phone number or submitter: kept as the restricted source identity, never posted. */
  sender?: string;
  /** A gazetteer place id for when the text names no place (a known member's village). */
  defaultPlace?: string;
  /** The sender is a registered community-alert-network member (its registered name). */
  knownMember?: { name: string };
  fields?: GatewayFields;
  /** The language the gateway knows the sender uses; else read from the text. */
  language?: Language;
  /** Facts for the `logged` audit event (a token's name); never a phone number or free text. */
  audit?: Record<string, string>;
}

/** A known member as the registry finds it by phone number. */
export interface KnownMember {
  place: string | null;
  name: string;
}

export interface IntakeOptions {
  /** The known-network-member registry (src/gateways/network): null/undefined for an unknown number. */
  lookupMember?: (phone: string) => KnownMember | null | undefined;
}

/** Why nothing was stored. */
export type IntakeProblem = 'empty' | 'no_words' | 'too_long' | 'conduct_matter' | 'unknown_place' | 'invalid';

export type IntakeOutcome =
  | { ok: true; alert: Alert; place: Place | null; routes: RouteRow[]; standing: SourceStanding; replayed: boolean; warnings: string[]; language: Language }
  | { ok: false; problem: IntakeProblem; language: Language; message: string; field?: string };

/** As POST /api/v1/alerts: a description longer than this is refused whole, not cut. */
const MAX_TEXT = 4000;

/**
 * Stores a gateway report as an alert (or finds the one already stored for its externalId). The
 * answer is given only once the alert is on disk. Call `kick` of the outbox sender afterwards when
 * `ok && !replayed`, so the cards go out.
 */
export async function takeGatewayReport(veille: Veille, report: GatewayReport, options: IntakeOptions = {}): Promise<IntakeOutcome> {
  const { db } = veille;
  // Read before the transaction, as /alert's reports are (on the reader's thread), when the text can be
  // a report at all; the transaction below still refuses what checkText refuses, and a message already
  // taken only wastes this reading.
  const read = checkText(veille, report) ? undefined : await readDescription(veille, report.text);
  const outcome = db.transaction((): IntakeOutcome => {
    const earlier = findTaken(veille, report.gateway, report.externalId);
    if (earlier) return earlier;
    const problem = checkText(veille, report);
    if (problem) return problem;

    const member = report.knownMember ? { place: report.defaultPlace ?? null, name: report.knownMember.name } : report.sender && options.lookupMember ? (options.lookupMember(report.sender) ?? null) : null;
    const standing: SourceStanding = member ? 'member' : 'unverified';
    let drafted: ReturnType<typeof draftFromInput>;
    try {
      drafted = draftFromInput(
        veille,
        {
          ...report.fields,
          description: report.text,
          ...(report.language && { language: report.language }),
          ...(member && !report.fields?.sourceType && { sourceType: 'community_alert_network' as const }),
        },
        read,
      );
    } catch (error) {
      if (error instanceof ApiError) return refused(veille, report, problemOf(error), error.message, error.field);
      throw error;
    }
    const { draft, warnings } = drafted;
    // A known member's village (or the gateway's default) stands in when the text names no place.
    const fallback = report.defaultPlace ?? member?.place ?? null;
    const placeId = draft.placeId ?? (fallback && placeById(veille, fallback) ? fallback : null);
    const { alert, routes } = logAlert(
      veille,
      { ...draft, placeId, reportedVia: report.via, sourceDetail: sourceIdentity(report.gateway, report.sender, member ?? undefined) },
      gatewayReporter(report.gateway, standing),
      { extra: { gateway: report.gateway, externalId: report.externalId, source: standing, ...(draft.placeId === null && placeId !== null && { placeFrom: 'known_member' }), ...report.audit } },
    );
    statement(db, 'INSERT INTO gateway_intake (gateway, external_id, alert_id, created_at) VALUES (?, ?, ?, ?)').run(report.gateway, report.externalId, alert.id, alert.createdAt);
    veille.log.info('alert logged', { reference: alert.reference, via: report.via, gateway: report.gateway });
    return { ok: true, alert, place: placeById(veille, alert.placeId), routes: routes.map((r) => ({ sectionId: r.sectionId, view: r.view })), standing, replayed: false, warnings, language: alert.language };
  })();
  await durable(db); // "logged" means on disk before the sender is told
  return outcome;
}

/** The alert a gateway message already became, answered again with the same reference. */
function findTaken(veille: Veille, gateway: Gateway, externalId: string): IntakeOutcome | null {
  const alertId = statement(veille.db, 'SELECT alert_id FROM gateway_intake WHERE gateway = ? AND external_id = ?').pluck().get(gateway, externalId) as number | undefined;
  if (alertId === undefined) return null;
  const alert = getAlert(veille.db, alertId)!;
  const place = placeById(veille, alert.placeId);
  // In the mission's section order, as routing gave them the first time: a retry gets the same answer.
  const order = (id: string) => veille.mission.sections.findIndex((s) => s.id === id);
  const routes = routesOf(veille.db, alertId).sort((a, b) => order(a.sectionId) - order(b.sectionId));
  return { ok: true, alert, place, routes, standing: readGatewayReporter(alert.reportedBy)?.standing ?? 'unverified', replayed: true, warnings: [], language: alert.language };
}

/** Text that cannot be a report: said before anything is parsed or stored. */
function checkText(veille: Veille, report: GatewayReport): IntakeOutcome | null {
  const text = report.text.trim();
  if (text === '') return refused(veille, report, 'empty', 'The message is empty: say what happened, where and when.');
  if (text.length > MAX_TEXT) return refused(veille, report, 'too_long', `The message is ${text.length} characters long; at most ${MAX_TEXT} are taken. Send it in parts.`);
  // Emoji or punctuation alone cannot be read as an alert; ask for words rather than log a guess.
  if (!/[\p{L}\p{N}]/u.test(text)) return refused(veille, report, 'no_words', 'The message has no words: say what happened, where and when.');
  return null;
}

function refused(veille: Veille, report: GatewayReport, problem: IntakeProblem, message: string, field?: string): IntakeOutcome {
  return { ok: false, problem, language: languageOf(veille, report), message, ...(field !== undefined && { field }) };
}

function problemOf(error: ApiError): IntakeProblem {
  if (error.code === 'conduct_matter' || error.code === 'unknown_place') return error.code;
  return error.field === 'description' ? 'empty' : 'invalid';
}

/** The language to answer in: the gateway's hint, else the text's, else the mission's. */
function languageOf(veille: Veille, report: Pick<GatewayReport, 'text' | 'language'>): Language {
  if (report.language) return report.language;
  const tokens = tokenize(report.text.slice(0, MAX_TEXT));
  return tokens.length > 0 ? detectLanguage(tokens) : veille.mission.language;
}
