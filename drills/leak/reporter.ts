import { PEOPLE } from '../../src/fake-slack/index.js';
import type { FakeSmsGateways } from '../../src/fake-gateways/sms.js';
import { twilioSignature } from '../../src/gateways/twilio/signature.js';
import type { Running } from '../../tests/integration/harness.js';
import type { CanaryBook, Field } from './canaries.js';
import type { AlertFacts, Finding } from './judge.js';
import type { Item } from './surfaces.js';
import { CHANNEL, PLACES, ref, type Play } from './scenario.js';

/**
 * The reporter's side of the leak drill (issue 19): a restricted alert reported by someone outside
 * the restricted sections and worked by the CRSV section with canaries in what it adds; and alerts
 * reported by SMS (Twilio), followed up to closure with the mission replying to every step. The
 * checks: a notice to a non-member reporter carries nothing a restricted section added, and an SMS
 * reply carries no canary at all (nothing beyond the step and the reference), fits one SMS, and
 * goes only to the number that wrote, once per step.
 */
export const TWILIO_TOKEN = 'leak-drill-twilio-auth-token-0001';
export const PUBLIC_URL = 'https://veille.leak-drill.example.org';
const SENDER = '+243990000001';
/** What restricted sections write on a case: never in the notice to a reporter outside them. */
const ADDED: Field[] = ['task', 'update', 'response unit', 'response outcome', 'verification note', 'closure note'];

export interface ReporterRecord {
  /** Restricted alerts reported by a non-member and worked by the CRSV section. */
  restrictedByOutsider: number[];
  smsAlerts: number[];
}

export async function reporterUnit(s: Play, veille: Running, u: number, record: ReporterRecord): Promise<void> {
  const { desk } = s;
  const place = PLACES[(u + 2) % PLACES.length]!;
  // Reported by the focal point (not in the CRSV channel), owned and worked there by Grace (the
  // CRSV adviser), with a task and an update: the reporter's own `/alert show … history`, list and
  // Home must name neither her nor the lead, nor carry what they added (namedCheck, workersCheck).
  const r = s.tell((await desk.report(PEOPLE.focalPoint.id, `Deux filles violées à ${place} par des hommes armés ${s.plant('description').text}`)).id, 'restricted');
  s.book.attach(s.book.all.filter((c) => c.alertId === 0), r);
  if (r) {
    await desk.command(PEOPLE.crsvLead.id, `assign ${ref(r)} <@${PEOPLE.crsvAdviser.id}|${PEOPLE.crsvAdviser.name}>`);
    await desk.command(PEOPLE.crsvLead.id, `task ${ref(r)} <@${PEOPLE.crsvAdviser.id}|${PEOPLE.crsvAdviser.name}> ${s.plant('task', r).text}`);
    await desk.command(PEOPLE.crsvAdviser.id, `update ${ref(r)} ${s.plant('update', r).text}`);
    await s.respondAndVerify(r, PEOPLE.crsvAdviser.id, CHANNEL.crsv);
    await desk.command(PEOPLE.crsvLead.id, `close ${ref(r)} resolved ${s.plant('closure note', r).text}`);
    record.restrictedByOutsider.push(r);
  }
  // By SMS, standard then restricted, each followed up to its closing.
  for (const [text, worker, lead, channel] of [
    [`Hommes armés ont attaqué le marché de ${place}, 2 tués`, PEOPLE.pocOfficer.id, PEOPLE.pocLead.id, CHANNEL.poc],
    [`Une femme violée à ${place} par des hommes armés`, PEOPLE.crsvAdviser.id, PEOPLE.crsvLead.id, CHANNEL.crsv],
  ] as const) {
    const planted = s.plant('description');
    const id = await textIn(veille, `${text} ${planted.text}`, `SMleak${u}${channel}`);
    s.book.attach(planted.canaries, id);
    if (!id) {
      desk.refusals.push(`SMS report not logged: ${text}`);
      continue;
    }
    s.tell(id, channel === CHANNEL.crsv ? 'restricted' : 'standard');
    const ts = desk.cardTs(id, channel);
    if (ts) await veille.driver.clickButton({ user: worker, channel, ts, actionId: 'followup.acknowledge' });
    await veille.settle();
    await s.respondAndVerify(id, worker, channel);
    await desk.command(lead, `close ${ref(id)} resolved ${s.plant('closure note', id).text}`);
    await veille.settle();
    record.smsAlerts.push(id);
  }
}

