import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getAlert } from '../../../src/alerts/service.js';
import { ManualClock } from '../../../src/clock.js';
import { loadMission } from '../../../src/config/mission.js';
import type { Veille } from '../../../src/context.js';
import { takeGatewayReport, type GatewayReport } from '../../../src/gateways/intake.js';
import { createIntakeContext } from '../../../src/intake/index.js';
import { silentLogger } from '../../../src/log.js';
import { openDatabase } from '../../../src/store/db.js';
import { eventsOf } from '../../../src/store/events.js';
import { closeAlert } from '../../../src/alerts/service.js';
import { redactDue } from '../../../src/retention/job.js';

let veille: Veille;
beforeEach(() => {
  const mission = loadMission('data/mission.example.json');
  veille = { db: openDatabase(':memory:'), mission, clock: new ManualClock(Date.UTC(2026, 10, 22, 6)), intake: createIntakeContext(mission), log: silentLogger };
});
afterEach(() => veille.db.close());

const count = (table: string) => veille.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
const sms = (text: string, extra: Partial<GatewayReport> = {}): GatewayReport => ({ text, via: 'sms', gateway: 'twilio', externalId: 'SM0001', sender: '+243991234567', ...extra });

describe('a gateway report becomes an alert through the one decision', () => {
  it('stores the SMS like a quick report, the sender only as the restricted source, with its cards in the outbox', async () => {
    const outcome = await takeGatewayReport(veille, sms('ADF ont attaqué Kamango ce matin, 3 tués'));
    expect(outcome).toMatchObject({ ok: true, replayed: false, standing: 'unverified', language: 'fr' });
    const alert = getAlert(veille.db, 1)!;
    expect(alert).toMatchObject({ reportedVia: 'sms', reportedBy: 'twilio:unverified', placeId: 'kamango', category: 'attack_on_civilians', priority: 'high', sensitivity: 'standard' });
    expect(alert.victims.killed).toBe(3);
    expect(alert.sourceDetail).toBe('Twilio: +243991234567 · unverified source');
    const [logged] = eventsOf(veille.db, 1);
    expect(logged).toMatchObject({ type: 'logged', actor: 'twilio:unverified', data: { via: 'sms', gateway: 'twilio', externalId: 'SM0001', source: 'unverified' } });
    expect(JSON.stringify(logged!.data)).not.toContain('991234567');
    const cards = veille.db.prepare("SELECT payload FROM outbox WHERE kind = 'card'").pluck().all() as string[];
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.join('')).not.toContain('991234567');
  });

  it('logs one alert for the same message id twice and answers the same reference', async () => {
    const first = await takeGatewayReport(veille, sms('Armed men looted Kamango market'));
    const again = await takeGatewayReport(veille, sms('Armed men looted Kamango market'));
    expect(first.ok && again.ok && [first.alert.reference, again.alert.reference, again.replayed]).toEqual(['A-1', 'A-1', true]);
    expect(count('alerts')).toBe(1);
    const other = await takeGatewayReport(veille, sms('Armed men looted Kamango market', { gateway: 'rapidpro' }));
    expect(other.ok && other.alert.reference).toBe('A-2');
  });

  it("gives a known member's place when the text names none, and says it came from a member", async () => {
    const lookupMember = (phone: string) => (phone === '+243991234567' ? { place: 'kamango', name: 'CAN Kamango' } : undefined);
    const outcome = await takeGatewayReport(veille, sms('armed men seen moving toward the village tonight'), { lookupMember });
    expect(outcome).toMatchObject({ ok: true, standing: 'member' });
    expect(getAlert(veille.db, 1)).toMatchObject({ placeId: 'kamango', reportedBy: 'twilio:member', sourceType: 'community_alert_network', sourceDetail: 'Twilio: +243991234567 · known network member: CAN Kamango' });
    // A place the text names wins over the member's village.
    await takeGatewayReport(veille, sms('armed men seen in Eringeti', { externalId: 'SM0002' }), { lookupMember });
    expect(getAlert(veille.db, 2)!.placeId).toBe('eringeti');
  });

  it('takes a form’s fields over what the text says, and refuses an unknown place without storing anything', async () => {
    const form: GatewayReport = { text: 'Attack on the village', via: 'form', gateway: 'kobo', externalId: 'uuid-1', fields: { place: 'kamango', victims: { killed: 2 } } };
    expect(await takeGatewayReport(veille, form)).toMatchObject({ ok: true });
    expect(getAlert(veille.db, 1)).toMatchObject({ reportedVia: 'form', reportedBy: 'kobo:unverified', placeId: 'kamango', sourceDetail: null });
    expect(getAlert(veille.db, 1)!.victims.killed).toBe(2);
    const bad = await takeGatewayReport(veille, { ...form, externalId: 'uuid-2', fields: { place: 'Nowhereville' } });
    expect(bad).toMatchObject({ ok: false, problem: 'unknown_place', field: 'place' });
    expect(count('alerts')).toBe(1);
  });

  it.each([
    ['empty', '   ', 'empty'],
    ['emoji only', '🔥🔥😱', 'no_words'],
    ['over 4,000 characters', 'attaque '.repeat(600), 'too_long'],
  ])('refuses an %s message and stores nothing', async (_name, text, problem) => {
    expect(await takeGatewayReport(veille, sms(text))).toMatchObject({ ok: false, problem });
    expect([count('alerts'), count('events'), count('outbox'), count('gateway_intake')]).toEqual([0, 0, 0, 0]);
  });

  it('takes a 2,000-character SMS whole', async () => {
    const body = `Attaque à Kamango, 2 tués. ${'Les habitants fuient vers Beni. '.repeat(62)}`.slice(0, 1999);
    const text = `${body}.`;
    expect(await takeGatewayReport(veille, sms(text))).toMatchObject({ ok: true });
    expect(getAlert(veille.db, 1)!.description).toBe(text);
  });

  it('sends a conduct matter where it belongs and stores nothing', async () => {
    const outcome = await takeGatewayReport(veille, sms('A peacekeeper paid a girl for sex in Kamango'));
    expect(outcome).toMatchObject({ ok: false, problem: 'conduct_matter' });
    expect(count('alerts')).toBe(0);
  });

  it('loses the sender with the rest of the personal details when retention redacts the closed alert', async () => {
    await takeGatewayReport(veille, sms('Armed men looted Kamango market'));
    const at = veille.clock.now();
    closeAlert(veille.db, 1, 'resolved', at);
    expect(redactDue(veille, at + 400 * 24 * 3600 * 1000)).toBe(1);
    expect(getAlert(veille.db, 1)!.sourceDetail).toBeNull();
    // The idempotency row keeps only the gateway's message id: no number to redact there.
    expect(veille.db.prepare('SELECT * FROM gateway_intake').all()).toEqual([{ gateway: 'twilio', external_id: 'SM0001', alert_id: 1, created_at: at }]);
    expect(JSON.stringify(veille.db.prepare('SELECT * FROM events').all())).not.toContain('991234567');
  });
});
