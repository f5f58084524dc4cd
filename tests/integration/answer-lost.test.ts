import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quickReport } from '../../commands/alert/report.js';
import { ANSWER_GRACE_MS } from '../../src/alerts/answer-lost.js';
import { withdrawAlert } from '../../src/alerts/flows.js';
import { GENERAL_CHANNEL, PEOPLE } from '../../src/fake-slack/index.js';
import { withdrawnNotice } from '../../src/slack/views/confirmation.js';
import { startVeille, type Running } from './harness.js';

/**
 * Veille stores a change before it answers. If it dies in between, Slack shows the person an error
 * although the change was made; a notice held back for a few seconds then tells them it was done,
 * so they do not send it again. When the answer does go out, the notice is withdrawn.
 */
let veille: Running;
const user = PEOPLE.focalPoint.id;
const ephemeralTexts = () => veille.fake.ephemerals({ user }).map((m) => String(m.text));

beforeEach(async () => {
  veille = await startVeille();
});
afterEach(async () => {
  await veille.stop();
});

describe('an answer that never reached the reporter', () => {
  it('sends the confirmation once the grace period is over, saying it was logged after all', async () => {
    // The report is stored, but the acknowledgement never leaves (Veille died before `answered`).
    const result = await quickReport({ text: 'Armed men attacked Kamango market, 4 killed', userId: user, channelId: GENERAL_CHANNEL, triggerId: 't.1' }, { veille: veille.veille, slack: veille.slack as never });
    expect(result.kind).toBe('reply');
    await veille.settle();
    expect(ephemeralTexts().filter((t) => t.includes('A-1'))).toEqual([]);

    veille.clock.advance(ANSWER_GRACE_MS + 1);
    await veille.slack.sender.kick();
    await veille.settle();
    const late = ephemeralTexts().filter((t) => t.includes('A-1 logged'));
    expect(late).toHaveLength(1);
    expect(late[0]).toContain('Veille restarted before it could answer you: this was recorded. No need to send it again.');
  });

  it('says nothing more when the acknowledgement went out', async () => {
    const answer = await veille.driver.slashCommand({ user, channel: GENERAL_CHANNEL, text: 'Armed men attacked Kamango market, 4 killed' });
    expect(String((answer.body as { text?: string }).text)).toMatch(/^A-1 logged/);
    veille.clock.advance(ANSWER_GRACE_MS * 4);
    await veille.slack.sender.kick();
    await veille.settle();
    expect(ephemeralTexts().filter((t) => t.includes('restarted'))).toEqual([]);
    expect(veille.db.prepare("SELECT COUNT(*) FROM outbox WHERE kind = 'confirmation'").pluck().get()).toBe(0);
  });

  it('tells a reporter whose Undo answer was lost that the alert was withdrawn, in their language', async () => {
    await veille.driver.slashCommand({ user, channel: GENERAL_CHANNEL, text: 'Hommes armés à Kamango, 2 tués' });
    // As the Undo button's listener does, minus the answer: Veille died after storing the withdrawal.
    const outcome = withdrawAlert(veille.veille, 1, user, (alert) => ({ kind: 'ephemeral', channel: GENERAL_CHANNEL, user, ...withdrawnNotice(alert, true) }));
    expect(outcome.ok).toBe(true);
    await veille.settle();
    expect(ephemeralTexts().filter((t) => t.includes('retirée'))).toEqual([]);
    veille.clock.advance(ANSWER_GRACE_MS + 1);
    await veille.slack.sender.kick();
    await veille.settle();
    const late = ephemeralTexts().filter((t) => t.includes('A-1 retirée'));
    expect(late).toHaveLength(1);
    expect(late[0]).toContain('Veille a redémarré avant de pouvoir vous répondre');
  });
});