/** An SMS as Twilio posts it to Veille, signed; the new alert's id, or 0. */
async function textIn(veille: Running, body: string, sid: string): Promise<number> {
  const before = (veille.db.prepare('SELECT MAX(id) FROM alerts').pluck().get() as number | null) ?? 0;
  const path = '/api/v1/intake/sms/twilio';
  const params: Array<[string, string]> = [
    ['MessageSid', sid.padEnd(34, '0').slice(0, 34)],
    ['From', SENDER],
    ['To', '+243820000000'],
    ['Body', body],
  ];
  await fetch(`http://127.0.0.1:${veille.runtime.port}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(TWILIO_TOKEN, PUBLIC_URL + path, params) },
    body: new URLSearchParams(params).toString(),
  });
  await veille.settle();
  const after = (veille.db.prepare('SELECT MAX(id) FROM alerts').pluck().get() as number | null) ?? 0;
  return after > before ? after : 0;
}

const NOTICE = /Your report|votre signalement|Votre signalement/;

/**
 * The notices to a reporter outside the restricted sections carry nothing those sections added;
 * the SMS replies carry no canary, fit 160 characters, go to the number that wrote, one per step.
 */
export function reporterChecks(veille: Running, sms: FakeSmsGateways, book: CanaryBook, facts: Map<number, AlertFacts>, record: ReporterRecord, items: Item[]): { findings: Finding[]; notices: number; replies: number } {
  const findings: Finding[] = [];
  let notices = 0;
  // What the reporter reads alone (show, history, list, Home, DMs): the CRSV lead, who works only
  // restricted cases, is named in none of it (Grace is namedCheck's, over every surface).
  for (const item of items) {
    if (!Array.isArray(item.readers) || item.readers.length !== 1 || item.readers[0] !== PEOPLE.focalPoint.id) continue;
    if (item.text.includes(PEOPLE.crsvLead.id)) findings.push({ check: 'person working a restricted case named to its non-member reporter', surface: item.kind, where: item.where, what: PEOPLE.crsvLead.id });
  }
  for (const id of record.restrictedByOutsider) {
    const alert = facts.get(id);
    if (!alert) continue;
    const dms = veille.fake.dms(PEOPLE.focalPoint.id).filter((m) => NOTICE.test(m.text) && new RegExp(`\\b${alert.reference}\\b`).test(m.text));
    notices += dms.length;
    if (dms.length !== 3) findings.push({ check: 'reporter notices', surface: 'DM', where: alert.reference, what: `${dms.length} notices to the reporter, not 3 (acknowledged, first response, closed)` });
    for (const dm of dms) {
      const text = JSON.stringify({ text: dm.text, blocks: dm.blocks });
      for (const member of [PEOPLE.crsvLead.id, PEOPLE.crsvAdviser.id]) {
        if (text.includes(member)) findings.push({ check: 'person working a restricted case named in a notice to a non-member reporter', surface: 'DM', where: `${alert.reference} ${dm.ts}`, what: member });
      }
      for (const canary of book.find(text)) {
        if (canary.alertId === id && ADDED.includes(canary.field)) {
          findings.push({ check: 'restricted section’s words in a notice to a non-member reporter', field: canary.field, surface: 'DM', where: `${alert.reference} ${dm.ts}`, what: canary.token });
        }
      }
    }
  }
  const refs = new Map(record.smsAlerts.map((id) => [facts.get(id)?.reference ?? ref(id), id]));
  for (const reply of sms.sent) {
    const where = `SMS to the reporter: ${reply.text}`;
    for (const canary of book.find(reply.text)) findings.push({ check: 'canary in an SMS reply', field: canary.field, surface: 'SMS', where, what: canary.token });
    if (reply.text.length > 160) findings.push({ check: 'SMS reply longer than one SMS', surface: 'SMS', where, what: `${reply.text.length} characters` });
    if (reply.to !== SENDER) findings.push({ check: 'SMS reply to another number', surface: 'SMS', where, what: reply.to });
    const reference = /A-\d+/.exec(reply.text)?.[0];
    if (!reference || !refs.has(reference)) findings.push({ check: 'SMS reply about an alert not reported by SMS', surface: 'SMS', where, what: reference ?? 'no reference' });
  }
  for (const [reference] of refs) {
    const count = sms.sent.filter((m) => new RegExp(`\\b${reference}\\b`).test(m.text)).length;
    if (count !== 3) findings.push({ check: 'SMS replies per step', surface: 'SMS', where: reference, what: `${count} SMS, not 3` });
  }
  return { findings, notices, replies: sms.sent.length };
}
