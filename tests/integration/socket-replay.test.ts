import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GENERAL_CHANNEL, PEOPLE } from '../../src/fake-slack/index.js';
import { eventsOf } from '../../src/store/events.js';
import { startVeille, type Running } from './harness.js';

/**
 * Over Socket Mode Slack sends an envelope again when its acknowledgement was lost (retry_attempt,
 * retry_reason): the same envelope, or the same slash command or event in a new one. Each is
 * processed once, and a redelivered slash command is acknowledged with the first one's confirmation.
 */
let veille: Running;
beforeEach(async () => {
  veille = await startVeille({ mode: 'socket' });
});
afterEach(async () => {
  expect(veille.fake.violations).toEqual([]);
  await veille.stop();
});

const alerts = () => veille.db.prepare('SELECT reference FROM alerts').pluck().all() as string[];
const CONFIRMATION = 'A-1 logged — Attack on civilians · Kamango (Beni, North Kivu) · ADF · 4 killed, 2 abducted · priority high';

describe('an envelope Slack sends again over Socket Mode', () => {
  it('logs a quick report once, whether the same envelope or the same command in a new one comes back', async () => {
    const socket = veille.fake.socketMode!;
    const first = await veille.driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, text: 'Armed men attacked Kamango market this morning, 4 killed and 2 abducted, ADF suspected' });
    expect(first.body).toMatchObject({ text: CONFIRMATION });
    const sent = socket.lastEnvelope!;
    expect(sent.type).toBe('slash_commands');

    // The same envelope again, its acknowledgement lost: acknowledged with the same confirmation.
    const again = await socket.deliver(sent.type, sent.payload, { envelopeId: sent.envelopeId, retryAttempt: 1, retryReason: 'timeout' });
    expect(again.payload).toMatchObject({ text: CONFIRMATION });
    // The same command (same trigger_id) in a new envelope.
    const anew = await socket.deliver(sent.type, sent.payload, { retryAttempt: 2, retryReason: 'timeout' });
    expect(anew.payload).toMatchObject({ text: CONFIRMATION });
    await veille.settle();

    expect(alerts()).toEqual(['A-1']);
    expect(eventsOf(veille.db, 1).map((e) => e.type)).toEqual(['logged']);
    const poc = veille.mission.sections.find((s) => s.id === 'poc')!.channel;
    expect(veille.fake.messages(poc)).toHaveLength(1);

    // Control: a new command with the same text (a new trigger_id) is a new report.
    await veille.driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, text: 'Armed men attacked Kamango market this morning, 4 killed and 2 abducted, ADF suspected' });
    await veille.settle();
    expect(alerts()).toEqual(['A-1', 'A-2']);
  });

  it('handles an event once when Slack retries it in a new envelope', async () => {
    const user = PEOPLE.pocOfficer.id;
    const published = () => veille.fake.callsTo('views.publish').filter((c) => c.args.user_id === user).length;
    await veille.driver.event({ type: 'app_home_opened', user }, { eventId: 'Ev000RETRY1' });
    await veille.fake.waitFor(() => published() === 1, { what: 'the Home tab' });
    const sent = veille.fake.socketMode!.lastEnvelope!;
    await veille.fake.socketMode!.deliver('events_api', sent.payload, { retryAttempt: 1, retryReason: 'timeout' });
    await veille.fake.socketMode!.deliver('events_api', sent.payload, { envelopeId: sent.envelopeId, retryAttempt: 2, retryReason: 'timeout' });
    await veille.settle();
    expect(published()).toBe(1);
    // Control: the same person opening Home again (a new event) is published again.
    await veille.driver.event({ type: 'app_home_opened', user }, { eventId: 'Ev000RETRY2' });
    await veille.fake.waitFor(() => published() === 2, { what: 'the Home tab again' });
  });
});
